"""Fill the form as a user would and watch the live checks follow."""

from __future__ import annotations

import pytest

from assistant.case.enums import FilerStatus, Language
from assistant.i18n import _
from ui.editors import EnumEditor, TextEditor
from ui.main_window import MainWindow
from ui.qt import QApplication, QLineEdit, Qt

pytestmark = pytest.mark.gui


def _rule_ids(window: MainWindow) -> set[str]:
    assert window.report is not None
    return {f.rule.id for f in window.report.findings}


def _section(window: MainWindow, section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in window.sections if s.section_id == section_id)


def test_typing_a_name_removes_the_return_finding_and_clearing_brings_it_back(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert "R1.C2.name" in _rule_ids(window)
    editor = _section(window, "filer").editors["/filer/full_name"]
    assert isinstance(editor, TextEditor)
    qtbot.keyClicks(editor.line, "Akhmetov Serik Bolatovich")
    assert window.document.case.filer.full_name == "Akhmetov Serik Bolatovich"
    assert "R1.C2.name" not in _rule_ids(window)
    editor.line.selectAll()
    qtbot.keyClick(editor.line, Qt.Key.Key_Delete)
    assert "R1.C2.name" in _rule_ids(window)
    assert window.document.case.filer.full_name == ""


def test_status_line_counts_blocking_findings_and_says_ready_for_the_example(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from assistant.law.verdict import status_line

    assert window.report is not None and window.report.blocking
    assert window.findings.status.text() == status_line(window.report, Language.RU)
    from ui.startup import open_example

    open_example(window)
    assert window.report is not None
    assert window.report.is_ready()
    assert window.findings.status.text() == _("Ready to file") == "Готова к подаче"
    navigator_texts = [window.navigator.item(i).text() for i in range(window.navigator.count())]
    assert all(text.endswith("✓") for text in navigator_texts)


@pytest.mark.parametrize("language", list(Language))
def test_a_case_that_cannot_be_confirmed_never_says_ready(
    window: MainWindow, language: Language
) -> None:
    """The window shows the core's verdict, word for word as the CLI prints it."""
    from assistant.casefile import load_case
    from assistant.i18n import set_language
    from assistant.law.verdict import Verdict, status_line, verdict_of
    from tests.gui.conftest import EXAMPLES

    set_language(language)
    window.retranslate()
    window.document.replace(load_case(EXAMPLES / "cannot-confirm-direction-ru.kassatsiya"), None)
    window.refresh()
    report = window.report
    assert report is not None
    assert verdict_of(report) is Verdict.UNDECIDED
    assert window.findings.status.text() == status_line(report, language)
    headings = [
        window.findings.tree.topLevelItem(i).text(0)
        for i in range(window.findings.tree.topLevelItemCount())
    ]
    assert headings[0] == _("Cannot be checked yet: facts missing")
    request = next(i for i, s in enumerate(window.sections) if s.section_id == "request")
    assert not window.navigator.item(request).text().endswith("✓")


def test_choosing_a_status_in_the_combo_writes_the_enum(window: MainWindow) -> None:
    editor = _section(window, "filer").editors["/filer/status"]
    assert isinstance(editor, EnumEditor)
    index = editor._values.index(FilerStatus.DEFENDER)
    editor.combo.setCurrentIndex(index)
    editor.combo.activated.emit(index)
    assert window.document.case.filer.status is FilerStatus.DEFENDER
    assert "R1.C2.status" not in _rule_ids(window)


def test_clicking_a_finding_focuses_its_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    items = window.findings.finding_items()
    target = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == "/filer/full_name")
    window.findings.tree.itemClicked.emit(target, 0)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    assert focused.objectName() == "/filer/full_name"
    assert focused.property("highlighted") is True


def test_a_finding_about_one_act_chooses_it_and_focuses_its_field(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    acts = _section(window, "acts").list_editor
    acts.add_row()
    acts.add_row()
    qtbot.keyClicks(acts.rows[0]["court"].widget, "Court No 1")
    assert any("/acts/1/court" in f.fields for f in window.report.findings)  # type: ignore[union-attr]
    acts.select(0)
    window.form.show_section(0)
    widget = window.form.focus_pointer("/acts/1/court")
    assert widget is acts.rows[1]["court"].widget
    assert widget.objectName() == "/acts/1/court"
    assert QApplication.focusWidget() is widget
    assert acts.items_list.currentRow() == 1
    assert acts.pages.currentIndex() == 1 and widget.isVisible()
    assert window.form.current == window.sections.index(_section(window, "acts"))


def test_ticking_a_ground_item_adds_an_argument_and_the_finding_goes(window: MainWindow) -> None:
    grounds = _section(window, "grounds")
    assert "R1b" in _rule_ids(window)
    item = next(iter(grounds.items.values()))
    item.setChecked(True)
    assert [g.item.value for g in window.document.case.grounds] == ["1"]  # type: ignore[union-attr]
    assert "R1b" not in _rule_ids(window)
    item.editors["violation"].text.setPlainText("Суд не учёл алиби.")
    assert window.document.case.grounds[0].violation == "Суд не учёл алиби."
    item.setChecked(False)
    assert window.document.case.grounds == []


def test_undo_and_redo_restore_committed_edits(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _section(window, "filer").editors["/filer/address"]
    qtbot.keyClicks(editor.widget, "Almaty")
    window.document.commit()
    qtbot.keyClicks(editor.widget, ", Abay Ave 1")
    window.document.commit()
    window.document.undo_stack.undo()
    assert window.document.case.filer.address == "Almaty"
    assert editor.widget.text() == "Almaty"
    window.document.undo_stack.undo()
    assert window.document.case.filer.address == ""
    window.document.undo_stack.redo()
    window.document.undo_stack.redo()
    assert editor.widget.text() == "Almaty, Abay Ave 1"


def test_step_mode_shows_one_section_and_next_moves_on(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.set_step_mode(True)
    window.form.show_section(0)
    visible = [s for s in window.sections if s.isVisible()]
    assert visible == [window.sections[0]]
    qtbot.mouseClick(window.form.next_button, Qt.MouseButton.LeftButton)
    assert [s for s in window.sections if s.isVisible()] == [window.sections[1]]
    assert window.navigator.currentRow() == 1
    window.set_step_mode(False)
    assert all(s.isVisible() for s in window.sections)


def test_worsening_request_shows_the_deadline(window: MainWindow) -> None:
    import datetime as dt

    from assistant.case.enums import Direction
    from assistant.case.model import ContestedAct

    case = window.document.case
    case.acts.append(ContestedAct(entered_into_force=dt.date(2026, 3, 2)))
    case.request.direction = Direction.WORSEN
    window.reload()
    assert window.findings.deadline.isVisible()
    assert "02.03.2027" in window.findings.deadline.text()


def test_a_finding_about_a_triage_answer_opens_the_triage(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import triage

    opened: list[object] = []

    def fake_exec(wizard: object) -> int:
        opened.append(wizard)
        return 0  # the user closes it without changes

    monkeypatch.setattr(triage.TriageWizard, "exec", fake_exec)
    window.document.case.triage.new_facts_only = True
    window.refresh()
    items = window.findings.finding_items()
    target = next(
        i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == "/triage/new_facts_only"
    )
    window.findings.tree.itemClicked.emit(target, 0)
    assert len(opened) == 1
