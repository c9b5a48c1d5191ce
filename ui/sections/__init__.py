"""The form sections, in the order the complaint is written."""

from __future__ import annotations

from ui.document import CaseDocument
from ui.sections.acts import ActsSection
from ui.sections.attachments import AttachmentsSection
from ui.sections.base import Section
from ui.sections.evidence import EvidenceSection
from ui.sections.filer import FilerSection
from ui.sections.filing import FilingSection
from ui.sections.grounds import GroundsSection
from ui.sections.offence import OffenceSection
from ui.sections.participation import ParticipationSection
from ui.sections.represented import RepresentedSection
from ui.sections.request import RequestSection
from ui.sections.scope import ScopeSection
from ui.sections.signature import SignatureSection

SECTION_TYPES: tuple[type[Section], ...] = (
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
)


def build_sections(document: CaseDocument) -> list[Section]:
    return [section_type(document) for section_type in SECTION_TYPES]


__all__ = ["SECTION_TYPES", "Section", "build_sections"]
