"""Qt's own texts in the dialogs the app opens are in the interface language.

Qt's catalogs (qtbase_*.qm) lag behind Qt's texts; ui/language.py fills the gaps from our
catalogs. This finds any text of Qt's file chooser, standard buttons and edit menus that stays
English in Kazakh or Russian, so a Qt upgrade that changes a text shows up here.
"""

from __future__ import annotations

import pytest

from assistant.case.enums import Language

pytestmark = pytest.mark.gui

SAME_IN_EVERY_LANGUAGE = {"OK"}  # Russian and Kazakh write it so too


def _qt_texts() -> list[str]:
    """The texts of a non-native save dialog, every standard button, the edit menus and a
    folder's type in the file chooser."""
    from PySide6.QtCore import QDir, QFileInfo
    from PySide6.QtWidgets import QDialogButtonBox, QFileIconProvider, QLabel

    from ui.qt import QAbstractButton, QAction, QFileDialog, QLineEdit, QPlainTextEdit

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() or button.toolTip() for button in dialog.findChildren(QAbstractButton)]
    texts += [action.text() for action in dialog.findChildren(QAction)]  # its context menus
    dialog.deleteLater()
    every = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button.value and button is not QDialogButtonBox.StandardButton.NoButton:
            every |= button
    box = QDialogButtonBox(every)
    texts += [button.text() for button in box.buttons()]
    for editor in (QLineEdit(), QPlainTextEdit()):
        texts += [action.text() for action in editor.createStandardContextMenu().actions()]
    texts.append(QFileIconProvider().type(QFileInfo(QDir.tempPath())))  # the "Type" column
    return [text for text in texts if any(c.isalpha() for c in text)]


@pytest.mark.parametrize("language", [Language.KK, Language.RU])
def test_qt_dialog_texts_are_translated(qtbot, language: Language) -> None:  # type: ignore[no-untyped-def]
    from ui.language import apply_language

    apply_language(Language.EN)
    english = _qt_texts()
    assert apply_language(language)
    translated = _qt_texts()
    assert len(translated) == len(english) > 30
    untranslated = [
        text
        for text, source in zip(translated, english, strict=True)
        if text == source and text not in SAME_IN_EVERY_LANGUAGE
    ]
    assert untranslated == []


def test_the_file_chooser_says_look_in_in_russian(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ui.language import apply_language
    from ui.qt import QFileDialog

    apply_language(Language.RU)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Папка:"
    assert labels["fileTypeLabel"] == "&Типы файлов:"
