"""A tick box whose text wraps. A QCheckBox's own text never wraps, so a long choice (a
Kazakh label, a ground of CPC 485) at a large text size would make the form scroll sideways;
here the box has no text of its own, a wrapping label beside it shows it, and a click on the
label ticks the box as a click on a box's text does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.qt import QCheckBox, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from ui.qt import QMouseEvent


class WrappedCheck(QWidget):
    """`box` (the QCheckBox: focus, state, accessible name) with its text in `label`."""

    def __init__(self, box: QCheckBox | None = None) -> None:
        super().__init__()
        self.box = box or QCheckBox()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0)
        row.addWidget(self.label, 1)

    def setText(self, text: str) -> None:
        """The box's text, shown wrapped and given to the screen reader as its name."""
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled():
            self.box.click()
            self.box.setFocus()
        event.accept()
