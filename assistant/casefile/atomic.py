"""Replace a file so that, whatever happens, it holds either the old or the new bytes, whole.

Write a temporary file in the same folder, flush it to the disk, rename it over the target
(`os.replace` is atomic within one file system), then flush the folder so the rename itself
survives a power cut. The temporary file is removed on any failure.

The temporary's name is short and does not repeat the target's (`.k` + 8 random characters +
`.tmp`): on Windows a path may have at most 259 characters, and a name built on the target's
made a case that opened impossible to save. The rename is retried while another program
(antivirus, indexer, OneDrive, Word) briefly holds the file (casefile/sharing.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from assistant.casefile.sharing import retry_while_held
from assistant.owner_only import protect_replacement

TEMP_PREFIX = ".k"
TEMP_SUFFIX = ".tmp"
TEMP_NAME_LENGTH = len(TEMP_PREFIX) + 8 + len(TEMP_SUFFIX)  # tempfile's 8 random characters
STALE_AFTER_SECONDS = 60.0


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
    access list (assistant/owner_only.py).
    """
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        try:
            protect_replacement(fd, temp, path, mode)
            _write_all(fd, data)
            _flush_to_disk(fd)
        finally:
            os.close(fd)
        retry_while_held(lambda: os.replace(temp, path))
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _flush_folder(path.parent)


def remove_stale_temporaries(path: Path, *, now: float | None = None) -> None:
    """Remove the temporaries a killed save left in the folder of `path`.

    Only files named as `write_atomically` names them (and as earlier versions named those of
    `path` and its backup) and untouched for a minute are removed, so a save running in
    another process is not disturbed. This matters for privacy: a plain temporary from before
    the case was protected must not outlive the protection.
    """
    name = re.escape(path.name)
    suffix = re.escape(TEMP_SUFFIX)
    pattern = re.compile(
        rf"{re.escape(TEMP_PREFIX)}[a-z0-9_]{{8}}{suffix}|\.{name}(?:\.bak)?\.[a-z0-9_]{{8}}{suffix}"
    )
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if (
                pattern.fullmatch(entry.name)
                and entry.stat(follow_symlinks=False).st_mtime < cutoff
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
