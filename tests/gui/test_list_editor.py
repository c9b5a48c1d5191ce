"""The per-item editor of the case's lists: a short list of the items and the chosen item's
fields at full width, each with a label and an accessible name, in a visual Tab order."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.gui.conftest import run_fresh_python
from ui import startup
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt, QWidget

pytestmark = pytest.mark.gui


def _section(window: MainWindow, section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in window.sections if s.section_id == section_id)


def _show_acts(window: MainWindow, qtbot) -> object:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    window.resize(1366, 740)
    acts = _section(window, "acts")
    window.form.show_section(window.sections.index(acts))
    qtbot.waitUntil(acts.list_editor.isVisible)
    return acts


COURTS_SHOWN = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    from pathlib import Path
    from assistant.case.enums import Language
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings
    from ui.startup import open_example

    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(language=Language(sys.argv[1]), step_by_step=True),
                        today=lambda: dt.date(2026, 11, 26),
                        recovery=RecoveryStore(Path(tempfile.mkdtemp())))
    open_example(window)
    window.show()
    acts = next(s for s in window.sections if s.section_id == "acts")
    window.form.show_section(window.sections.index(acts))
    editor = acts.list_editor
    for row, act in enumerate(window.document.case.acts):
        editor.items_list.setCurrentRow(row)
        for _ in range(10):
            app.processEvents()
        court = editor.rows[row]["court"].widget
        needed = court.fontMetrics().horizontalAdvance(act.court) + 12  # frame, margins
        line = editor.items_list.item(row).text()
        print("act", row, court.isVisible(), needed <= court.width(),
              act.court in line and act.case_number in line)
    window.document.replace(window.document.case, None)
    window.close()
    """
)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_each_act_shows_its_court_in_full_at_1366x768(tmp_path: Path, language: str) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": True}))
    lines = run_fresh_python(
        "-c", COURTS_SHOWN, language, QT_QPA_PLATFORM=f"offscreen:configfile={config}"
    )
    acts = [line.split() for line in lines if line.startswith("act ")]
    assert len(acts) == 2
    assert all(row[2:] == ["True", "True", "True"] for row in acts), acts


def test_adding_and_removing_an_act_edits_the_case(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _show_acts(window, qtbot).list_editor  # type: ignore[attr-defined]
    editor.add_button.click()
    assert len(window.document.case.acts) == 3
    assert editor.items_list.currentRow() == 2 and editor.pages.currentIndex() == 2
    assert QApplication.focusWidget() is editor.rows[2]["kind"].widget
    qtbot.keyClicks(editor.rows[2]["court"].widget, "Supreme Court")
    assert window.document.case.acts[2].court == "Supreme Court"
    assert "Supreme Court" in editor.items_list.item(2).text()
    editor.items_list.setCurrentRow(0)
    editor.remove_button.click()
    assert [a.court for a in window.document.case.acts][-1] == "Supreme Court"
    assert len(window.document.case.acts) == 2 and editor.items_list.count() == 2


def test_a_date_the_case_cannot_hold_survives_choosing_another_act(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = _show_acts(window, qtbot).list_editor  # type: ignore[attr-defined]
    date = editor.rows[1]["date"].widget
    editor.items_list.setCurrentRow(1)
    date.clear()
    qtbot.keyClicks(date, "31.02.2026")
    editor.items_list.setCurrentRow(0)
    editor.items_list.setCurrentRow(1)
    assert date.text() == "31.02.2026"
    assert window.document.case.typed_texts == {"/acts/1/date": "31.02.2026"}


def test_tab_goes_through_the_chosen_act_in_the_order_shown(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    acts = _show_acts(window, qtbot)
    editor = acts.list_editor  # type: ignore[attr-defined]
    editor.items_list.setCurrentRow(1)
    editor.items_list.setFocus()
    seen: list[str] = []
    for _step in range(16):
        focused = QApplication.focusWidget()
        seen.append(focused.objectName() if focused is not None else "")
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    fields = [f"/acts/1/{c.attr}" for c in editor.columns]
    assert seen[0] == "/acts"
    start = seen.index(fields[0])
    assert seen[start : start + len(fields)] == fields
    assert seen[start + len(fields)] == "/proceedings_summary"
    assert not any(name.startswith("/acts/0/") for name in seen)


def test_every_control_has_an_accessible_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for section_id in ("acts", "offence", "evidence", "attachments"):
        editor = _section(window, section_id).list_editor
        editor.add_row()
        controls = [editor.items_list, editor.add_button, editor.remove_button]
        controls += [e.widget for row in editor.rows for e in row.values()]
        for control in controls:
            assert isinstance(control, QWidget)
            name = control.accessibleName() or getattr(control, "text", lambda: "")()
            assert name.strip(), (section_id, control.objectName())
        field = editor.rows[0][editor.columns[0].attr].widget
        assert field.accessibleName().startswith(editor.headings[0].text() + ": ")


def test_a_pointer_names_its_item_and_field(window: MainWindow) -> None:
    startup.open_example(window)
    assert window.form.label_for("/acts/1/court") == (
        "«Акт № 2: Суд» в разделе «Обжалуемые судебные акты»"
    )
    assert window.form.label_for("/offences/0") == (
        "«Статья № 1 в списке» в разделе «Деяние и порядок рассмотрения»"
    )
    assert window.form.label_for("/nowhere") is None
