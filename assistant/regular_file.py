"""Open only ordinary files: a FIFO, a device or a socket would block a read or never end.

Every path a user can name (a case file, an attached PDF, a recent file) is opened through
`open_regular`. Its type is checked before opening, so a device is never opened at all, and
again on the open descriptor, because the name may have been swapped in between. The open
itself cannot block: it asks for O_NONBLOCK, which a FIFO without a writer would otherwise
wait for (regular files ignore the flag).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotRegularFileError(OSError):
    """The path names a folder, a FIFO, a device or a socket, not an ordinary file."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


def is_regular(path: Path) -> bool:
    """True for an ordinary file (symbolic links followed); False for anything else, including
    a name the OS refuses (too long, a NUL byte): a typed path may never stop a check."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading in binary mode, only if it is an ordinary file.

    Raises NotRegularFileError for anything else, and the OS's own error (FileNotFoundError,
    PermissionError, …) when it cannot be opened; never blocks.
    """
    try:
        mode = os.stat(path).st_mode
    except ValueError:  # a NUL byte in the name: no such file can exist
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path)) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(path)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFileError(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
