"""Idle lock, diagnostic report and personal-data warnings in the window."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.casefile import RecoveryStore
from assistant.i18n import _
from assistant.logs import LOGGER_NAME, configure
from assistant.paths import app_dirs
from assistant.privacy import find_personal_data, personal_data_message
from tests.gui.conftest import TODAY
from ui import file_controller, idle_lock, main_window, screen_lock, startup
from ui.diagnostic_dialog import DiagnosticDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QGuiApplication, Qt

pytestmark = pytest.mark.gui

OTHER_IIN = "900101300017"  # a valid IIN (check digit) of somebody else


def _violation(window: MainWindow):  # type: ignore[no-untyped-def]
    grounds = next(s for s in window.sections if s.section_id == "grounds")
    item = next(i for i in grounds.items.values() if i.isChecked())
    return item.editors["violation"].text


def _lock_quickly(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.lock.watcher.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.lock.locked, timeout=3000)


def _case_widgets_hidden(window: MainWindow) -> bool:
    return not any(w.isVisible() for w in (window.form, window.navigator, window.findings))


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log, configured in the test profile as ui/app.py does, removed afterwards."""
    path = configure(app_dirs().logs)
    yield path
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_idle_lock_hides_the_case_and_the_passphrase_unlocks_it(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    recovery: RecoveryStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    target = tmp_path / "secret.kassatsiya"
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: target)
    monkeypatch.setattr(file_controller, "ask_passphrase", lambda *_a, **_k: "верный пароль")
    assert window.files.protect()
    _violation(window).insertPlainText(" Дописано перед уходом.")
    _lock_quickly(window, qtbot)
    assert _case_widgets_hidden(window)
    assert window.lock.screen.isVisible() and window.lock.screen.passphrase.isVisible()
    assert "secret" not in window.windowTitle()
    assert not window.menu.actions["export_pdf"].isEnabled()
    assert not window.menu.all_actions()["recent"].isEnabled()
    assert window.menu.actions["quit"].isEnabled()
    assert window.autosaver.periodic.isActive()
    assert recovery.recoverable()  # the lock wrote the recovery file first

    qtbot.keyClicks(window.lock.screen.passphrase, "wrong")
    qtbot.mouseClick(window.lock.screen.button, Qt.MouseButton.LeftButton)
    assert window.lock.locked and _case_widgets_hidden(window)
    assert window.lock.screen.problem.isVisible()
    assert window.lock.screen.passphrase.text() == ""

    window.lock.screen.passphrase.insert("верный пароль")  # QTest types ASCII only
    qtbot.keyClick(window.lock.screen.passphrase, Qt.Key.Key_Return)
    assert not window.lock.locked
    assert window.form.isVisible() and window.findings.isVisible()
    assert window.windowTitle().startswith("secret.kassatsiya")
    assert window.menu.actions["export_pdf"].isEnabled()
    assert "Дописано перед уходом." in window.document.case.grounds[0].violation
    assert "Дописано перед уходом." in _violation(window).toPlainText()


def test_an_unprotected_case_unlocks_with_continue_and_says_a_passphrase_is_better(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    _lock_quickly(window, qtbot)
    screen = window.lock.screen
    assert _case_widgets_hidden(window)
    assert not screen.passphrase.isVisible()
    assert screen.text.text() == _(idle_lock.UNPROTECTED_TEXT)
    assert window.windowTitle().startswith(_(idle_lock.LOCKED_TITLE))
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert not window.lock.locked and window.form.isVisible()


def test_input_restarts_the_idle_time_and_zero_turns_the_lock_off(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    timer = window.lock.watcher.timer
    window.lock.watcher.set_timeout_ms(10_000)
    qtbot.wait(idle_lock.WATCH_DELAY_MS + 200)  # input is watched shortly after start-up
    assert timer.remainingTime() < 9_800
    qtbot.keyClick(window.findings.tree, Qt.Key.Key_Shift)
    assert timer.remainingTime() > 9_800
    window.lock.watcher.set_timeout_ms(0)
    assert not timer.isActive()
    qtbot.keyClick(window.findings.tree, Qt.Key.Key_Shift)
    assert not timer.isActive()


def test_idle_minutes_come_from_the_settings_and_the_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.settings.idle_lock_minutes == 10
    assert window.lock.watcher.timer.interval() == 10 * 60_000
    monkeypatch.setattr(main_window, "ask_idle_minutes", lambda _parent, current: current + 5)
    window.menu.actions["idle_lock"].trigger()
    assert window.settings.idle_lock_minutes == 15
    assert window.lock.watcher.timer.interval() == 15 * 60_000
    monkeypatch.setattr(main_window, "ask_idle_minutes", lambda _parent, _current: 0)
    window.menu.actions["idle_lock"].trigger()
    assert not window.lock.watcher.timer.isActive()
    assert screen_lock.MAX_IDLE_LOCK_MINUTES >= 60


def test_lock_now_from_the_menu(window: MainWindow) -> None:
    window.menu.actions["lock_now"].trigger()
    assert window.lock.locked and _case_widgets_hidden(window)
    assert window.lock.try_unlock("")


def test_diagnostic_report_copies_exactly_what_it_shows_and_no_case_data(
    window: MainWindow, log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    startup.open_example(window)
    surname = window.document.case.filer.full_name.split()[0]
    monkeypatch.setattr(
        file_controller, "choose_save_path", lambda *_a: tmp_path / "Иск.kassatsiya"
    )
    assert window.files.save()
    assert window.files.open_path(tmp_path / "Иск.kassatsiya", confirmed=True)
    window.menu.actions["diagnostics"].trigger()
    dialog = window.findChild(DiagnosticDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.isReadOnly()
    shown = dialog.shown_text()
    assert "case_saved" in shown and "case_opened" in shown
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == shown
    assert surname not in copied
    assert "Иск" not in copied and str(tmp_path) not in copied
    dialog.close()


def test_personal_data_group_follows_the_text_and_never_changes_the_status(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    assert window.findings.personal_group is None
    status = window.findings.status.text()
    editor = _violation(window)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(f" ИИН свидетеля {OTHER_IIN}.")
    group = window.findings.personal_group
    assert group is not None and group.childCount() == 1
    hit = find_personal_data(window.document.case)[0]
    from assistant.i18n import current_language

    assert group.child(0).text(0) == personal_data_message(hit, current_language())
    assert window.findings.status.text() == status
    window.findings.tree.itemClicked.emit(group.child(0), 0)
    assert QApplication.focusWidget() is editor
    editor.setPlainText(editor.toPlainText().replace(OTHER_IIN, ""))
    assert window.findings.personal_group is None
    assert window.findings.status.text() == status


def test_the_window_opens_with_the_settings_timeout(qtbot, recovery) -> None:  # type: ignore[no-untyped-def]
    from ui.settings import Settings

    win = MainWindow(Settings(idle_lock_minutes=0), today=lambda: TODAY, recovery=recovery)
    assert not win.lock.watcher.timer.isActive()
    win.deleteLater()


def test_input_is_watched_only_after_start_up_and_only_while_the_lock_is_on(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    watcher = window.lock.watcher
    watcher.set_timeout_ms(10_000)
    assert not watcher._watching  # the first layout and paint stay off the Python filter
    qtbot.waitUntil(lambda: watcher._watching, timeout=idle_lock.WATCH_DELAY_MS * 4)
    watcher.set_timeout_ms(0)
    assert not watcher._watching


def test_the_lock_cancels_open_dialogs_so_none_shows_the_case(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.help_dialog import HelpDialog
    from ui.qt import QDialog

    dialog = HelpDialog(window, "preview", "<p>Асанов Ерлан</p>")
    dialog.show()
    assert dialog.isVisible()
    window.lock.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected.value
    assert window.lock.locked


def test_a_message_box_closed_without_a_click_answers_its_escape_button(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the lock (or the window's close button) does to a question must be its safe answer."""
    from ui.messages import ask
    from ui.qt import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.reject() or 0)
    assert ask(None, "t", "x", ["Go back", "Save anyway"], escape=0) == 0
    assert ask(None, "t", "x", ["Save", "Don't save", "Cancel"]) == 2


def test_unlocking_after_the_lock_closed_the_dialog_that_had_the_focus(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The diagnostic dialog deletes itself on close: unlocking must not reach for its input."""
    from ui.diagnostic_dialog import show_diagnostic_report

    dialog = show_diagnostic_report(window)
    dialog.text.setFocus()
    QApplication.processEvents()
    changes: list[bool] = []
    window.lock.locked_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.destroyed, timeout=3000):
        window.lock.lock()
    assert window.lock.try_unlock("")
    assert changes == [True, False] and not window.lock.locked
