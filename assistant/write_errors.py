"""Why an exported file could not be written, told in the user's language.

The system's own text ("[Errno 13] Permission denied: …") is English and names no way out. The
commonest case on Windows is the previous export still open in Word, which locks the file; a
path over Windows' 259 characters comes second (casefile/write_failure.py tells them apart).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from assistant.case.enums import Language
from assistant.casefile.atomic import remove_abandoned_temporaries, write_atomically
from assistant.casefile.write_failure import (
    DISK_FULL_ERRNOS,
    READ_ONLY_ERRNOS,
    WriteFailure,
    classify,
    windows_path_length,
)
from assistant.i18n import N_, gettext_in

WRITE_FAILED = N_("The complaint could not be written to %(path)s: %(reason)s")
_NO_FOLDER = N_("the folder does not exist. Choose an existing folder.")
_DISK_FULL = N_("the disk is full. Free some space or choose another disk.")
_NO_PERMISSION = N_(
    "the file is open in another program, or the folder is read-only. Close the file (in Word, "
    "for example) or choose another folder."
)
_NAME_TOO_LONG = N_("the file name is too long. Choose a shorter name.")
_IN_USE = N_(
    "another program is using the file (Word, an antivirus or OneDrive, for example). Close it, "
    "wait a moment and export again."
)
_PATH_TOO_LONG = N_(
    "the full path is too long (%(length)s characters with its folders). Choose a folder nearer "
    "the top of the disk or a shorter name."
)
_OTHER = N_("a system error (%(detail)s). Choose another folder or file name.")

_REASONS = {
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.EBUSY: _NO_PERMISSION,
    errno.ENAMETOOLONG: _NAME_TOO_LONG,
    **dict.fromkeys(DISK_FULL_ERRNOS, _DISK_FULL),
    **dict.fromkeys(READ_ONLY_ERRNOS, _NO_PERMISSION),  # Word holds an open file: EACCES
}


class WriteError(Exception):
    """An export file could not be written; `message(language)` says why and what to do."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.os_errno = error.errno
        self.failure = classify(path, error)
        self.detail = error.strerror or type(error).__name__  # the system's words, for logs
        super().__init__(f"{path}: {self.detail}")

    def message(self, language: Language) -> str:
        if self.failure is WriteFailure.IN_USE:
            text = gettext_in(language, _IN_USE)
        elif self.failure is WriteFailure.PATH_TOO_LONG and self.os_errno != errno.ENAMETOOLONG:
            text = gettext_in(language, _PATH_TOO_LONG) % {"length": windows_path_length(self.path)}
        elif (reason := _REASONS.get(self.os_errno or 0)) is not None:
            text = gettext_in(language, reason)
        else:
            text = gettext_in(language, _OTHER) % {"detail": self.detail}
        return gettext_in(language, WRITE_FAILED) % {"path": self.path, "reason": text}


def write_export(path: Path, data: bytes) -> None:
    """Write an exported file whole or not at all (an earlier export stays intact); a system
    error becomes a WriteError that tells the user what to do. A Kassatsiya case at `path` is
    never replaced (ExportTargetError), even one that appeared after the export began."""
    from assistant.export_targets import ExportTargetError, Refusal, holds_a_case

    if holds_a_case(path):
        raise ExportTargetError(path, Refusal.A_CASE)
    with contextlib.suppress(OSError, ValueError):  # what a killed export to `path` left
        remove_abandoned_temporaries(Path(os.path.realpath(path)))
    try:
        write_atomically(path, data)
    except OSError as error:
        raise WriteError(path, error) from None
