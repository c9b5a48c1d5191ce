"""To whom, in which language, how and when the complaint is filed (CPC 488, 30, 49, 487)."""

from __future__ import annotations

from assistant.case.enums import Addressee, FilingChannel, Language, ReturnGround, Withdrawer
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, DateEditor, EnumEditor
from ui.sections.base import Section


class FilingSection(Section):
    section_id = "filing"
    title = N_("Court, language and filing")
    intro = N_(
        "The complaint goes to the Court of Cassation in the language of the case. Say how and "
        "when you file it: the date counts for the deadlines."
    )
    prefixes = ("/filing", "/addressee", "/proceedings_language", "/complaint_language")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/addressee", EnumEditor(Addressee, optional=False))
        self.add_field("/proceedings_language", EnumEditor(Language))
        self.add_field("/complaint_language", EnumEditor(Language))
        self.add_field("/filing/channel", EnumEditor(FilingChannel))
        self.add_field("/filing/date", DateEditor())
        self.add_field("/filing/first_receipt_date", DateEditor())
        self.add_field("/filing/first_return_ground", EnumEditor(ReturnGround))
        self.add_field("/filing/is_supplement", BoolEditor())
        self.add_field("/filing/original_had_worsening", BoolEditor())
        self.add_field("/filing/withdrawn", BoolEditor())
        self.add_field("/filing/withdrawn_by", EnumEditor(Withdrawer))
