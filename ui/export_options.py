"""Before export: the document language (kk/ru; English only as a reading copy), file and draft."""

from __future__ import annotations

from pathlib import Path

from assistant.case.enums import Language
from assistant.i18n import N_, _
from ui.labels import LANGUAGE_NAMES
from ui.messages import CANCEL
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

READING_COPY = N_("%(language)s (reading copy, not for filing)")
EXPORT = N_("Export")


class ExportOptionsDialog(QDialog):
    """`language()`, `path()` and `final()` after the user pressed Export."""

    def __init__(self, parent: QWidget | None, suffix: str, language: Language, path: Path) -> None:
        super().__init__(parent)
        self.suffix = suffix
        self.setWindowTitle(_("Export the complaint"))
        self.languages = QComboBox()
        self.languages.setAccessibleName(_("Language of the document"))
        for lang in Language:
            name = LANGUAGE_NAMES[lang]
            text = _(READING_COPY) % {"language": name} if lang is Language.EN else name
            self.languages.addItem(text, lang.value)
        self.languages.setCurrentIndex(list(Language).index(language))
        self.file = QLineEdit(str(path))
        self.file.setAccessibleName(_("File"))
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.final_box = QCheckBox(_("Final copy without the draft mark, even if problems remain"))
        buttons = QDialogButtonBox()
        buttons.addButton(_(EXPORT), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_(CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Language of the document"), self.languages)
        form.addRow(_("File"), row)
        form.addRow(self.final_box)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export the complaint"), self.file.text()
        )
        if name:
            self.file.setText(name)

    def language(self) -> Language:
        return Language(self.languages.currentData())

    def path(self) -> Path:
        path = Path(self.file.text())
        return path if path.suffix.lower() == self.suffix else path.with_suffix(self.suffix)

    def final(self) -> bool:
        return self.final_box.isChecked()
