"""Date and signature of the complaint (CPC 488(1))."""

from __future__ import annotations

from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, DateEditor, TextEditor
from ui.sections.base import Section


class SignatureSection(Section):
    section_id = "signature"
    title = N_("Date and signature")
    intro = N_(
        "The complaint must be dated and signed by its author; an unsigned complaint is returned "
        "(CPC Art. 488(1), 489(1)(1)). Sign the printed copy by hand."
    )
    prefixes = ("/signature",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/signature/date", DateEditor())
        self.add_field("/signature/signer_name", TextEditor())
        self.add_field("/signature/electronic", BoolEditor())
