"""`kassatsiya check FILE`: the findings, as text or as the JSON contract of docs/cli.md."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.case.enums import Language
from assistant.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    calendar_from,
    message_language,
    parse_today,
    read_case,
)
from assistant.i18n import gettext_in
from assistant.law.engine import Report
from assistant.law.routes import load_routes
from assistant.law.verdict import finding_label, status_line
from assistant.privacy import personal_data_message
from assistant.session import check


def format_report(report: Report, language: Language) -> str:
    """Human-readable findings, most serious first, each with citation and what to do."""
    lines: list[str] = []
    for finding in report.findings:
        label = finding_label(finding, language)
        ground = f" [{finding.ground}]" if finding.ground else ""
        lines.append(f"{label}{ground} {finding.rule.id}: {finding.message(language)}")
        lines.append(f"    {finding.hint(language)}")
        lines.append(f"    ({finding.citation_text(language)})")
        if finding.rule.route:
            lines.append(f"    → {load_routes()[finding.rule.route].describe(language)}")
    lines.append(status_line(report, language))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    case, _ = read_case(path, message_language(args.lang))
    language = message_language(args.lang, case)
    checked = check(case, parse_today(args.today), calendar_from(args.day_off))
    if args.json:
        print(json.dumps(checked.to_json(language), ensure_ascii=False, indent=2))
    else:
        print(format_report(checked.report, language))
        for hit in checked.personal_data:
            print(gettext_in(language, "Warning") + ": " + personal_data_message(hit, language))
    return EXIT_FINDINGS if checked.report.blocking else EXIT_OK
