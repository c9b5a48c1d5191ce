"""Owner-only files and folders (issue 21, point 7), and the OneDrive upload warning.

POSIX modes are checked on the files the app really writes. Windows is simulated by passing
platform="win32" with the access-list module replaced; on a Windows machine (the workflow's
test run) the last tests set a real access list and read it back with icacls.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import owner_only, windows_acl
from assistant.case.enums import Language
from assistant.casefile import RecoveryStore, save_case
from assistant.cloud_folders import cloud_synced_folder, cloud_upload_warning
from assistant.logs import LOGGER_NAME, configure
from tests.casefile.samples import sample_case

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
windows_only = pytest.mark.skipif(sys.platform != "win32", reason="a real Windows access list")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_what_the_app_writes_is_the_owners_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KASSATSIYA_PROFILE_DIR", str(tmp_path / "profile"))
    from ui.settings import Settings, save_settings, settings_path

    case = tmp_path / "case.kassatsiya"
    save_case(sample_case(), case)
    slot = RecoveryStore(tmp_path / "recovery").slot(case)
    slot.save(sample_case())
    save_settings(Settings())
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):  # a handler another test attached writes elsewhere
        logger.removeHandler(handler)
    log = configure(tmp_path / "logs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    assert _mode(case) == 0o600
    assert (_mode(slot.file.parent), _mode(slot.file)) == (0o700, 0o600)
    assert (_mode(settings_path().parent), _mode(settings_path())) == (0o700, 0o600)
    assert (_mode(log.parent), _mode(log)) == (0o700, 0o600)


class _FakeAcl:
    """Records the calls the Windows module would get."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> None:
        self.restricted: list[tuple[str, bool]] = []
        self.copied: list[tuple[str, str]] = []
        self.fail = fail
        monkeypatch.setattr(windows_acl, "restrict_to_current_user", self.restrict)
        monkeypatch.setattr(windows_acl, "copy_protected_access", self.copy)

    def restrict(self, path: str, *, folder: bool) -> None:
        if self.fail:
            raise OSError(50, "The request is not supported")  # FAT: no access lists
        self.restricted.append((path, folder))

    def copy(self, source: str, target: str) -> bool:
        self.copied.append((source, target))
        return True


def test_on_windows_a_file_and_a_folder_get_an_owner_only_access_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    acl = _FakeAcl(monkeypatch)
    file = tmp_path / "settings.json"
    file.write_text("{}", encoding="utf-8")
    assert owner_only.restrict_to_owner(file, platform="win32")
    assert owner_only.restrict_to_owner(tmp_path, platform="win32")
    folder = owner_only.private_folder(tmp_path / "data" / "recovery", platform="win32")
    assert folder.is_dir()
    assert acl.restricted == [(str(file), False), (str(tmp_path), True), (str(folder), True)]


def test_a_file_system_without_access_lists_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _FakeAcl(monkeypatch, fail=True)
    assert owner_only.restrict_to_owner(tmp_path, platform="win32") is False


def test_on_windows_a_new_file_is_restricted_and_a_replacing_one_keeps_the_old_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    acl = _FakeAcl(monkeypatch)
    target, temporary = tmp_path / "case.kassatsiya", tmp_path / ".kabcdefgh.tmp"
    temporary.touch()
    owner_only.protect_replacement(-1, temporary, target, 0o600, platform="win32")
    assert acl.restricted == [(str(temporary), False)]
    target.touch()
    owner_only.protect_replacement(-1, temporary, target, 0o600, platform="win32")
    assert acl.copied == [(str(target), str(temporary))]


def test_the_owner_only_descriptor() -> None:
    sid = "S-1-5-21-1-2-3-1001"
    assert windows_acl.owner_only_sddl(sid, folder=False) == f"D:P(A;;FA;;;{sid})"
    assert windows_acl.owner_only_sddl(sid, folder=True) == f"D:P(A;OICI;FA;;;{sid})"


def _aces(path: Path) -> list[str]:
    """icacls's lines that grant or deny something (one per access-list entry)."""
    out = subprocess.run(["icacls", str(path)], capture_output=True, check=True).stdout
    text = out.decode("utf-8", "replace").replace(str(path), "")
    return [line.strip() for line in text.splitlines() if ":(" in line]


@windows_only
def test_a_real_access_list_lets_only_this_user_in(tmp_path: Path) -> None:
    file = tmp_path / "case.kassatsiya"
    save_case(sample_case(), file)  # a new file: owner-only
    (entry,) = _aces(file)
    assert os.environ["USERNAME"].lower() in entry.lower()
    assert "(F)" in entry and "(I)" not in entry
    save_case(sample_case("Стало"), file)  # a replaced file keeps it
    assert _aces(file) == [entry]
    folder = owner_only.private_folder(tmp_path / "data")
    assert len(_aces(folder)) == 1
    (folder / "inside.txt").write_text("x", encoding="utf-8")
    (inherited,) = _aces(folder / "inside.txt")
    assert "(I)" in inherited


def test_a_case_saved_in_onedrive_is_warned_about_unless_protected(tmp_path: Path) -> None:
    onedrive = tmp_path / "OneDrive - Clinic"
    case = onedrive / "Documents" / "Иванов.kassatsiya"
    environ = {"OneDriveCommercial": str(onedrive), "OneDrive": str(onedrive)}
    assert cloud_synced_folder(case, environ) == onedrive
    warning = cloud_upload_warning(case, protected=False, language=Language.EN, environ=environ)
    assert warning is not None
    assert warning.startswith("Иванов.kassatsiya is in a folder that OneDrive copies")
    assert str(onedrive) in warning
    assert cloud_upload_warning(case, protected=True, language=Language.EN, environ=environ) is None
    ru = cloud_upload_warning(case, protected=False, language=Language.RU, environ=environ)
    assert ru is not None and "OneDrive" in ru and "копирует" in ru


def test_a_folder_beside_onedrive_or_no_onedrive_at_all_is_not_warned_about(tmp_path: Path) -> None:
    onedrive = tmp_path / "OneDrive"
    beside = tmp_path / "OneDrive-old" / "case.kassatsiya"
    assert cloud_synced_folder(beside, {"OneDrive": str(onedrive)}) is None
    assert cloud_synced_folder(beside, {}) is None
    assert cloud_synced_folder(beside, {"OneDrive": ""}) is None


def test_the_cli_warns_on_stderr_after_writing_a_new_case_into_onedrive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli import main

    monkeypatch.setenv("OneDrive", str(tmp_path))
    assert main(["new", "--lang", "ru", str(tmp_path / "дело.kassatsiya")]) == 0
    captured = capsys.readouterr()
    assert "дело.kassatsiya" in captured.out
    assert "OneDrive" in captured.err
