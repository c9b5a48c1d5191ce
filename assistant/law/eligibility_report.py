"""When the petition to the court at the place of execution may be filed, computed once per check.

The eligibility calculator (`assistant.execution`) answers for parole, replacement and
reduction from the sentence facts of the case; the PA rules judge its answer against the day
the petition is filed (its filing date, else the day of the check), and `check --json` carries
it as `eligibility` (docs/cli.md). The calculator is imported only for this kind of document:
it loads its law data on import (~65 ms).

`served` is the same computation without the earlier petitions: the part of the sentence served
alone, so a petition that is both early and within a wait after a refusal is told both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.case.model import Case

if TYPE_CHECKING:
    from assistant.execution.case_facts import CaseFacts
    from assistant.execution.results import Eligibility, EligibilityReport, Step
    from assistant.execution.vocabulary import PetitionRequest


@dataclass(frozen=True)
class PetitionEligibility:
    """The calculator's answer for the drafted petition and the day it is judged on."""

    filed_on: dt.date  # the petition's filing (hand-over) date, else the day of the check
    law_date: dt.date
    requested: tuple[PetitionRequest, ...]
    case_facts: CaseFacts
    report: EligibilityReport | None  # None while an input is missing
    served: EligibilityReport | None  # the same without the earlier petitions

    def answer(self, request: PetitionRequest) -> Eligibility | None:
        return self.report.for_request(request) if self.report is not None else None

    def served_answer(self, request: PetitionRequest) -> Eligibility | None:
        return self.served.for_request(request) if self.served is not None else None

    def to_json(self) -> dict[str, Any]:
        """The `eligibility` object of `check --json` (docs/cli.md)."""
        from assistant.execution.vocabulary import PetitionRequest

        report, facts = self.report, self.case_facts.facts
        return {
            "filed_on": self.filed_on.isoformat(),
            "law_date": self.law_date.isoformat(),
            "law_valid_from": _day(report.law_valid_from) if report else None,
            "requested": [r.value for r in self.requested],
            "missing": [
                {"input": m.input.value, "field": m.pointer} for m in self.case_facts.missing
            ],
            "custody": _builtins(report.custody) if report and report.custody else None,
            "requests": [
                _request_json(report.for_request(r), r in self.requested, self.filed_on)
                for r in PetitionRequest
            ]
            if report
            else [],
            "inputs": _builtins(facts) if facts is not None else None,
        }


def petition_eligibility(case: Case, filed_on: dt.date, law_date: dt.date) -> PetitionEligibility:
    """The eligibility of the case's petition under the law in force on `law_date`."""
    import msgspec

    from assistant.case.drafts import ExecutionPetitionDraft
    from assistant.execution import eligibility
    from assistant.execution.case_facts import case_facts, requested

    found = case_facts(case)
    report = served = None
    if found.facts is not None:
        report = eligibility(found.facts, law_date)
        alone = msgspec.structs.replace(found.facts, earlier_petitions=())
        served = eligibility(alone, law_date) if found.facts.earlier_petitions else report
    draft = case.execution_petition or ExecutionPetitionDraft()
    return PetitionEligibility(
        filed_on=filed_on,
        law_date=law_date,
        requested=requested(draft),
        case_facts=found,
        report=report,
        served=served,
    )


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _builtins(value: object) -> Any:
    import msgspec

    return msgspec.to_builtins(value)


def _citations(citations: tuple[Any, ...]) -> list[str]:
    return [c.key() for c in citations]


def _term(term: Any) -> dict[str, int] | None:
    return None if term is None else {"years": term.years, "months": term.months, "days": term.days}


def _step_json(step: Step) -> dict[str, Any]:
    return {
        "kind": step.kind.value,
        "day": step.day.isoformat(),
        "counted_from": step.counted_from.isoformat(),
        "fraction": str(step.fraction) if step.fraction else None,
        "base_term": _term(step.base_term),
        "required": _term(step.required),
        "method": step.method.value if step.method else None,
        "term_start": _day(step.term_start),
        "credited_days": step.credited_days,
        "status": step.status.value,
        "citations": _citations(step.citations),
    }


def _request_json(answer: Eligibility, asked: bool, filed_on: dt.date) -> dict[str, Any]:
    from assistant.execution.case_facts import FACT_POINTERS

    cap = answer.cap
    return {
        "request": answer.request.value,
        "requested": asked,
        "outcome": answer.outcome.value,
        "first_day": _day(answer.first_day),
        "earliest_day": _day(answer.earliest_day),
        "timing": answer.timing(filed_on).value,
        "steps": [_step_json(step) for step in answer.steps],
        "bars": [
            {
                "code": bar.code.value,
                "exclusion": bar.exclusion,
                "status": bar.status.value,
                "citations": _citations(bar.citations),
            }
            for bar in answer.bars
        ],
        "doubts": [
            {
                "code": doubt.code.value,
                "status": doubt.status.value,
                "alternative_day": _day(doubt.alternative_day),
                "later_day": _day(doubt.later_day),
                "days": doubt.days,
                "citations": _citations(doubt.citations),
            }
            for doubt in answer.doubts
        ],
        "rests_on": [{"input": f.value, "field": FACT_POINTERS[f]} for f in answer.rests_on],
        "no_date": answer.no_date.value if answer.no_date else None,
        "cap": None
        if cap is None
        else {
            "safe": str(cap.safe),
            "possible": str(cap.possible),
            "status": cap.status.value,
            "citations": _citations(cap.citations),
        },
        "not_computable": answer.not_computable.value if answer.not_computable else None,
    }
