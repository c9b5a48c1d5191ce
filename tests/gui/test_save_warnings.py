"""After a save the window says what the user should know (issue 21, points 3 and 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import file_controller
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        file_controller, "warn", lambda _w, title, text: shown.append((title, text))
    )
    return shown


def test_an_unprotected_case_saved_in_onedrive_is_warned_about_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    onedrive = tmp_path / "OneDrive"
    onedrive.mkdir()
    monkeypatch.setenv("OneDrive", str(onedrive))
    shown = _told(monkeypatch)
    path = onedrive / "дело.kassatsiya"
    assert window.files._save_to(path, None)
    assert window.files._save_to(path, None)  # the same file again: not a second time
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Дело сохранено"
    assert "OneDrive" in text and "дело.kassatsiya" in text
    assert window.files._save_to(tmp_path / "вне.kassatsiya", None)
    assert len(shown) == 1


def test_a_backup_that_could_not_be_written_is_told_and_the_case_is_saved(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _told(monkeypatch)
    path = tmp_path / "дело.kassatsiya"
    assert window.files._save_to(path, None)
    (tmp_path / "дело.kassatsiya.bak").mkdir()  # no backup can replace a folder
    assert window.files._save_to(path, None)
    assert window.document.path == path and not window.document.is_modified()
    ((title, text),) = shown
    assert title == "Дело сохранено" and "дело.kassatsiya.bak" in text
