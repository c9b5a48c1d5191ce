"""`kassatsiya export FILE --docx OUT --pdf OUT`: the complaint as files, draft-marked if needed."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.cli.common import (
    EXIT_OK,
    CliError,
    calendar_from,
    message_language,
    parse_today,
    read_case,
)
from assistant.i18n import gettext_in
from assistant.law.engine import evaluate


def document_language(requested: str | None, case: Case) -> Language:
    """--lang, else the language the complaint is written in, else that of the proceedings."""
    if requested:
        return Language(requested)
    return case.complaint_language or case.proceedings_language or Language.RU


def open_problems(case: Case, language: Language, args: argparse.Namespace) -> list[str]:
    """The blocking findings as lines for the draft cover, in the document's language."""
    report = evaluate(case, parse_today(args.today), calendar=calendar_from(args.day_off))
    return [f"{f.message(language)} ({f.citation_text(language)})" for f in report.blocking]


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    ui_language = message_language(args.lang)
    if args.package and not args.pdf:
        raise CliError(
            gettext_in(ui_language, "A filing package is built from the PDF: give --pdf OUT too.")
        )
    if not args.docx and not args.pdf:
        raise CliError(
            gettext_in(
                ui_language, "Say where to write the complaint: --docx OUT and/or --pdf OUT."
            )
        )
    from assistant.export import export_case  # lazy: python-docx/reportlab load only here
    from assistant.export_targets import refuse_case_targets

    outputs = [Path(name) for name in (args.docx, args.pdf, args.package) if name]
    refuse_case_targets(outputs, case_file=path)
    case, _ = read_case(path, ui_language)
    language = document_language(args.lang, case)
    result = export_case(
        case,
        language=language,
        docx=Path(args.docx) if args.docx else None,
        pdf=Path(args.pdf) if args.pdf else None,
        final=args.final,
        open_problems=open_problems(case, language, args),
        case_file=path,
    )
    for written in result.files:
        print(gettext_in(language, "Written: %(file)s") % {"file": written})
    for warning in result.warnings:
        print(warning)
    for problem in result.attachment_problems:
        print(f"{problem.message} ({problem.citation})")
    if args.package:
        _write_package(case, result.files, Path(args.package), language)
    return EXIT_OK


def _write_package(case: Case, written: tuple[Path, ...], out: Path, language: Language) -> None:
    """One PDF for the court: the complaint, then every attached PDF, each bookmarked."""
    from assistant.filing_package import build_filing_package

    complaint = next(path for path in written if path.suffix.lower() == ".pdf")
    attachments = [(a.title or Path(a.file).name, Path(a.file)) for a in case.attachments if a.file]
    title = gettext_in(language, "Cassation complaint")
    for warning in build_filing_package(complaint, attachments, out, title=title):
        print(warning)
    print(gettext_in(language, "Written: %(file)s") % {"file": out})
