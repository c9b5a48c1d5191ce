"""Replace a file so that, whatever happens, it holds either the old or the new bytes, whole.

Write a temporary file in the same folder, flush it to the disk, rename it over the target
(`os.replace` is atomic within one file system), then flush the folder so the rename itself
survives a power cut. The temporary file is removed on any failure, and one that a killed
process left behind is removed by the next process that opens or saves a file in that folder.

The temporary's name is short and does not repeat the target's (`.k` + 8 random characters +
`.tmp`): on Windows a path may have at most 259 characters, and a name built on the target's
made a case that opened impossible to save. The rename is retried while another program
(antivirus, indexer, OneDrive, Word) briefly holds the file (casefile/sharing.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path

from assistant.casefile.sharing import RETRY_SECONDS, retry_while_held
from assistant.file_lock import lock_or_fail, open_for_lock
from assistant.owner_only import protect_replacement

TEMP_PREFIX = ".k"
TEMP_SUFFIX = ".tmp"
TEMP_NAME_LENGTH = len(TEMP_PREFIX) + 8 + len(TEMP_SUFFIX)  # tempfile's 8 random characters
FRESH_SECONDS = 60.0  # an empty temporary this young may not be locked by its writer yet
HANDED_OVER_SECONDS = 5 * RETRY_SECONDS
"""Windows: a temporary closed this recently may be waiting for its rename (retried while
another program holds the target), so it is left alone; an older one that nobody holds open
is abandoned."""


def _flush_to_disk(fd: int) -> None:
    """fsync; on macOS fsync only reaches the drive's cache, F_FULLFSYNC reaches the platter."""
    if sys.platform == "darwin":
        import fcntl  # macOS only, imported here so Windows never tries

        full_fsync = getattr(fcntl, "F_FULLFSYNC", None)
        if full_fsync is not None:
            with contextlib.suppress(OSError):
                fcntl.fcntl(fd, full_fsync)
                return
    os.fsync(fd)


def _flush_folder(folder: Path) -> None:
    """Make a rename in `folder` durable. Best effort: Windows and some network shares cannot."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically and durably; raises OSError, leaving `path` intact.

    `mode` is the new file's permission bits on POSIX (owner-only by default: case files hold
    personal data); on Windows a new file is made owner-only and a replaced one keeps its
    access list (assistant/owner_only.py). The temporary is locked while it is written
    (assistant/file_lock), which tells `remove_abandoned_temporaries` in any process that its
    writer is alive.
    """
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        try:
            lock_or_fail(fd)  # a new file: nobody else can hold its lock yet
            protect_replacement(fd, temp, path, mode)
            _write_all(fd, data)
            _flush_to_disk(fd)
            if os.name == "nt":  # Windows cannot rename an open file
                os.close(fd)
                fd = -1
            # POSIX: still locked, so never taken for abandoned
            retry_while_held(lambda: os.replace(temp, path))
        finally:
            if fd >= 0:
                os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _flush_folder(path.parent)


_SHORT_NAME = rf"{re.escape(TEMP_PREFIX)}[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}"


def _temporary_pattern(name: str) -> re.Pattern[str]:
    """Names `write_atomically` gives (`.k` + 8 + `.tmp`, whatever the target) and the names
    earlier versions gave the temporaries of a file named by the pattern `name`."""
    return re.compile(rf"{_SHORT_NAME}|\.{name}\.[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}")


def _may_be_abandoned(temp: Path, *, platform: str = sys.platform) -> bool:
    """False for what is surely not an abandoned temporary: not an ordinary file, an empty
    one just made (perhaps not locked by its writer yet; empty, so it holds nothing), or on
    Windows one closed a moment ago (its rename may still be being retried)."""
    try:
        info = os.stat(temp, follow_symlinks=False)
    except OSError:
        return False
    age = time.time() - info.st_mtime
    fresh = info.st_size == 0 and age < FRESH_SECONDS
    handed_over = platform == "win32" and age < HANDED_OVER_SECONDS
    return stat.S_ISREG(info.st_mode) and not fresh and not handed_over


def _remove_if_abandoned(temp: Path) -> None:
    """Remove the temporary `temp` unless a live process is writing it."""
    if not _may_be_abandoned(temp):
        return
    if os.name == "nt":  # deleting a file another process holds open fails there
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return
    fd = open_for_lock(temp)
    if fd is None:
        return
    try:
        if lock_or_fail(fd):  # else its writer is alive
            now, opened = os.stat(temp, follow_symlinks=False), os.fstat(fd)
            if (now.st_dev, now.st_ino) == (opened.st_dev, opened.st_ino):
                os.unlink(temp)
    except OSError:
        pass  # removed or renamed meanwhile: nothing left to do
    finally:
        os.close(fd)


def remove_abandoned_temporaries(path: Path) -> None:
    """Remove the temporaries that a killed save left in the folder of `path`.

    A temporary holds the case's bytes, in plaintext when the save was of a plain case (or the
    rewrite of `unprotect`), so it must not outlive the save that made it: a plain temporary
    from before the case was protected must not outlive the protection. Only files named as
    `write_atomically` names them (and as earlier versions named those of `path` and its
    backup) and whose writer is gone (their lock is free) are removed: a save running in
    another process is never disturbed.
    """
    name = re.escape(path.name)
    pattern = _temporary_pattern(rf"{name}(?:\.bak)?")
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if pattern.fullmatch(entry.name):
                _remove_if_abandoned(Path(entry.path))


def remove_abandoned_temporaries_in(folder: Path) -> None:
    """`remove_abandoned_temporaries` for every file of `folder` (the recovery folder)."""
    pattern = _temporary_pattern(".+")
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if pattern.fullmatch(entry.name):
                _remove_if_abandoned(Path(entry.path))
