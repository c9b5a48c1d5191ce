"""The named predicates that rule files may call, each with a typed parameter struct.

A predicate is a small pure function `(case, context, params) -> Iterable[Hit]`: each `Hit` is
one occurrence (the concrete fields and message parameters). The data decides which predicate a
rule uses; a predicate that data cannot express is a Python function registered here by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec

from assistant.case.model import Case

if TYPE_CHECKING:
    from assistant.calendar_kz import WorkingCalendar
    from assistant.law.dated_params import DatedParameter
    from assistant.law.deadline_report import DeadlineReport
    from assistant.law.file_facts import FileFacts
    from assistant.law.worsening import Judgement

P = TypeVar("P", bound=msgspec.Struct)


@dataclass(frozen=True)
class Hit:
    """One place where a rule fires: concrete JSON pointers and message parameters."""

    fields: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What a predicate may know besides the case: dates and the working calendar."""

    today: dt.date
    law_date: dt.date  # the filing date if known, else today: the law in force on it applies
    calendar: WorkingCalendar
    data: dict[str, Any]  # the case as builtins, for pointer lookups
    deadline: DeadlineReport | None  # the Art. 487(2) term, computed once per evaluation
    judgement: Judgement  # whether the request worsens the position (CPC 487), judged once
    parameters: dict[str, tuple[DatedParameter, ...]]  # shared law parameters, every version
    files: Mapping[str, FileFacts] | None = None  # attached files as found; None: not looked at


class NoParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """For predicates that need no parameters."""


@dataclass(frozen=True)
class Predicate(Generic[P]):
    """A registered predicate and the struct its parameters are checked against."""

    name: str
    params_type: type[P]
    func: Callable[[Case, Context, P], Iterable[Hit]]


PREDICATES: dict[str, Predicate[Any]] = {}


def predicate(
    name: str, params_type: type[P]
) -> Callable[
    [Callable[[Case, Context, P], Iterable[Hit]]], Callable[[Case, Context, P], Iterable[Hit]]
]:
    """Register `func` under `name` so rule files can call it."""

    def register(
        func: Callable[[Case, Context, P], Iterable[Hit]],
    ) -> Callable[[Case, Context, P], Iterable[Hit]]:
        if name in PREDICATES:
            raise ValueError(f"predicate {name!r} registered twice")
        PREDICATES[name] = Predicate(name, params_type, func)
        return func

    return register
