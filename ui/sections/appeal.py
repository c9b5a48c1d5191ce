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
from ui.sections.document_part import DraftFilingSection, core_label
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
        self.add_field(
            f"/{PART}/addressee",
            TextEditor(),
            N_("Appellate court"),
            N_(
                "The name of the appellate court. Example: Judicial Board for Criminal Cases of "
                "the Almaty City Court."
            ),
        )


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
        self.add_field(
            f"/{PART}/scope",
            EnumEditor(ScopeKind),
            N_("In full or in part"),
            N_("In full: you contest the whole decision. In part: only some of it."),
        )
        self.add_field(
            f"/{PART}/scope_part",
            MultiLineEditor(2),
            core_label(f"/{PART}/scope_part"),
            N_("If in part: which part. Example: the punishment under Art. 188 part 2."),
        )
        self.add_field(
            f"/{PART}/civil_claim_only",
            BoolEditor(),
            N_("Only the civil claim"),
            N_("A civil plaintiff or defendant may contest only the decision on the civil claim."),
        )


ARGUMENT_COLUMNS = [
    Column(attr, label, help_text, lambda: MultiLineEditor(2)) for attr, label, help_text in FIELDS
]


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
    item_label = N_("Argument %(number)d")
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
        self.add_field(
            f"/{PART}/request_text",
            MultiLineEditor(),
            core_label(f"/{PART}/request_text"),
            N_(
                "Example: quash the verdict of the Almalinsky District Court of Almaty of "
                "10.03.2026 and acquit me."
            ),
        )
        self.add_field(
            f"/{PART}/copy_handed_over",
            DateEditor(),
            N_("Copy handed to the convicted person on"),
            N_(
                "Only for a convicted person in custody: the term counts from the day the copy "
                "was handed over (CPC Art. 418(1))."
            ),
        )
        self.add_field(
            f"/{PART}/restore_term",
            BoolEditor(),
            N_("Ask to restore the missed term"),
            N_(
                "Tick if the appeal term has passed and you ask the court to restore it (CPC Art. 419)."
            ),
        )
        self.add_field(
            f"/{PART}/restore_reason",
            MultiLineEditor(2),
            core_label(f"/{PART}/restore_reason"),
            N_("Why you could not appeal in time, with what shows it."),
        )


class AppealFilingSection(DraftFilingSection):
    section_id = "appeal-filing"
    part = PART
