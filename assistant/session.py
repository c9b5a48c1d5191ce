"""The front door: everything a front end shows about a case, decided here once.

The window and the command line call `check` for what to show (findings, personal-data
warnings, the status line, the routes to other procedures, the document language) and
`export` to write the complaint from that same check, so an exported draft lists exactly the
problems the panel showed, with the user's days off. Neither front end runs the rule engine or
decides a legal or document question on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from assistant.calendar_kz import WorkingCalendar
from assistant.case.documents import start_document
from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.document.language import DocumentLanguageMissing, document_language
from assistant.law.rule import Severity
from assistant.triage import TriageAnswers, apply_answers

if TYPE_CHECKING:
    from assistant.export import ExportResult
    from assistant.law.engine import Report
    from assistant.law.routes import Route
    from assistant.law.verdict import Verdict
    from assistant.privacy import PersonalDataHit


@dataclass(frozen=True)
class CheckResult:
    """One check of one case on one day: what every front end shows."""

    case: Case
    report: Report
    personal_data: tuple[PersonalDataHit, ...]

    @property
    def verdict(self) -> Verdict:
        from assistant.law.verdict import verdict_of

        return verdict_of(self.report)

    def status_line(self, language: Language) -> str:
        from assistant.law.verdict import status_line

        return status_line(self.report, language)

    def open_problems(self, language: Language) -> list[str]:
        """What keeps the complaint a draft, as its cover lists them."""
        from assistant.law.verdict import open_problems

        return open_problems(self.report, language)

    def file_warnings(self, language: Language) -> list[str]:
        """The findings about attached files (missing, locked, too large...) with citations:
        what an export repeats beside the files it wrote, since no cover lists warnings."""
        return [
            f"{finding.message(language)} ({finding.citation_text(language)})"
            for finding in self.report.findings
            if any(_is_attached_file(field) for field in finding.fields)
        ]

    def routes(self) -> list[Route]:
        """The other procedures the redirect findings send the person to, most serious first."""
        book_routes = _routes()
        found: list[Route] = []
        for finding in self.report.findings:
            route = finding.rule.route
            if finding.severity is Severity.REDIRECT and route and book_routes[route] not in found:
                found.append(book_routes[route])
        return found

    def documents_to_draft(self) -> list[tuple[Route, DocumentKind]]:
        """The other procedures this check sends the person to whose document the app can
        draft, each with that document's kind: where "Draft this document" is offered.

        Besides the redirects, a return that names the way out counts: an act 484(2)(1) keeps
        from a private complaint is returned (A3, 489(1)(5)) and its hint is the petition to
        the Prosecutor General, which the person should be able to draft from there too.
        """
        from assistant.document.kinds import drafted_kinds

        kinds = drafted_kinds()
        book_routes = _routes()
        found = list(self.routes())
        for finding in self.report.blocking:
            route = book_routes.get(finding.rule.route or "")
            if route is not None and route not in found:
                found.append(route)
        return [(route, route.drafts) for route in found if route.drafts in kinds]

    @property
    def document_language(self) -> Language | None:
        try:
            return document_language(self.case)
        except DocumentLanguageMissing:
            return None

    def to_json(self, language: Language) -> dict[str, Any]:
        """The `check --json` contract of docs/cli.md."""
        data = self.report.to_json(language)
        data["personal_data"] = [
            {"kind": h.kind.value, "field": h.field, "start": h.start, "end": h.end}
            for h in self.personal_data
        ]
        return data


def _is_attached_file(pointer: str) -> bool:
    parts = pointer.split("/")
    return len(parts) == 4 and parts[1] == "attachments" and parts[3] == "file"


def _routes() -> dict[str, Route]:
    from assistant.law.routes import load_routes

    return load_routes()


def check(case: Case, today: dt.date, calendar: WorkingCalendar | None = None) -> CheckResult:
    """Check `case` as of `today` (with the user's days off in `calendar`)."""
    from assistant.law.engine import evaluate  # the engine loads after the window is painted
    from assistant.law.file_facts import gather_file_facts
    from assistant.privacy import find_personal_data

    report = evaluate(case, today, calendar=calendar, files=gather_file_facts(case))
    return CheckResult(case=case, report=report, personal_data=tuple(find_personal_data(case)))


def triage_routes(case: Case, answers: TriageAnswers, today: dt.date) -> list[Route]:
    """Where the first questions' answers send the person: the routes of the redirects a copy
    of the case would get with the answers written in (empty: cassation fits so far)."""
    trial = msgspec.convert(msgspec.to_builtins(case), Case)
    apply_answers(trial, answers)
    return check(trial, today).routes()


class NotDrafted(ValueError):
    """A document kind the app cannot write yet."""

    def __init__(self, kind: DocumentKind) -> None:
        super().__init__(kind.value)
        self.kind = kind


def new_case_for(language: Language, kind: DocumentKind) -> Case:
    """An empty case in the proceedings' `language` drafting `kind` (NotDrafted when the app
    cannot write that document, so no front end starts what it cannot finish)."""
    from assistant.case.model import new_case
    from assistant.document.kinds import drafted_kinds

    if kind not in drafted_kinds():
        raise NotDrafted(kind)
    case = new_case(language)
    start_document(case, kind)
    return case


def start_draft(case: Case, kind: DocumentKind) -> Case:
    """A copy of `case` drafting the document `kind`, its part added and filled from what the
    case already knows (the facts every document shares are the case's own)."""
    draft = msgspec.convert(msgspec.to_builtins(case), Case)
    start_document(draft, kind)
    return draft


def export(
    result: CheckResult,
    *,
    language: Language | None,
    docx: Path | None,
    pdf: Path | None,
    final: bool,
    case_file: Path | None = None,
) -> ExportResult:
    """Write the complaint of a checked case; a draft, with the check's open problems on its
    cover, unless `final`. The caller asks `decide_final_copy` first whether `final` may be.

    `case_file` is the file the case was opened from: no output replaces it, nor any other
    Kassatsiya file (ExportTargetError, nothing written; see assistant/export_targets.py)."""
    from assistant.export import export_case

    chosen = document_language(result.case, language)
    problems: Sequence[str] = result.open_problems(chosen)
    return export_case(
        result.case,
        language=chosen,
        docx=docx,
        pdf=pdf,
        final=final,
        open_problems=problems,
        case_file=case_file,
    )
