"""Predicates of the appeal's rules (rows AP1-AP4 of docs/rules.md; CPC 414, 418, 423, 50).

The term is computed by `assistant.law.appeal_term` (418(1) over 48, 49) and only read here;
a fact that decides whether the appeal is late but is missing or impossible is reported as
such, never read as "in time".
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.case.appeal import appeal_draft, custody_term
from assistant.case.enums import FilerStatus, PartyRole
from assistant.case.model import Case
from assistant.case.roles import acts_for
from assistant.law.appeal_term import (
    AppealOutcome,
    AppealTerm,
    appeal_terms,
    reviewed_in_cassation,
)
from assistant.law.predicates.time import TRANSFER_REACH
from assistant.law.registry import Context, Hit, NoParams, predicate

_CIVIL_STATUSES = frozenset({FilerStatus.CIVIL_PLAINTIFF, FilerStatus.CIVIL_DEFENDANT})
_CIVIL_ROLES = frozenset({PartyRole.CIVIL_PLAINTIFF, PartyRole.CIVIL_DEFENDANT})
_TERM_FIELDS = ("/appeal/filing/date",)


def _terms(case: Case, ctx: Context) -> list[AppealTerm]:
    return appeal_terms(case, ctx.today, ctx.calendar)


def _restoration_asked(case: Case) -> bool:
    return appeal_draft(case).restore_term


def _act_fields(term: AppealTerm) -> tuple[str, ...]:
    return (f"/acts/{term.index}/date", *_TERM_FIELDS)


@predicate("appeal_term_running", NoParams)
def appeal_term_running(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.term: not filed yet and still in time: the (safe) last day and the days left."""
    for term in _terms(case, ctx):
        if not term.filed and term.outcome is AppealOutcome.MET:
            yield Hit(
                fields=_act_fields(term),
                params={
                    "number": term.index + 1,
                    "start": term.start,
                    "last_day": term.deadline.safe_last_day,
                    "days": max(term.days_left, 0),
                },
            )


@predicate("appeal_filed_in_time", NoParams)
def appeal_filed_in_time(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.in_time: filed (posted, handed over) on or before the safe last day."""
    for term in _terms(case, ctx):
        if term.filed and term.outcome is AppealOutcome.MET:
            yield Hit(
                fields=_act_fields(term),
                params={
                    "number": term.index + 1,
                    "filed": term.compared_date,
                    "last_day": term.deadline.safe_last_day,
                },
            )


def _missed(case: Case, ctx: Context) -> Iterator[AppealTerm]:
    return (term for term in _terms(case, ctx) if term.outcome is AppealOutcome.MISSED)


def _missed_hit(term: AppealTerm) -> Hit:
    return Hit(
        fields=_act_fields(term),
        params={
            "number": term.index + 1,
            "last_day": term.deadline.last_day,
            "filed": term.compared_date,
        },
    )


@predicate("appeal_term_missed", NoParams)
def appeal_term_missed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.late: filed (or, unfiled, today) after the last day, and no restoration is asked."""
    if not _restoration_asked(case):
        yield from (_missed_hit(term) for term in _missed(case, ctx))


@predicate("appeal_restoration_unreasoned", NoParams)
def appeal_restoration_unreasoned(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.restore_reason: the term is missed and restoration is asked, but with no reason."""
    if _restoration_asked(case) and not appeal_draft(case).restore_reason.strip():
        for term in _missed(case, ctx):
            hit = _missed_hit(term)
            yield Hit(fields=("/appeal/restore_reason", *hit.fields), params=hit.params)


@predicate("appeal_restoration_reasoned", NoParams)
def appeal_restoration_reasoned(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.restoration: the term is missed and restoration is asked with a reason: the court
    that issued the act decides whether the reason is valid."""
    if _restoration_asked(case) and appeal_draft(case).restore_reason.strip():
        for term in _missed(case, ctx):
            hit = _missed_hit(term)
            yield Hit(fields=("/appeal/restore_term", *hit.fields), params=hit.params)


@predicate("appeal_restoration_not_needed", NoParams)
def appeal_restoration_not_needed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.restoration_not_needed: restoration is asked although every term is kept."""
    terms = _terms(case, ctx)
    if _restoration_asked(case) and terms and all(t.outcome is AppealOutcome.MET for t in terms):
        yield Hit(fields=("/appeal/restore_term",))


@predicate("appeal_term_unsure_day", NoParams)
def appeal_term_unsure_day(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.unsure_day: filed after the safe last day but not after the day it may move to."""
    for term in _terms(case, ctx):
        if term.outcome is AppealOutcome.UNCERTAIN_DAY:
            deadline = term.deadline
            yield Hit(
                fields=_act_fields(term),
                params={
                    "number": term.index + 1,
                    "filed": term.compared_date,
                    "safe_day": deadline.safe_last_day,
                    "possible_day": deadline.last_day,
                    "days_off": deadline.uncertain_days_off,
                },
            )


@predicate("appeal_copy_date_unknown", NoParams)
def appeal_copy_date_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.copy_date: a convicted person in custody files after the term counted from the
    announcement, and the day they received the copy, from which their term runs, is not given
    (or is impossible, which AP3.copy_before_act explains)."""
    for term in _terms(case, ctx):
        if term.outcome is AppealOutcome.UNCERTAIN_START:
            yield Hit(
                fields=("/appeal/copy_handed_over", f"/acts/{term.index}/date"),
                params={"number": term.index + 1, "last_day": term.deadline.last_day},
            )


@predicate("appeal_copy_before_act", NoParams)
def appeal_copy_before_act(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.copy_before_act: the copy is said to be handed over before the act's date."""
    handed = appeal_draft(case).copy_handed_over
    if handed is None or not custody_term(case):
        return
    for index, act in enumerate(case.acts):
        if act.date is not None and handed < act.date and not reviewed_in_cassation(act):
            yield Hit(
                fields=("/appeal/copy_handed_over", f"/acts/{index}/date"),
                params={"number": index + 1, "handed": handed, "issued": act.date},
            )


@predicate("appeal_act_said_in_force", NoParams)
def appeal_act_said_in_force(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.in_force: a first-instance act is said to be in force, though by its dates its
    appeal term still runs: a first-instance act enters into force only when the term ends
    without an appeal (470(1)), so one of the facts is wrong."""
    for term in _terms(case, ctx):
        act = case.acts[term.index]
        entered = act.entered_into_force
        said = act.in_force is True or (entered is not None and entered <= ctx.law_date)
        if said and term.outcome is AppealOutcome.MET:
            yield Hit(
                fields=(f"/acts/{term.index}/in_force", f"/acts/{term.index}/entered_into_force"),
                params={"number": term.index + 1, "last_day": term.deadline.safe_last_day},
            )


@predicate("appeal_calendar_incomplete", NoParams)
def appeal_calendar_incomplete(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP3.calendar: a last day falls in a year whose transfers of days off are not known to be
    complete, and the appeal is not so late that no transfer could matter."""
    years: set[int] = set()
    for term in _terms(case, ctx):
        far_too_late = term.compared_date > term.deadline.last_day + TRANSFER_REACH
        if not term.deadline.calendar_complete and not far_too_late:
            years.update(term.deadline.incomplete_years)
    if years:
        yield Hit(fields=_TERM_FIELDS, params={"year": ", ".join(str(y) for y in sorted(years))})


@predicate("appeal_of_reviewed_act", NoParams)
def appeal_of_reviewed_act(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP4.reviewed: the appeal contests an act of the appellate instance, or a first-instance
    act already reviewed on appeal; both are in force and reviewed in cassation."""
    for index, act in enumerate(case.acts):
        if reviewed_in_cassation(act):
            yield Hit(
                fields=(f"/acts/{index}/kind", f"/acts/{index}/instance", f"/acts/{index}/appeal"),
                params={"number": index + 1},
            )


@predicate("appeal_civil_party_unlimited", NoParams)
def appeal_civil_party_unlimited(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP2.civil_claim: a civil plaintiff or defendant (or their representative) does not keep
    the appeal to the civil-claim part, the only part 414(1) lets them appeal."""
    civil = case.filer.status in _CIVIL_STATUSES or acts_for(case, _CIVIL_ROLES)
    if civil and not appeal_draft(case).civil_claim_only:
        yield Hit(fields=("/appeal/civil_claim_only", "/appeal/scope"))


@predicate("appeal_undated", NoParams)
def appeal_undated(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """AP1.date: neither the date of signing nor the date of filing is given (423(1)(8))."""
    draft = appeal_draft(case)
    if draft.signature.date is None and draft.filing.date is None:
        yield Hit(fields=("/appeal/signature/date", "/appeal/filing/date"))
