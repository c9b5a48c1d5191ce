"""Asks for a passphrase: once to open a protected file, twice to protect one."""

from __future__ import annotations

from assistant.i18n import N_, _
from ui.messages import CANCEL, OK, problem_label, tell_problem
from ui.qt import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

MISMATCH = N_("The two passphrases differ.")
EMPTY = N_("Type a passphrase.")


class PassphraseDialog(QDialog):
    """`passphrase()` after `exec()` returns Accepted; `confirm` asks to type it twice."""

    def __init__(self, parent: QWidget | None, prompt: str, *, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Passphrase"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_("Repeat the passphrase"))
        self.problem = problem_label()
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(_("Passphrase"), self.first)
        if confirm:
            form.addRow(_("Repeat the passphrase"), self.second)
        self.second.setVisible(confirm)
        form.addRow(self.problem)
        from ui.qt import QDialogButtonBox  # built on first use (ui/qt.py): not at start-up

        buttons = QDialogButtonBox()
        buttons.addButton(_(OK), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_(CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._confirm = confirm

    def accept(self) -> None:
        """OK, Enter, or any other way of accepting: only with a usable passphrase."""
        if not self.first.text():
            tell_problem(self.problem, _(EMPTY))
            self.first.setFocus()
            return
        if self._confirm and self.first.text() != self.second.text():
            tell_problem(self.problem, _(MISMATCH))
            self.second.setFocus()
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget | None, prompt: str, *, confirm: bool = False) -> str | None:
    dialog = PassphraseDialog(parent, prompt, confirm=confirm)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
