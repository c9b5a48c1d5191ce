"""Predicates of the petition to the Prosecutor General for a cassation protest (rows PG1-PG7,
docs/rules.md): which part of Art. 485 its acts need, its request and direction, and the
one-year term of 487(2) that still limits a worsening protest.

Whether the protest would worsen the position and its term are judged once per check from the
petition's own request, grounds and filing date (`assistant.law.judged_facts`); these
predicates read that judgement and point their findings into `/pg_petition`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import msgspec

from assistant.case.enums import ActKind, AppealHistory, Instance, TrialProcedure
from assistant.case.model import Case
from assistant.case.pg_petition import APPEAL_NOT_FOLLOWED, petition_of
from assistant.case.roles import on_defence_side
from assistant.deadlines import add_days
from assistant.law.categories import barred_until_2027
from assistant.law.deadline_report import Outcome, entry_into_force_of, is_appellate
from assistant.law.predicates.reviewability import disputed_reclassification
from assistant.law.predicates.time import TRANSFER_REACH
from assistant.law.registry import Context, Hit, NoParams, predicate
from assistant.law.worsening import Judged

_PETITION = "/pg_petition"
# Acts that CPC 484(2) items 2 and 3 or Chapter 52-1 put outside a cassation protest, or that
# are not decisions on the case: their appeal history decides nothing here (rows PG3).
_NOT_APPEAL_CHECKED = frozenset(
    {
        ActKind.INTERLOCUTORY_RULING,
        ActKind.EXECUTION_RULING,
        ActKind.INVESTIGATING_JUDGE_ACT,
        ActKind.CASSATION_COURT_ACT,
    }
)
_BARRED_PROCEDURES = frozenset(
    {TrialProcedure.SUMMARY, TrialProcedure.CONCILIATION, TrialProcedure.ART_382}
)


def _appeal_followed(case: Case) -> bool | None:
    """Whether the appellate procedure was followed for the contested acts (NR1 para. 4)."""
    firsts = [
        act
        for act in case.acts
        if act.instance is Instance.FIRST and act.kind not in _NOT_APPEAL_CHECKED
    ]
    if any(act.appeal in APPEAL_NOT_FOLLOWED for act in firsts):
        return False
    if any(is_appellate(act) for act in case.acts):
        return True
    if firsts and all(act.appeal is AppealHistory.REVIEWED for act in firsts):
        return True
    return None


def _barred_by_category(case: Case) -> bool | None:
    """484(2)(1) until 30 June 2027: every count a misdemeanour or a crime of minor gravity
    (a disputed reclassification from a graver charge excepted, NR1 para. 3)."""
    bars = [barred_until_2027(offence) for offence in case.offences]
    if not bars or None in bars or (True in bars and False in bars):
        return None
    return all(bars) and not disputed_reclassification(case)


def _barred_by_procedure(case: Case) -> bool | None:
    """484(2)(1) from 1 July 2027: heard in summary or conciliation proceedings or under 382."""
    if case.trial_procedure is None:
        return None
    return case.trial_procedure in _BARRED_PROCEDURES


def protest_only(case: Case, barred_by: str) -> bool | None:
    """Whether the acts are those of CPC 484(3), which reach cassation only on a protest and
    only in the cases of 485(2): True, False, or None when the facts do not tell."""
    followed = _appeal_followed(case)
    barred = _barred_by_category(case) if barred_by == "category" else _barred_by_procedure(case)
    if followed is False or barred is True:
        return True
    if followed is True and barred is False:
        return False
    return None


class GroundParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """`need`: "special" (a 484(3) act and no case of 485(2)), "item" (a 484(1) act and no item
    of 485(1)) or "either" (the facts do not tell which part applies and the petition does not
    name both); `barred_by`: how 484(2)(1) reads on the law date ("category" until 30 June
    2027, "procedure" from 1 July 2027)."""

    need: Literal["special", "item", "either"]
    barred_by: Literal["category", "procedure"]


@predicate("pg_ground_missing", GroundParams)
def pg_ground_missing(case: Case, ctx: Context, params: GroundParams) -> Iterator[Hit]:
    """PG4: the petition does not name the ground of Art. 485 its acts need."""
    petition = petition_of(case)
    has_special = any(claim.item is not None for claim in petition.special_grounds)
    has_item = any(argument.item is not None for argument in petition.grounds)
    only = protest_only(case, params.barred_by)
    if params.need == "special" and only is True and not has_special:
        yield Hit(fields=(f"{_PETITION}/special_grounds",))
    elif params.need == "item" and only is False and not has_item:
        yield Hit(fields=(f"{_PETITION}/grounds",))
    elif params.need == "either" and only is None and not (has_special and has_item):
        yield Hit(fields=(f"{_PETITION}/special_grounds", f"{_PETITION}/grounds"))


@predicate("pg_no_violation", NoParams)
def pg_no_violation(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG4: no argument of the petition says what the courts did wrong."""
    if not any(argument.violation.strip() for argument in petition_of(case).grounds):
        yield Hit(fields=(f"{_PETITION}/grounds",))


@predicate("pg_request_missing", NoParams)
def pg_request_missing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG5: the petition does not say what the protest should ask the cassation court."""
    petition = petition_of(case)
    if not petition.request_kinds and not petition.request_text.strip():
        yield Hit(fields=(f"{_PETITION}/request_kinds", f"{_PETITION}/request_text"))


def _petition_fields(pointers: tuple[str, ...]) -> tuple[str, ...]:
    """The judged copy's pointers (`/request/kinds/0`, `/grounds/1/item`) in the petition."""
    mapped = [
        pointer.replace("/request/kinds/", f"{_PETITION}/request_kinds/", 1).replace(
            "/grounds/", f"{_PETITION}/grounds/", 1
        )
        for pointer in pointers
    ]
    return (f"{_PETITION}/direction", *mapped)


@predicate("pg_direction_unknown", NoParams)
def pg_direction_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6: whether the protest would worsen the position cannot be told: the requests do not
    say and no direction is declared (or contradicts them), or someone other than the defence
    asks nothing yet."""
    judged = ctx.judgement.judged
    nothing_asked = judged is Judged.NONE and not on_defence_side(case)
    if judged in (Judged.UNKNOWN, Judged.CONFLICT) or nothing_asked:
        yield Hit(fields=_petition_fields(ctx.judgement.worsening_fields))


@predicate("pg_improving", NoParams)
def pg_improving(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6: the protest asked for only improves the position: no time limit (487(1))."""
    if ctx.judgement.judged is Judged.IMPROVE:
        yield Hit(fields=(f"{_PETITION}/direction",))


@predicate("pg_term_running", NoParams)
def pg_term_running(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6: a worsening protest is still possible: its (safe) last day and the days left."""
    report = ctx.deadline
    if report is not None and report.judgement.term_applies and report.met:
        yield Hit(
            fields=_petition_fields(report.judgement.worsening_fields),
            params={
                "last_day": report.deadline.safe_last_day,
                "entered": report.entered_into_force,
                "days": max(report.days_left, 0),
            },
        )


@predicate("pg_term_missed", NoParams)
def pg_term_missed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6: the petition asks for a worsening protest after the year of 487(2) has ended."""
    report = ctx.deadline
    if report is not None and report.judgement.term_applies and report.missed:
        yield Hit(
            fields=(*_petition_fields(report.judgement.worsening_fields), "/acts"),
            params={"last_day": report.deadline.last_day, "filed": report.compared_date},
        )


@predicate("pg_term_unsure_day", NoParams)
def pg_term_unsure_day(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6 undecided: filed after the safe last day but not after the day it may move to."""
    report = ctx.deadline
    if report is None or not report.judgement.term_applies:
        return
    if report.outcome is Outcome.UNCERTAIN_DAY:
        yield Hit(
            fields=(f"{_PETITION}/filing/date",),
            params={
                "filed": report.compared_date,
                "safe_day": report.deadline.safe_last_day,
                "possible_day": report.deadline.last_day,
                "days_off": report.deadline.uncertain_days_off,
            },
        )


class TightParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The days CPC 486(4) gives before a petition is decided: `court_days` for the court to
    send the case the prosecutor asks for, `prosecutor_days` to consider the petition."""

    court_days: int
    prosecutor_days: int

    def __post_init__(self) -> None:
        if self.court_days < 0 or self.prosecutor_days < 0:
            raise ValueError("the days of 486(4) cannot be negative")


@predicate("pg_term_tight", TightParams)
def pg_term_tight(case: Case, ctx: Context, params: TightParams) -> Iterator[Hit]:
    """PG6: a worsening petition filed in time, but so close to the last day that the case's
    sending and the petition's consideration (486(4)) may run past it."""
    report = ctx.deadline
    if report is None or not report.judgement.term_applies or not report.met:
        return
    decided = add_days(report.compared_date, params.court_days + params.prosecutor_days)
    if decided is not None and decided > report.deadline.safe_last_day:
        yield Hit(
            fields=(f"{_PETITION}/filing/date",),
            params={
                "filed": report.compared_date,
                "last_day": report.deadline.safe_last_day,
                "days": (report.deadline.safe_last_day - report.compared_date).days,
                "court_days": params.court_days,
                "prosecutor_days": params.prosecutor_days,
            },
        )


@predicate("pg_calendar_incomplete", NoParams)
def pg_calendar_incomplete(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG6: the protest's last day falls in a year whose transfers of days off are not known to
    be complete (and the petition is not so late that no transfer could matter, as for T4)."""
    report = ctx.deadline
    if report is None or report.deadline.calendar_complete:
        return
    if report.compared_date > report.deadline.last_day + TRANSFER_REACH:
        return
    yield Hit(
        fields=(f"{_PETITION}/filing/date",),
        params={"year": ", ".join(str(year) for year in report.deadline.incomplete_years)},
    )


@predicate("pg_in_force_unknown", NoParams)
def pg_in_force_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG3: an act whose entry into force is neither said nor derivable (a protest is brought
    only against acts in force, 486(2))."""
    for index, act in enumerate(case.acts):
        if act.in_force is None and entry_into_force_of(case, index).date is None:
            yield Hit(
                fields=(f"/acts/{index}/in_force", f"/acts/{index}/entered_into_force"),
                params={"number": index + 1},
            )


@predicate("pg_no_reply_address", NoParams)
def pg_no_reply_address(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PG7: neither a home or office address nor, for a person in custody, the institution."""
    filer = case.filer
    held = filer.in_custody and filer.institution.strip()
    if not filer.address.strip() and not held:
        yield Hit(fields=("/filer/address", "/filer/institution"))
