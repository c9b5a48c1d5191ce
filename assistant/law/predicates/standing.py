"""Who may file what (CPC 486(1) with 414(1),(3); rows P1-P3, N5, N12).

A defender or representative acts for someone; these predicates look at both the filer's own
status and the role of the person represented, so a representative of a civil plaintiff is
held to the civil-claim part like the plaintiff.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.case.enums import FilerStatus, PartyRole, RequestKind
from assistant.case.model import Case
from assistant.law.age import is_of_age
from assistant.law.registry import Context, Hit, NoParams, predicate

_ACTS_FOR_OTHERS = frozenset(
    {FilerStatus.DEFENDER, FilerStatus.REPRESENTATIVE, FilerStatus.LEGAL_REPRESENTATIVE}
)
_CIVIL_STATUSES = frozenset({FilerStatus.CIVIL_PLAINTIFF, FilerStatus.CIVIL_DEFENDANT})
_CIVIL_ROLES = frozenset({PartyRole.CIVIL_PLAINTIFF, PartyRole.CIVIL_DEFENDANT})
_DEFENCE_STATUSES = frozenset({FilerStatus.CONVICTED, FilerStatus.ACQUITTED, FilerStatus.DEFENDER})
_DEFENDED_ROLES = frozenset({PartyRole.CONVICTED, PartyRole.ACQUITTED})

# 414(1): defenders act for the convicted or acquitted; representatives for the victim (private
# prosecutor), the civil parties and other persons; legal representatives for anyone.
ROLES_BY_STATUS: dict[FilerStatus, frozenset[PartyRole]] = {
    FilerStatus.DEFENDER: _DEFENDED_ROLES,
    FilerStatus.REPRESENTATIVE: frozenset(PartyRole) - _DEFENDED_ROLES,
    FilerStatus.LEGAL_REPRESENTATIVE: frozenset(PartyRole),
}


def acts_for(case: Case, roles: frozenset[PartyRole]) -> bool:
    """The filer is a defender or (legal) representative of a person in one of `roles`."""
    return case.filer.status in _ACTS_FOR_OTHERS and case.represented.role in roles


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


def _civil_part_only(case: Case) -> bool:
    kinds = case.request.kinds
    return case.scope.civil_claim_only or (
        bool(kinds) and all(kind is RequestKind.CIVIL_CLAIM for kind in kinds)
    )


@predicate("civil_party_beyond_claim", NoParams)
def civil_party_beyond_claim(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P2: a civil plaintiff or defendant (or their representative) goes beyond the civil claim."""
    civil = case.filer.status in _CIVIL_STATUSES or acts_for(case, _CIVIL_ROLES)
    if civil and not _civil_part_only(case):
        yield Hit(fields=("/scope/civil_claim_only", "/request/kinds"))


@predicate("affected_right_missing", NoParams)
def affected_right_missing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """P3/N5: an interested person (or their representative) does not say which right is hit."""
    interested = case.filer.status is FilerStatus.INTERESTED_PERSON or acts_for(
        case, frozenset({PartyRole.INTERESTED_PERSON})
    )
    if interested and not case.filer.affected_right.strip():
        yield Hit(fields=("/filer/affected_right",))


@predicate("represented_of_age", NoParams)
def represented_of_age(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N5: a legal representative files for a person who is 18 or older on the law date."""
    born = case.represented.date_of_birth
    legal = case.filer.status is FilerStatus.LEGAL_REPRESENTATIVE
    if legal and born is not None and is_of_age(born, ctx.law_date):
        yield Hit(fields=("/represented/date_of_birth",), params={"law_date": ctx.law_date})


@predicate("filer_on_defence_side", NoParams)
def filer_on_defence_side(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N12: the convicted or acquitted person, or someone acting for them, files the complaint."""
    if case.filer.status in _DEFENCE_STATUSES or acts_for(case, _DEFENDED_ROLES):
        yield Hit(fields=("/request/direction", "/filer/status"))
