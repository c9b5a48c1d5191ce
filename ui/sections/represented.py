"""The person a defender or representative acts for, and the authority document."""

from __future__ import annotations

from assistant.case.enums import PartyRole
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
        self.add_field(
            "/represented/full_name",
            TextEditor(),
            N_("Full name of the person"),
            N_("Surname, first name and patronymic of the person you act for."),
        )
        self.add_field(
            "/represented/role",
            EnumEditor(PartyRole),
            N_("Their status in the case"),
            N_("For example: convicted person or victim."),
        )
        self.add_field(
            "/represented/date_of_birth",
            DateEditor(),
            N_("Date of birth"),
            N_("Date of birth of the person you act for, as DD.MM.YYYY."),
        )
        self.add_field(
            "/represented/authority_document",
            TextEditor(),
            N_("Document of authority"),
            N_(
                "The document that gives you the right to act: a warrant or power of attorney. "
                "Example: ордер № 123 от 01.02.2026. Attach a copy."
            ),
        )
