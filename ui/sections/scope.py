"""In full or in part (CPC 488(1), 423(1)(4))."""

from __future__ import annotations

from assistant.case.enums import ScopeKind
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, EnumEditor, MultiLineEditor
from ui.sections.base import Section


class ScopeSection(Section):
    section_id = "scope"
    title = N_("What you contest")
    intro = N_(
        "Say whether you contest the decisions in full or only a part of them, for example only "
        "the punishment or only the civil claim (CPC Art. 488(1))."
    )
    prefixes = ("/scope",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field("/scope/kind", EnumEditor(ScopeKind))
        self.add_field("/scope/part_description", MultiLineEditor(2))
        self.add_field("/scope/civil_claim_only", BoolEditor())
