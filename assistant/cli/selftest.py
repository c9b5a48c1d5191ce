"""`kassatsiya --self-test`: prove a build works, headless, without touching the user's files.

Checks that the compiled rules match the rule files shipped beside them, loads the bundled
ready example, checks it, and exports it as DOCX and PDF in Kazakh, Russian and English into a
temporary folder, then reads the PDF text back. Exit 0 only if all worked;
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
from assistant.resources import data_dir
from assistant.session import check, export

EXAMPLE = "ready-ru.kassatsiya"
TODAY = dt.date(2026, 11, 26)


def _export_and_verify(folder: Path, language: Language) -> str:
    from pypdf import PdfReader

    case = load_case(data_dir("examples") / EXAMPLE)
    checked = check(case, TODAY)
    if not checked.report.is_ready():
        return f"the example is not ready to file: {checked.status_line(Language.EN)}"
    docx, pdf = folder / f"c-{language}.docx", folder / f"c-{language}.pdf"
    export(checked, language=language, docx=docx, pdf=pdf, final=False)
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    surname = case.filer.full_name.split()[0]
    if docx.stat().st_size == 0 or surname not in text:
        return "the exported files are empty or lack the filer's name"
    return ""


def _compiled_rules_problem() -> str:
    """A bundle trusts its compiled rules at start (assistant/law/compiled_rules.py): prove here
    that they are the rule files shipped beside them, and that the JSON copies of the other law
    files read at start are too (a stale one would only bring tomllib back into start-up). From
    source, reading the law first fills the user's law cache, which is then checked the same."""
    from assistant.law.compiled_rules import copied_toml_files, read_compiled
    from assistant.law.law_cache import is_bundle
    from assistant.law.loader import RULES_DIR, load_rules, rule_files
    from assistant.law.toml_copy import copy_is_fresh, read_toml

    if not is_bundle():
        load_rules()
        for path in copied_toml_files():
            read_toml(path)
    if read_compiled(rule_files(RULES_DIR), RULES_DIR) is None:
        return (
            "the compiled rules do not match the rule files (python -m assistant.law.compile_law)"
        )
    stale = [path.name for path in copied_toml_files() if not copy_is_fresh(path)]
    if stale:
        return f"the JSON copies of {', '.join(stale)} do not match them (same command)"
    return ""


def run_self_test() -> int:
    """Run every step, print one line per step, and return 0 only if all passed."""
    problem = _compiled_rules_problem()
    print(f"self-test rules: {'ok' if not problem else f'FAILED: {problem}'}")
    failures = int(bool(problem))
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
