"""The petition to the court at the place of execution, its own part of the case
(`execution_petition`; CPC Arts. 476(5), 477-480; CC Arts. 72, 73, 86, 87): where it goes, what
it asks, the sentence as it now stands with the custody credited, and the earlier petitions.

What decides the part to serve and what the court weighs are in `execution_merits.py`. The
first day each request may be filed is the core's answer, shown by the findings panel.
"""

from __future__ import annotations

from assistant.case.drafts import CustodyPeriod, EarlierPetition
from assistant.case.execution_vocabulary import (
    AdditionalRelease,
    CustodyRate,
    EarlierOutcome,
    MilderPunishment,
    PetitionRequest,
    ServedPunishment,
)
from assistant.case.typed_texts import format_date
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import (
    BoolEditor,
    DateEditor,
    EnumEditor,
    MultiChoiceEditor,
    MultiLineEditor,
    TextEditor,
    WholeNumberEditor,
)
from ui.labels import label_of
from ui.list_editor import Column
from ui.qt import QWidget
from ui.sections.base import Section
from ui.sections.document_part import DraftFilingSection
from ui.sections.list_section import ListSection

PART = "execution_petition"
P = f"/{PART}"


class ChoicesSection(Section):
    """A section with inputs of several tick boxes: a finding about the list focuses the first
    box, as for the other sections' lists of choices."""

    def widget_for(self, pointer: str) -> QWidget | None:
        editor = self.editors.get(pointer)
        if isinstance(editor, MultiChoiceEditor):
            return editor.focus_widget()
        return super().widget_for(pointer)


class TermPartEditor(WholeNumberEditor):
    """Years, months or days of a term: empty is none of them (0 in the case)."""

    def value(self) -> int:
        return super().value() or 0

    def set_value(self, value: object) -> None:
        super().set_value(value or None)


class ExecutionCourtSection(Section):
    section_id = f"{PART}-court"
    title = N_("To which court the petition goes")
    intro = N_(
        "The petition goes to the district or city court where the sentence is served, through "
        "the administration of the institution that executes it (CPC Arts. 476, 477)."
    )
    prefixes = (f"{P}/addressee", f"{P}/institution")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/addressee", TextEditor())
        self.add_field(f"{P}/institution", TextEditor())


class ExecutionRequestSection(ChoicesSection):
    section_id = f"{PART}-request"
    title = N_("What you ask the court")
    intro = N_(
        "Parole, replacement of the unserved part by a milder punishment, or reduction of the "
        "unserved part. Parole and replacement together ask for the replacement in case parole "
        "is refused."
    )
    prefixes = (
        f"{P}/requests",
        f"{P}/milder_punishment",
        f"{P}/additional_punishment",
        f"{P}/additional_release",
        f"{P}/additional_lifetime",
        f"{P}/request_text",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/requests", MultiChoiceEditor(PetitionRequest))
        self.add_field(f"{P}/milder_punishment", EnumEditor(MilderPunishment))
        self.add_field(f"{P}/additional_punishment", TextEditor())
        self.add_field(f"{P}/additional_release", EnumEditor(AdditionalRelease))
        self.add_field(f"{P}/additional_lifetime", BoolEditor())
        self.add_field(f"{P}/request_text", MultiLineEditor(2))


class ExecutionSentenceSection(Section):
    section_id = f"{PART}-sentence"
    title = N_("The sentence as it now stands")
    intro = N_(
        "The punishment and its term after every change: aggregation, amnesty, pardon, a higher "
        "court's decision. The start of the term is in the institution's certificate. The first "
        "day you may file is shown at the top of the findings."
    )
    prefixes = (
        f"{P}/punishment",
        f"{P}/term",
        f"{P}/term_start",
        f"{P}/sentence_changes",
        f"{P}/notice_date",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/punishment", EnumEditor(ServedPunishment))
        for part in ("years", "months", "days"):
            self.add_field(f"{P}/term/{part}", TermPartEditor())
        self.add_field(f"{P}/term_start", DateEditor())
        self.add_field(f"{P}/sentence_changes", MultiLineEditor(2))
        self.add_field(f"{P}/notice_date", DateEditor())


CUSTODY_COLUMNS = [
    Column("rate", lambda: EnumEditor(CustodyRate)),
    Column("first_day", DateEditor),
    Column("last_day", DateEditor),
    Column("days", WholeNumberEditor),
    Column("credited_by_verdict", BoolEditor),
]


def custody_summary(period: CustodyPeriod) -> list[str]:
    """The line of a period in the list: its days (or dates) and its rate."""
    span = ""
    if period.first_day is not None and period.last_day is not None:
        span = f"{format_date(period.first_day)} – {format_date(period.last_day)}"
    elif period.days:
        span = str(period.days)
    return [span, _(label_of(period.rate)) if period.rate is not None else ""]


class ExecutionCustodySection(ListSection):
    section_id = f"{PART}-custody"
    title = N_("Custody before the verdict")
    intro = N_(
        "Each period of custody or house arrest the verdict credited, with its first and last "
        "day (or the days the verdict counts) and the rate it was credited at (CC Art. 62)."
    )
    list_name = f"{PART}/custody"
    add_label = N_("Add a period")
    remove_label = N_("Remove the period")
    prefixes = (f"{P}/custody",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, CustodyPeriod, CUSTODY_COLUMNS, custody_summary)


EARLIER_COLUMNS = [
    Column("request", lambda: EnumEditor(PetitionRequest)),
    Column("ruled_on", DateEditor),
    Column("outcome", lambda: EnumEditor(EarlierOutcome)),
]


def earlier_summary(petition: EarlierPetition) -> list[str]:
    """The line of an earlier petition: what it asked, when the court ruled, the outcome."""
    return [
        _(label_of(petition.request)) if petition.request is not None else "",
        format_date(petition.ruled_on),
        _(label_of(petition.outcome)) if petition.outcome is not None else "",
    ]


class EarlierPetitionsSection(ListSection):
    section_id = f"{PART}-earlier"
    title = N_("Earlier petitions")
    intro = N_(
        "Each petition of this kind a court has already decided: after a refusal a new one may "
        "be filed only after a waiting period; a return for defects is not a refusal."
    )
    list_name = f"{PART}/earlier_petitions"
    add_label = N_("Add a petition")
    remove_label = N_("Remove the petition")
    prefixes = (f"{P}/earlier_petitions",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, EarlierPetition, EARLIER_COLUMNS, earlier_summary)


class ExecutionFilingSection(DraftFilingSection):
    section_id = f"{PART}-filing"
    part = PART
