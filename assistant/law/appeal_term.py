"""The 15-day appeal term of CPC 418(1) for each act an appeal contests (rows AP3, AP4).

* The term counts from the day the act was announced; the act's date stands for that day
  (DERIVED: the case holds one date per act). A convicted person held in custody counts it from
  the day a copy of the act was handed to them (418(1)), which the appeal records.
* The day a term starts from is not counted and a last day that falls on a non-working day
  moves to the next working day (48(2), 48(4)); an appeal posted or handed to the detention
  administration by the end of the last day is in time (49(1)). `assistant.deadlines` computes
  that, with the safe last day over days off the calendar is not sure of.
* The date compared is the appeal's filing (posting, hand-over) date, else today.

Acts of the appellate instance, and first-instance acts already reviewed on appeal, have no
appeal term: they are in force and reviewed in cassation (470(2), 471(4), 484(1)), which rule
AP4.reviewed says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from assistant.case.appeal import appeal_draft, custody_term
from assistant.case.enums import AppealHistory, Instance
from assistant.case.model import Case, ContestedAct
from assistant.deadlines import Deadline, WorkingDays, appeal_deadline
from assistant.law.deadline_report import is_appellate


class TermStart(StrEnum):
    """What the term counts from."""

    ANNOUNCEMENT = "announcement"  # the act's date (418(1))
    COPY_HANDED_OVER = "copy_handed_over"  # a convicted person in custody (418(1))


class AppealOutcome(StrEnum):
    """How the compared date stands against the term."""

    MET = "met"
    MISSED = "missed"
    UNCERTAIN_DAY = "uncertain_day"  # between the safe and the possible last day
    # Later than the term counted from the announcement, but the term of a convicted person in
    # custody counts from the hand-over of the copy, whose date is not given (or impossible).
    UNCERTAIN_START = "uncertain_start"


@dataclass(frozen=True)
class AppealTerm:
    """The appeal term of contested act `index`, evaluated on `today`."""

    index: int
    start: dt.date
    counted_from: TermStart
    deadline: Deadline
    compared_date: dt.date
    filed: bool  # the compared date is the appeal's filing date (not today)
    days_left: int  # from today to the safe last day
    outcome: AppealOutcome

    def to_json(self) -> dict[str, Any]:
        """The `deadline` object of `check --json` for an appeal (docs/cli.md)."""
        deadline = self.deadline
        met = {AppealOutcome.MET: True, AppealOutcome.MISSED: False}.get(self.outcome)
        return {
            "kind": "appeal",
            "act": self.index + 1,
            "counted_from": self.counted_from.value,
            "start": self.start.isoformat(),
            **deadline.json_fields(),
            "days_left": self.days_left,
            "compared_date": self.compared_date.isoformat(),
            "met": met,
            "outcome": self.outcome.value,
        }


def reviewed_in_cassation(act: ContestedAct) -> bool:
    """An act past the appeal: appellate, or a first-instance act already reviewed on appeal."""
    return is_appellate(act) or (
        act.instance is not Instance.APPEAL and act.appeal is AppealHistory.REVIEWED
    )


def _handed_over(case: Case, act: ContestedAct) -> dt.date | None:
    """The day a convicted person in custody received the copy, when it can be: not before
    the act's date (AP3.copy_before_act reports an impossible one)."""
    handed = appeal_draft(case).copy_handed_over
    if not custody_term(case) or handed is None or act.date is None or handed < act.date:
        return None
    return handed


def _start(case: Case, act: ContestedAct) -> tuple[dt.date, TermStart] | None:
    if act.date is None:
        return None
    handed = _handed_over(case, act)
    if handed is not None:
        return handed, TermStart.COPY_HANDED_OVER
    return act.date, TermStart.ANNOUNCEMENT


def _outcome(case: Case, deadline: Deadline, start: TermStart, compared: dt.date) -> AppealOutcome:
    if deadline.is_met(compared):
        return AppealOutcome.MET
    if start is TermStart.ANNOUNCEMENT and custody_term(case):
        return AppealOutcome.UNCERTAIN_START  # the term may count from a later hand-over
    if deadline.is_missed(compared):
        return AppealOutcome.MISSED
    return AppealOutcome.UNCERTAIN_DAY


def appeal_terms(case: Case, today: dt.date, calendar: WorkingDays) -> list[AppealTerm]:
    """The term of every contested act that an appeal can reach and whose date is known."""
    filing = appeal_draft(case).filing.date
    compared = filing or today
    terms: list[AppealTerm] = []
    for index, act in enumerate(case.acts):
        begun = None if reviewed_in_cassation(act) else _start(case, act)
        deadline = None if begun is None else appeal_deadline(begun[0], calendar)
        if begun is None or deadline is None:
            continue
        start, counted_from = begun
        terms.append(
            AppealTerm(
                index=index,
                start=start,
                counted_from=counted_from,
                deadline=deadline,
                compared_date=compared,
                filed=filing is not None,
                days_left=deadline.days_left(today),
                outcome=_outcome(case, deadline, counted_from, compared),
            )
        )
    return terms


def appeal_term_report(case: Case, today: dt.date, calendar: WorkingDays) -> AppealTerm | None:
    """The term that ends first: the one the appeal must keep (None: no act has a term)."""
    terms = appeal_terms(case, today, calendar)
    return min(terms, key=lambda term: (term.deadline.safe_last_day, term.index), default=None)
