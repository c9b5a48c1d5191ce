"""The log and the settings (recent files name clients) are readable by their owner only.

Issue 16, item 3: the log file was created world-readable (0644).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import logs

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def _no_log_handlers() -> Iterator[None]:
    yield
    logger = logging.getLogger(logs.LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.usefixtures("_no_log_handlers")
def test_log_files_stay_private_through_rotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    old = folder / "kassatsiya.log"
    old.write_text("from an earlier version\n", encoding="utf-8")
    old.chmod(0o644)
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    path = logs.configure(folder)
    for number in range(40):
        logs.log_event("case_saved", {"acts": number})
    rotated = sorted(folder.iterdir())
    assert [p.name for p in rotated] == [
        "kassatsiya.log", "kassatsiya.log.1", "kassatsiya.log.2", "kassatsiya.log.3",
    ]  # fmt: skip
    assert {p.name: _mode(p) for p in rotated} == dict.fromkeys((p.name for p in rotated), 0o600)
    assert _mode(folder) == 0o700
    assert "case_saved acts=39" in path.read_text(encoding="utf-8")


def test_settings_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.settings import Settings, save_settings, settings_path

    monkeypatch.setenv("KASSATSIYA_PROFILE_DIR", str(tmp_path / "profile"))
    settings = Settings()
    settings.add_recent(Path("/home/user/Сериков-жалоба.kassatsiya"))
    save_settings(settings)
    assert _mode(settings_path()) == 0o600
