"""Whether the case should be heard with the filer, and by video link (CPC 488(1))."""

from __future__ import annotations

from assistant.case.enums import Participation
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, EnumEditor
from ui.sections.base import Section


class ParticipationSection(Section):
    section_id = "participation"
    title = N_("Your participation in the hearing")
    intro = N_(
        "The complaint must say whether you want the court to hear it with you or without you "
        "(CPC Art. 488(1)). A person in custody takes part by video link."
    )
    prefixes = ("/participation", "/video_link")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/participation", EnumEditor(Participation))
        self.add_field("/video_link", BoolEditor())
