"""The open case: the one mutable `Case`, its file, its undo history and its unsaved state.

Widgets write into `case` directly and call `touch()`; a quiet moment (or `commit()`) turns the
edits since the last snapshot into one undo step. Snapshots are the case as msgspec JSON bytes.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from assistant.case.model import Case
from assistant.casefile.crypto import KeyCache
from assistant.i18n import N_, _
from ui.qt import QObject, QTimer, QUndoCommand, QUndoStack, Signal

COMMIT_AFTER_MS = 700
EDIT_TEXT = N_("Edit")


def encode(case: Case) -> bytes:
    return msgspec.json.encode(case)


def decode(data: bytes) -> Case:
    return msgspec.json.decode(data, type=Case)


class _Snapshot(QUndoCommand):
    """One undo step: the case before and after a burst of edits."""

    def __init__(self, document: CaseDocument, before: bytes, after: bytes) -> None:
        super().__init__(_(EDIT_TEXT))
        self._document = document
        self._before = before
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit is already in the case when the step is pushed
            self._first = False
            return
        self._document.restore(self._after)

    def undo(self) -> None:
        self._document.restore(self._before)


class CaseDocument(QObject):
    """Holds the case; `changed` after every edit, `reloaded` when the whole case was replaced."""

    changed = Signal()
    reloaded = Signal()
    file_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case: Case = Case()  # its language comes from the user, never from the interface
        self.path: Path | None = None
        self.passphrase: str | None = None
        self.keys: KeyCache = {}  # the passphrase's key derivations (see crypto.KeyCache)
        self.undo_stack = QUndoStack(self)
        self._snapshot = encode(self.case)
        self._saved = self._snapshot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_AFTER_MS)
        self._timer.timeout.connect(self.commit)

    def replace(
        self,
        case: Case,
        path: Path | None,
        passphrase: str | None = None,
        *,
        keys: KeyCache | None = None,
        modified: bool = False,
    ) -> None:
        """Open another case (new, loaded or recovered): history and unsaved state start over.

        `keys` holds the key derivation made while opening it with `passphrase`. `modified`
        marks a case that exists nowhere on disk yet (a recovered one).
        """
        self._timer.stop()
        self.case = case
        self.path = path
        self.passphrase = passphrase
        self.keys = keys if keys is not None else {}
        self.undo_stack.clear()
        self._snapshot = encode(case)
        self._saved = b"" if modified else self._snapshot
        self.reloaded.emit()
        self.file_changed.emit()

    def touch(self) -> None:
        """A widget has written into `case`."""
        self._timer.start()
        self.changed.emit()

    def commit(self) -> None:
        """Turn the edits since the last snapshot into one undo step."""
        self._timer.stop()
        current = encode(self.case)
        if current != self._snapshot:
            self.undo_stack.push(_Snapshot(self, self._snapshot, current))
            self._snapshot = current
        self.file_changed.emit()

    def restore(self, data: bytes) -> None:
        """Undo/redo: put a snapshot back and let every widget reload."""
        self.case = decode(data)
        self._snapshot = data
        self.reloaded.emit()
        self.changed.emit()
        self.file_changed.emit()

    def is_modified(self) -> bool:
        return encode(self.case) != self._saved

    def keys_for(self, passphrase: str | None) -> KeyCache:
        """The derivations to save under `passphrase`: the case's own, or none for a new one."""
        return self.keys if passphrase == self.passphrase else {}

    def mark_saved(self, path: Path, passphrase: str | None, keys: KeyCache) -> None:
        self.commit()
        self.path = path
        self.passphrase = passphrase
        self.keys = keys
        self._saved = encode(self.case)
        self.file_changed.emit()

    def display_name(self) -> str:
        return self.path.name if self.path is not None else _("Untitled")
