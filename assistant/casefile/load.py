"""Opening a case file: every failure is a CaseFileError that says what to do, never a crash.

Size is checked with stat before anything is read, and only regular files are read (a FIFO or
device would block or never end).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from assistant.case.model import Case
from assistant.casefile.crypto import KeyCache, is_protected, unprotect_bytes
from assistant.casefile.errors import MAX_FILE_BYTES, CaseFileError, ErrorKind, Unrecognised
from assistant.casefile.format import decode_document


def _loads(data: bytes, passphrase: str | None, keys: KeyCache | None) -> Case:
    if len(data) > MAX_FILE_BYTES:
        raise CaseFileError(ErrorKind.TOO_LARGE)
    if not is_protected(data):
        return decode_document(data)
    if passphrase is None:
        raise CaseFileError(ErrorKind.NEEDS_PASSPHRASE)
    plaintext = unprotect_bytes(data, passphrase, keys=keys)
    if is_protected(plaintext):
        raise CaseFileError(ErrorKind.DAMAGED, detail="protected content inside protection")
    try:
        return decode_document(plaintext)
    except CaseFileError as error:
        if error.kind is ErrorKind.NOT_OURS:  # authentic, so ours: written wrongly
            raise CaseFileError(ErrorKind.DAMAGED, detail=error.detail) from None
        raise


def loads_case(
    data: bytes,
    passphrase: str | None = None,
    *,
    path: Path | None = None,
    keys: KeyCache | None = None,
) -> Case:
    """The case held in `data` (plain or protected); `path` only names the file in errors;
    `keys` lets later calls reuse the key derivation (see `crypto.unprotect_bytes`)."""
    try:
        return _loads(bytes(data), passphrase, keys)
    except CaseFileError as error:
        if path is None:
            raise
        raise error.with_path(path) from None


def _read(path: Path) -> bytes:
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise CaseFileError(ErrorKind.NOT_FOUND, path) from None
    except OSError as error:
        raise CaseFileError(
            ErrorKind.UNREADABLE, path, os_errno=error.errno, detail=str(error.strerror)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise CaseFileError(ErrorKind.FOLDER, path)
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError(
            ErrorKind.NOT_OURS, path, detail="not a regular file", reason=Unrecognised.NOT_REGULAR
        )
    if info.st_size > MAX_FILE_BYTES:
        raise CaseFileError(ErrorKind.TOO_LARGE, path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CaseFileError(ErrorKind.NOT_FOUND, path) from None
    except OSError as error:
        raise CaseFileError(
            ErrorKind.UNREADABLE, path, os_errno=error.errno, detail=str(error.strerror)
        ) from None
    if len(data) > MAX_FILE_BYTES:  # grew between stat and read
        raise CaseFileError(ErrorKind.TOO_LARGE, path)
    return data


def load_case(
    path: str | os.PathLike[str], passphrase: str | None = None, *, keys: KeyCache | None = None
) -> Case:
    """Open the case file at `path`; `passphrase` is needed only for protected files, and
    `keys` (see crypto.KeyCache) keeps its key derivation for saving the case again."""
    file = Path(path)
    return loads_case(_read(file), passphrase, path=file, keys=keys)
