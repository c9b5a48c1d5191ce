"""Start-up keeps PySide6's `Qt` namespace unbuilt, and its stand-in values stay right.

Reading `Qt` makes PySide6 build all of its enums at once (~30 ms), so the window is built with
the plain values in `ui/qt.py` instead (see there). These tests check each value against its
enum, that each enum-typed property really took its value, and, in a fresh process, that
showing the window does not build the namespace after all.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.gui.conftest import run_fresh_python

pytestmark = pytest.mark.gui


def test_stand_in_values_equal_their_enums() -> None:
    from PySide6.QtCore import Qt

    from ui import qt

    assert Qt.ItemDataRole.UserRole.value == qt.USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt.ACCESSIBLE_TEXT_ROLE
    assert Qt.TextElideMode.ElideNone.value == qt.ELIDE_NONE
    assert Qt.TimerType.PreciseTimer.value == qt.PRECISE_TIMER


def test_properties_set_by_name_take_effect(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.findings_panel import FindingsPanel
    from ui.idle_lock import IdleWatcher

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    watcher = IdleWatcher()
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert watcher.timer.timerType() == Qt.TimerType.PreciseTimer


SHOW_WINDOW = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    from pathlib import Path
    import PySide6.QtCore
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings

    from ui.palette import apply_readable_palette

    app = QApplication(sys.argv[:1])
    apply_readable_palette(app)  # as the launcher does
    window = MainWindow(
        Settings(), today=lambda: dt.date(2026, 11, 26),
        recovery=RecoveryStore(Path(tempfile.mkdtemp())),
    )
    window.show()
    app.processEvents()
    print("BUILT" if "Qt" in vars(PySide6.QtCore) else "NOT BUILT")
    """
)


def test_showing_the_window_does_not_build_the_qt_namespace() -> None:
    assert run_fresh_python("-c", SHOW_WINDOW)[-1] == "NOT BUILT"


def test_fractional_screen_scales_are_used_as_they_are() -> None:
    """High-DPI: 125 % or 150 % stays 1.25 or 1.5 (Qt 6's default; the app no longer sets it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    assert (
        QGuiApplication.highDpiScaleFactorRoundingPolicy()
        == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


IMPORT_AFTER_QT = textwrap.dedent(
    """
    import linecache
    import ui.qt
    from ui.help_texts import ABOUT_TITLE  # imported after PySide6, as at start-up
    from assistant.law.engine import evaluate
    print("\\n".join(name for name in linecache.cache if "help_texts" in name or "engine" in name))
    print("END")
    """
)


def test_modules_imported_after_pyside6_are_not_read_for_features() -> None:
    """PySide6's import hook would read each module's source (ui/pyside_features.py `skip_feature_scan`)."""
    assert run_fresh_python("-c", IMPORT_AFTER_QT) == ["END"]
