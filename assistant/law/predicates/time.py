"""Time predicates: the one-year term of Art. 487(2) for worsening requests (T2, R3)."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.case.model import Case
from assistant.law.registry import Context, Hit, NoParams, predicate


@predicate("worsening_term_missed", NoParams)
def worsening_term_missed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R3: a worsening request filed (or still unfiled) after the last day of the term."""
    report = ctx.deadline
    if report is not None and not report.met:
        yield Hit(
            fields=("/request/direction", "/acts", "/filing/date"),
            params={"last_day": report.deadline.last_day},
        )


@predicate("worsening_term_running", NoParams)
def worsening_term_running(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T2: a worsening request still in time: tell the last day and the days left."""
    report = ctx.deadline
    if report is not None and report.met:
        yield Hit(
            fields=("/request/direction",),
            params={"last_day": report.deadline.last_day, "days": max(report.days_left, 0)},
        )


@predicate("calendar_incomplete", NoParams)
def calendar_incomplete(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T4: the deadline falls in a year whose days-off transfers are not known to be complete."""
    report = ctx.deadline
    if report is not None and not report.deadline.calendar_complete:
        yield Hit(
            fields=("/filing/date",),
            params={"year": ", ".join(str(y) for y in report.deadline.incomplete_years)},
        )
