"""The person a defender or representative acts for, and the authority document."""

from __future__ import annotations

from assistant.case.enums import PartyRole, RepresentationBasis
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import DateEditor, EnumEditor, TextEditor
from ui.sections.base import Section


class RepresentedSection(Section):
    section_id = "represented"
    title = N_("Whom you act for")
    intro = N_(
        "Fill this in only if you file for someone else: as a defender, a legal representative "
        "or a representative. Otherwise leave it empty."
    )
    prefixes = ("/represented",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/represented/full_name", TextEditor())
        self.add_field("/represented/role", EnumEditor(PartyRole))
        self.add_field("/represented/date_of_birth", DateEditor())
        self.add_field("/represented/basis", EnumEditor(RepresentationBasis))
        self.add_field("/represented/authority_document", TextEditor())
