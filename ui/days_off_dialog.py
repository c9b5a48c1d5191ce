"""The user's own days off (a decree the calendar does not know yet), one date per line."""

from __future__ import annotations

import datetime as dt

from assistant.case.typed_texts import format_date, parse_date
from assistant.i18n import N_, _
from ui.messages import CANCEL, OK, problem_label, tell_problem
from ui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

INTRO = N_(
    "If the Government moved a day off that the app does not know about yet, add it here, one "
    "date per line as DD.MM.YYYY. Deadlines ending on such a day move to the next working day "
    "(CPC Art. 48(4))."
)
NOT_DATES = N_("These lines are not dates written as DD.MM.YYYY: %(lines)s")


class DaysOffDialog(QDialog):
    """`days()` after acceptance, which takes only lines that are all dates (or empty).

    A line that is not a date must not be dropped quietly: a day off the user believes added
    would leave a deadline a day too late.
    """

    def __init__(
        self, parent: QWidget | None, days: list[dt.date], typed: str | None = None
    ) -> None:
        """`typed` shows earlier, unconfirmed text instead of `days` (after the idle lock)."""
        super().__init__(parent)
        self.setWindowTitle(_("Extra days off"))
        intro = QLabel(_(INTRO))
        intro.setWordWrap(True)
        shown = typed if typed is not None else "\n".join(format_date(d) for d in sorted(days))
        self.text = QPlainTextEdit(shown)
        self.text.setAccessibleName(_("Extra days off"))
        buttons = QDialogButtonBox()
        buttons.addButton(_(OK), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_(CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.problem = problem_label()
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def accept(self) -> None:
        """OK only when every line is a date; otherwise name the lines that are not."""
        wrong = [line for line in self._lines() if parse_date(line) is None]
        if wrong:
            tell_problem(self.problem, _(NOT_DATES) % {"lines": ", ".join(wrong)})
            self.text.setFocus()
            return
        super().accept()

    def days(self) -> list[dt.date]:
        parsed = (parse_date(line) for line in self._lines())
        return sorted({day for day in parsed if day is not None})
