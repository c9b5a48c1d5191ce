"""Replace a file so that, whatever happens, it holds either the old or the new bytes, whole.

Write a temporary file in the same folder, flush it to the disk, rename it over the target
(`os.replace` is atomic within one file system), then flush the folder so the rename itself
survives a power cut. The temporary file is removed on any failure.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp"
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

    `mode` is the new file's permission bits (owner-only by default: case files hold personal
    data); Windows ignores it.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        try:
            if os.name != "nt":
                os.fchmod(fd, mode)
            _write_all(fd, data)
            _flush_to_disk(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _flush_folder(path.parent)


def remove_stale_temporaries(path: Path, *, now: float | None = None) -> None:
    """Remove temporaries of `path` and of its backup that a killed save left behind.

    Only files named as `write_atomically` names them and untouched for a minute are removed,
    so a save running in another process is not disturbed. This matters for privacy: a plain
    temporary from before the case was protected must not outlive the protection.
    """
    name = re.escape(path.name)
    pattern = re.compile(rf"\.{name}(?:\.bak)?\.[a-z0-9_]{{8}}{re.escape(TEMP_SUFFIX)}")
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if (
                pattern.fullmatch(entry.name)
                and entry.stat(follow_symlinks=False).st_mtime < cutoff
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
