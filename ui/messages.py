"""Message boxes whose buttons carry our own translated texts (never English in kk or ru)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from assistant.i18n import N_, _
from ui.qt import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from ui.qt import QMessageBox

OK = N_("OK")
CANCEL = N_("Cancel")
SAVE = N_("Save")
DISCARD = N_("Don't save")
YES = N_("Yes")
NO = N_("No")


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[str],
    *,
    icon: QMessageBox.Icon | None = None,
    escape: int | None = None,
    details: str = "",
) -> int:
    """Show `text` with buttons labelled by msgids; the index of the pressed one.

    Escape, closing the box and the idle lock closing it all answer `escape` (default: last).
    The icon is a question mark unless `icon` says otherwise; `details` (technical, for a
    report) hide behind the box's "Show Details…".
    """
    from ui.qt import QMessageBox  # a dialog's class: built on first use (ui/qt.py)

    shown = QMessageBox.Icon.Question if icon is None else icon
    box = QMessageBox(shown, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    created = [box.addButton(_(msgid), QMessageBox.ButtonRole.ActionRole) for msgid in buttons]
    cancel = escape if escape is not None else len(created) - 1
    box.setDefaultButton(created[0])
    box.setEscapeButton(created[cancel])
    box.exec()
    clicked = box.clickedButton()
    return created.index(clicked) if clicked in created else cancel


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    from ui.qt import QMessageBox

    ask(parent, title, text, [OK], icon=QMessageBox.Icon.Warning, details=details)


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a case with unsaved changes."""
    text = _("The case %(name)s has unsaved changes. Save them?") % {"name": name}
    answer = ask(parent, _("Unsaved changes"), text, [SAVE, DISCARD, CANCEL])
    return ("save", "discard", "cancel")[answer]


def problem_label() -> QLabel:
    """The red line under a dialog's inputs that says why OK did not go through (a palette
    colour, not a style sheet, so the line follows the text size)."""
    from ui.palette import current_scheme
    from ui.qt import QColor, QPalette

    label = QLabel()
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(current_scheme().status_return))
    label.setPalette(palette)
    return label


def tell_problem(label: QLabel, text: str) -> None:
    """Show why OK did not go through in a dialog's problem line, and have a screen reader say
    it at once (the focus stays where the user can correct it)."""
    from ui.announce import announce

    label.setText(text)
    announce(label, text, assertive=True)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the window's thread works: opening or saving a protected case
    derives its key (~0.5 s, more on an old laptop), and a slow disk takes its time too."""
    from ui.qt import Qt  # after the first paint: building the namespace costs ~25 ms once

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
