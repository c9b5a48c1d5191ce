"""Which builder writes each kind of document (issue 18): one document model, one renderer pair.

A kind is draftable once its builder is registered here; the front ends offer "Draft this
document" only for those (`drafted_kinds`), so no button leads to a document that cannot be
written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.document.appeal import build_appeal
from assistant.document.build import build_cassation_complaint
from assistant.document.model import ComplaintDocument
from assistant.document.new_circumstances import build_new_circumstances
from assistant.document.pg_petition import build_pg_petition

DocumentBuilder = Callable[[Case, Language, bool, Sequence[str]], ComplaintDocument]

BUILDERS: dict[DocumentKind, DocumentBuilder] = {
    DocumentKind.CASSATION: build_cassation_complaint,
    DocumentKind.NEW_CIRCUMSTANCES: build_new_circumstances,
    DocumentKind.PG_PETITION: build_pg_petition,
    DocumentKind.APPEAL: build_appeal,
}


def builder_for(kind: DocumentKind) -> DocumentBuilder:
    """The builder of `kind`; KeyError names a kind that has none yet."""
    return BUILDERS[kind]


def drafted_kinds() -> frozenset[DocumentKind]:
    """The kinds of document the app can write."""
    return frozenset(BUILDERS)
