"""Who files the complaint (CPC 488(1): name, status, address, telephone)."""

from __future__ import annotations

from assistant.case.enums import FilerStatus
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import (
    BoolEditor,
    DateEditor,
    EnumEditor,
    ListTextEditor,
    MultiLineEditor,
    TextEditor,
)
from ui.sections.base import Section


class FilerSection(Section):
    section_id = "filer"
    title = N_("Who files the complaint")
    intro = N_(
        "The person who signs the complaint. The court returns a complaint that does not say who "
        "files it, in what status, where they live and how to reach them (CPC Art. 488(1))."
    )
    prefixes = ("/filer", "/convicted_person")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/filer/full_name", TextEditor())
        self.add_field("/filer/status", EnumEditor(FilerStatus))
        self.add_field("/filer/iin", TextEditor())
        self.add_field("/filer/address", TextEditor())
        self.add_field("/filer/phones", ListTextEditor())
        self.add_field("/filer/email", TextEditor())
        self.add_field("/filer/in_custody", BoolEditor())
        self.add_field("/filer/institution", TextEditor())
        self.add_field("/filer/advocate_certificate", TextEditor())
        self.add_field("/convicted_person", TextEditor())
        self.add_field("/filer/affected_right", MultiLineEditor(2))
        self.add_field("/filer/learned_of_act", DateEditor())
        self.add_field("/filer/knows_case_language", BoolEditor())
