"""The petition to the Prosecutor General for a cassation protest: its own part of the case
(`pg_petition`, CPC Arts. 484(3), 485, 486(2)-(4), 487(2), 493)."""

from __future__ import annotations

from assistant.case.drafts import PetitionArgument, SpecialGroundClaim
from assistant.case.enums import Direction, ProtestOfficial, RequestKind, ScopeKind, SpecialGround
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import BoolEditor, EnumEditor, MultiChoiceEditor, MultiLineEditor, TextEditor
from ui.labels import label_of
from ui.list_editor import Column
from ui.qt import QWidget
from ui.sections.base import Section
from ui.sections.document_part import DraftFilingSection
from ui.sections.grounds import GroundsSection
from ui.sections.list_section import ListSection

PART = "pg_petition"


class PetitionAddresseeSection(Section):
    section_id = "pg_petition-official"
    title = N_("To whom the petition goes")
    intro = N_(
        "Only the Prosecutor General, a deputy, the Chief Military or the Chief Transport "
        "Prosecutor can bring a protest that takes this case to the Court of Cassation. The "
        "petition asks one of them for it (CPC Arts. 484(3), 486(2))."
    )
    prefixes = (f"/{PART}/official", f"/{PART}/addressee")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"/{PART}/official", EnumEditor(ProtestOfficial))
        self.add_field(f"/{PART}/addressee", TextEditor())


class PetitionScopeSection(Section):
    section_id = "pg_petition-scope"
    title = N_("What you contest")
    intro = N_(
        "Say whether the protest should concern the decisions in full or only a part of them, "
        "for example only the punishment or only the civil claim."
    )
    prefixes = (f"/{PART}/scope", f"/{PART}/scope_part")

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"/{PART}/scope", EnumEditor(ScopeKind))
        self.add_field(f"/{PART}/scope_part", MultiLineEditor(2))


SPECIAL_COLUMNS = [
    Column("item", lambda: EnumEditor(SpecialGround)),
    Column("reasons", lambda: MultiLineEditor(2)),
]


def special_ground_summary(claim: SpecialGroundClaim) -> list[str]:
    """The line of a claimed ground in the list: its item, and the reasons given."""
    return [_(label_of(claim.item)) if claim.item is not None else "", claim.reasons]


class PetitionSpecialGroundsSection(ListSection):
    section_id = "pg_petition-special"
    title = N_("Grounds of Art. 485 part 2")
    intro = N_(
        "The acts of CPC Art. 484(3), such as those in cases of misdemeanours and minor crimes "
        "or not reviewed on appeal, are reviewed on a protest only on the grounds of CPC Art. "
        "485(2). Add each ground that fits your case and say why."
    )
    list_name = f"{PART}/special_grounds"
    add_label = N_("Add a ground of Art. 485(2)")
    remove_label = N_("Remove the ground")
    prefixes = (f"/{PART}/special_grounds",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, SpecialGroundClaim, SPECIAL_COLUMNS, special_ground_summary)


class PetitionGroundsSection(GroundsSection):
    section_id = "pg_petition-grounds"
    intro = N_(
        "Tick every item of CPC Art. 485 part 1 that fits your case. For each, say what is "
        "wrong, which rules were broken and how this changed the decision."
    )
    prefixes = (f"/{PART}/grounds",)
    list_name = f"{PART}/grounds"
    argument_type = PetitionArgument
    with_substance = False


class PetitionRequestSection(Section):
    section_id = "pg_petition-request"
    title = N_("What the protest should ask")
    intro = N_(
        "The petition asks the official to bring a protest. Choose what the protest should ask "
        "the Court of Cassation to do, or write it in your own words."
    )
    prefixes = (
        f"/{PART}/request_kinds",
        f"/{PART}/request_text",
        f"/{PART}/direction",
        f"/{PART}/suspend_execution",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.kinds = MultiChoiceEditor(RequestKind)
        self.add_field(f"/{PART}/request_kinds", self.kinds)
        self.add_field(f"/{PART}/request_text", MultiLineEditor())
        self.add_field(f"/{PART}/direction", EnumEditor(Direction))
        self.add_field(f"/{PART}/suspend_execution", BoolEditor())

    def widget_for(self, pointer: str) -> QWidget | None:
        if pointer == f"/{PART}/request_kinds":
            return self.kinds.focus_widget()
        return super().widget_for(pointer)


class PetitionFilingSection(DraftFilingSection):
    section_id = "pg_petition-filing"
    part = PART
