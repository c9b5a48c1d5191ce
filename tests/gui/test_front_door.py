"""The window and the command line show what the core's front door decides, word for word.

`assistant/session.py` checks a case once for everything a front end shows; the draft cover the
window exports and the one the CLI exports are the same text, and a new case never takes the
interface language as the language of its complaint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import load_case
from assistant.cli import main as cli
from assistant.triage import TriageAnswers
from tests.gui.conftest import EXAMPLES, when_modal
from ui.main_window import MainWindow
from ui.qt import QDialog

pytestmark = pytest.mark.gui


def _draft_cover(path: Path) -> list[str]:
    """The lines of a DOCX from its first paragraph to the addressee (the draft cover)."""
    from docx import Document

    lines = [p.text for p in Document(str(path)).paragraphs if p.text.strip()]
    return lines[: lines.index("В Кассационный суд по уголовным делам")]


def test_the_window_and_the_cli_export_the_same_draft_cover(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    example = EXAMPLES / "missing-copies-ru.kassatsiya"
    from_cli = tmp_path / "cli.docx"
    assert cli(["export", str(example), "--docx", str(from_cli), "--today", "2026-11-26"]) == 0
    window.document.replace(load_case(example), None)
    from_window = tmp_path / "window.docx"
    window.exporter.show_results = False
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        window.exporter.start(Language.RU, docx=from_window, pdf=None, final=False)
    cover = _draft_cover(from_window)
    assert cover == _draft_cover(from_cli)
    assert any("п.\u00a07 нормативного постановления" in line for line in cover)  # cited, both


def test_the_window_s_export_counts_the_user_s_days_off(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The export checks with the window's own calendar, as the panel does."""
    checked = window.check(window.document.case)
    assert checked.report.today == window.today()
    assert window.exporter.check(window.document.case).report == checked.report


@pytest.mark.usefixtures("real_modal_dialogs")
def test_a_new_complaint_in_the_english_interface_asks_for_the_language(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ui.triage import TriageWizard

    window.set_ui_language(Language.EN, save=False)

    def answer_russian_and_continue(wizard: QDialog) -> None:
        assert isinstance(wizard, TriageWizard)
        first = wizard.questions[0]
        first.group.button(first.values.index(Language.RU)).click()
        wizard.answers = TriageAnswers(language=Language.RU)
        wizard.accept()

    when_modal(answer_russian_and_continue)
    window.new_complaint()
    case = window.document.case
    assert (case.proceedings_language, case.complaint_language) == (Language.RU, Language.RU)
    assert window.report is not None
    assert not [f.rule.id for f in window.report.findings if f.rule.row == "F3"]


def test_a_new_case_has_no_language_until_the_user_gives_one(window: MainWindow) -> None:
    window.set_ui_language(Language.EN, save=False)
    assert window.files.new()
    case = window.document.case
    assert (case.proceedings_language, case.complaint_language) == (None, None)
    assert window.report is not None
    assert "F3.case_language" in {f.rule.id for f in window.report.undecided}
