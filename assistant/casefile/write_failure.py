"""Why a file could not be written, in the terms the user's way out depends on.

The system's errno alone misleads on Windows: a file another program holds gives EACCES, the
same as a read-only folder, and a path longer than 259 characters gives ENOENT, "the folder
does not exist", although it does. Both the save of a case (casefile/errors.py) and an export
(assistant/write_errors.py) tell the user the reason this module finds.
"""

from __future__ import annotations

import errno
import os
from enum import StrEnum
from pathlib import Path

from assistant.casefile.atomic import TEMP_NAME_LENGTH
from assistant.casefile.sharing import held_by_another_program, winerror_of

WINDOWS_PATH_LIMIT = 259
"""Characters in a path Windows accepts without long-path support (MAX_PATH 260, less the NUL)."""
ERROR_PATH_NOT_FOUND = 3
ERROR_FILENAME_EXCED_RANGE = 206
_PATH_WINERRORS = frozenset({ERROR_PATH_NOT_FOUND, ERROR_FILENAME_EXCED_RANGE})

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class WriteFailure(StrEnum):
    """What stopped a write, each with its own advice."""

    IN_USE = "in_use"  # another program holds the file (Windows sharing violation)
    PATH_TOO_LONG = "path_too_long"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    OTHER = "other"


def windows_path_length(path: Path) -> int:
    """The length Windows counts: UTF-16 units of the whole path."""
    return len(str(path).encode("utf-16-le")) // 2


def written_path_length(path: Path) -> int:
    """The longest path a save of `path` writes: the file itself or its temporary beside it
    (a relative path counts from the working folder, as the system resolves it)."""
    absolute = Path(os.path.abspath(path))
    name = max(windows_path_length(Path(absolute.name)), TEMP_NAME_LENGTH)
    return windows_path_length(absolute.parent) + 1 + name


def path_too_long(path: Path, error: OSError) -> bool:
    """True when `error` came from the length of `path` rather than a missing folder."""
    if error.errno == errno.ENAMETOOLONG or winerror_of(error) == ERROR_FILENAME_EXCED_RANGE:
        return True
    return winerror_of(error) in _PATH_WINERRORS and written_path_length(path) > WINDOWS_PATH_LIMIT


def classify(path: Path, error: OSError) -> WriteFailure:
    """Which of the failures above `error`, raised while writing `path`, is."""
    if held_by_another_program(error):
        return WriteFailure.IN_USE
    if path_too_long(path, error):
        return WriteFailure.PATH_TOO_LONG
    if error.errno in DISK_FULL_ERRNOS:
        return WriteFailure.DISK_FULL
    if error.errno in READ_ONLY_ERRNOS:
        return WriteFailure.READ_ONLY
    return WriteFailure.OTHER
