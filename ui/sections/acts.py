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
    Column(
        "kind",
        N_("Kind of act"),
        N_("Verdict, ruling or appellate ruling: the act you contest."),
        lambda: EnumEditor(ActKind),
    ),
    Column(
        "instance",
        N_("Court level"),
        N_("Which court level issued it: first instance or appeal."),
        lambda: EnumEditor(Instance),
    ),
    Column(
        "court",
        N_("Court"),
        N_("Full name of the court. Example: Specialised Inter-district Criminal Court of Almaty."),
        TextEditor,
    ),
    Column("date", N_("Date"), N_("Date of the act, as DD.MM.YYYY."), DateEditor),
    Column(
        "case_number",
        N_("Case number"),
        N_("The case number on the act. Example: 7599-26-00-1/123."),
        TextEditor,
    ),
    Column(
        "in_force",
        N_("In force"),
        N_(
            "Has the act entered into legal force? Only acts in force can be contested in cassation."
        ),
        TriBoolEditor,
    ),
    Column(
        "entered_into_force",
        N_("Entered into force on"),
        N_("The date the act entered into force; it starts the one-year term of CPC Art. 487(2)."),
        DateEditor,
    ),
    Column(
        "appeal",
        N_("On appeal"),
        N_("What happened on appeal to a first-instance act (Resolution No. 1, para. 4)."),
        lambda: EnumEditor(AppealHistory),
    ),
    Column(
        "appealed_by",
        N_("Appealed by"),
        N_("Who appealed: the convicted person, the defender, the prosecutor and so on."),
        TextEditor,
    ),
    Column(
        "appeal_outcome",
        N_("Appeal outcome"),
        N_("What the appeal court decided, in a few words."),
        TextEditor,
    ),
    Column(
        "copy_attached",
        N_("Copy attached"),
        N_("Tick when a copy of this act goes with the complaint (Resolution No. 1, para. 7)."),
        BoolEditor,
    ),
    Column("copy_pages", N_("Pages"), N_("Number of pages of the copy."), WholeNumberEditor),
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
    item_label = N_("Decision %(number)d")
    prefixes = ("/acts", "/proceedings_summary")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, ContestedAct, COLUMNS, act_summary)
        self.add_field(
            "/proceedings_summary",
            MultiLineEditor(),
            N_("The case so far"),
            N_(
                "In a few sentences: what you were charged with, what the first court decided, "
                "what the appeal court decided."
            ),
        )
