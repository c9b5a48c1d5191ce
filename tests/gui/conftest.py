"""GUI tests run offscreen with a throw-away profile and a frozen "today"."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KASSATSIYA_PROFILE_DIR", tempfile.mkdtemp(prefix="kassatsiya-gui-tests-"))

import pytest

from assistant.case.enums import Language
from assistant.casefile import RecoveryStore
from assistant.i18n import set_language
from ui.qt import QDialog

REAL_DIALOG_EXEC = QDialog.exec  # before any test replaces it

TODAY = dt.date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run_fresh_python(*args: str, **env: str) -> list[str]:
    """The output lines of `python *args` in a new process (offscreen, throw-away profile):
    for what only a fresh process shows, such as what start-up imports."""
    out = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "KASSATSIYA_PROFILE_DIR": tempfile.mkdtemp(prefix="kassatsiya-gui-tests-"),
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return out.stdout.strip().splitlines()


@pytest.fixture(autouse=True)
def _fresh_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own settings and recovery folder and starts in Russian."""
    monkeypatch.setenv("KASSATSIYA_PROFILE_DIR", str(tmp_path / "profile"))
    from ui.qt import QDialog

    def no_modal(dialog: QDialog) -> int:
        raise AssertionError(
            f"unexpected modal dialog: {type(dialog).__name__} {dialog.windowTitle()!r}"
        )

    monkeypatch.setattr(QDialog, "exec", no_modal)
    yield
    set_language(Language.RU)


@pytest.fixture
def real_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let `QDialog.exec` really block; the test closes each dialog it opens itself."""
    from ui.qt import QDialog

    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "profile" / "recovery")


@pytest.fixture
def window(qtbot, recovery: RecoveryStore):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.settings import Settings

    win = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    win.show()
    qtbot.waitUntil(lambda: win._after_paint is None)  # on screen, as the user first sees it
    yield win
    win.document.replace(win.document.case, win.document.path)  # nothing unsaved: close quietly
    win.close()
    win.deleteLater()


def when_modal(callback) -> None:  # type: ignore[no-untyped-def]
    """Call `callback(dialog)` once a modal dialog is up (it is opened by a blocking exec)."""
    from ui.qt import QApplication, QTimer

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            callback(dialog)

    QTimer.singleShot(0, poll)
