"""The window never waits on a FIFO, forgets recent files on request, and protecting leaves no
plaintext copy (issue 16, items 1, 3 and 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.casefile import is_protected, load_case, save_case
from assistant.casefile.save import backup_path
from tests.gui.conftest import EXAMPLES
from ui import file_controller
from ui.main_window import MainWindow
from ui.settings import load_settings, settings_path

pytestmark = pytest.mark.gui


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_opened_or_chosen_from_recent_files_is_refused_at_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "case.kassatsiya"
    os.mkfifo(fifo)
    warnings: list[str] = []
    monkeypatch.setattr(
        file_controller, "warn", lambda _w, _t, text, *_details: warnings.append(text)
    )
    monkeypatch.setattr(file_controller, "choose_open_path", lambda _parent: fifo)
    assert not window.files.open_dialog()
    window.settings.add_recent(fifo)
    window.menu.set_recent(window.settings.recent_files)
    window.menu.recent_menu.actions()[0].trigger()
    assert len(warnings) == 2
    assert all("не является файлом дела" in text for text in warnings)
    assert window.document.path is None


def test_clear_recent_files_forgets_them_on_disk_too(window: MainWindow, tmp_path: Path) -> None:
    case_file = tmp_path / "Сериков-жалоба.kassatsiya"
    case_file.write_bytes((EXAMPLES / "ready-ru.kassatsiya").read_bytes())
    assert window.files.open_path(case_file)
    assert "Сериков-жалоба" in settings_path().read_text(encoding="utf-8")
    menu = window.menu.recent_menu
    menu.aboutToShow.emit()
    [clear] = [a for a in menu.actions() if a.objectName() == "action-clear-recent"]
    assert clear.text() == "&Очистить список недавних файлов"
    clear.trigger()
    assert load_settings().recent_files == []
    assert "Сериков" not in settings_path().read_text(encoding="utf-8")
    menu.aboutToShow.emit()
    assert [a.isEnabled() for a in menu.actions()] == [False]  # only "(none)" is left


def test_protecting_in_the_window_leaves_no_plaintext_backup(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    case_file = folder / "case.kassatsiya"
    case = load_case(EXAMPLES / "ready-ru.kassatsiya")
    save_case(case, case_file)
    save_case(case, case_file)  # a plain .bak, as after any second save
    assert window.files.open_path(case_file)
    monkeypatch.setattr(file_controller, "ask_passphrase", lambda *_a, **_k: "пароль окна")
    assert window.files.protect()
    surname = "Сериков".encode()
    assert [p.name for p in folder.iterdir() if surname in p.read_bytes()] == []
    assert is_protected(case_file.read_bytes()) and is_protected(
        backup_path(case_file).read_bytes()
    )


def test_a_paste_past_a_fields_limit_is_undone_with_a_message(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, item 10: a field holds at most MAX_PROSE_CHARS; the window never lets more
    in (a file with more is refused by the loader), and never cuts a text silently."""
    from ui import editors
    from ui.qt import QApplication

    section = next(s for s in window.sections if "/proceedings_summary" in s.editors)
    editor = section.editors["/proceedings_summary"]
    assert isinstance(editor, editors.MultiLineEditor)
    monkeypatch.setattr(editor, "limit", 50_000)  # the rule, at a size a test can paste
    shown: list[str] = []
    monkeypatch.setattr("ui.messages.warn", lambda _w, title, _text: shown.append(title))
    editor.text.setFocus()
    editor.text.insertPlainText("Начало. ")
    qtbot.waitUntil(lambda: window.document.case.proceedings_summary == "Начало. ")
    QApplication.clipboard().setText("ж" * 50_000)
    editor.text.paste()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Текст не добавлен"]
    assert editor.value() == "Начало. "
    assert window.document.case.proceedings_summary == "Начало. "
    QApplication.clipboard().setText("ж" * 40_000)
    editor.text.paste()  # within the limit: taken as it is
    assert window.document.case.proceedings_summary == "Начало. " + "ж" * 40_000
    assert len(shown) == 1
    monkeypatch.setattr(editor, "line_limit", 10)  # lines are bounded too
    QApplication.clipboard().setText("\nстрока" * 10)
    editor.text.paste()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert window.document.case.proceedings_summary == "Начало. " + "ж" * 40_000
