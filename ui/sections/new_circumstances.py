"""The application to reopen the case for newly discovered circumstances: its own part of the
case (`new_circumstances`, CPC Arts. 499-504; Resolution No. 9 of 2018)."""

from __future__ import annotations

from assistant.case.enums import (
    ConfirmingActKind,
    Direction,
    ReopeningAddressee,
    ReopeningGround,
    ReopeningOutcome,
    ReviewedDecision,
    TerminationBasis,
)
from assistant.i18n import N_
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
from ui.sections.base import Section
from ui.sections.document_part import DraftFilingSection, core_label

PART = "new_circumstances"
ACT = f"/{PART}/confirming_act"


class ReopeningAddresseeSection(Section):
    section_id = "new_circumstances-addressee"
    title = N_("Where the application goes")
    intro = N_(
        "To the court that issued the act when a final verdict or a decision of the "
        "Constitutional Court already establishes the circumstance; to the prosecutor when it "
        "still has to be established by a check or an investigation (CPC Art. 502(3), (4))."
    )
    prefixes = (f"/{PART}/addressed_to", f"/{PART}/addressee")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            f"/{PART}/addressed_to",
            EnumEditor(ReopeningAddressee),
            N_("Addressed to"),
            N_("Which court, or the prosecutor."),
        )
        self.add_field(
            f"/{PART}/addressee",
            TextEditor(),
            core_label(f"/{PART}/addressee"),
            N_(
                "The name of the court or the prosecutor's office, in the nominative; the "
                "document declines it. Example: Бостандыкский районный суд г. Алматы."
            ),
        )


class ReopeningGroundSection(Section):
    section_id = "new_circumstances-ground"
    title = N_("The new circumstance")
    intro = N_(
        "Say which decision should be reviewed, on which ground of CPC Art. 499(2), what the "
        "newly discovered circumstance is and when it came to light."
    )
    prefixes = (
        f"/{PART}/decision",
        f"/{PART}/ground",
        f"/{PART}/circumstance",
        f"/{PART}/discovered_on",
        f"/{PART}/disputes_verdict_evidence",
        f"/{PART}/refused_before",
        f"/{PART}/convicted_person_deceased",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            f"/{PART}/decision",
            EnumEditor(ReviewedDecision),
            N_("Decision to be reviewed"),
            N_(
                "The decisions CPC Art. 500 opens to review: a guilty verdict, an acquittal, a "
                "ruling terminating the case, a ruling on confiscation before the verdict."
            ),
        )
        self.add_field(
            f"/{PART}/ground",
            EnumEditor(ReopeningGround),
            N_("Ground of Art. 499(2)"),
            N_("The grounds of CPC Art. 499 part 2 are the only ones (Resolution No. 9, para. 1)."),
        )
        self.add_field(
            f"/{PART}/circumstance",
            MultiLineEditor(),
            core_label(f"/{PART}/circumstance"),
            N_("What the circumstance is and how it came to light."),
        )
        self.add_field(
            f"/{PART}/discovered_on",
            DateEditor(),
            N_("Discovered on"),
            N_("The day the circumstance was discovered (CPC Art. 501(3), (4))."),
        )
        self.add_field(
            f"/{PART}/disputes_verdict_evidence",
            BoolEditor(),
            N_("The application disputes the evidence the verdict assessed"),
            N_("Tick if it argues with how the court assessed the evidence it had."),
        )
        self.add_field(
            f"/{PART}/refused_before",
            BoolEditor(),
            N_("The same application on the same grounds was refused before"),
            N_("Tick if an application on the same grounds was already refused."),
        )
        self.add_field(
            f"/{PART}/convicted_person_deceased",
            BoolEditor(),
            N_("The convicted person has died"),
            N_(
                "A close relative may apply to rehabilitate a convicted person who has died "
                "(Resolution No. 9, para. 4)."
            ),
        )


class ConfirmingActSection(Section):
    section_id = "new_circumstances-confirming"
    title = N_("The act that establishes it")
    intro = N_(
        "The final verdict, the ruling terminating a case or the decision of the "
        "Constitutional Court that establishes the circumstance, where the ground needs one; a "
        "copy goes with the application (CPC Art. 499(2), (3))."
    )
    prefixes = (ACT,)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            f"{ACT}/kind",
            EnumEditor(ConfirmingActKind),
            N_("Kind of act"),
            N_("A verdict, a ruling terminating a case, a decision of the Constitutional Court."),
        )
        self.add_field(
            f"{ACT}/issued_by",
            TextEditor(),
            N_("Issued by"),
            N_("The court or body that issued it."),
        )
        self.add_field(
            f"{ACT}/date", DateEditor(), N_("Date"), N_("Date of the act, as DD.MM.YYYY.")
        )
        self.add_field(
            f"{ACT}/number",
            TextEditor(),
            N_("Case number"),
            N_("Its case or registration number."),
        )
        self.add_field(
            f"{ACT}/in_force",
            TriBoolEditor(),
            N_("Entered into legal force"),
            N_("A verdict must have entered into legal force (CPC Art. 499(2), items 1–3)."),
        )
        self.add_field(
            f"{ACT}/termination_basis",
            EnumEditor(TerminationBasis),
            N_("Why that case was terminated"),
            N_("Only for a ruling terminating a case: the basis it names (CPC Art. 499(3))."),
        )
        self.add_field(
            f"{ACT}/attached",
            BoolEditor(),
            N_("A copy goes with the application"),
            N_("Tick when you attach a copy of the act."),
        )
        self.add_field(
            f"{ACT}/pages", WholeNumberEditor(), N_("Pages"), N_("Number of pages of the copy.")
        )


class ReopeningRequestSection(Section):
    section_id = "new_circumstances-request"
    title = N_("What you ask")
    intro = N_(
        "Say whether the review is in favour of the convicted person or to their detriment, "
        "and what should follow once the acts are quashed."
    )
    prefixes = (
        f"/{PART}/direction",
        f"/{PART}/limitation_expired",
        f"/{PART}/outcome",
        f"/{PART}/request_text",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(
            f"/{PART}/direction",
            EnumEditor(Direction),
            N_("Effect for the convicted person"),
            N_(
                "In favour of the convicted person a review has no time limit; to their "
                "detriment it is possible only within the limitation period and within one "
                "year of the discovery (CPC Art. 501)."
            ),
        )
        self.add_field(
            f"/{PART}/limitation_expired",
            TriBoolEditor(),
            N_("The limitation period has expired"),
            N_(
                "Only for a review to the detriment of the convicted person: whether the "
                "limitation period of CC Art. 71 is over."
            ),
        )
        self.add_field(
            f"/{PART}/outcome",
            EnumEditor(ReopeningOutcome),
            N_("What should follow"),
            N_("What the court should do once it quashes the acts (Resolution No. 9, para. 10)."),
        )
        self.add_field(
            f"/{PART}/request_text",
            MultiLineEditor(),
            core_label(f"/{PART}/request_text"),
            N_("Anything more you ask, in your own words: the application adds it to its request."),
        )


class ReopeningFilingSection(DraftFilingSection):
    section_id = "new_circumstances-filing"
    part = PART
