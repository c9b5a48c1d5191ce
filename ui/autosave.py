"""Autosave to a recovery file while there are unsaved changes; discard it on a clean save or exit."""

from __future__ import annotations

from assistant.casefile import CaseFileError, RecoveryStore
from assistant.casefile.recovery import RecoverySlot
from assistant.logs import log_event
from ui.document import CaseDocument
from ui.qt import QObject, QTimer

AUTOSAVE_INTERVAL_MS = 45_000
IDLE_MS = 5_000


class Autosaver(QObject):
    """Writes the open case to its recovery slot every 45 s of unsaved work and after 5 s idle."""

    def __init__(self, document: CaseDocument, store: RecoveryStore) -> None:
        super().__init__(document)
        self.document = document
        self.store = store
        self.slot: RecoverySlot = store.slot(document.path)
        self._dirty = False
        self.periodic = QTimer(self)
        self.periodic.setInterval(AUTOSAVE_INTERVAL_MS)
        self.periodic.timeout.connect(self.autosave)
        self.periodic.start()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.autosave)
        document.changed.connect(self._changed)
        document.file_changed.connect(self._file_changed)

    def _changed(self) -> None:
        self._dirty = True
        self.idle.start()

    def _file_changed(self) -> None:
        """A save or another case: the slot follows the file; a saved case needs no recovery."""
        if self.slot.original != self.document.path:
            self.slot.discard()
            self.slot = self.store.slot(self.document.path)
        if not self.document.is_modified():
            self.slot.discard()
            self._dirty = False

    def autosave(self) -> bool:
        """Write the recovery file now if there is unsaved work; False when nothing was written."""
        if not self._dirty:
            return False
        if not self.document.is_modified():
            return False
        try:
            self.slot.save(
                self.document.case, passphrase=self.document.passphrase, keys=self.document.keys
            )
        except CaseFileError as error:
            log_event("autosave_failed", {"kind": error.kind.value})
            return False
        self._dirty = False
        return True

    def discard(self) -> None:
        """After a clean exit: the case is saved or the user chose to drop the changes."""
        self.slot.discard()
        self.periodic.stop()
        self.idle.stop()
