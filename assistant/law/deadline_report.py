"""The Art. 487(2) one-year term as the user sees it: last day, days left, whether it is met."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from assistant.calendar_kz import WorkingCalendar
from assistant.case.enums import Direction
from assistant.case.model import Case
from assistant.deadlines import Deadline, worsening_deadline


@dataclass(frozen=True)
class DeadlineReport:
    """The worsening-request deadline of one case, evaluated on `today`."""

    entered_into_force: dt.date
    deadline: Deadline
    compared_date: dt.date  # first receipt (N8), else filing/hand-over date, else today
    days_left: int
    met: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "worsening",
            "entered_into_force": self.entered_into_force.isoformat(),
            "last_day": self.deadline.last_day.isoformat(),
            "moved_from": self.deadline.moved_from.isoformat()
            if self.deadline.moved_from
            else None,
            "days_left": self.days_left,
            "compared_date": self.compared_date.isoformat(),
            "met": self.met,
            "calendar_complete": self.deadline.calendar_complete,
        }


def entry_into_force(case: Case) -> dt.date | None:
    """The earliest entry-into-force date among the contested acts (the strictest start)."""
    dates = [act.entered_into_force for act in case.acts if act.entered_into_force is not None]
    return min(dates) if dates else None


def deadline_report(case: Case, today: dt.date, calendar: WorkingCalendar) -> DeadlineReport | None:
    """The term of Art. 487(2) when the request worsens the position; None when no term runs."""
    if case.request.direction is not Direction.WORSEN:
        return None
    start = entry_into_force(case)
    if start is None:
        return None
    deadline = worsening_deadline(start, calendar, case.filing.first_receipt_date)
    if deadline is None:
        return None
    compared = case.filing.first_receipt_date or case.filing.date or today
    return DeadlineReport(
        entered_into_force=start,
        deadline=deadline,
        compared_date=compared,
        days_left=deadline.days_left(today),
        met=deadline.is_met(compared),
    )
