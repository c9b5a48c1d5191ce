"""The contested judicial acts and the courts that issued them (CPC 488(1), 484)."""

from __future__ import annotations

from assistant.case.enums import ActKind, AppealHistory, Instance
from assistant.case.model import ContestedAct
from assistant.case.typed_texts import format_date
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import (
    BoolEditor,
    DateEditor,
    EnumEditor,
    MultiLineEditor,
    TextEditor,
    TriBoolEditor,
    WholeNumberEditor,
)
from ui.labels import label_of
from ui.list_editor import Column
from ui.sections.list_section import ListSection

COLUMNS = [
    Column("kind", lambda: EnumEditor(ActKind)),
    Column("instance", lambda: EnumEditor(Instance)),
    Column("court", TextEditor),
    Column("date", DateEditor),
    Column("case_number", TextEditor),
    Column("in_force", TriBoolEditor),
    Column("entered_into_force", DateEditor),
    Column("appeal", lambda: EnumEditor(AppealHistory)),
    Column("appealed_by", TextEditor),
    Column("appeal_outcome", TextEditor),
    Column("copy_attached", BoolEditor),
    Column("copy_pages", WholeNumberEditor),
]


NUMBERED = "№\u00a0%(number)s"  # the sign every court document in Kazakhstan uses


def act_summary(act: ContestedAct) -> list[str]:
    """The act's line in the list: its kind, court, date and case number."""
    return [
        _(label_of(act.kind)) if act.kind is not None else "",
        act.court,
        format_date(act.date),
        NUMBERED % {"number": act.case_number} if act.case_number else "",
    ]


class ActsSection(ListSection):
    section_id = "acts"
    title = N_("Contested decisions")
    intro = N_(
        "List every court decision you contest: usually the verdict and the appellate ruling. "
        "For each, give the court, the date and the case number, and attach a copy."
    )
    list_name = "acts"
    add_label = N_("Add decision")
    remove_label = N_("Remove decision")
    prefixes = ("/acts", "/proceedings_summary")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, ContestedAct, COLUMNS, act_summary)
        self.add_field("/proceedings_summary", MultiLineEditor())
