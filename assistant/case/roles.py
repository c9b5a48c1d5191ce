"""Who stands on which side of the case: the defence, and those who act for someone.

A defender or (legal) representative acts for a person in a role; the defence side (the
convicted or acquitted person and those acting for them) cannot ask for a worse position
(CPC 494(14)). Both the rules and the document need these facts, so they live with the case.
"""

from __future__ import annotations

from assistant.case.enums import FilerStatus, PartyRole
from assistant.case.model import Case

DEFENCE_STATUSES = frozenset({FilerStatus.CONVICTED, FilerStatus.ACQUITTED, FilerStatus.DEFENDER})
DEFENDED_ROLES = frozenset({PartyRole.CONVICTED, PartyRole.ACQUITTED})
ACTS_FOR_OTHERS = frozenset(
    {FilerStatus.DEFENDER, FilerStatus.REPRESENTATIVE, FilerStatus.LEGAL_REPRESENTATIVE}
)


def acts_for(case: Case, roles: frozenset[PartyRole]) -> bool:
    """The filer is a defender or (legal) representative of a person in one of `roles`."""
    return case.filer.status in ACTS_FOR_OTHERS and case.represented.role in roles


def on_defence_side(case: Case) -> bool:
    """The convicted or acquitted person, or someone acting for them, files the complaint."""
    return case.filer.status in DEFENCE_STATUSES or acts_for(case, DEFENDED_ROLES)
