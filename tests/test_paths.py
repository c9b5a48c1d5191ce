"""Portable mode and the user's folders (assistant/paths.py)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import platformdirs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.paths import (
    PORTABLE_MARKER,
    PROFILE_ENV,
    AppDirs,
    app_dirs,
    can_create_files_in,
    documents_folder,
    portable_root,
    program_folder,
)


def test_unmarked_folder_uses_the_user_folders_never_the_program_folder(tmp_path: Path) -> None:
    dirs = app_dirs(tmp_path, environ={})
    assert dirs == AppDirs(
        settings=Path(platformdirs.user_config_dir("kassatsiya", appauthor=False)),
        recovery=Path(platformdirs.user_data_dir("kassatsiya", appauthor=False)) / "recovery",
        logs=Path(platformdirs.user_log_dir("kassatsiya", appauthor=False)),
        portable=False,
        cache=Path(platformdirs.user_cache_dir("kassatsiya", appauthor=False)),
    )
    for folder in (dirs.settings, dirs.recovery, dirs.logs, dirs.cache):
        assert tmp_path not in folder.parents
    assert list(tmp_path.iterdir()) == []


def test_portable_marker_puts_everything_in_data_beside_the_program(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    dirs = app_dirs(tmp_path, environ={})
    data = tmp_path / "data"
    assert dirs == AppDirs(
        settings=data,
        recovery=data / "recovery",
        logs=data / "logs",
        portable=True,
        cache=data / "cache",
    )
    assert data.is_dir()


def test_a_data_folder_alone_also_marks_a_portable_copy(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    assert app_dirs(tmp_path, environ={}).portable


def test_a_file_named_data_is_not_a_marker(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("x", encoding="utf-8")
    assert not app_dirs(tmp_path, environ={}).portable


def test_marker_with_a_blocking_file_named_data_falls_back(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).touch()
    (tmp_path / "data").write_text("x", encoding="utf-8")
    assert portable_root(tmp_path) is None
    assert not app_dirs(tmp_path, environ={}).portable


def _deny_writing(folder: Path) -> Callable[[], None]:
    """Make `folder` unwritable for this user the way the platform does it; returns the undo.

    Windows ignores a folder's read-only bit for creating files in it, so an access list entry
    denies writing there (icacls, by the well-known SID of Everyone: no localised names).
    """
    if sys.platform == "win32":
        subprocess.run(["icacls", str(folder), "/deny", "*S-1-1-0:(W)"], check=True)
        return lambda: subprocess.run(["icacls", str(folder), "/remove:d", "*S-1-1-0"], check=True)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    return lambda: folder.chmod(stat.S_IRWXU)


@pytest.mark.skipif(
    sys.platform != "win32" and os.geteuid() == 0, reason="root ignores permission bits"
)
def test_write_protected_stick_falls_back_to_the_user_folders(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).touch()
    (tmp_path / "data").mkdir()
    undo = _deny_writing(tmp_path / "data")
    try:
        assert not app_dirs(tmp_path, environ={}).portable
    finally:
        undo()


def test_a_folder_that_only_claims_to_be_writable_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' os.access says every folder is writable; only creating a file tells."""
    (tmp_path / PORTABLE_MARKER).touch()
    monkeypatch.setattr("assistant.paths.os.access", lambda path, mode: True)

    def refused(*args: object, **kwargs: object) -> NoReturn:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr("assistant.paths.tempfile.TemporaryFile", refused)
    assert portable_root(tmp_path) is None
    assert not app_dirs(tmp_path, environ={}).portable


def test_the_probe_leaves_nothing_behind_and_the_data_folder_is_the_owners(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).touch()
    assert can_create_files_in(tmp_path)
    root = portable_root(tmp_path)
    assert root == tmp_path / "data"
    assert list(root.iterdir()) == []
    if sys.platform != "win32":
        assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_profile_override_wins_over_portable(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).touch()
    profile = tmp_path / "profile"
    dirs = app_dirs(tmp_path, environ={PROFILE_ENV: str(profile)})
    assert dirs == AppDirs(
        settings=profile,
        recovery=profile / "recovery",
        logs=profile / "logs",
        portable=False,
        cache=profile / "cache",
    )


def test_running_from_source_is_never_portable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert program_folder() is None


def test_a_frozen_build_looks_beside_its_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "Kassatsiya.exe"
    exe.touch()
    (tmp_path / PORTABLE_MARKER).touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    assert program_folder() == tmp_path.resolve()
    assert app_dirs().settings == tmp_path.resolve() / "data"


@settings(max_examples=30, deadline=None)
@given(name=st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=20))
def test_any_folder_name_keeps_data_inside_it(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    folder = tmp_path_factory.mktemp("stick") / name
    try:
        folder.mkdir()
    except OSError:
        return  # a name the file system refuses cannot hold a program either
    (folder / PORTABLE_MARKER).touch()
    dirs = app_dirs(folder, environ={})
    assert dirs.portable
    for path in (dirs.settings, dirs.recovery, dirs.logs):
        assert folder in (path, *path.parents)


def test_untitled_files_are_suggested_in_documents_or_else_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HOME", "USERPROFILE"):
        monkeypatch.setenv(variable, str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))  # no user-dirs.dirs
    assert documents_folder() == tmp_path
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == tmp_path / "Documents"
