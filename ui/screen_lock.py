"""Puts the window's content behind the lock screen and back; disables the menus meanwhile.

The window's central widget becomes a stack: page 0 is the case (navigator | form | findings),
page 1 the lock screen. Every menu action except Quit is disabled while locked, so neither a
shortcut nor a menu (export, recent files, the first questions) can show the case. Open dialogs
are cancelled when the lock comes: some show the case (the export preview does), and a modal one
would keep the lock screen out of reach. A dialog changes the case only when confirmed, so
cancelling it loses nothing of the case. A native file dialog (Windows) is not a Qt widget and
stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.i18n import N_, _
from assistant.logs import log_event
from ui.document import CaseDocument
from ui.idle_lock import IdleWatcher, LockScreen, log_unlock, passphrase_matches
from ui.qt import (
    QAction,
    QApplication,
    QDialog,
    QMainWindow,
    QObject,
    QStackedWidget,
    QWidget,
    Signal,
)
from ui.settings import MAX_IDLE_LOCK_MINUTES

ALWAYS_ENABLED = frozenset({"quit"})
IDLE_MINUTES_TITLE = N_("Lock after inactivity")
IDLE_MINUTES_LABEL = N_(
    "Hide the case after this many minutes without keyboard or mouse use (0 = never):"
)


class ScreenLock(QObject):
    """Locks on idle or on request; `locked_changed(bool)` after each change."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        content: QWidget,
        document: CaseDocument,
        actions: Callable[[], dict[str, QAction]],
        before_lock: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self._actions = actions
        self._before_lock = before_lock
        self._enabled_before: dict[QAction, bool] = {}
        self.locked = False
        self._focus: QWidget | None = None
        self.screen = LockScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self.lock)
        self.screen.unlock_requested.connect(self.try_unlock)

    def lock(self) -> None:
        """Hide the case now; the recovery file is written first so nothing typed can be lost."""
        if self.locked:
            return
        self.locked = True
        focus = QApplication.focusWidget()
        # Only an input of the window itself: one in a dialog is gone once the lock closes it.
        self._focus = focus if focus is not None and self.stack.isAncestorOf(focus) else None
        self.document.commit()
        self._before_lock()
        self._cancel_dialogs()
        self.screen.prepare(protected=self.document.passphrase is not None)
        self.stack.setCurrentWidget(self.screen)
        self._set_actions_enabled(False)
        log_event("locked", {"protected": self.document.passphrase is not None})
        self.locked_changed.emit(True)

    @staticmethod
    def _cancel_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def try_unlock(self, typed: str) -> bool:
        """Show the case again if `typed` is its passphrase (anything, when it has none)."""
        if not self.locked:
            return True
        if not passphrase_matches(self.document.passphrase, typed):
            log_unlock(False)
            self.screen.show_wrong_passphrase()
            return False
        log_unlock(True)
        self.locked = False
        self.screen.passphrase.clear()
        self.stack.setCurrentIndex(0)
        self._set_actions_enabled(True)
        self.watcher.restart()
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus()
        self.locked_changed.emit(False)
        return True

    def _set_actions_enabled(self, enabled: bool) -> None:
        actions = [a for name, a in self._actions().items() if name not in ALWAYS_ENABLED]
        if not enabled:
            self._enabled_before = {a: a.isEnabled() for a in actions}
            for action in actions:
                action.setEnabled(False)
            return
        for action, was_enabled in self._enabled_before.items():
            action.setEnabled(was_enabled)
        self._enabled_before = {}


def ask_idle_minutes(parent: QWidget | None, current: int) -> int | None:
    """The new idle time in minutes (0 = off), or None when the user cancelled."""
    from ui.messages import CANCEL, OK
    from ui.qt import QInputDialog  # a dialog's class: built on first use (ui/qt.py)

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_(IDLE_MINUTES_TITLE))
    dialog.setLabelText(_(IDLE_MINUTES_LABEL))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(0, MAX_IDLE_LOCK_MINUTES)
    dialog.setIntValue(current)
    dialog.setOkButtonText(_(OK))
    dialog.setCancelButtonText(_(CANCEL))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.intValue()
