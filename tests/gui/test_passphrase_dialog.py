"""The passphrase dialog accepts only a usable passphrase, and says why it does not."""

from __future__ import annotations

import pytest

from assistant.i18n import _
from ui.passphrase_dialog import EMPTY, MISMATCH, PassphraseDialog
from ui.qt import QDialog, QDialogButtonBox, Qt

pytestmark = pytest.mark.gui


def _ok(dialog: PassphraseDialog):  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)


def test_an_empty_passphrase_is_refused_with_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(None, "Protect", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.text() == _(EMPTY)
    dialog.accept()  # any other way of accepting is checked the same
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted.value


def test_two_different_passphrases_are_refused_and_equal_ones_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(None, "Protect", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText("құпия сөз 1")  # QTest types ASCII only
    dialog.second.setText("құпия сөз 2")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text() == _(MISMATCH)
    dialog.second.setText("құпия сөз 1")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.passphrase() == "құпия сөз 1"
