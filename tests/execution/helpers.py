"""Facts for the eligibility tests: a plain sentence, changed only where a test says so."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.execution import SentenceFacts, Term, eligibility
from assistant.execution.results import Doubt, Eligibility, EligibilityReport
from assistant.execution.vocabulary import (
    CrimeCategory,
    DoubtCode,
    PetitionRequest,
    ServedPunishment,
)

D = dt.date
# The day the law is read on: a fixed day after the data's first version, never today.
LAW_DATE = D(2026, 12, 10)


def facts(**changes: Any) -> SentenceFacts:
    """Imprisonment of 3 years for a moderate crime from 1 March 2025, unless changed."""
    base: dict[str, Any] = {
        "punishment": ServedPunishment.IMPRISONMENT,
        "term": Term(years=3),
        "term_start": D(2025, 3, 1),
        "category": CrimeCategory.MODERATE,
        "against_life_or_health": False,
        "against_life": False,
    }
    base.update(changes)
    return SentenceFacts(**base)


def report(**changes: Any) -> EligibilityReport:
    return eligibility(facts(**changes), LAW_DATE)


def answer(request: PetitionRequest, **changes: Any) -> Eligibility:
    return report(**changes).for_request(request)


def doubt(result: Eligibility, code: DoubtCode) -> Doubt:
    found = [d for d in result.doubts if d.code is code]
    assert len(found) == 1, f"{code}: {[d.code for d in result.doubts]}"
    return found[0]


def codes(result: Eligibility) -> list[DoubtCode]:
    return [d.code for d in result.doubts]
