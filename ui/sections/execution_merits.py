"""The petition to the court at the place of execution: what decides the part of the term to
serve and what closes a request (CC Arts. 72, 73, 86, 87), and what the court weighs
(NR6 of 2015; CC Art. 72(1)). The core decides from these facts; the form only asks them."""

from __future__ import annotations

from assistant.case.execution_vocabulary import (
    AgeAtCrime,
    CancellationItem,
    ExclusionFact,
    PrivilegedPerson,
)
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import (
    BoolEditor,
    DateEditor,
    EnumEditor,
    MultiChoiceEditor,
    MultiLineEditor,
    TextEditor,
    TriBoolEditor,
)
from ui.sections.base import Section
from ui.sections.execution_petition import PART, ChoicesSection, P


class ExecutionPartSection(ChoicesSection):
    section_id = f"{PART}-part"
    title = N_("What decides the part to serve")
    intro = N_(
        "The part of the term to serve depends on the gravity of the most serious crime, on "
        "whether it was against life or health, on the age when it was committed and on the "
        "persons the law treats more mildly."
    )
    prefixes = (
        f"{P}/birth_date",
        f"{P}/age_at_crime",
        f"{P}/against_life_or_health",
        f"{P}/against_life",
        f"{P}/privileged",
        f"{P}/agreement_fulfilled",
        f"{P}/active_assistance",
        f"{P}/assisted_group_investigation",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/birth_date", DateEditor())
        self.add_field(f"{P}/age_at_crime", EnumEditor(AgeAtCrime))
        self.add_field(f"{P}/against_life_or_health", TriBoolEditor())
        self.add_field(f"{P}/against_life", TriBoolEditor())
        self.add_field(f"{P}/privileged", MultiChoiceEditor(PrivilegedPerson))
        self.add_field(f"{P}/agreement_fulfilled", BoolEditor())
        self.add_field(f"{P}/active_assistance", BoolEditor())
        self.add_field(f"{P}/assisted_group_investigation", BoolEditor())


class ExecutionExclusionsSection(ChoicesSection):
    section_id = f"{PART}-exclusions"
    title = N_("What may close the request")
    intro = N_(
        "Some crimes and punishments close parole or replacement (CC Arts. 72(8), 73(2), "
        "73(4)). Go through the list, tick what applies, then confirm that you did."
    )
    prefixes = (
        f"{P}/exclusions",
        f"{P}/exclusions_answered",
        f"{P}/minor_victim_aged_14_to_18",
        f"{P}/cancelled_parole",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/exclusions", MultiChoiceEditor(ExclusionFact))
        self.add_field(f"{P}/minor_victim_aged_14_to_18", BoolEditor())
        self.add_field(f"{P}/cancelled_parole", EnumEditor(CancellationItem))
        self.add_field(f"{P}/exclusions_answered", BoolEditor())


class ExecutionMeritsSection(Section):
    section_id = f"{PART}-merits"
    title = N_("Why the court should grant it")
    intro = N_(
        "The court weighs the damage paid, the conduct while serving the sentence and where the "
        "person will live and work after release (Resolution No. 6 of 2015, paras. 9, 10). "
        "Attach what shows it."
    )
    prefixes = (
        f"{P}/damage_compensated",
        f"{P}/damage_reasons",
        f"{P}/malicious_violations",
        f"{P}/conduct",
        f"{P}/foreign_citizen",
        f"{P}/residence_after_release",
        f"{P}/housing_consent_attached",
        f"{P}/employment_after_release",
        f"{P}/job_offer_attached",
    )

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.add_field(f"{P}/damage_compensated", TriBoolEditor())
        self.add_field(f"{P}/damage_reasons", MultiLineEditor(2))
        self.add_field(f"{P}/malicious_violations", TriBoolEditor())
        self.add_field(f"{P}/conduct", MultiLineEditor())
        self.add_field(f"{P}/foreign_citizen", BoolEditor())
        self.add_field(f"{P}/residence_after_release", TextEditor())
        self.add_field(f"{P}/housing_consent_attached", BoolEditor())
        self.add_field(f"{P}/employment_after_release", TextEditor())
        self.add_field(f"{P}/job_offer_attached", BoolEditor())
