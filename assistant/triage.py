"""The first questions of a new complaint, as data: the answers and what they write in the case.

The questions decide nothing themselves: their answers are written into (a copy of) the case
and the rule engine says whether cassation fits, through the same dated, cited rules that check
the form (A1, N4, A8, N15, A5, N16). So the wizard and the findings can never disagree.
"""

from __future__ import annotations

from enum import StrEnum

import msgspec

from assistant.case.enums import AppealHistory, Language
from assistant.case.model import Case, ContestedAct


class Relief(StrEnum):
    """What the person mainly wants, for the questions that lead away from cassation."""

    REVIEW = "review"
    NEW_FACTS = "new_facts"
    MILDER_LAW = "milder_law"
    EXECUTION = "execution"
    CIVIL_ARITHMETIC = "civil_arithmetic"


class TriageAnswers(msgspec.Struct):
    """None means "not answered yet" (or "I do not know")."""

    language: Language | None = None  # the language of the proceedings (kk or ru)
    in_force: bool | None = None
    appeal: AppealHistory | None = None
    relief: Relief = Relief.REVIEW


def apply_answers(case: Case, answers: TriageAnswers) -> None:
    """Write the answers into the case so that the form never asks them again."""
    if answers.language is not None:
        case.proceedings_language = answers.language
        if case.complaint_language is None:
            case.complaint_language = answers.language
    if not case.acts:
        case.acts.append(ContestedAct())
    first = case.acts[0]
    if answers.in_force is not None:
        first.in_force = answers.in_force
    if answers.appeal is not None:
        first.appeal = answers.appeal
    case.triage.new_facts_only = answers.relief is Relief.NEW_FACTS
    case.triage.milder_law_or_amnesty_only = answers.relief is Relief.MILDER_LAW
    case.triage.execution_matter = answers.relief is Relief.EXECUTION
    case.triage.civil_arithmetic_only = answers.relief is Relief.CIVIL_ARITHMETIC


def answers_from_case(case: Case) -> TriageAnswers:
    """The answers a case already holds (to prefill the questions)."""
    first = case.acts[0] if case.acts else ContestedAct()
    relief = Relief.REVIEW
    if case.triage.new_facts_only:
        relief = Relief.NEW_FACTS
    elif case.triage.milder_law_or_amnesty_only:
        relief = Relief.MILDER_LAW
    elif case.triage.execution_matter:
        relief = Relief.EXECUTION
    elif case.triage.civil_arithmetic_only:
        relief = Relief.CIVIL_ARITHMETIC
    return TriageAnswers(
        language=case.proceedings_language,
        in_force=first.in_force,
        appeal=first.appeal,
        relief=relief,
    )
