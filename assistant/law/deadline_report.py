"""The Art. 487(2) one-year term as the user sees it: last day, days left, and its outcome.

The term runs from the contested acts' entry into force. A date the user did not give is
derived where the law fixes it (an appellate act takes effect when announced, 471(4); a
first-instance act upheld on appeal, on the day of the appellate act, 470(2)); otherwise it is
unknown and the term cannot be checked, which the rules report as undecided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from assistant.calendar_kz import WorkingCalendar
from assistant.case.enums import ActKind, AppealHistory, Instance, ReturnGround
from assistant.case.model import Case, ContestedAct
from assistant.deadlines import Deadline, worsening_deadline
from assistant.law.worsening import Judgement

_APPELLATE_KINDS = frozenset({ActKind.APPELLATE_RULING, ActKind.APPELLATE_VERDICT})


class EntrySource(StrEnum):
    """Where an act's entry-into-force date comes from."""

    GIVEN = "given"  # entered by the user
    ANNOUNCED = "announced"  # an appellate act takes effect when announced (471(4))
    UPHELD_ON_APPEAL = "upheld_on_appeal"  # the day of the appellate act (470(2))


class Outcome(StrEnum):
    """How the compared date stands against the term."""

    MET = "met"
    MISSED = "missed"
    UNCERTAIN_DAY = "uncertain_day"  # between the safe and the possible last day
    UNCERTAIN_RECEIPT = "uncertain_receipt"  # depends on the item an earlier return used (N8)


@dataclass(frozen=True)
class EntryIntoForce:
    """One contested act's entry into force (None: unknown) and where it comes from."""

    index: int
    date: dt.date | None
    source: EntrySource | None


def is_appellate(act: ContestedAct) -> bool:
    return act.instance is Instance.APPEAL or act.kind in _APPELLATE_KINDS


def _appellate_date(case: Case) -> dt.date | None:
    dates = [act.date for act in case.acts if is_appellate(act) and act.date is not None]
    return min(dates) if dates else None


def entry_into_force_of(case: Case, index: int) -> EntryIntoForce:
    """The date act `index` entered into force: given, or derived as the CPC fixes it."""
    act = case.acts[index]
    if act.entered_into_force is not None:
        return EntryIntoForce(index, act.entered_into_force, EntrySource.GIVEN)
    if is_appellate(act) and act.date is not None:
        return EntryIntoForce(index, act.date, EntrySource.ANNOUNCED)
    upheld = _appellate_date(case)
    if act.instance is Instance.FIRST and act.appeal is AppealHistory.REVIEWED and upheld:
        return EntryIntoForce(index, upheld, EntrySource.UPHELD_ON_APPEAL)
    return EntryIntoForce(index, None, None)


def entries_into_force(case: Case) -> list[EntryIntoForce]:
    return [entry_into_force_of(case, index) for index in range(len(case.acts))]


@dataclass(frozen=True)
class DeadlineReport:
    """The worsening-request term of one case, evaluated on `today`."""

    judgement: Judgement
    entered_into_force: dt.date  # the earliest known entry into force: the strictest start
    deadline: Deadline
    compared_date: dt.date  # first receipt (N8), else filing/hand-over date, else today
    days_left: int  # to the safe last day
    outcome: Outcome

    @property
    def met(self) -> bool:
        return self.outcome is Outcome.MET

    @property
    def missed(self) -> bool:
        return self.outcome is Outcome.MISSED

    def to_json(self) -> dict[str, Any]:
        deadline = self.deadline
        met = {Outcome.MET: True, Outcome.MISSED: False}.get(self.outcome)
        return {
            "kind": "worsening",
            "applies": self.judgement.term_applies,
            "direction": self.judgement.judged.value,
            "entered_into_force": self.entered_into_force.isoformat(),
            **deadline.json_fields(),
            "days_left": self.days_left,
            "compared_date": self.compared_date.isoformat(),
            "met": met,
            "outcome": self.outcome.value,
        }


def _outcome(deadline: Deadline, compared: dt.date) -> Outcome:
    if compared <= deadline.safe_last_day:
        return Outcome.MET
    if compared > deadline.last_day:
        return Outcome.MISSED
    return Outcome.UNCERTAIN_DAY


def _compared(case: Case, today: dt.date, deadline: Deadline) -> tuple[dt.date, Outcome]:
    """The date judged against the term and the outcome (Resolution No. 1 para. 8, row N8).

    The receipt of an earlier complaint counts only when that one was returned under 489(1)(1)
    and this is its corrected refiling; when the item of that return is not known and the two
    dates would give different answers, the outcome is uncertain.
    """
    filing = case.filing
    own = filing.date or today
    first = filing.first_receipt_date
    if first is None or filing.first_return_ground not in (None, ReturnGround.NONCOMPLIANT):
        return own, _outcome(deadline, own)
    if filing.first_return_ground is ReturnGround.NONCOMPLIANT:
        return first, _outcome(deadline, first)
    by_first, by_own = _outcome(deadline, first), _outcome(deadline, own)
    return own, by_own if by_first is by_own else Outcome.UNCERTAIN_RECEIPT


def deadline_report(
    case: Case, today: dt.date, calendar: WorkingCalendar, judgement: Judgement
) -> DeadlineReport | None:
    """The term of Art. 487(2) when the request worsens (or may worsen) the position; None when
    no term runs or no contested act's entry into force is known."""
    if not judgement.term_may_apply:
        return None
    entries = entries_into_force(case)
    known = [entry.date for entry in entries if entry.date is not None]
    if not known:
        return None
    start = min(known)
    receipt = case.filing.first_receipt_date
    if case.filing.first_return_ground is not ReturnGround.NONCOMPLIANT:
        receipt = None
    deadline = worsening_deadline(start, calendar, receipt)
    if deadline is None:
        return None
    compared, outcome = _compared(case, today, deadline)
    return DeadlineReport(
        judgement=judgement,
        entered_into_force=start,
        deadline=deadline,
        compared_date=compared,
        days_left=deadline.days_left(today),
        outcome=outcome,
    )
