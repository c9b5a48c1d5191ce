"""Dated, cited parameters of the law that several rules share (after OpenFisca's parameters).

A rule file says *when* a finding fires; a parameter file holds a list the law itself draws up
and more than one rule (and the deadline computation) must read the same way — e.g. which
requests worsen the convicted person's position under CPC 487(2). Each file under
`assistant/law/parameters/` has an id, citations and one or more dated versions; the loader is
as strict as the rule loader: unknown keys, values outside the case vocabularies, missing
citations and overlapping periods fail at start with the file name.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from assistant.case.enums import ActKind, Ground, RequestKind
from assistant.law.citation import Citation, known_acts
from assistant.law.rule import Status
from assistant.resources import package_path

PARAMETERS_DIR = package_path("law", "parameters")


class WorseningRequests(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """CPC 487(2) and 487(1): what a complaint asks that makes it worsening or improving.

    `request_kinds`: requests on the 487(2) list (a one-year term); `grounds`: items of 485(1)
    whose argument is itself against an acquittal or a termination; `act_kinds`: contested acts
    a complaint against which is on that list. `improving_request_kinds`: requests that can only
    improve the position (487(1), no term).
    """

    request_kinds: frozenset[RequestKind]
    grounds: frozenset[Ground]
    act_kinds: frozenset[ActKind]
    improving_request_kinds: frozenset[RequestKind]

    def __post_init__(self) -> None:
        both = self.request_kinds & self.improving_request_kinds
        if both:
            raise ValueError(f"a request cannot both worsen and improve: {sorted(both)}")


# Parameter id -> the type of its values. A new parameter is one line here and one file.
PARAMETER_TYPES: dict[str, type[msgspec.Struct]] = {"worsening_requests": WorseningRequests}


class ParameterFileError(ValueError):
    """A parameter file that cannot be used; the message names the file and the problem."""


class _Version(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    valid_from: dt.date
    valid_until: dt.date | None = None
    values: dict[str, Any]


class _ParameterFile(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    id: str
    status: Status
    citations: list[Citation]
    note: str = ""
    version: list[_Version]


@dataclass(frozen=True)
class DatedParameter:
    """One version of a parameter and the period it is the law."""

    id: str
    citations: tuple[Citation, ...]
    valid_from: dt.date
    valid_until: dt.date | None
    value: msgspec.Struct

    def in_force_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def _parse(path: Path) -> _ParameterFile:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return msgspec.convert(raw, _ParameterFile)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, msgspec.ValidationError) as exc:
        raise ParameterFileError(f"{path}: {exc}") from exc


def _versions(path: Path, parsed: _ParameterFile) -> list[DatedParameter]:
    value_type = PARAMETER_TYPES.get(parsed.id)
    if value_type is None:
        raise ParameterFileError(f"{path}: unknown parameter id {parsed.id!r}")
    if not parsed.citations:
        raise ParameterFileError(f"{path}: a parameter needs at least one citation")
    unknown = [c.act for c in parsed.citations if c.act not in known_acts()]
    if unknown:
        raise ParameterFileError(f"{path}: unknown act {unknown[0]!r} in citation")
    found: list[DatedParameter] = []
    for version in sorted(parsed.version, key=lambda v: v.valid_from):
        try:
            value = msgspec.convert(version.values, value_type)
        except (msgspec.ValidationError, ValueError) as exc:
            raise ParameterFileError(f"{path}: version of {version.valid_from}: {exc}") from exc
        found.append(
            DatedParameter(
                parsed.id, tuple(parsed.citations), version.valid_from, version.valid_until, value
            )
        )
    for earlier, later in itertools.pairwise(found):
        if earlier.valid_until is None or earlier.valid_until >= later.valid_from:
            raise ParameterFileError(f"{path}: the versions of {later.valid_from} overlap")
    return found


def load_parameters(folder: Path = PARAMETERS_DIR) -> dict[str, tuple[DatedParameter, ...]]:
    """Every parameter below `folder` with all its dated versions; the first problem raises."""
    loaded: dict[str, tuple[DatedParameter, ...]] = {}
    for path in sorted(folder.glob("*.toml")):
        parsed = _parse(path)
        if parsed.id in loaded:
            raise ParameterFileError(f"{path}: parameter {parsed.id!r} is defined twice")
        loaded[parsed.id] = tuple(_versions(path, parsed))
    missing = sorted(set(PARAMETER_TYPES) - set(loaded))
    if missing:
        raise ParameterFileError(f"{folder}: no file defines {', '.join(missing)}")
    return loaded


def parameter_on(
    parameters: dict[str, tuple[DatedParameter, ...]], parameter_id: str, day: dt.date
) -> msgspec.Struct | None:
    """The value of `parameter_id` in force on `day`; None outside every version's period."""
    for version in parameters.get(parameter_id, ()):
        if version.in_force_on(day):
            return version.value
    return None
