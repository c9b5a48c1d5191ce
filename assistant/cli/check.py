"""`kassatsiya check FILE...`: the findings, as text or as the JSON contract of docs/cli.md.

Several files are all read first (one that cannot be read stops the command before anything
is printed), then checked one by one: the text names each file above its findings, the JSON is
a list of the single file's objects, each with its `file`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

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
        label = finding_label(finding, language, report.kind)
        ground = f" [{finding.ground}]" if finding.ground else ""
        lines.append(f"{label}{ground} {finding.rule.id}: {finding.message(language)}")
        lines.append(f"    {finding.hint(language)}")
        lines.append(f"    ({finding.citation_text(language)})")
        if finding.rule.route:
            lines.append(f"    → {load_routes()[finding.rule.route].describe(language)}")
    lines.append(status_line(report, language))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    paths = [Path(name) for name in args.file]
    cases = [read_case(path, message_language(args.lang))[0] for path in paths]
    today, calendar = parse_today(args.today), calendar_from(args.day_off)
    several = len(paths) > 1
    found: list[dict[str, Any]] = []
    blocked = False
    for path, case in zip(paths, cases, strict=True):
        language = message_language(args.lang, case)
        checked = check(case, today, calendar)
        blocked = blocked or bool(checked.report.blocking)
        if args.json:
            data = checked.to_json(language)
            found.append({"file": str(path), **data} if several else data)
            continue
        if several:
            print(("\n" if path is not paths[0] else "") + f"{path}:")
        print(format_report(checked.report, language))
        for hit in checked.personal_data:
            print(gettext_in(language, "Warning") + ": " + personal_data_message(hit, language))
    if args.json:
        print(json.dumps(found if several else found[0], ensure_ascii=False, indent=2))
    return EXIT_FINDINGS if blocked else EXIT_OK
