"""The appeal against a first-instance act not yet in force: its own part of the case
(`appeal`, CPC Arts. 414-423)."""

from __future__ import annotations

from assistant.case.drafts import AppealArgument
from assistant.case.enums import ScopeKind
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import BoolEditor, DateEditor, EnumEditor, MultiLineEditor, TextEditor
from ui.list_editor import Column
from ui.sections.base import Section
from ui.sections.document_part import DraftFilingSection
from ui.sections.ground_item import FIELDS
from ui.sections.list_section import ListSection

PART = "appeal"


class AppealAddresseeSection(Section):
    section_id = "appeal-addressee"
    title = N_("To which court the appeal goes")
    intro = N_(
        "An appeal is addressed to the appellate court and filed through the court that "
        "issued the verdict (CPC Arts. 416, 423(1))."
    )
    prefixes = (f"/{PART}/addressee",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"/{PART}/addressee", TextEditor())


class AppealScopeSection(Section):
    section_id = "appeal-scope"
    title = N_("What you contest")
    intro = N_(
        "Say whether you appeal the verdict in full or only a part of it, for example only "
        "the punishment or only the civil claim (CPC Art. 423(1)(4))."
    )
    prefixes = (f"/{PART}/scope", f"/{PART}/scope_part", f"/{PART}/civil_claim_only")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"/{PART}/scope", EnumEditor(ScopeKind))
        self.add_field(f"/{PART}/scope_part", MultiLineEditor(2))
        self.add_field(f"/{PART}/civil_claim_only", BoolEditor())


ARGUMENT_COLUMNS = [Column(attr, lambda: MultiLineEditor(2)) for attr in FIELDS]


def argument_summary(argument: AppealArgument) -> list[str]:
    """The line of an argument in the list: what is wrong."""
    return [argument.violation]


class AppealArgumentsSection(ListSection):
    section_id = "appeal-arguments"
    title = N_("Why the decision is wrong")
    intro = N_(
        "For each argument, say what is wrong in the verdict, which rules of law were broken, "
        "at the investigation or at trial, and how this changed the decision (CPC Art. "
        "423(1)(5))."
    )
    list_name = f"{PART}/arguments"
    add_label = N_("Add an argument")
    remove_label = N_("Remove the argument")
    prefixes = (f"/{PART}/arguments",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, AppealArgument, ARGUMENT_COLUMNS, argument_summary)


class AppealRequestSection(Section):
    section_id = "appeal-request"
    title = N_("What you ask the court")
    intro = N_(
        "Say what the appellate court should do, and whether a term you missed should be "
        "restored (CPC Arts. 419, 423(1)(5))."
    )
    prefixes = (
        f"/{PART}/request_text",
        f"/{PART}/copy_handed_over",
        f"/{PART}/restore_term",
        f"/{PART}/restore_reason",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"/{PART}/request_text", MultiLineEditor())
        self.add_field(f"/{PART}/copy_handed_over", DateEditor())
        self.add_field(f"/{PART}/restore_term", BoolEditor())
        self.add_field(f"/{PART}/restore_reason", MultiLineEditor(2))


class AppealFilingSection(DraftFilingSection):
    section_id = "appeal-filing"
    part = PART
