"""Autosaved copies of open cases, so a crash or power cut loses at most a few minutes of work.

A recovery file is one atomic file: the line `KASSATSIYA-RECOVERY`, one line of JSON metadata
(original path, time, protected or not, the size of the last part), then the bytes of an
ordinary case file, protected when the case is, and last, when there are any, the typed texts
the case cannot hold (a date that does not exist, by JSON pointer), protected the same way.
Those texts are not part of the case, yet losing them in a crash would lose what the user
typed. Its name is a hash of the original path (or a random id for an untitled case), so names
carry no personal data. After a clean save or exit the GUI discards the slot.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

import msgspec
import platformdirs

from assistant.case.model import Case
from assistant.casefile.atomic import (
    remove_abandoned_temporaries,
    remove_abandoned_temporaries_in,
    write_atomically,
)
from assistant.casefile.crypto import KeyCache, Sealer, unprotect_bytes
from assistant.casefile.errors import MAX_FILE_BYTES, CaseFileError, ErrorKind
from assistant.casefile.format import encode_document
from assistant.casefile.load import loads_case
from assistant.casefile.sharing import retry_while_held
from assistant.owner_only import private_folder
from assistant.regular_file import open_regular

RECOVERY_MAGIC = b"KASSATSIYA-RECOVERY\n"
RECOVERY_SUFFIX = ".kassatsiya-recovery"
_RECOVERY_FORMAT = "kassatsiya-recovery"
_RECOVERY_VERSION = 2  # 2 added the typed texts; a version 1 file has none
_READABLE_VERSIONS = frozenset({1, _RECOVERY_VERSION})
_MAX_META_BYTES = 64 * 1024
MAX_TYPED_TEXTS = 1000  # more than a form can show; a longer list is not ours
MAX_TYPED_TEXT_CHARS = 200  # a date input holds 10


class _Meta(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    version: int
    original: str | None
    saved_at: dt.datetime
    protected: bool
    typed_bytes: int = 0  # the length of the typed-texts part at the end of the file


class RecoveredCase(msgspec.Struct, frozen=True):
    """One autosave found on disk: which file it belongs to and when it was written."""

    recovery_file: Path
    original: Path | None  # None for a case that was never saved under a name
    saved_at: dt.datetime  # UTC
    protected: bool  # True: loading needs the case's passphrase


def default_recovery_folder() -> Path:
    """The per-user recovery folder: `<user data dir>/kassatsiya/recovery`."""
    return Path(platformdirs.user_data_dir("kassatsiya", appauthor=False)) / "recovery"


def _split(data: bytes) -> tuple[_Meta, bytes]:
    """Metadata and case-file bytes of a recovery file; CaseFileError DAMAGED if it is not one."""
    end = data.find(b"\n", len(RECOVERY_MAGIC), len(RECOVERY_MAGIC) + _MAX_META_BYTES)
    if not data.startswith(RECOVERY_MAGIC) or end < 0:
        raise CaseFileError(ErrorKind.DAMAGED, detail="not a recovery file")
    try:
        meta = msgspec.json.decode(data[len(RECOVERY_MAGIC) : end], type=_Meta)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError, UnicodeError) as error:
        raise CaseFileError(ErrorKind.DAMAGED, detail=f"recovery metadata: {error}") from None
    if meta.format != _RECOVERY_FORMAT or meta.version not in _READABLE_VERSIONS:
        raise CaseFileError(ErrorKind.DAMAGED, detail="unknown recovery format")
    rest = data[end + 1 :]
    if not 0 <= meta.typed_bytes <= len(rest):
        raise CaseFileError(ErrorKind.DAMAGED, detail="recovery parts do not add up")
    return meta, rest


def _parts(meta: _Meta, rest: bytes) -> tuple[bytes, bytes]:
    """The case-file bytes and the typed-texts bytes after the metadata line."""
    cut = len(rest) - meta.typed_bytes
    return rest[:cut], rest[cut:]


def _encode_typed(typed: Mapping[str, str], sealer: Sealer | None) -> bytes:
    if not typed:
        return b""
    data = msgspec.json.encode(dict(typed))
    return sealer.seal(data) if sealer is not None else data


def _decode_typed(data: bytes, passphrase: str | None, keys: KeyCache) -> dict[str, str]:
    """The typed texts, or none when they cannot be read: they must never stop a recovery."""
    if not data:
        return {}
    try:
        if passphrase is not None:
            data = unprotect_bytes(data, passphrase, keys=keys)
        typed = msgspec.json.decode(data, type=dict[str, str])
    except (CaseFileError, msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return {}
    if len(typed) > MAX_TYPED_TEXTS:
        return {}
    return {
        pointer: text
        for pointer, text in typed.items()
        if pointer.startswith("/") and len(text) <= MAX_TYPED_TEXT_CHARS
    }


def _read_recovery_file(file: Path) -> bytes:
    """The bytes of a recovery file; OSError for one that is not an ordinary file (never
    opened: a FIFO would block the start) and CaseFileError TOO_LARGE past the case limit."""
    with open_regular(file) as stream:
        data = stream.read(MAX_FILE_BYTES + _MAX_META_BYTES + 1)
    if len(data) > MAX_FILE_BYTES + _MAX_META_BYTES:
        raise CaseFileError(ErrorKind.TOO_LARGE, file)
    return data


class RecoverySlot:
    """The recovery file of one open case; `save` it often, `discard` it after a clean save."""

    def __init__(self, file: Path, original: Path | None) -> None:
        self.file = file
        self.original = original

    def save(
        self,
        case: Case,
        *,
        passphrase: str | None = None,
        now: dt.datetime | None = None,
        kdf_n: int | None = None,
        typed: Mapping[str, str] | None = None,
        keys: KeyCache | None = None,
    ) -> None:
        """Autosave `case` atomically, encrypted when `passphrase` is given (as the case is).

        `typed` maps JSON pointers to texts the inputs show but the case cannot hold. With
        `keys` (the open case's, see crypto.KeyCache) the key of `passphrase` is derived once
        (~0.5 s), not at each autosave; the case and the typed texts share it either way.
        """
        content = encode_document(case)
        sealer = Sealer(passphrase, kdf_n=kdf_n, keys=keys) if passphrase is not None else None
        if sealer is not None:
            content = sealer.seal(content)
        typed_part = _encode_typed(typed or {}, sealer)
        meta = _Meta(
            format=_RECOVERY_FORMAT,
            version=_RECOVERY_VERSION,
            original=str(self.original) if self.original is not None else None,
            saved_at=(now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
            protected=passphrase is not None,
            typed_bytes=len(typed_part),
        )
        data = RECOVERY_MAGIC + msgspec.json.encode(meta) + b"\n" + content + typed_part
        try:
            private_folder(self.file.parent)
            write_atomically(self.file, data)
        except OSError as error:
            raise CaseFileError(
                ErrorKind.UNWRITABLE,
                self.file,
                os_errno=error.errno,
                saving=True,
                detail=error.strerror or type(error).__name__,
            ) from None
        remove_abandoned_temporaries(self.file)

    def discard(self) -> bool:
        """Remove the recovery file (after the case was saved or closed cleanly); False when it
        stays, because another program holds it or the folder went read-only. A recovery file
        left behind only offers the work again at the next start: never worth an error."""
        try:
            retry_while_held(lambda: self.file.unlink(missing_ok=True))
        except OSError:
            return False
        return True


class RecoveryStore:
    """The folder of recovery files: open a slot per case, list and load what a crash left."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_recovery_folder()

    def slot(self, original: Path | None) -> RecoverySlot:
        """The slot for the case saved at `original` (stable), or a new one for an untitled case."""
        if original is None:
            name = "untitled-" + os.urandom(16).hex()  # as random as uuid4, without uuid
        else:
            import hashlib  # lazy: OpenSSL costs ~5 ms at app start, and a new case needs none

            resolved = os.path.realpath(original)
            name = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return RecoverySlot(self.folder / (name + RECOVERY_SUFFIX), original)

    def _entry(self, file: Path) -> RecoveredCase | None:
        try:
            meta, _ = _split(_read_recovery_file(file))
        except (OSError, CaseFileError):
            return None
        original = Path(meta.original) if meta.original is not None else None
        return RecoveredCase(file, original, meta.saved_at, meta.protected)

    def recoverable(self) -> list[RecoveredCase]:
        """Recoverable cases, newest first; unreadable or foreign files are skipped.

        Asked at every start: it first removes the temporaries of autosaves that a killed
        process left (a plain case's autosave is plaintext).
        """
        remove_abandoned_temporaries_in(self.folder)
        try:
            files = [f for f in self.folder.iterdir() if f.name.endswith(RECOVERY_SUFFIX)]
        except OSError:
            return []
        entries = [entry for file in files if (entry := self._entry(file)) is not None]
        return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)

    def load(self, entry: RecoveredCase, passphrase: str | None = None) -> Case:
        """The autosaved case of `entry`; CaseFileError as for `load_case`."""
        return self.load_work(entry, passphrase)[0]

    def load_work(
        self, entry: RecoveredCase, passphrase: str | None = None, *, keys: KeyCache | None = None
    ) -> tuple[Case, dict[str, str]]:
        """The autosaved case and, by JSON pointer, the texts its inputs showed but it could
        not hold ({} when none, or unreadable: they never stop a recovery). Both parts share
        one key derivation, kept in `keys` (see crypto.KeyCache) when given."""
        meta, rest = self._read(entry)
        content, typed = _parts(meta, rest)
        known: KeyCache = keys if keys is not None else {}
        case = loads_case(content, passphrase, path=entry.recovery_file, keys=known)
        return case, _decode_typed(typed, passphrase, known)

    @staticmethod
    def _read(entry: RecoveredCase) -> tuple[_Meta, bytes]:
        try:
            data = _read_recovery_file(entry.recovery_file)
        except FileNotFoundError:
            raise CaseFileError(ErrorKind.NOT_FOUND, entry.recovery_file) from None
        except OSError as error:
            raise CaseFileError(
                ErrorKind.UNREADABLE, entry.recovery_file, os_errno=error.errno
            ) from None
        try:
            return _split(data)
        except CaseFileError as error:
            raise error.with_path(entry.recovery_file) from None

    def discard(self, entry: RecoveredCase) -> bool:
        """Remove a recovery file the user has restored or declined (False: it stays)."""
        return RecoverySlot(entry.recovery_file, entry.original).discard()
