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
            "/represented/basis",
            EnumEditor(RepresentationBasis),
            N_("Why you are the legal representative"),
            N_(
                "Only for a legal representative: a parent or guardian of a minor may file only "
                "until the person turns 18 (Resolution No. 1, para. 5); that limit does not "
                "concern a guardian of an adult who lacks legal capacity."
            ),
        )
        self.add_field(
            "/represented/authority_document",
            TextEditor(),
            N_("Document of authority"),
            N_(
                "For a defender: the notice of defence, with its number and date (CPC Art. 68(8)). "
                "For a representative: the power of attorney or other document. Attach a copy."
            ),
        )
