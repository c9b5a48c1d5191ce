"""The form sections of each document, in the order the document is written.

`SECTIONS_OF` is the one table of which sections each kind of document shows: the shared facts
it prints (filer, acts, offences, evidence, attachments...) and the sections of its own part of
the case. Presentation only: which documents exist and what they must say is the core's. A new
kind adds its entry here and its section classes.
"""

from __future__ import annotations

from assistant.case.enums import DocumentKind
from ui.document import CaseDocument
from ui.sections.acts import ActsSection
from ui.sections.appeal import (
    AppealAddresseeSection,
    AppealArgumentsSection,
    AppealFilingSection,
    AppealRequestSection,
    AppealScopeSection,
)
from ui.sections.attachments import AttachmentsSection
from ui.sections.base import Section
from ui.sections.document_part import (
    DocumentAttachmentsSection,
    DocumentFilerSection,
    DocumentParticipationSection,
    ReviewedActsSection,
    ServedActsSection,
)
from ui.sections.evidence import EvidenceSection
from ui.sections.execution_merits import (
    ExecutionExclusionsSection,
    ExecutionMeritsSection,
    ExecutionPartSection,
)
from ui.sections.execution_petition import (
    EarlierPetitionsSection,
    ExecutionCourtSection,
    ExecutionCustodySection,
    ExecutionFilingSection,
    ExecutionRequestSection,
    ExecutionSentenceSection,
)
from ui.sections.filer import FilerSection
from ui.sections.filing import FilingSection
from ui.sections.grounds import GroundsSection
from ui.sections.new_circumstances import (
    ConfirmingActSection,
    ReopeningAddresseeSection,
    ReopeningFilingSection,
    ReopeningGroundSection,
    ReopeningRequestSection,
)
from ui.sections.offence import OffenceSection
from ui.sections.participation import ParticipationSection
from ui.sections.pg_petition import (
    PetitionAddresseeSection,
    PetitionFilingSection,
    PetitionGroundsSection,
    PetitionRequestSection,
    PetitionScopeSection,
    PetitionSpecialGroundsSection,
)
from ui.sections.represented import RepresentedSection
from ui.sections.request import RequestSection
from ui.sections.scope import ScopeSection
from ui.sections.signature import SignatureSection

SECTIONS_OF: dict[DocumentKind, tuple[type[Section], ...]] = {
    DocumentKind.CASSATION: (
        FilerSection,
        RepresentedSection,
        ActsSection,
        OffenceSection,
        ScopeSection,
        GroundsSection,
        RequestSection,
        EvidenceSection,
        ParticipationSection,
        AttachmentsSection,
        FilingSection,
        SignatureSection,
    ),
    DocumentKind.APPEAL: (
        AppealAddresseeSection,
        DocumentFilerSection,
        RepresentedSection,
        ActsSection,
        OffenceSection,
        AppealScopeSection,
        AppealArgumentsSection,
        AppealRequestSection,
        EvidenceSection,
        DocumentParticipationSection,
        DocumentAttachmentsSection,
        AppealFilingSection,
    ),
    DocumentKind.PG_PETITION: (
        PetitionAddresseeSection,
        DocumentFilerSection,
        RepresentedSection,
        ActsSection,
        OffenceSection,
        PetitionScopeSection,
        PetitionSpecialGroundsSection,
        PetitionGroundsSection,
        EvidenceSection,
        PetitionRequestSection,
        DocumentAttachmentsSection,
        PetitionFilingSection,
    ),
    DocumentKind.NEW_CIRCUMSTANCES: (
        ReopeningAddresseeSection,
        DocumentFilerSection,
        RepresentedSection,
        ReviewedActsSection,
        ReopeningGroundSection,
        ConfirmingActSection,
        EvidenceSection,
        ReopeningRequestSection,
        DocumentParticipationSection,
        DocumentAttachmentsSection,
        ReopeningFilingSection,
    ),
    DocumentKind.EXECUTION_PETITION: (
        ExecutionCourtSection,
        DocumentFilerSection,
        RepresentedSection,
        ExecutionRequestSection,
        ServedActsSection,
        OffenceSection,
        ExecutionSentenceSection,
        ExecutionCustodySection,
        ExecutionPartSection,
        ExecutionExclusionsSection,
        EarlierPetitionsSection,
        ExecutionMeritsSection,
        DocumentAttachmentsSection,
        ExecutionFilingSection,
    ),
}
SECTION_TYPES = SECTIONS_OF[DocumentKind.CASSATION]


def shown_kinds() -> tuple[DocumentKind, ...]:
    """The kinds of document the window has a form for, in the order of `DocumentKind`."""
    return tuple(kind for kind in DocumentKind if kind in SECTIONS_OF)


def build_sections(
    document: CaseDocument, kind: DocumentKind = DocumentKind.CASSATION
) -> list[Section]:
    """The sections of document `kind`, bound to `document`'s case."""
    return [section_type(document) for section_type in SECTIONS_OF[kind]]


__all__ = ["SECTIONS_OF", "SECTION_TYPES", "Section", "build_sections", "shown_kinds"]
