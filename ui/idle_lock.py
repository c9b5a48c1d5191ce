"""The idle lock: after a quiet spell the case is hidden behind a lock screen until the user returns.

Idle means no key, mouse, wheel or touch input anywhere in the application (an application-wide
event filter). The filter is installed only while the lock is on, and only once the window has
been on screen for a moment: every event of the first layout and paint would otherwise pass
through Python (measured: ~90 ms more before the window shows), and no input can come earlier.
The lock only hides: the case stays in memory, autosave keeps running, and nothing
typed is lost. A protected case needs its passphrase to be shown again; an unprotected one only
a click, which the lock screen says.
"""

from __future__ import annotations

from assistant.i18n import N_, _
from assistant.logs import log_event
from ui.messages import problem_label, tell_problem
from ui.qt import (
    QApplication,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text_size import scale_text

HEADING_SCALE = 1.4  # the lock screen's heading, as a multiple of the text size
MS_PER_MINUTE = 60_000
WATCH_DELAY_MS = 500  # after start-up; see the module docstring
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
LOCKED_TITLE = N_("Locked")
LOCK_HEADING = N_("The case is hidden")
PROTECTED_TEXT = N_(
    "Kassatsiya hid the case because nobody used it for a while. Enter the case's passphrase "
    "to show it again."
)
UNPROTECTED_TEXT = N_(
    "Kassatsiya hid the case because nobody used it for a while. Click Continue to show it "
    "again. Anyone at this computer can do the same: a passphrase protects better (File → "
    "Protect with passphrase…), then only you can show the case."
)
WRONG_PASSPHRASE = N_("This is not the case's passphrase. Check the keyboard layout and Caps Lock.")
UNLOCK = N_("Unlock")
CONTINUE = N_("Continue")


class IdleWatcher(QObject):
    """Emits `idle` once the app has had no user input for the timeout; 0 turns it off."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self._timeout_ms = 0
        self._watching = False
        self._ready = False
        QTimer.singleShot(WATCH_DELAY_MS, self, self._start_watching)

    def _start_watching(self) -> None:
        from ui.qt import Qt  # after start-up (ui/qt.py)

        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% late
        self._ready = True
        self._watch(bool(self._timeout_ms))

    def _watch(self, on: bool) -> None:
        """Install or remove the app-wide filter: every app event pays for it while installed."""
        app = QApplication.instance()
        on = on and self._ready
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def set_timeout_ms(self, milliseconds: int) -> None:
        """Start counting from now with the new timeout; 0 or less disables the watcher."""
        self._timeout_ms = max(milliseconds, 0)
        if self._timeout_ms:
            self.timer.start(self._timeout_ms)
        else:
            self.timer.stop()
        self._watch(bool(self._timeout_ms))

    def stop(self) -> None:
        """Stop watching for good (the window closed)."""
        self.timer.stop()
        self._timeout_ms = 0
        self._ready = False
        self._watch(False)

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * MS_PER_MINUTE)

    def restart(self) -> None:
        """Count the idle time from now (after an unlock, or on user input)."""
        if self._timeout_ms:
            self.timer.start(self._timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timeout_ms and event.type() in INPUT_EVENTS:
            self.timer.start(self._timeout_ms)
        return super().eventFilter(watched, event)


class LockScreen(QWidget):
    """What the window shows while locked; `unlock_requested(typed passphrase)` on the button."""

    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lock-screen")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        scale_text(self.heading, HEADING_SCALE, bold=True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._request)
        self.problem = problem_label()
        self.problem.setObjectName("lock-problem")
        self.button = QPushButton()
        self.button.setObjectName("lock-button")
        self.button.setDefault(True)
        self.button.clicked.connect(self._request)
        column = QWidget()
        column.setMaximumWidth(520)
        inner = QVBoxLayout(column)
        for widget in (self.heading, self.text, self.passphrase, self.problem, self.button):
            inner.addWidget(widget)
        row = QHBoxLayout()  # centred between equal stretches
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def prepare(self, *, protected: bool) -> None:
        """Texts for a protected or an unprotected case; an empty field and no error."""
        self.heading.setText(_(LOCK_HEADING))
        self.text.setText(_(PROTECTED_TEXT if protected else UNPROTECTED_TEXT))
        self.passphrase.clear()
        self.passphrase.setVisible(protected)
        self.passphrase.setAccessibleName(_("Passphrase"))
        self.problem.clear()
        self.problem.setVisible(False)
        self.button.setText(_(UNLOCK if protected else CONTINUE))
        (self.passphrase if protected else self.button).setFocus()

    def show_wrong_passphrase(self) -> None:
        self.passphrase.clear()
        tell_problem(self.problem, _(WRONG_PASSPHRASE))
        self.problem.setVisible(True)
        self.passphrase.setFocus()

    def _request(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())


def passphrase_matches(expected: str | None, typed: str) -> bool:
    """True for an unprotected case, else a constant-time comparison with its passphrase."""
    if expected is None:
        return True
    import hmac  # lazy: it loads OpenSSL (~5 ms), needed only when someone unlocks

    return hmac.compare_digest(expected.encode("utf-8"), typed.encode("utf-8"))


def log_unlock(success: bool) -> None:
    log_event("unlocked" if success else "unlock_refused")
