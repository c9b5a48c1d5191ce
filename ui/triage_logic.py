"""The "New complaint" questions as plain data: answers, where they lead, what they fill in.

Kept free of widgets so the route choice is tested without a window.
"""

from __future__ import annotations

from enum import StrEnum

import msgspec

from assistant.case.enums import AppealHistory
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

    in_force: bool | None = None
    appeal: AppealHistory | None = None
    relief: Relief = Relief.REVIEW


NOT_REVIEWED_ON_APPEAL = frozenset(
    {
        AppealHistory.NOT_APPEALED,
        AppealHistory.APPEAL_WITHDRAWN,
        AppealHistory.APPEAL_RETURNED_LATE,
        AppealHistory.REVIEWED_FOR_OTHERS_ONLY,
    }
)

_RELIEF_ROUTES = {
    Relief.NEW_FACTS: "new_circumstances",
    Relief.MILDER_LAW: "court_of_execution",
    Relief.EXECUTION: "court_of_execution",
    Relief.CIVIL_ARITHMETIC: "civil_claim_correction",
}


def route_for(answers: TriageAnswers) -> str | None:
    """The id of the route (routes.toml) to take instead of cassation; None: cassation fits."""
    if answers.in_force is False:
        return "appeal"
    if answers.appeal in NOT_REVIEWED_ON_APPEAL:
        return "prosecutor_general_protest"
    return _RELIEF_ROUTES.get(answers.relief)


def apply_answers(case: Case, answers: TriageAnswers) -> None:
    """Write the answers into the case so that the form never asks them again."""
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
    return TriageAnswers(in_force=first.in_force, appeal=first.appeal, relief=relief)
