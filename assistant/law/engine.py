"""Evaluate a case against the rules in force on its filing date: a pure function.

`evaluate(case, today)` returns a `Report`: the findings (what the court would return, where
another procedure is needed, warnings and advice) and the term of the document checked: the
Art. 487(2) deadline of the cassation complaint (and of the protest a petition to the
Prosecutor General asks for) when it applies, or that document's own term
(`DOCUMENT_TERMS`: the appeal's 15 days of 418(1)). Only the rules that name the document run.
"Today" is always injected so results never depend on the machine's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

import msgspec

from assistant.calendar_kz import WorkingCalendar
from assistant.case.documents import filing_date
from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.i18n import gettext_in
from assistant.law.appeal_term import appeal_term_report
from assistant.law.citation import Citation, format_citations
from assistant.law.dated_params import WorseningRequests, parameter_on
from assistant.law.deadline_report import DeadlineReport, deadline_report
from assistant.law.file_facts import FileFacts
from assistant.law.judged_facts import judged_case
from assistant.law.loader import RuleBook, default_rulebook, rule_params
from assistant.law.pointers import resolve
from assistant.law.registry import PREDICATES, Context, Hit
from assistant.law.rule import SEVERITY_ORDER, Condition, Rule, Severity
from assistant.law.text_format import format_params
from assistant.law.worsening import Judgement, judge


@dataclass(frozen=True)
class Finding:
    """One reason the complaint would fail, or advice, tied to fields of the case."""

    rule: Rule
    fields: tuple[str, ...]
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def ground(self) -> str | None:
        return self.rule.ground

    @property
    def citations(self) -> list[Citation]:
        return self.rule.citations

    @property
    def undecided(self) -> bool:
        """A fact that decides a return ground is missing or doubtful: never "ready"."""
        return self.rule.undecided

    def message(self, language: Language) -> str:
        """What is wrong, in `language`, with its parameters filled in."""
        return gettext_in(language, self.rule.message) % format_params(self.params, language)

    def hint(self, language: Language) -> str:
        """One line saying what to do."""
        return gettext_in(language, self.rule.hint) % format_params(self.params, language)

    def citation_text(self, language: Language) -> str:
        return format_citations(self.rule.citations, language)

    def to_json(self, language: Language) -> dict[str, Any]:
        """The CLI contract of docs/cli.md."""
        return {
            "rule": self.rule.row,
            "id": self.rule.id,
            "severity": self.rule.severity.value,
            "undecided": self.rule.undecided,
            "ground": self.rule.ground,
            "status": self.rule.status.value,
            "route": self.rule.route,
            "citation": self.citation_text(language),
            "citations": [c.key() for c in self.rule.citations],
            "fields": list(self.fields),
            "message": self.message(language),
            "hint": self.hint(language),
        }


class DocumentTerm(Protocol):
    """The term of a document other than the cassation complaint (e.g. the 15-day appeal
    term of CPC 418(1)), as `check --json` shows it under `deadline`."""

    def to_json(self) -> dict[str, Any]: ...


# The documents whose own term replaces the 487(2) one (which runs from an act's entry into
# force, so concerns acts in force only): kind -> (case, today, calendar) -> its term.
DOCUMENT_TERMS: dict[
    DocumentKind, Callable[[Case, dt.date, WorkingCalendar], DocumentTerm | None]
] = {
    DocumentKind.APPEAL: appeal_term_report,
}


@dataclass(frozen=True)
class Report:
    """Everything a check of one case says."""

    findings: tuple[Finding, ...]
    deadline: DeadlineReport | None
    law_date: dt.date
    today: dt.date
    judgement: Judgement
    kind: DocumentKind = DocumentKind.CASSATION  # the document checked
    document_term: DocumentTerm | None = None  # its own term, for a kind in DOCUMENT_TERMS

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """Findings that stop the complaint: the court returns it or it is the wrong procedure."""
        return tuple(f for f in self.findings if f.severity in (Severity.RETURN, Severity.REDIRECT))

    @property
    def undecided(self) -> tuple[Finding, ...]:
        """Findings that say what cannot be checked yet (a deciding fact is missing)."""
        return tuple(f for f in self.findings if f.undecided)

    def is_ready(self) -> bool:
        """Nothing stops the complaint and nothing that decides it is left unchecked."""
        return not self.blocking and not self.undecided

    def to_json(self, language: Language) -> dict[str, Any]:
        from assistant.law.verdict import status_line, verdict_of

        return {
            "kind": self.kind.value,
            "findings": [f.to_json(language) for f in self.findings],
            "deadline": self._deadline_json(),
            "law_date": self.law_date.isoformat(),
            "ready": self.is_ready(),
            "verdict": verdict_of(self).value,
            "status": status_line(self, language),
        }

    def _deadline_json(self) -> dict[str, Any] | None:
        if self.deadline is not None:
            return self.deadline.to_json()
        return self.document_term.to_json() if self.document_term is not None else None


_JUDGED_BY_ART_487 = frozenset({DocumentKind.CASSATION, DocumentKind.PG_PETITION})


@cache
def default_calendar() -> WorkingCalendar:
    """The calendar without user corrections, shared so its per-year caches persist."""
    return WorkingCalendar()


def law_date_of(case: Case, today: dt.date) -> dt.date:
    """The law in force on the filing (or hand-over) date applies; before filing, today's."""
    return filing_date(case) or today


def _condition_holds(data: dict[str, Any], condition: Condition) -> bool:
    values = [value for _, value in resolve(data, condition.path)]
    value = values[0] if values else None
    if condition.equals is not None and value != condition.equals:
        return False
    if condition.one_of is not None and value not in condition.one_of:
        return False
    if condition.not_in is not None and value in condition.not_in:
        return False
    if condition.blank is not None:
        blank = value is None or value in ("", [])
        if blank != condition.blank:
            return False
    return True


def _hits(rule: Rule, book: RuleBook, case: Case, ctx: Context) -> list[Hit]:
    if not all(_condition_holds(ctx.data, c) for c in rule.when):
        return []
    spec = PREDICATES[rule.check.predicate]
    return list(spec.func(case, ctx, rule_params(book, rule)))


def evaluate(
    case: Case,
    today: dt.date,
    *,
    book: RuleBook | None = None,
    calendar: WorkingCalendar | None = None,
    files: Mapping[str, FileFacts] | None = None,
) -> Report:
    """Check `case` against every rule in force on its law date. Never raises on a loaded case.

    `files` are the attached files as the caller found them (`gather_file_facts`); without
    them the rules about sizes and unreadable files stay silent: the engine reads no disk.
    """
    book = book or default_rulebook()
    calendar = calendar or default_calendar()
    law_date = law_date_of(case, today)
    policy = parameter_on(book.parameters, "worsening_requests", law_date)
    judged = judged_case(case)  # the request, grounds and filing of the document drafted
    judgement = judge(judged, policy if isinstance(policy, WorseningRequests) else None)
    # The 487(2) term limits the cassation complaint and the protest a petition asks for;
    # another document's terms are its own rules' findings (e.g. NC6 for Art. 501).
    deadline = (
        deadline_report(judged, today, calendar, judgement)
        if case.kind in _JUDGED_BY_ART_487
        else None
    )
    term_of = DOCUMENT_TERMS.get(case.kind)
    ctx = Context(
        today=today,
        law_date=law_date,
        calendar=calendar,
        data=msgspec.to_builtins(case),
        deadline=deadline,
        judgement=judgement,
        parameters=book.parameters,
        files=files,
    )
    findings: list[Finding] = []
    for rule in book.in_force_on(law_date):
        if case.kind not in rule.kinds:
            continue
        for hit in _hits(rule, book, case, ctx):
            fields = hit.fields or tuple(rule.fields)
            findings.append(Finding(rule=rule, fields=fields, params=hit.params))
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule.id, f.fields))
    return Report(
        findings=tuple(findings),
        deadline=deadline,
        law_date=law_date,
        today=today,
        judgement=judgement,
        kind=case.kind,
        document_term=term_of(case, today, calendar) if term_of else None,
    )
