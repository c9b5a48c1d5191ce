"""The evidence the complaint relies on (CPC 488(1); Resolution No. 1, para. 13)."""

from __future__ import annotations

from assistant.case.enums import EvidenceKind
from assistant.case.model import Evidence
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import EnumEditor, MultiLineEditor
from ui.labels import label_of
from ui.list_editor import Column
from ui.sections.list_section import ListSection

COLUMNS = [
    Column("description", lambda: MultiLineEditor(2)),
    Column("kind", lambda: EnumEditor(EvidenceKind, optional=False)),
]


def evidence_summary(evidence: Evidence) -> list[str]:
    """The evidence's line in the list: what it is, and whether it is in the case file."""
    return [evidence.description, _(label_of(evidence.kind))]


class EvidenceSection(ListSection):
    section_id = "evidence"
    title = N_("Evidence")
    intro = N_(
        "Name the evidence that supports what you say: testimony, expert opinions, documents, "
        "with the volume and page of the case file where you can."
    )
    list_name = "evidence"
    add_label = N_("Add evidence")
    remove_label = N_("Remove evidence")
    prefixes = ("/evidence",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, Evidence, COLUMNS, evidence_summary)
