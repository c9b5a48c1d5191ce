"""What a rule file holds: id, citation, status, severity, dates in force, fields, check."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import msgspec

from assistant.case.enums import DocumentKind
from assistant.law.citation import Citation

RETURN_GROUNDS = ("489(1)(1)", "489(1)(2)", "489(1)(3)", "489(1)(4)", "489(1)(5)")
# The provision under which each document is returned (or not accepted), as rule data writes it:
# an article of the CPC as "489(1)(1)", a resolution paragraph as its citation key. A document
# that is not listed has no return ground, so its rules cannot `return`.
RETURN_GROUNDS_OF: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.CASSATION: RETURN_GROUNDS,
    # An appeal that lacks an item of 423(1) is returned by the trial court with a term to
    # complete it (423(2)); one filed after the term of 418(1), unless the term is restored, is
    # returned without consideration (NR1 para. 4; 50(1)).
    DocumentKind.APPEAL: ("423(2)", "418(1)"),
    # Resolution No. 9 of 2018, para. 5 (returned by a judge's letter); CPC 501(3) (a review
    # to the detriment is allowed only within its terms).
    DocumentKind.NEW_CIRCUMSTANCES: ("NR9 para. 5", "501(3)"),
    # The protest a petition to the Prosecutor General asks for is returned as late under
    # 489(1)(3) when it would worsen the position after the year of 487(2) (row PG6).
    DocumentKind.PG_PETITION: ("489(1)(3)",),
}


def return_grounds(kinds: list[DocumentKind]) -> tuple[str, ...]:
    """The grounds a rule that checks every document of `kinds` may return on."""
    if not kinds:
        return ()
    first, *others = (RETURN_GROUNDS_OF.get(kind, ()) for kind in kinds)
    return tuple(ground for ground in first if all(ground in other for other in others))


class Severity(StrEnum):
    """How a finding weighs: the court returns it, wrong procedure, or advice."""

    REDIRECT = "redirect"
    RETURN = "return"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.REDIRECT: 0, Severity.RETURN: 1, Severity.WARNING: 2, Severity.INFO: 3}


class Status(StrEnum):
    """How sure the legal reference is (shared/law): UNCONFIRMED never blocks the user."""

    OK = "OK"
    DERIVED = "DERIVED"
    UNCONFIRMED = "UNCONFIRMED"


class Condition(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A data-level precondition on one field; all conditions of a rule must hold."""

    path: str
    equals: str | bool | int | None = None
    one_of: list[str] | None = msgspec.field(default=None, name="in")
    not_in: list[str] | None = None
    blank: bool | None = None


class Check(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Which registered predicate decides the rule, and its parameters."""

    predicate: str
    params: dict[str, Any] = msgspec.field(default_factory=dict)


class Rule(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One dated, cited rule. `row` is the row id of shared/law (R1, A3, N7, ...)."""

    id: str
    row: str
    status: Status
    severity: Severity
    citations: list[Citation]
    fields: list[str]
    message: str
    hint: str
    valid_from: dt.date
    valid_until: dt.date | None = None
    ground: str | None = None
    route: str | None = None
    check: Check
    when: list[Condition] = msgspec.field(default_factory=list)
    note: str = ""
    # A warning that a fact deciding a return ground is missing or doubtful: while one fires the
    # complaint is never "Ready to file" (the status says what cannot be checked yet).
    undecided: bool = False
    # The documents the rule checks (issue 18): the cassation complaint unless it says otherwise.
    kinds: list[DocumentKind] = msgspec.field(default_factory=lambda: [DocumentKind.CASSATION])

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this version of the rule is the law on `day`."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)
