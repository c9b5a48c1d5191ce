"""The petition to the Prosecutor General in the case: where it is, and how a new one starts.

A new petition starts from what the case already knows.

The addressee is the Prosecutor General, whom CPC 484(3) and 486(2) name first and who may
bring any cassation protest (the deputies and the Chief Military and Chief Transport
Prosecutors may too; the user can choose one of them). A case that was drafting a cassation
complaint gives its scope, arguments and request: the protest is asked for on the same points.
The court's e-filing service is not a way to the prosecutor's office, so that channel is not
carried over; the others are.
"""

from __future__ import annotations

from assistant.case.drafts import PetitionArgument, PgPetitionDraft
from assistant.case.enums import AppealHistory, FilingChannel, ProtestOfficial
from assistant.case.model import Case

# What happened on appeal when "the appellate procedure was not followed" (Resolution No. 1
# para. 4): such a first-instance act reaches cassation only on a protest (CPC 484(3)).
APPEAL_NOT_FOLLOWED = frozenset(
    {
        AppealHistory.NOT_APPEALED,
        AppealHistory.APPEAL_WITHDRAWN,
        AppealHistory.APPEAL_RETURNED_LATE,
        AppealHistory.REVIEWED_FOR_OTHERS_ONLY,
    }
)


def petition_of(case: Case) -> PgPetitionDraft:
    """The case's petition; an empty one when the file has none yet (its rules then say what
    is missing, the document has nothing to print)."""
    petition = case.pg_petition
    return petition if petition is not None else PgPetitionDraft()


def prefill_pg_petition(case: Case) -> None:
    """Fill the case's just-started petition from the shared facts and the complaint's answers."""
    draft = case.pg_petition
    if draft is None:
        return
    draft.official = ProtestOfficial.PROSECUTOR_GENERAL
    draft.scope = case.scope.kind
    draft.scope_part = case.scope.part_description
    draft.grounds = [
        PetitionArgument(item=g.item, violation=g.violation, norms=g.norms, effect=g.effect)
        for g in case.grounds
    ]
    draft.request_kinds = list(case.request.kinds)
    draft.request_text = case.request.text
    draft.direction = case.request.direction
    if case.filing.channel is not FilingChannel.E_FILING:
        draft.filing.channel = case.filing.channel
