"""A new petition to the court at the place of execution, filled from what the case knows.

The facts every document shares stay where they are (the filer, the convicted person, the
verdict and later acts, the offences); the petition's own part takes from them what it repeats:
the institution where a convicted filer is held, the convicted person's date of birth, and the
filing through the institution's administration (PEC 162(9)). The sentence as it now stands,
its start and the custody credited are the petition's own questions: no shared field holds them.
"""

from __future__ import annotations

from assistant.case.enums import FilerStatus, FilingChannel, PartyRole
from assistant.case.model import Case


def prefill_execution_petition(case: Case) -> None:
    """Fill the case's just-started petition from the case (nothing typed is overwritten)."""
    draft = case.execution_petition
    if draft is None:
        return
    filer, represented = case.filer, case.represented
    convicted_files = filer.status is FilerStatus.CONVICTED
    if convicted_files and filer.in_custody and not draft.institution:
        draft.institution = filer.institution
        if draft.filing.channel is None:
            draft.filing.channel = FilingChannel.DETENTION_ADMINISTRATION
    if represented.role is PartyRole.CONVICTED and draft.birth_date is None:
        draft.birth_date = represented.date_of_birth
