"""Petitions to the court at the place of execution: when may they be filed (issue 19, point 2).

A pure, Qt-free calculator. `eligibility(facts, law_date)` takes the facts of a sentence
(`SentenceFacts`) and answers for parole (CC 72, 86), replacement of the unserved part by a
milder punishment (CC 73, 87) and reduction of the unserved part (CC 73(4)): the first day a
petition may be filed, the earliest day any reading of the law allows, the arithmetic, the
inputs it rests on, why a request is closed, and the doubts — as codes and data, no wording.

The law it applies is data: `assistant/law/parameters/execution/parole-terms.toml` (dated,
cited, loaded strictly by `terms_loader`). The reference is shared/law/parole.md, rows PA5-PA23
and §D.8; docs/execution-eligibility.md explains the computation.
"""

from __future__ import annotations

from assistant.execution.calculator import eligibility
from assistant.execution.facts import CustodyCredit, EarlierPetition, Fact, SentenceFacts, Term
from assistant.execution.results import (
    Bar,
    BarCode,
    Doubt,
    Eligibility,
    EligibilityReport,
    Outcome,
    Step,
    StepKind,
    Timing,
)
from assistant.execution.terms_loader import TermsFileError, load_parole_terms

__all__ = [
    "Bar",
    "BarCode",
    "CustodyCredit",
    "Doubt",
    "EarlierPetition",
    "Eligibility",
    "EligibilityReport",
    "Fact",
    "Outcome",
    "SentenceFacts",
    "Step",
    "StepKind",
    "Term",
    "TermsFileError",
    "Timing",
    "eligibility",
    "load_parole_terms",
]
