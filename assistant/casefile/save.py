"""Saving a case: atomic, durable, with a backup of the previous version, never over a stranger.

The previous file is kept as `<name>.bak`, written atomically too. When a passphrase is given,
nothing is written in plaintext: not the file, not its temporary, and not the backup (a plain
previous version is encrypted under the new passphrase before it becomes the backup), and no
plain backup is left: one an earlier save made is encrypted too, even with `keep_backup=False`.

The backup is a courtesy, the save is the point: a backup that cannot be written (another
program holds the old `.bak`, or its longer name passes Windows' path limit) is reported in
the outcome and the case is saved all the same; so is an earlier plain backup that could not
be encrypted, with the warning that it still holds the case in plaintext.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import msgspec

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.casefile.atomic import remove_abandoned_temporaries, write_atomically
from assistant.casefile.crypto import KeyCache, is_protected, protect_bytes
from assistant.casefile.errors import MAX_FILE_BYTES, CaseFileError, ErrorKind
from assistant.casefile.format import encode_document, is_case_file
from assistant.casefile.write_failure import classify
from assistant.i18n import N_, gettext_in
from assistant.regular_file import NotRegularFileError, open_regular

BACKUP_SUFFIX = ".bak"
_NEW_FILE_MODE = 0o600
BACKUP_FAILED = N_(
    "The case was saved, but its previous version could not be kept as %(backup)s "
    "(%(reason)s). The saved file is complete; only the backup copy of the previous version is "
    "missing."
)
PLAIN_BACKUP_LEFT = N_(
    "The case was saved and protected, but an older unprotected copy of it, %(backup)s, could "
    "not be encrypted (%(reason)s). That copy still holds the case in plaintext: delete it, or "
    "save the protected case again."
)


class SaveOutcome(msgspec.Struct, frozen=True):
    """A save that succeeded; `backup_error` when the previous version could not be kept."""

    path: Path
    backup_error: OSError | None = None
    plain_backup_left: bool = False
    """The failed backup leaves an earlier plain backup beside a protected save."""

    def warnings(self, language: Language) -> list[str]:
        """What the user should know about this save, in `language` (empty: nothing)."""
        if self.backup_error is None:
            return []
        reason = self.backup_error.strerror or type(self.backup_error).__name__
        values = {"backup": backup_path(self.path), "reason": reason}
        message = PLAIN_BACKUP_LEFT if self.plain_backup_left else BACKUP_FAILED
        return [gettext_in(language, message) % values]


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `case.kassatsiya` → `case.kassatsiya.bak`."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _unwritable(path: Path, error: OSError) -> CaseFileError:
    return CaseFileError(
        ErrorKind.UNWRITABLE,
        path,
        os_errno=error.errno,
        saving=True,
        detail=error.strerror or type(error).__name__,
        failure=classify(path, error),
    )


def _read_previous(path: Path) -> tuple[bytes | None, int]:
    """The bytes now at `path` (None if there is no file) and its permission bits.

    Raises NOT_OURS for what we cannot read whole (too large, unreadable, not an ordinary
    file): we only replace what we have recognised as ours. A FIFO is never opened.
    """
    try:
        file = open_regular(path)
    except FileNotFoundError:
        return None, _NEW_FILE_MODE
    except NotRegularFileError:
        if os.path.isdir(path):
            folder = IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            raise _unwritable(path, folder) from None
        raise CaseFileError(
            ErrorKind.NOT_OURS, path, saving=True, detail="not a regular file"
        ) from None
    except OSError as error:
        raise _unwritable(path, error) from None
    with file:
        info = os.fstat(file.fileno())
        if info.st_size > MAX_FILE_BYTES:
            raise CaseFileError(ErrorKind.NOT_OURS, path, saving=True, detail="too large")
        try:
            return file.read(MAX_FILE_BYTES + 1), stat.S_IMODE(info.st_mode)
        except OSError as error:
            raise CaseFileError(
                ErrorKind.NOT_OURS, path, saving=True, detail=f"could not be read: {error.strerror}"
            ) from None


def _backup_bytes(
    previous: bytes, passphrase: str | None, kdf_n: int | None, keys: KeyCache
) -> bytes:
    """The backup's content: the previous bytes, encrypted if they were plain and we protect."""
    if passphrase is not None and not is_protected(previous):
        return protect_bytes(previous, passphrase, kdf_n=kdf_n, keys=keys)
    return previous


def _protect_old_backup(backup: Path, passphrase: str, kdf_n: int | None, keys: KeyCache) -> None:
    """Encrypt a plain backup left by an earlier save, so that protecting a case leaves no
    plaintext copy of it beside the file (the older version itself is kept). Only our own
    plain case files are touched; raises OSError as `write_atomically` does."""
    try:
        with open_regular(backup) as file:
            if os.fstat(file.fileno()).st_size > MAX_FILE_BYTES:
                return
            old = file.read(MAX_FILE_BYTES + 1)
            mode = stat.S_IMODE(os.fstat(file.fileno()).st_mode)
    except (FileNotFoundError, NotRegularFileError):
        return
    if is_protected(old) or not is_case_file(old):
        return
    write_atomically(backup, protect_bytes(old, passphrase, kdf_n=kdf_n, keys=keys), mode=mode)


def _is_plain_case_file(path: Path) -> bool:
    """True when `path` is one of our case files in plaintext (False when unreadable)."""
    try:
        with open_regular(path) as file:
            if os.fstat(file.fileno()).st_size > MAX_FILE_BYTES:
                return False
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:  # NotRegularFileError too
        return False
    return is_case_file(data) and not is_protected(data)


def save_case(
    case: Case,
    path: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
    keep_backup: bool = True,
    force: bool = False,
    kdf_n: int | None = None,
    keys: KeyCache | None = None,
) -> SaveOutcome:
    """Write `case` to `path`, encrypted under `passphrase` if one is given (with `keys`, see
    crypto.KeyCache, reusing the passphrase's key derivation: saving again costs none).

    Refuses (CaseFileError NOT_OURS) to replace a non-empty file that is not a Kassatsiya file
    unless `force`; raises CaseFileError UNWRITABLE when the disk is full, the folder
    read-only, the file held by another program or its path too long, with the file on disk
    unchanged. A backup that fails is in the outcome, not raised. `kdf_n` overrides scrypt's
    cost (tests only). ValueError for an empty passphrase.
    """
    target = Path(os.path.realpath(path))
    content = encode_document(case)
    known: KeyCache = keys if keys is not None else {}  # the backup reuses the file's key
    if passphrase is not None:
        content = protect_bytes(content, passphrase, kdf_n=kdf_n, keys=known)
    previous, mode = _read_previous(target)
    if previous and not force and not is_case_file(previous):
        raise CaseFileError(ErrorKind.NOT_OURS, target, saving=True, detail="foreign file")
    backup_error: OSError | None = None
    plain_left = False
    if previous and keep_backup:
        backup = _backup_bytes(previous, passphrase, kdf_n, known)
        try:
            write_atomically(backup_path(target), backup, mode=mode)
        except OSError as error:
            backup_error = error
            plain_left = passphrase is not None and _is_plain_case_file(backup_path(target))
    elif passphrase is not None:
        try:
            _protect_old_backup(backup_path(target), passphrase, kdf_n, known)
        except OSError as error:
            plain_left = _is_plain_case_file(backup_path(target))
            backup_error = error if plain_left else None  # else it is gone: nothing to tell
    try:
        write_atomically(target, content, mode=mode)
    except OSError as error:
        raise _unwritable(target, error) from None
    remove_abandoned_temporaries(target)
    return SaveOutcome(target, backup_error, plain_left)
