"""Dividers between the window's panes that a keyboard can move: Tab reaches each divider, the
Left and Right arrows move it (with Shift, further). Qt's own dividers answer only to the mouse.

Set up after the first paint (`MainWindow.after_first_paint`): a divider's orientation is a
`Qt` enum, which would build PySide6's whole `Qt` namespace at start (ui/qt.py), and an event
filter during the first layout costs start-up time.
"""

from __future__ import annotations

from assistant.i18n import N_, _
from ui.qt import QEvent, QObject, QSplitter, QWidget

DIVIDER_NAME = N_("Divider between panels: move it with the Left and Right arrow keys")
STEP_CHARS = 2  # a step is two average characters wide, so it grows with the text
BIG_STEP_CHARS = 10
HANDLE_WIDTH = 7  # wide enough to see the mark of the keyboard focus
FOCUS_MARK = "QSplitterHandle:focus { background: palette(highlight); }"


class KeyboardDividers(QObject):
    """Makes the dividers of `splitter` take the focus and answer the arrow keys."""

    def __init__(self, splitter: QSplitter, before: list[QWidget]) -> None:
        """`before[i]` is the widget whose Tab leads to divider i + 1 (the pane before it)."""
        from ui.qt import Qt

        super().__init__(splitter)
        self.splitter = splitter
        splitter.setHandleWidth(HANDLE_WIDTH)
        for index in range(1, splitter.count()):
            handle = splitter.handle(index)
            handle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            handle.setStyleSheet(FOCUS_MARK)
            handle.installEventFilter(self)
            if index - 1 < len(before):
                QWidget.setTabOrder(before[index - 1], handle)
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(1, self.splitter.count()):
            self.splitter.handle(index).setAccessibleName(_(DIVIDER_NAME))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from ui.qt import QKeyEvent, Qt

        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        direction = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
        if not direction or not isinstance(watched, QWidget):
            return False
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        chars = BIG_STEP_CHARS if shift else STEP_CHARS
        move_divider(
            self.splitter, watched, direction * chars * watched.fontMetrics().averageCharWidth()
        )
        return True


def move_divider(splitter: QSplitter, handle: QWidget, pixels: int) -> None:
    """Give `pixels` more to the pane before `handle` (fewer when negative)."""
    index = next((i for i in range(splitter.count()) if splitter.handle(i) is handle), 0)
    sizes = splitter.sizes()
    if not 0 < index < len(sizes):
        return
    pixels = max(-sizes[index - 1], min(pixels, sizes[index]))
    sizes[index - 1] += pixels
    sizes[index] -= pixels
    splitter.setSizes(sizes)
