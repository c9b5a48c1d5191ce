"""The user's own days off: every line must be a date, and the idle lock loses none of them."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.i18n import _
from tests.gui.conftest import when_modal
from ui.days_off_dialog import NOT_DATES, DaysOffDialog
from ui.main_window import MainWindow
from ui.settings import load_settings

pytestmark = pytest.mark.gui

MOVED = dt.date(2026, 12, 28)  # a Monday the calendar takes for a working day


def test_a_line_that_is_not_a_date_is_named_not_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Dropped quietly, it would leave a deadline a day too late."""
    dialog = DaysOffDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("28.12.2026\n 01.05.26 \n\n31.02.2026")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == _(NOT_DATES) % {"lines": "01.05.26, 31.02.2026"}
    dialog.text.setPlainText("28.12.2026\n\n2026-12-29\n28.12.2026")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.days() == [MOVED, dt.date(2026, 12, 29)]


@pytest.mark.usefixtures("real_modal_dialogs")
def test_accepted_days_off_reach_the_calendar_and_the_settings(window: MainWindow) -> None:
    assert window.calendar.is_working_day(MOVED)

    def type_and_accept(dialog: DaysOffDialog) -> None:
        dialog.text.setPlainText("28.12.2026")
        dialog.accept()

    when_modal(type_and_accept)
    window.edit_days_off()
    assert not window.calendar.is_working_day(MOVED)
    assert load_settings().days_off == [MOVED]


@pytest.mark.usefixtures("real_modal_dialogs")
def test_the_idle_lock_closes_the_dialog_and_unlocking_brings_back_what_was_typed(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def type_then_lock(dialog: DaysOffDialog) -> None:
        dialog.text.setPlainText("28.12.2026\n29.12")
        window.lock.lock()

    when_modal(type_then_lock)
    window.edit_days_off()  # returns when the lock closes the dialog
    assert window.lock.locked and window.settings.days_off == []
    seen: list[str] = []

    def look(dialog: DaysOffDialog) -> None:
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    when_modal(look)
    assert window.lock.try_unlock("")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["28.12.2026\n29.12"]
    assert window.settings.days_off == []  # nothing applied until OK
