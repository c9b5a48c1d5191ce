"""`kassatsiya --self-test`: prove a build works, headless, without touching the user's files.

Loads the bundled ready example, checks it, and exports it as DOCX and PDF in Kazakh, Russian
and English into a temporary folder, then reads the PDF text back. Exit 0 only if all worked;
packaged builds run this as their smoke test.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import traceback
from pathlib import Path

from assistant.case.enums import Language
from assistant.casefile import load_case
from assistant.law.engine import evaluate
from assistant.resources import data_dir

EXAMPLE = "ready-ru.kassatsiya"
TODAY = dt.date(2026, 11, 26)


def _export_and_verify(folder: Path, language: Language) -> str:
    from pypdf import PdfReader

    from assistant.export import export_case

    case = load_case(data_dir("examples") / EXAMPLE)
    report = evaluate(case, TODAY)
    if report.blocking:
        return f"the example has {len(report.blocking)} blocking findings"
    docx, pdf = folder / f"c-{language}.docx", folder / f"c-{language}.pdf"
    export_case(case, language=language, docx=docx, pdf=pdf, final=False, open_problems=[])
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    surname = case.filer.full_name.split()[0]
    if docx.stat().st_size == 0 or surname not in text:
        return "the exported files are empty or lack the filer's name"
    return ""


def run_self_test() -> int:
    """Run every step, print one line per language, and return 0 only if all passed."""
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kassatsiya-selftest-") as tmp:
        for language in Language:
            try:
                problem = _export_and_verify(Path(tmp), language)
            except Exception:  # a self-test reports every failure, whatever it is
                problem = traceback.format_exc()
            status = "ok" if not problem else f"FAILED: {problem}"
            failures += bool(problem)
            print(f"self-test {language.value}: {status}")
    print("self-test: passed" if not failures else "self-test: failed", file=sys.stderr)
    return 0 if not failures else 1
