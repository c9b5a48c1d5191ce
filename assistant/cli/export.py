"""`kassatsiya export FILE --docx OUT --pdf OUT`: the complaint as files, draft-marked if needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    calendar_from,
    message_language,
    parse_today,
    read_case,
)
from assistant.document.language import DocumentLanguageMissing, document_language
from assistant.export_targets import refuse_case_targets
from assistant.file_names import file_name_problem
from assistant.final_copy import decide_final_copy
from assistant.i18n import gettext_in
from assistant.session import check, export


def _check_arguments(args: argparse.Namespace, ui_language: Language) -> None:
    """Refuse, before anything is read, what cannot be written as asked."""
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
    if args.force and not args.final:
        raise CliError(gettext_in(ui_language, "--force is used only together with --final."))
    for out in (args.docx, args.pdf, args.package):
        refused = file_name_problem(Path(out).name, ui_language) if out else None
        if refused:
            raise CliError(refused)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    ui_language = message_language(args.lang)
    _check_arguments(args, ui_language)
    # never over the case itself, any other case or one path twice (ExportTargetError)
    outputs = [Path(name) for name in (args.docx, args.pdf, args.package) if name]
    refuse_case_targets(outputs, case_file=path)
    case, _ = read_case(path, ui_language)
    try:
        language = document_language(case, Language(args.lang) if args.lang else None)
    except DocumentLanguageMissing as missing:
        raise CliError(missing.message(ui_language)) from None
    checked = check(case, parse_today(args.today), calendar_from(args.day_off))
    decision = decide_final_copy(checked.report, forced=args.force) if args.final else None
    if decision is not None and not decision.write:
        print(decision.explanation(ui_language), file=sys.stderr)
        return EXIT_FINDINGS
    result = export(  # python-docx and reportlab load only here
        checked,
        language=language,
        docx=Path(args.docx) if args.docx else None,
        pdf=Path(args.pdf) if args.pdf else None,
        final=args.final,
        case_file=path,
    )
    for written in result.files:
        print(gettext_in(ui_language, "Written: %(file)s") % {"file": written})
    if decision is not None and decision.blockers:
        print(decision.explanation(ui_language), file=sys.stderr)
    for warning in result.warnings:
        print(warning)
    for warning in checked.file_warnings(ui_language):
        print(warning)
    if args.package:
        _write_package(case, result.files, Path(args.package), language, ui_language)
    return EXIT_OK


def _write_package(
    case: Case, written: tuple[Path, ...], out: Path, language: Language, ui_language: Language
) -> None:
    """One PDF for the court: the complaint, then every attached PDF, each bookmarked; its
    title in the document's `language`, the messages in the user's."""
    from assistant.filing_package import build_filing_package

    complaint = next(path for path in written if path.suffix.lower() == ".pdf")
    attachments = [(a.title or Path(a.file).name, Path(a.file)) for a in case.attachments if a.file]
    title = gettext_in(language, "Cassation complaint")
    for warning in build_filing_package(complaint, attachments, out, title=title):
        print(warning)
    print(gettext_in(ui_language, "Written: %(file)s") % {"file": out})
