"""Which documents a case holds and which one is being drafted: one place that knows the map
from a document kind to its part of the case file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from assistant.case.appeal import prefill_appeal
from assistant.case.drafts import (
    AppealDraft,
    Draft,
    ExecutionPetitionDraft,
    NewCircumstancesDraft,
    PgPetitionDraft,
)
from assistant.case.enums import DocumentKind
from assistant.case.execution_petition import prefill_execution_petition
from assistant.case.model import Case
from assistant.case.pg_petition import prefill_pg_petition
from assistant.case.prefill_new_circumstances import prefill_new_circumstances

# The field of `Case` that holds each document other than the cassation complaint.
SECTION_OF: dict[DocumentKind, str] = {
    DocumentKind.APPEAL: "appeal",
    DocumentKind.PG_PETITION: "pg_petition",
    DocumentKind.NEW_CIRCUMSTANCES: "new_circumstances",
    DocumentKind.EXECUTION_PETITION: "execution_petition",
}
_DRAFT_TYPES: dict[DocumentKind, type[Draft]] = {
    DocumentKind.APPEAL: AppealDraft,
    DocumentKind.PG_PETITION: PgPetitionDraft,
    DocumentKind.NEW_CIRCUMSTANCES: NewCircumstancesDraft,
    DocumentKind.EXECUTION_PETITION: ExecutionPetitionDraft,
}
# What a new document of a kind takes from the case beyond the signer (see each function).
PREFILL: dict[DocumentKind, Callable[[Case], None]] = {
    DocumentKind.NEW_CIRCUMSTANCES: prefill_new_circumstances,
    DocumentKind.PG_PETITION: prefill_pg_petition,
    DocumentKind.APPEAL: prefill_appeal,
    DocumentKind.EXECUTION_PETITION: prefill_execution_petition,
}


def draft_of(case: Case, kind: DocumentKind) -> Draft | None:
    """The part of `case` that holds document `kind` (None for the cassation complaint, whose
    fields are the case's own, and for a document not started)."""
    section = SECTION_OF.get(kind)
    draft = getattr(case, section) if section else None
    return draft if isinstance(draft, Draft) else None


def filing_date(case: Case) -> dt.date | None:
    """When the document being drafted is filed (posted, handed over): its law applies."""
    if case.kind is DocumentKind.CASSATION:
        return case.filing.date
    draft = draft_of(case, case.kind)
    return draft.filing.date if draft is not None else None


def signing_date(case: Case) -> dt.date | None:
    """When the document being drafted is signed (the date written above the signature)."""
    if case.kind is DocumentKind.CASSATION:
        return case.signature.date
    draft = draft_of(case, case.kind)
    return draft.signature.date if draft is not None else None


def own_pointer(kind: DocumentKind, path: str) -> str:
    """The pointer of `path` ("/filing/date") in the part of the case that holds document
    `kind`: the case's own fields for the cassation complaint, its section for the others."""
    section = SECTION_OF.get(kind)
    return f"/{section}{path}" if section else path


def start_document(case: Case, kind: DocumentKind) -> None:
    """Make `kind` the document being drafted, adding its part to the case if it is new (filled
    from what the case already knows, where its kind has a pre-fill in `PREFILL`).

    Nothing the other documents hold is touched: the shared facts serve every document, and a
    document's own answers stay with it when the user switches back.
    """
    case.kind = kind
    section = SECTION_OF.get(kind)
    if section is not None and getattr(case, section) is None:
        draft = _DRAFT_TYPES[kind]()
        draft.signature.signer_name = case.signature.signer_name or case.filer.full_name
        setattr(case, section, draft)
        if kind in PREFILL:
            PREFILL[kind](case)
