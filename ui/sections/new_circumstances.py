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
from ui.sections.document_part import DraftFilingSection

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
        self.add_field(f"/{PART}/addressed_to", EnumEditor(ReopeningAddressee))
        self.add_field(f"/{PART}/addressee", TextEditor())


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
        self.add_field(f"/{PART}/decision", EnumEditor(ReviewedDecision))
        self.add_field(f"/{PART}/ground", EnumEditor(ReopeningGround))
        self.add_field(f"/{PART}/circumstance", MultiLineEditor())
        self.add_field(f"/{PART}/discovered_on", DateEditor())
        self.add_field(f"/{PART}/disputes_verdict_evidence", BoolEditor())
        self.add_field(f"/{PART}/refused_before", BoolEditor())
        self.add_field(f"/{PART}/convicted_person_deceased", BoolEditor())


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
        self.add_field(f"{ACT}/kind", EnumEditor(ConfirmingActKind))
        self.add_field(f"{ACT}/issued_by", TextEditor())
        self.add_field(f"{ACT}/date", DateEditor())
        self.add_field(f"{ACT}/number", TextEditor())
        self.add_field(f"{ACT}/in_force", TriBoolEditor())
        self.add_field(f"{ACT}/termination_basis", EnumEditor(TerminationBasis))
        self.add_field(f"{ACT}/attached", BoolEditor())
        self.add_field(f"{ACT}/pages", WholeNumberEditor())


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
        self.add_field(f"/{PART}/direction", EnumEditor(Direction))
        self.add_field(f"/{PART}/limitation_expired", TriBoolEditor())
        self.add_field(f"/{PART}/outcome", EnumEditor(ReopeningOutcome))
        self.add_field(f"/{PART}/request_text", MultiLineEditor())


class ReopeningFilingSection(DraftFilingSection):
    section_id = "new_circumstances-filing"
    part = PART
