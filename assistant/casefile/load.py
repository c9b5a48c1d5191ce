"""Opening a case file: every failure is a CaseFileError that says what to do, never a crash.

Size is checked with stat before anything is read, and only regular files are opened (a FIFO or
device would block or never end: `assistant.regular_file`).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

from assistant.case.model import Case
from assistant.casefile.atomic import remove_abandoned_temporaries
from assistant.casefile.crypto import KeyCache, is_protected, unprotect_bytes
from assistant.casefile.errors import MAX_FILE_BYTES, CaseFileError, ErrorKind, Unrecognised
from assistant.casefile.format import decode_document
from assistant.regular_file import NotRegularFileError, open_regular

_HEADER_SNIFF_BYTES = 4096


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


def _open(path: Path) -> BinaryIO:
    """`path` opened for reading; CaseFileError when it is missing, a folder, not an ordinary
    file (a FIFO would block for ever) or unreadable."""
    try:
        return open_regular(path)
    except (FileNotFoundError, NotADirectoryError):
        raise CaseFileError(ErrorKind.NOT_FOUND, path) from None
    except NotRegularFileError:
        if os.path.isdir(path):
            raise CaseFileError(ErrorKind.FOLDER, path) from None
        raise CaseFileError(
            ErrorKind.NOT_OURS, path, detail="not a regular file", reason=Unrecognised.NOT_REGULAR
        ) from None
    except OSError as error:
        raise CaseFileError(
            ErrorKind.UNREADABLE, path, os_errno=error.errno, detail=str(error.strerror)
        ) from None


def _read(path: Path) -> bytes:
    try:
        too_large = os.stat(path).st_size > MAX_FILE_BYTES  # refused before anything is opened
    except (OSError, ValueError):
        too_large = False  # `_open` names the problem
    if too_large:
        raise CaseFileError(ErrorKind.TOO_LARGE, path)
    with _open(path) as file:
        try:
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise CaseFileError(
                ErrorKind.UNREADABLE, path, os_errno=error.errno, detail=str(error.strerror)
            ) from None
    if len(data) > MAX_FILE_BYTES:  # grew between stat and read
        raise CaseFileError(ErrorKind.TOO_LARGE, path)
    return data


def file_is_protected(path: str | os.PathLike[str]) -> bool:
    """True when the file at `path` starts as a protected file does (only its header is read).

    Raises CaseFileError as `load_case` does for a file that cannot be opened, so that a FIFO
    or a device named as a case is refused before anything waits on it.
    """
    with _open(Path(path)) as file:
        try:
            return is_protected(file.read(_HEADER_SNIFF_BYTES))
        except OSError as error:
            raise CaseFileError(ErrorKind.UNREADABLE, Path(path), os_errno=error.errno) from None


def load_case(
    path: str | os.PathLike[str], passphrase: str | None = None, *, keys: KeyCache | None = None
) -> Case:
    """Open the case file at `path`; `passphrase` is needed only for protected files, and
    `keys` (see crypto.KeyCache) keeps its key derivation for saving the case again.

    First removes what a killed save of this file left beside it (its temporaries may hold
    plaintext, see atomic.remove_abandoned_temporaries): every command and every opening in
    the window does this, so such a leftover lives no longer than until the file is next used.
    """
    file = Path(path)
    with contextlib.suppress(OSError, ValueError):
        remove_abandoned_temporaries(Path(os.path.realpath(file)))
    return loads_case(_read(file), passphrase, path=file, keys=keys)
