"""One exception for everything that can go wrong with a case file, with a message per language.

The GUI shows `CaseFileError.message(language)`; logs may use `str(error)`, which is English and
holds no content of the case (msgspec's own messages name fields and types, never values).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.limits import MAX_PAGES, TOO_MANY_LINES
from assistant.casefile.write_failure import (
    DISK_FULL_ERRNOS,
    READ_ONLY_ERRNOS,
    WriteFailure,
    windows_path_length,
)
from assistant.i18n import N_, gettext_in

MAX_FILE_BYTES = 100 * 1024 * 1024
"""Larger files are refused by size alone: a real case file is a few kilobytes."""


class Unrecognised(StrEnum):
    """Why a file is not a case file, as far as its first bytes tell (for NOT_OURS)."""

    EMPTY = "empty"
    PDF = "pdf"
    ZIP = "zip"
    OTHER_JSON = "other_json"
    NOT_JSON = "not_json"
    NOT_REGULAR = "not_regular"


class ErrorKind(StrEnum):
    """What went wrong; the GUI may offer a different way out for each."""

    NOT_FOUND = "not_found"
    FOLDER = "folder"
    TOO_LARGE = "too_large"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    WRONG_TYPE = "wrong_type"
    DUPLICATE_KEY = "duplicate_key"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    TAMPERED = "tampered"
    UNREADABLE = "unreadable"
    UNWRITABLE = "unwritable"


_MESSAGES: dict[ErrorKind, str] = {
    ErrorKind.NOT_FOUND: N_(
        "The file %(path)s was not found. It may have been moved, renamed or deleted."
    ),
    ErrorKind.TOO_LARGE: N_(
        "The file %(path)s is too large to be a Kassatsiya case file (more than %(limit)s MB). "
        "It was not opened."
    ),
    ErrorKind.FOLDER: N_(
        "%(path)s is a folder, not a file. Choose the case file (.kassatsiya) inside it."
    ),
    ErrorKind.NOT_OURS: N_(
        "The file %(path)s is not a Kassatsiya case file (%(seems)s), so it was not opened."
    ),
    ErrorKind.DAMAGED: N_(
        "The file %(path)s is damaged: its contents are incomplete or corrupted, so it cannot be "
        "opened. If the backup copy %(backup)s exists, try opening it; the file has not been "
        "changed."
    ),
    ErrorKind.NEWER_VERSION: N_(
        "This file was made by a newer version of Kassatsiya (format %(version)s). Install the "
        "newer version to open it; the file has not been changed."
    ),
    ErrorKind.WRONG_TYPE: N_(
        "The file %(path)s contains a wrong value (%(field)s), so it cannot be opened. The file "
        "has not been changed."
    ),
    ErrorKind.DUPLICATE_KEY: N_(
        "The file %(path)s gives the field %(field)s twice, so it cannot be opened: it does not "
        "say which of the two values is meant. The file has not been changed."
    ),
    ErrorKind.NEEDS_PASSPHRASE: N_(
        "The file %(path)s is protected with a passphrase. Enter the passphrase to open it."
    ),
    ErrorKind.WRONG_PASSPHRASE: N_(
        "The passphrase for %(path)s is not correct. Check the keyboard layout and Caps Lock, "
        "then try again. The file has not been changed."
    ),
    ErrorKind.TAMPERED: N_(
        "The protected file %(path)s was changed or damaged after it was saved, so it cannot be "
        "trusted and was not opened. If the backup copy %(backup)s exists, try opening it."
    ),
    ErrorKind.UNREADABLE: N_(
        "The file %(path)s could not be read: you may have no permission to open it, or the disk "
        "is not available. The file has not been changed."
    ),
    ErrorKind.UNWRITABLE: N_(
        "Kassatsiya could not save %(path)s because of a system error (%(reason)s). Save to "
        "another place. The file on disk has not been changed."
    ),
}

_UNRECOGNISED: dict[Unrecognised | None, str] = {
    Unrecognised.EMPTY: N_("the file is empty"),
    Unrecognised.PDF: N_("it is a PDF document"),
    Unrecognised.ZIP: N_("it is a Word document or another archive"),
    Unrecognised.OTHER_JSON: N_("it holds data of another program"),
    Unrecognised.NOT_JSON: N_("its contents are not in the case-file format"),
    Unrecognised.NOT_REGULAR: N_("it is a device or a pipe, not an ordinary file"),
    None: N_("its contents are not in the case-file format"),
}
_CHOOSE_OURS = N_("Case files have the .kassatsiya extension.")
_NOT_OURS_ON_SAVE = N_(
    "The file %(path)s is not a Kassatsiya case file, so it was not replaced. Choose another "
    "name, or confirm that this file may be overwritten."
)
_DISK_FULL = N_(
    "Kassatsiya could not save %(path)s because the disk is full. Free some space or save to "
    "another place. The file on disk has not been changed."
)
_READ_ONLY = N_(
    "Kassatsiya could not save %(path)s because the folder is read-only or you have no "
    "permission to write there. Save to another place. The file on disk has not been changed."
)
_IN_USE = N_(
    "Kassatsiya could not save %(path)s because another program is using the file (an "
    "antivirus, OneDrive, a backup program or Word, for example). Wait a moment and save again; "
    "if it still fails, close that program or save to another place. The file on disk has not "
    "been changed."
)
_PATH_TOO_LONG = N_(
    "Kassatsiya could not save %(path)s because its full path is too long (%(length)s "
    "characters with its folders). Save it in a folder nearer the top of the disk, or give it a "
    "shorter name. The file on disk has not been changed."
)
_BY_FAILURE = {WriteFailure.IN_USE: _IN_USE, WriteFailure.PATH_TOO_LONG: _PATH_TOO_LONG}
_TOO_LONG = N_(
    "The file %(path)s holds more text in the field %(field)s than a case may hold, so it "
    "cannot be opened. The file has not been changed."
)
_OUT_OF_RANGE = N_(
    "The file %(path)s holds an impossible number in the field %(field)s (a page count must be "
    "between 0 and %(pages)s), so it cannot be opened. The file has not been changed."
)
# msgspec's own words for a broken bound of assistant/case/limits.py
_TOO_LONG_DETAILS = ("Expected `str` of length <=", TOO_MANY_LINES)
_OUT_OF_RANGE_DETAILS = ("Expected `int` >=", "Expected `int` <=")


class CaseFileError(Exception):
    """A case file could not be opened or saved; `kind` says why, `message()` tells the user."""

    def __init__(
        self,
        kind: ErrorKind,
        path: Path | None = None,
        *,
        pointer: str | None = None,
        version: int | None = None,
        os_errno: int | None = None,
        saving: bool = False,
        detail: str = "",
        failure: WriteFailure | None = None,
        reason: Unrecognised | None = None,
    ) -> None:
        self.kind = kind
        self.path = path
        # JSON pointer: into the "case" object for WRONG_TYPE; from the file's root (e.g.
        # "/case/filer/full_name", or "/case" itself) for DUPLICATE_KEY
        self.pointer = pointer
        self.version = version  # format version found, for NEWER_VERSION
        self.os_errno = os_errno  # errno of the OS error, for UNREADABLE and UNWRITABLE
        self.saving = saving  # raised by a save (NOT_OURS then means "refused to replace")
        self.detail = detail  # English technical detail for logs; never case content
        self.failure = failure  # why a write failed (write_failure.classify), for UNWRITABLE
        self.reason = reason  # for NOT_OURS: what the file seems to be instead
        super().__init__(self._technical())

    def _technical(self) -> str:
        parts = [self.kind.value]
        if self.path is not None:
            parts.append(str(self.path))
        if self.pointer is not None:
            parts.append(f"at {self.pointer or '/'}")
        if self.version is not None:
            parts.append(f"version {self.version}")
        if self.reason is not None:
            parts.append(self.reason.value)
        if self.detail:
            parts.append(self.detail)
        return ": ".join(parts)

    def with_path(self, path: Path) -> CaseFileError:
        """The same error naming `path` (bytes-level code does not know the file name)."""
        return CaseFileError(
            self.kind,
            path,
            pointer=self.pointer,
            version=self.version,
            os_errno=self.os_errno,
            saving=self.saving,
            detail=self.detail,
            failure=self.failure,
            reason=self.reason,
        )

    def _msgid(self) -> str:
        if self.kind is ErrorKind.WRONG_TYPE:
            return self._wrong_type_msgid()
        if self.kind is ErrorKind.NOT_OURS and self.saving:
            return _NOT_OURS_ON_SAVE
        if self.kind is ErrorKind.UNWRITABLE:
            return self._unwritable_msgid()
        return _MESSAGES[self.kind]

    def _wrong_type_msgid(self) -> str:
        """A bound of assistant/case/limits.py broken has its own words; any other wrong value
        the general ones."""
        if self.detail.startswith(_TOO_LONG_DETAILS):
            return _TOO_LONG
        if self.detail.startswith(_OUT_OF_RANGE_DETAILS):
            return _OUT_OF_RANGE
        return _MESSAGES[ErrorKind.WRONG_TYPE]

    def _unwritable_msgid(self) -> str:
        """Why a save failed, as write_failure.classify and the errno tell it."""
        if self.failure in _BY_FAILURE:
            return _BY_FAILURE[self.failure]
        if self.os_errno in DISK_FULL_ERRNOS:
            return _DISK_FULL
        if self.os_errno in READ_ONLY_ERRNOS:
            return _READ_ONLY
        return _MESSAGES[ErrorKind.UNWRITABLE]

    def message(self, language: Language, field: str | None = None) -> str:
        """What happened and what to do, in `language`, for a person rather than a developer.

        `field` names the field of a WRONG_TYPE error as the reader knows it (the window gives
        its label); without it the JSON pointer stands in.
        """
        path = str(self.path) if self.path is not None else "—"
        values = {
            "path": path,
            "backup": f"{path}.bak",
            "limit": str(MAX_FILE_BYTES // (1024 * 1024)),
            "version": str(self.version) if self.version is not None else "?",
            "field": field or self.pointer or "/",
            "reason": self.detail or "?",
            "length": str(windows_path_length(self.path)) if self.path is not None else "?",
            "seems": gettext_in(language, _UNRECOGNISED[self.reason]),
            "pages": str(MAX_PAGES),
        }
        message = gettext_in(language, self._msgid()) % values
        if self.kind is ErrorKind.NOT_OURS and not self.saving and not self._has_our_suffix():
            message += " " + gettext_in(language, _CHOOSE_OURS)
        return message

    def _has_our_suffix(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".kassatsiya"
