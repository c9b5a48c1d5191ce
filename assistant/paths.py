"""Where the app keeps settings, recovery files, logs and caches: the user's folders, or beside a
portable copy.

A portable copy is one whose program folder holds `portable.txt` or a `data/` folder (the
portable ZIP ships both): everything then lives in `<program folder>/data/`, so an advocate
can carry the app and its state on a USB stick and leave nothing on the clinic's laptop.
Otherwise the per-user folders of platformdirs are used — never the program folder, which an
installer may have made read-only. `KASSATSIYA_PROFILE_DIR` overrides both (tests, support).

The app name stays lowercase "kassatsiya", as in the folders earlier versions already use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import msgspec
import platformdirs

from assistant.owner_only import restrict_to_owner

APP_NAME = "kassatsiya"
PROFILE_ENV = "KASSATSIYA_PROFILE_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


class AppDirs(msgspec.Struct, frozen=True):
    """The folders the app writes to, and whether they are the portable ones.

    `cache` holds only what can be made again from the program's own files (the parsed law).
    """

    settings: Path
    recovery: Path
    logs: Path
    portable: bool
    cache: Path


def documents_folder() -> Path:
    """Where the files of an untitled case are suggested: the user's Documents, else home.

    Home on Windows is the profile folder (C:\\Users\\name), where people do not look for
    their documents.
    """
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


def untitled_file(suffix: str) -> Path:
    """The file suggested for a case not yet saved: "complaint" in the user's language."""
    from assistant.i18n import _

    return documents_folder() / (_("complaint") + suffix)


def program_folder() -> Path | None:
    """The folder of the frozen executable; None when running from source or a wheel.

    Only a bundle can be portable: beside a Python interpreter a `data/` folder means nothing.
    """
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_root(folder: Path | None) -> Path | None:
    """`<folder>/data` when `folder` is marked portable and that place is writable, else None.

    A marked copy on a write-protected stick, or one copied under Program Files, falls back
    to the user's folders rather than failing to start; the app cannot save there anyway.
    Writable means a file could be created there: `os.access` says yes for every folder on
    Windows, whatever its access list or the stick's write-protect switch. The data folder is
    then made the owner's only (assistant/owner_only.py), where the file system allows.
    """
    if folder is None:
        return None
    root = folder / PORTABLE_DATA
    if not ((folder / PORTABLE_MARKER).is_file() or root.is_dir()):
        return None
    try:
        root.mkdir(exist_ok=True)
    except OSError:
        return None
    if not can_create_files_in(root):
        return None
    restrict_to_owner(root)
    return root


def can_create_files_in(folder: Path) -> bool:
    """True when a file can really be created (and removed) in `folder`."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".kassatsiya-probe-"):
            return True
    except OSError:
        return False


def _in(root: Path, *, portable: bool) -> AppDirs:
    return AppDirs(
        settings=root,
        recovery=root / "recovery",
        logs=root / "logs",
        portable=portable,
        cache=root / "cache",
    )


def app_dirs(folder: Path | None = None, environ: Mapping[str, str] | None = None) -> AppDirs:
    """The app's folders; `folder` defaults to the bundle's program folder (see module doc).

    Nothing is created except a portable copy's `data/`: callers make a folder when they
    first write to it, so a read-only start never fails here.
    """
    env = os.environ if environ is None else environ
    override = env.get(PROFILE_ENV)
    if override:
        return _in(Path(override), portable=False)
    root = portable_root(program_folder() if folder is None else folder)
    if root is not None:
        return _in(root, portable=True)
    return AppDirs(
        settings=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        recovery=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "recovery",
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        portable=False,
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def same_file_key(path: str, *, platform: str | None = None) -> str:
    """A key equal for two spellings of one file: Windows compares paths without case and
    takes / for \\; POSIX names that differ only in case are different files."""
    if (platform or sys.platform) == "win32":
        import ntpath

        return ntpath.normcase(path)
    return path
