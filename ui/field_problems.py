"""What the check says about each field, as its input tells it (tooltip, accessible description).

The findings come from the core (`assistant.law`), with the fields each concerns; this only
lays them out per field, so a screen reader hears "Cannot confirm yet: «31.02.2026» is not a
date…" on the input itself, not only in the findings panel or by the colour of its border.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.case.enums import Language
from assistant.law.rule import Severity

if TYPE_CHECKING:
    from assistant.law.engine import Report

TOLD_ON_THE_FIELD = (Severity.REDIRECT, Severity.RETURN, Severity.WARNING)


def problems_by_field(report: Report, language: Language) -> dict[str, tuple[str, ...]]:
    """Pointer -> "Will be returned: <message>" lines of the findings about that field
    (advice is left to the findings panel)."""
    from assistant.law.verdict import finding_label

    found: dict[str, list[str]] = {}
    for finding in report.findings:
        if finding.severity not in TOLD_ON_THE_FIELD:
            continue
        line = f"{finding_label(finding, language, report.kind)}: {finding.message(language)}"
        for pointer in finding.fields:
            found.setdefault(pointer, []).append(line)
    return {pointer: tuple(lines) for pointer, lines in found.items()}
