"""Export a case as a filing-ready (or draft) complaint: DOCX, PDF or both.

One document model, two renderers. The renderers (python-docx, reportlab) are imported only
when a file is written, so importing this module stays cheap at application start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.document.build import build_document
from assistant.document.language import document_language
from assistant.document.model import ComplaintDocument
from assistant.export_targets import ExportTargetError, refuse_case_targets
from assistant.i18n import _
from assistant.write_errors import WriteError

__all__ = [
    "ExportResult",
    "ExportTargetError",
    "WriteError",
    "document_language",
    "export_case",
]


@dataclass(frozen=True)
class ExportResult:
    """What was written, in which language, and what the user should know about it."""

    files: tuple[Path, ...]
    language: Language
    draft: bool
    reading_copy: bool
    warnings: tuple[str, ...]


def pdf_font_warnings(doc: ComplaintDocument) -> list[str]:
    """One warning if the PDF font cannot print some characters (shown as [U+XXXX] markers)."""
    from assistant.render.fonts import missing_characters

    missing = missing_characters(doc.text_lines())
    if not missing:
        return []
    shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in missing[:20])
    return [
        _("The PDF font has no glyph for these characters; they are printed as markers: %(chars)s")
        % {"chars": shown}
    ]


def export_case(
    case: Case,
    *,
    language: Language | None,
    docx: Path | None,
    pdf: Path | None,
    final: bool,
    open_problems: Sequence[str],
    case_file: Path | None = None,
) -> ExportResult:
    """Write the complaint; it is a draft (marked) when problems are open and not `final`.

    `case_file` is the file the case was opened from: no output may replace it, or any other
    Kassatsiya file, and DOCX and PDF may not share a path (ExportTargetError, nothing written).
    """
    refuse_case_targets([t for t in (docx, pdf) if t is not None], case_file)
    chosen = document_language(case, language)
    draft = bool(open_problems) and not final
    doc = build_document(case, chosen, draft=draft, open_problems=open_problems if draft else ())
    warnings = list(doc.warnings)
    files: list[Path] = []
    if docx is not None:
        from assistant.render.docx import render_docx

        render_docx(doc, docx)
        files.append(docx)
    if pdf is not None:
        from assistant.render.pdf import render_pdf

        render_pdf(doc, pdf)
        files.append(pdf)
        warnings.extend(pdf_font_warnings(doc))
    return ExportResult(
        files=tuple(files),
        language=chosen,
        draft=draft,
        reading_copy=doc.reading_copy,
        warnings=tuple(warnings),
    )
