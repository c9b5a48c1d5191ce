"""The user's own days off (a decree the calendar does not know yet), one date per line."""

from __future__ import annotations

import datetime as dt

from assistant.i18n import N_, _
from ui.editors import format_date, parse_date
from ui.messages import CANCEL, OK
from ui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

INTRO = N_(
    "If the Government moved a day off that the app does not know about yet, add it here, one "
    "date per line as DD.MM.YYYY. Deadlines ending on such a day move to the next working day "
    "(CPC Art. 48(4))."
)


class DaysOffDialog(QDialog):
    """`days()` after acceptance; lines that are not dates are ignored."""

    def __init__(self, parent: QWidget | None, days: list[dt.date]) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Extra days off"))
        intro = QLabel(_(INTRO))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(format_date(day) for day in sorted(days)))
        self.text.setAccessibleName(_("Extra days off"))
        buttons = QDialogButtonBox()
        buttons.addButton(_(OK), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_(CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def days(self) -> list[dt.date]:
        parsed = (parse_date(line) for line in self.text.toPlainText().splitlines())
        return sorted({day for day in parsed if day is not None})
