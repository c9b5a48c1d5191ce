"""Start-up keeps PySide6's `Qt` namespace unbuilt until the window is on screen.

Reading `Qt` makes PySide6 build all of its enums at once (15–30 ms), so the settings that need
them are made after the first paint (ui/qt.py). These tests check that those settings are
made, and, in a fresh process, that showing the window does not build the namespace.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.gui.conftest import run_fresh_python

pytestmark = pytest.mark.gui


def test_settings_made_after_the_first_paint_take_effect(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.findings_panel import FindingsPanel
    from ui.idle_lock import IdleWatcher

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.finish_setup()
    watcher = IdleWatcher()
    watcher._start_watching()
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert panel.status.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert panel.status.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert watcher.timer.timerType() == Qt.TimerType.PreciseTimer


def test_the_window_makes_them_once_painted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: window.findings.tree.textElideMode() == Qt.TextElideMode.ElideNone)
    assert window.findings.status.focusPolicy() == Qt.FocusPolicy.StrongFocus


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

    built_at_paint = []

    class Probe(MainWindow):
        def paintEvent(self, event):
            built_at_paint.append("Qt" in vars(PySide6.QtCore))
            super().paintEvent(event)

    app = QApplication(sys.argv[:1])
    apply_readable_palette(app)  # as the launcher does
    window = Probe(
        Settings(), today=lambda: dt.date(2026, 11, 26),
        recovery=RecoveryStore(Path(tempfile.mkdtemp())), check_now=False,
    )
    window.show()
    window.after_first_paint(window.refresh)  # as ui/app.py does
    while window._after_paint is not None:
        app.processEvents()
    print("BUILT" if built_at_paint[0] else "NOT BUILT")
    print("BUILT" if "Qt" in vars(PySide6.QtCore) else "NOT BUILT")  # by what comes after
    """
)


def test_the_qt_namespace_is_built_after_the_first_paint() -> None:
    """Not before it (the user waits for that), but then, for the settings that need it."""
    assert run_fresh_python("-c", SHOW_WINDOW)[-2:] == ["NOT BUILT", "BUILT"]


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
