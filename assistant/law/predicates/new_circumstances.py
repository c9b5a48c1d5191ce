"""Predicates of the application to reopen a case for newly discovered circumstances (rows NC).

The terms of CPC 501 and the standing of 502(1) need more than one field at a time, so they
are small functions here; every other NC rule is data over the `new_circumstances` part of the
case. A term is counted with `assistant.deadlines` (CPC 48, 49 on the working-day calendar),
like every other term of the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import msgspec

from assistant.case.drafts import NewCircumstancesDraft
from assistant.case.enums import (
    Direction,
    FilerStatus,
    Instance,
    PartyRole,
    ReopeningAddressee,
    ReviewedDecision,
)
from assistant.case.model import Case
from assistant.deadlines import Deadline, deadline_for_term
from assistant.law.registry import Context, Hit, NoParams, predicate

# CPC 501(3): "не позднее одного года со дня открытия новых обстоятельств".
DISCOVERY_TERM_YEARS = 1
_TERM_CITATIONS = ("CPC RK 501(3)", "CPC RK 48(2)", "CPC RK 48(4)", "CPC RK 49(1)")
# 501(3): these decisions are reviewed only within the terms, whatever the direction.
_ALWAYS_LIMITED = frozenset({ReviewedDecision.ACQUITTAL, ReviewedDecision.TERMINATION})
_COURT_INSTANCE = {
    ReopeningAddressee.FIRST_INSTANCE_COURT: Instance.FIRST,
    ReopeningAddressee.APPELLATE_COURT: Instance.APPEAL,
    ReopeningAddressee.CASSATION_COURT: Instance.CASSATION,
}
_INSTANCE_ORDER = (Instance.FIRST, Instance.APPEAL, Instance.CASSATION)
_DISCOVERED = "/new_circumstances/discovered_on"


def draft(case: Case) -> NewCircumstancesDraft:
    """The application of the case; an empty one when the file holds none yet, so that a
    missing part reads as missing answers, never as nothing to report."""
    return case.new_circumstances or NewCircumstancesDraft()


def term_applies(application: NewCircumstancesDraft) -> bool:
    """CPC 501(3): a review of an acquittal or a termination, or of a conviction to the
    convicted person's detriment, is limited in time."""
    decision = application.decision
    worsening = (
        decision is ReviewedDecision.CONVICTION and application.direction is Direction.WORSEN
    )
    return decision in _ALWAYS_LIMITED or worsening


def discovery_deadline(application: NewCircumstancesDraft, ctx: Context) -> Deadline | None:
    """The last day of the year from the discovery (501(3)); None when no term runs or the day
    of discovery is not given."""
    if not term_applies(application) or application.discovered_on is None:
        return None
    return deadline_for_term(
        application.discovered_on,
        years=DISCOVERY_TERM_YEARS,
        calendar=ctx.calendar,
        citations=_TERM_CITATIONS,
    )


def _compared(case: Case, ctx: Context) -> dt.date:
    """The date judged against the term: the filing (posting, hand-over) date, else today."""
    return draft(case).filing.date or ctx.today


@predicate("nc_term_applies", NoParams)
def nc_term_applies(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """Fires when the review is one 501(3) limits in time (the rule's conditions add the rest)."""
    if term_applies(draft(case)):
        yield Hit(fields=("/new_circumstances/decision", "/new_circumstances/direction"))


@predicate("nc_term_missed", NoParams)
def nc_term_missed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC6.late: filed (or, unfiled, today) after the last day even if every unsure day off
    turns out to be one."""
    deadline = discovery_deadline(draft(case), ctx)
    compared = _compared(case, ctx)
    if deadline is not None and deadline.is_missed(compared):
        yield Hit(
            fields=(_DISCOVERED, "/new_circumstances/filing/date"),
            params={"discovered": deadline.start, "last_day": deadline.last_day},
        )


@predicate("nc_term_unsure_day", NoParams)
def nc_term_unsure_day(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC6.unsure_day: filed after the last day that is sure to count but not after the day the
    term may move to over days off the calendar is not sure of."""
    deadline = discovery_deadline(draft(case), ctx)
    compared = _compared(case, ctx)
    if deadline is not None and not deadline.is_met(compared) and not deadline.is_missed(compared):
        yield Hit(
            fields=("/new_circumstances/filing/date",),
            params={
                "filed": compared,
                "safe_day": deadline.safe_last_day,
                "possible_day": deadline.last_day,
                "days_off": deadline.uncertain_days_off,
            },
        )


@predicate("nc_term_running", NoParams)
def nc_term_running(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC6.deadline: in time so far: the last day that is sure to count and the days left."""
    deadline = discovery_deadline(draft(case), ctx)
    if deadline is not None and deadline.is_met(_compared(case, ctx)):
        yield Hit(
            fields=(_DISCOVERED,),
            params={
                "last_day": deadline.safe_last_day,
                "days": max(deadline.days_left(ctx.today), 0),
            },
        )


@predicate("nc_term_calendar_incomplete", NoParams)
def nc_term_calendar_incomplete(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC6.calendar: the days off of a year the term ends in are not known to be complete."""
    deadline = discovery_deadline(draft(case), ctx)
    if deadline is not None and not deadline.calendar_complete:
        years = ", ".join(str(year) for year in deadline.incomplete_years)
        yield Hit(fields=(_DISCOVERED,), params={"years": years})


@predicate("nc_discovered_later", NoParams)
def nc_discovered_later(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC6.discovery_future: the day of discovery is after the filing date (or, unfiled, after
    today): one of the dates is wrong."""
    discovered = draft(case).discovered_on
    compared = _compared(case, ctx)
    if discovered is not None and discovered > compared:
        yield Hit(
            fields=(_DISCOVERED, "/new_circumstances/filing/date"),
            params={"discovered": discovered, "compared": compared},
        )


class StandingParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Who may apply (CPC 502(1); Resolution No. 9 para. 4): persons in their own right, and
    those who act for a person in one of the listed roles."""

    own: list[FilerStatus]
    acting_for: dict[FilerStatus, list[PartyRole]]
    relatives_after_death: bool


@predicate("nc_filer_without_standing", StandingParams)
def nc_filer_without_standing(case: Case, ctx: Context, params: StandingParams) -> Iterator[Hit]:
    """NC5.standing: the filer is none of the persons who may apply to the court."""
    status = case.filer.status
    if status is None or status in params.own:
        return
    if case.represented.role in params.acting_for.get(status, []):
        return
    deceased = draft(case).convicted_person_deceased
    if status is FilerStatus.RELATIVE and params.relatives_after_death and deceased:
        return
    yield Hit(fields=("/filer/status", "/represented/role"))


def _highest_instance(case: Case) -> tuple[int, Instance] | None:
    """The act of the highest instance among those listed, by its index."""
    ranked = [
        (_INSTANCE_ORDER.index(act.instance), index, act.instance)
        for index, act in enumerate(case.acts)
        if act.instance in _INSTANCE_ORDER
    ]
    if not ranked:
        return None
    _, index, instance = max(ranked)
    return index, instance


@predicate("nc_court_below_last_instance", NoParams)
def nc_court_below_last_instance(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """NC4.instance: the application goes to a court of another instance than the highest
    court whose act is listed (504(4): that court reviews; Resolution No. 9 para. 2)."""
    addressed = draft(case).addressed_to
    instance = _COURT_INSTANCE.get(addressed) if addressed is not None else None
    highest = _highest_instance(case)
    if instance is None or highest is None or highest[1] is instance:
        return
    index, _ = highest
    yield Hit(
        fields=("/new_circumstances/addressed_to", f"/acts/{index}/instance"),
        params={"number": index + 1},
    )
