"""Who may file what (CPC 486(1) with 414(1),(3); rows P1-P3, N5, N12).

A defender or representative acts for someone; these predicates look at both the filer's own
status and the role of the person represented, so a representative of a civil plaintiff is
held to the civil-claim part like the plaintiff.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.enums import (
    AppealHistory,
    FilerStatus,
    Ground,
    Instance,
    PartyRole,
    RepresentationBasis,
    RequestKind,
    TrialProcedure,
    Withdrawer,
)
from assistant.case.model import Case
from assistant.case.roles import DEFENDED_ROLES, acts_for, on_defence_side
from assistant.law.age import is_of_age
from assistant.law.categories import barred_until_2027
from assistant.law.registry import Context, Hit, NoParams, predicate

_CIVIL_STATUSES = frozenset({FilerStatus.CIVIL_PLAINTIFF, FilerStatus.CIVIL_DEFENDANT})
_CIVIL_ROLES = frozenset({PartyRole.CIVIL_PLAINTIFF, PartyRole.CIVIL_DEFENDANT})
_DEFENDED_ROLES = DEFENDED_ROLES
_VICTIM_STATUSES = frozenset({FilerStatus.VICTIM, FilerStatus.PRIVATE_PROSECUTOR})
_VICTIM_ROLES = frozenset({PartyRole.VICTIM, PartyRole.PRIVATE_PROSECUTOR})

# 414(1): defenders act for the convicted or acquitted; representatives for the victim (private
# prosecutor), the civil parties and other persons; legal representatives for anyone.
ROLES_BY_STATUS: dict[FilerStatus, frozenset[PartyRole]] = {
    FilerStatus.DEFENDER: _DEFENDED_ROLES,
    FilerStatus.REPRESENTATIVE: frozenset(PartyRole) - _DEFENDED_ROLES,
    FilerStatus.LEGAL_REPRESENTATIVE: frozenset(PartyRole),
}


@predicate("represented_role_unfit", NoParams)
def represented_role_unfit(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P1: the filer's status does not fit the role of the person represented."""
    status, role = case.filer.status, case.represented.role
    if status is None or role is None or status not in ROLES_BY_STATUS:
        return
    if role not in ROLES_BY_STATUS[status]:
        yield Hit(
            fields=("/filer/status", "/represented/role"),
            params={"status": status.value, "role": role.value},
        )


def _is_civil_party(case: Case) -> bool:
    return case.filer.status in _CIVIL_STATUSES or acts_for(case, _CIVIL_ROLES)


def _civil_content(case: Case) -> bool:
    """The complaint contests the civil-claim part: scope, request or a ground of 485(1)(6)."""
    return (
        case.scope.civil_claim_only
        or RequestKind.CIVIL_CLAIM in case.request.kinds
        or any(g.item is Ground.CIVIL_CLAIM for g in case.grounds)
    )


def _beyond_claim_fields(case: Case) -> list[str]:
    """Requests and grounds that are about something other than the civil claim."""
    fields = [
        f"/request/kinds/{i}"
        for i, kind in enumerate(case.request.kinds)
        if kind is not RequestKind.CIVIL_CLAIM
    ]
    fields += [
        f"/grounds/{i}/item"
        for i, g in enumerate(case.grounds)
        if g.item is not None and g.item is not Ground.CIVIL_CLAIM
    ]
    return fields


@predicate("civil_party_without_claim", NoParams)
def civil_party_without_claim(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P2: a civil plaintiff or defendant (or their representative) contests nothing of the
    civil claim, the only part they may contest."""
    if _is_civil_party(case) and not _civil_content(case) and _beyond_claim_fields(case):
        yield Hit(fields=("/scope/civil_claim_only", "/request/kinds"))


@predicate("civil_party_beyond_claim", NoParams)
def civil_party_beyond_claim(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P2 partial: a civil party contests the civil claim and also asks for more (UNCONFIRMED how
    the court treats the part beyond the claim)."""
    beyond = _beyond_claim_fields(case)
    if _is_civil_party(case) and _civil_content(case) and beyond:
        yield Hit(fields=tuple(beyond))


@predicate("affected_right_missing", NoParams)
def affected_right_missing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P3/N5: an interested person (or their representative) does not say which right is hit."""
    interested = case.filer.status is FilerStatus.INTERESTED_PERSON or acts_for(
        case, frozenset({PartyRole.INTERESTED_PERSON})
    )
    if interested and not case.filer.affected_right.strip():
        yield Hit(fields=("/filer/affected_right",))


class BasisParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The bases of legal representation to fire on ("none": not given)."""

    basis: list[str]


def _basis(case: Case) -> str:
    basis = case.represented.basis
    return "none" if basis is None else basis.value


@predicate("represented_of_age", BasisParams)
def represented_of_age(case: Case, ctx: Context, params: BasisParams) -> Iterator[Hit]:
    """N5: a legal representative files for a person who is 18 or older on the law date, and the
    representation rests on (or may rest on) minority, which ends at 18."""
    born = case.represented.date_of_birth
    legal = case.filer.status is FilerStatus.LEGAL_REPRESENTATIVE
    if legal and _basis(case) in params.basis and born and is_of_age(born, ctx.law_date):
        yield Hit(
            fields=("/represented/date_of_birth", "/represented/basis"),
            params={"law_date": ctx.law_date},
        )


@predicate("birth_date_needed", NoParams)
def birth_date_needed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N5: a legal representative whose basis may be minority gives no date of birth."""
    legal = case.filer.status is FilerStatus.LEGAL_REPRESENTATIVE
    minority_possible = case.represented.basis is not RepresentationBasis.INCAPACITY
    if legal and minority_possible and case.represented.date_of_birth is None:
        yield Hit(fields=("/represented/date_of_birth",))


@predicate("defence_asks_to_worsen", NoParams)
def defence_asks_to_worsen(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N12: the defence side asks for a worse position (by what it asks, or as declared).

    A complaint that is on the 487(2) list only because it contests a termination ruling is not
    a request to worsen: the defence may ask to replace a termination with an acquittal.
    """
    judgement = ctx.judgement
    declared_worse = judgement.declared is not None and judgement.declared.value == "worsen"
    if on_defence_side(case) and (judgement.by_content or declared_worse):
        yield Hit(fields=("/request/direction", "/filer/status", *judgement.worsening_fields))


@predicate("withdrawal_effective", NoParams)
def withdrawal_effective(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R4: withdrawn by someone who may withdraw it (488(6)): the filer, or the convicted person
    for a complaint a defender or legal representative filed for them."""
    if case.filing.withdrawn and _may_withdraw(case):
        yield Hit(fields=("/filing/withdrawn", "/filing/withdrawn_by"))


@predicate("withdrawal_not_allowed", NoParams)
def withdrawal_not_allowed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R4: withdrawn by someone who may not (a defender, of the client's own complaint, 70(5))."""
    if case.filing.withdrawn and not _may_withdraw(case):
        by = case.filing.withdrawn_by
        yield Hit(
            fields=("/filing/withdrawn_by",),
            params={"by": by.value if by is not None else ""},
        )


def _may_withdraw(case: Case) -> bool:
    by, status = case.filing.withdrawn_by, case.filer.status
    if by is None or by is Withdrawer.FILER:
        return True
    if by is Withdrawer.DEFENDER:
        return status is FilerStatus.DEFENDER
    return status in (FilerStatus.CONVICTED, FilerStatus.ACQUITTED) or acts_for(
        case, _DEFENDED_ROLES
    )


_NO_STANDING = frozenset({FilerStatus.RELATIVE, FilerStatus.NON_PARTICIPANT})


@predicate("filer_without_standing", NoParams)
def filer_without_standing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R2: a person 486(1) does not name (a relative acting without authority, a person who is
    not a participant and whose interests the act does not affect)."""
    if case.filer.status in _NO_STANDING:
        yield Hit(fields=("/filer/status",), params={"status": case.filer.status.value})


def _victim_side(case: Case) -> bool:
    return case.filer.status in _VICTIM_STATUSES or acts_for(case, _VICTIM_ROLES)


@predicate("victim_in_minor_case", NoParams)
def victim_in_minor_case(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N6 from 1 July 2027: a victim complains in a case of only minor or misdemeanour counts
    heard in general procedure (para. 6 limits victims to graver cases; UNCONFIRMED since the
    2027 wording of 484(2)(1))."""
    barred_procedures = (
        TrialProcedure.SUMMARY,
        TrialProcedure.CONCILIATION,
        TrialProcedure.ART_382,
    )
    bars = [barred_until_2027(offence) for offence in case.offences]
    if not _victim_side(case) or case.trial_procedure in barred_procedures:
        return
    if bars and all(bar is True for bar in bars):
        yield Hit(fields=("/filer/status", "/offences"))


@predicate("convicted_person_unnamed", NoParams)
def convicted_person_unnamed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A complaint of someone other than the defence does not name the convicted person."""
    status = case.filer.status
    if status is None or on_defence_side(case) or status is FilerStatus.PROSECUTOR:
        return
    if status in _NO_STANDING or case.convicted_person.strip():
        return
    yield Hit(fields=("/convicted_person",))


def _unappealed_first_instance(case: Case) -> list[int]:
    not_appealed = (AppealHistory.NOT_APPEALED, AppealHistory.APPEAL_RETURNED_LATE)
    return [
        index
        for index, act in enumerate(case.acts)
        if act.instance is Instance.FIRST and act.appeal in not_appealed
    ]


def _interested(case: Case) -> bool:
    return case.filer.status is FilerStatus.INTERESTED_PERSON or acts_for(
        case, frozenset({PartyRole.INTERESTED_PERSON})
    )


@predicate("interested_may_restore_term", NoParams)
def interested_may_restore_term(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N5: an interested person against a first-instance act nobody appealed (in time) may ask
    the trial court to restore the appeal term (CPC 419) and appeal."""
    if not _interested(case):
        return
    for index in _unappealed_first_instance(case):
        yield Hit(fields=(f"/acts/{index}/appeal",), params={"number": index + 1})


@predicate("learned_of_act_missing", NoParams)
def learned_of_act_missing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N5: such a person does not say when they learned of the act."""
    if _interested(case) and _unappealed_first_instance(case) and case.filer.learned_of_act is None:
        yield Hit(fields=("/filer/learned_of_act",))
