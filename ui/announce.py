"""Telling a screen reader what changed where the user is not looking: the status line after
an edit, the step after "Next".

Qt 6.8+ sends a `QAccessibleAnnouncementEvent` to the platform's accessibility bridge (AT-SPI's
`announcement` signal on Linux, a UI Automation notification on Windows), which the screen
reader speaks without moving the focus. `announced` tells the same text to the rest of the app
(and to tests, which run without a screen reader).
"""

from __future__ import annotations

from ui.qt import QLabel, QObject, QTimer, QWidget, Signal

STATUS_PAUSE_MS = 1000  # the status is told once typing pauses, not at every keystroke


class Announcements(QObject):
    """`announced(text)` after each announcement."""

    announced = Signal(str)


ANNOUNCEMENTS = Announcements()


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say `text` on behalf of `widget`."""
    from ui.qt import QAccessible, QAccessibleAnnouncementEvent  # on first use (ui/qt.py)

    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    ANNOUNCEMENTS.announced.emit(text)


def reachable_by_tab(label: QLabel) -> None:
    """Let Tab stop at `label` and its text be selected, so a screen reader user can hear a
    status or result again at any time (Enter still presses the dialog's default button)."""
    from ui.qt import Qt  # called after the first paint (ui/qt.py)

    flags = Qt.TextInteractionFlag
    label.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which set ClickFocus


class StatusAnnouncer(QObject):
    """Tells a status text once it has stayed the same for STATUS_PAUSE_MS, and only when it
    differs from the last one told, so typing a date is not a stream of announcements."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.told: str | None = None
        self.pending = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(STATUS_PAUSE_MS)
        self.timer.timeout.connect(self.tell_now)

    def status_changed(self, text: str) -> None:
        self.pending = text
        if text == self.told:
            self.timer.stop()
        else:
            self.timer.start()

    def tell_now(self) -> None:
        self.timer.stop()
        if self.pending and self.pending != self.told:
            self.told = self.pending
            announce(self.widget, self.pending)
