"""Time predicates: the one-year term of Art. 487(2) for worsening requests (T1-T4, R3, N8).

Whether a request worsens the position is judged once per check (`assistant.law.worsening`)
and the term once (`assistant.law.deadline_report`); these predicates only read both. A fact
that decides the term but is missing or doubtful is reported, never read as "in time".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import msgspec

from assistant.case.documents import filing_date, own_pointer, signing_date
from assistant.case.enums import FilingChannel
from assistant.case.model import Case
from assistant.law.deadline_report import Outcome, entries_into_force
from assistant.law.registry import Context, Hit, NoParams, predicate
from assistant.law.worsening import Judged


class JudgedParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The judged direction(s) to fire on; `declared` restricts to a declared direction
    ("none" = no direction declared)."""

    judged: list[Judged]
    declared: list[str] | None = None


def _declared(case: Case) -> str:
    direction = case.request.direction
    return "none" if direction is None else direction.value


@predicate("direction_judged", JudgedParams)
def direction_judged(case: Case, ctx: Context, params: JudgedParams) -> Iterator[Hit]:
    """Fires when the request is judged as given (and declared as given, when that is set)."""
    judgement = ctx.judgement
    if judgement.judged not in params.judged:
        return
    if params.declared is not None and _declared(case) not in params.declared:
        return
    fields = ("/request/direction", *judgement.worsening_fields)
    yield Hit(fields=fields)


@predicate("worsening_term_missed", NoParams)
def worsening_term_missed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R3, T3: a worsening request filed (or still unfiled) after the last day of the term."""
    report = ctx.deadline
    if report is not None and report.judgement.term_applies and report.missed:
        yield Hit(
            fields=("/request/direction", "/acts", "/filing/date"),
            params={"last_day": report.deadline.last_day},
        )


@predicate("worsening_term_running", NoParams)
def worsening_term_running(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T2: a worsening request still in time: tell the (safe) last day and the days left."""
    report = ctx.deadline
    if report is not None and report.judgement.term_applies and report.met:
        yield Hit(
            fields=("/request/direction",),
            params={
                "last_day": report.deadline.safe_last_day,
                "days": max(report.days_left, 0),
            },
        )


@predicate("worsening_term_unsure_day", NoParams)
def worsening_term_unsure_day(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R3 undecided: filed after the safe last day but not after the day it may move to."""
    report = ctx.deadline
    if report is None or not report.judgement.term_applies:
        return
    if report.outcome is Outcome.UNCERTAIN_DAY:
        deadline = report.deadline
        yield Hit(
            fields=("/filing/date",),
            params={
                "filed": report.compared_date,
                "safe_day": deadline.safe_last_day,
                "possible_day": deadline.last_day,
                "days_off": deadline.uncertain_days_off,
            },
        )


@predicate("first_receipt_unsure", NoParams)
def first_receipt_unsure(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N8 undecided: the term is kept only if the earlier complaint's return was under 489(1)(1),
    and the item of that return is not given."""
    report = ctx.deadline
    if report is None or not report.judgement.term_applies:
        return
    if report.outcome is Outcome.UNCERTAIN_RECEIPT:
        yield Hit(
            fields=("/filing/first_return_ground", "/filing/first_receipt_date"),
            params={"first": case.filing.first_receipt_date, "last_day": report.deadline.last_day},
        )


@predicate("entry_into_force_unknown", NoParams)
def entry_into_force_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T2 undecided: a term may run, but an act's entry into force is neither given nor derivable.

    Nothing fires while the contested acts are not listed: R1.C3.acts speaks for that.
    """
    if not ctx.judgement.term_may_apply:
        return
    for entry in entries_into_force(case):
        if entry.date is None:
            yield Hit(
                fields=(f"/acts/{entry.index}/entered_into_force",),
                params={"number": entry.index + 1},
            )


@predicate("handed_over_near_end", NoParams)
def handed_over_near_end(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T2 receipt: a worsening complaint posted or handed to the administration within the term;
    487(2) may count the year to its receipt by the court (UNCONFIRMED against 49(1))."""
    report = ctx.deadline
    relayed = case.filing.channel in (FilingChannel.POST, FilingChannel.DETENTION_ADMINISTRATION)
    if report is None or not report.judgement.term_applies or not relayed or not report.met:
        return
    handed = case.filing.date or ctx.today
    margin = (report.deadline.safe_last_day - handed).days
    yield Hit(
        fields=("/filing/channel", "/filing/date"),
        params={"last_day": report.deadline.safe_last_day, "days": max(margin, 0)},
    )


# An unknown transfer moves a last day by a few days, never by weeks (the longest run of days
# off in 1991-2100 is five days, docs/deadlines.md): a complaint filed later than this after the
# last day is late whatever the calendar turns out to be, and T4's warning would only be noise.
TRANSFER_REACH = dt.timedelta(days=14)


@predicate("calendar_incomplete", NoParams)
def calendar_incomplete(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """T4: the deadline falls in a year whose days-off transfers are not known to be complete,
    and the complaint is not filed so long after it that no transfer could matter."""
    report = ctx.deadline
    far_too_late = report is not None and (
        report.compared_date > report.deadline.last_day + TRANSFER_REACH
    )
    if report is not None and not report.deadline.calendar_complete and not far_too_late:
        yield Hit(
            fields=("/filing/date",),
            params={"year": ", ".join(str(y) for y in report.deadline.incomplete_years)},
        )


@predicate("act_in_force_before_issued", NoParams)
def act_in_force_before_issued(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """An act said to have entered into force before the day it was issued: impossible."""
    for index, act in enumerate(case.acts):
        issued, entered = act.date, act.entered_into_force
        if issued is not None and entered is not None and entered < issued:
            yield Hit(
                fields=(f"/acts/{index}/entered_into_force", f"/acts/{index}/date"),
                params={"number": index + 1, "issued": issued, "entered": entered},
            )


@predicate("filed_before_act", NoParams)
def filed_before_act(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """The document's filing date is before the date of a contested act: it cannot come first
    (R1, AP1, PG6: every document being drafted, through its own filing date)."""
    filed = filing_date(case)
    if filed is None:
        return
    for index, act in enumerate(case.acts):
        if act.date is not None and filed < act.date:
            yield Hit(
                fields=(own_pointer(case.kind, "/filing/date"), f"/acts/{index}/date"),
                params={"number": index + 1, "filed": filed, "issued": act.date},
            )


@predicate("signed_in_future", NoParams)
def signed_in_future(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """The document being drafted is dated after today (R1, AP1)."""
    signed = signing_date(case)
    if signed is not None and signed > ctx.today:
        yield Hit(
            fields=(own_pointer(case.kind, "/signature/date"),),
            params={"signed": signed, "today": ctx.today},
        )
