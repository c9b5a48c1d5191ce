"""Before export: the document language (kk/ru; English only as a reading copy), file and draft."""

from __future__ import annotations

from pathlib import Path

import msgspec

from assistant.case.enums import Language
from assistant.i18n import N_, _, current_language
from ui.labels import LANGUAGE_NAMES
from ui.messages import CANCEL, problem_label, tell_problem
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

READING_COPY = N_("%(language)s (reading copy, not for filing)")
EXPORT = N_("Export")
NO_FILE = N_("Type a file name or choose one with Browse…")
SAVED_AS = N_("Will be saved as: %(path)s")
REPLACES = N_("A file with this name already exists and will be replaced.")


class ExportChoices(msgspec.Struct, frozen=True):
    """What the dialog shows, to bring it back as it was (after the idle lock closed it)."""

    language: Language
    file: str  # as typed
    final: bool


class ExportOptionsDialog(QDialog):
    """`language()`, `path()` and `final()` after the user pressed Export; `choices()` for
    what it showed when it was closed."""

    def __init__(
        self,
        parent: QWidget | None,
        suffix: str,
        language: Language,
        path: Path,
        shown: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.suffix = suffix
        self.folder = path.parent  # where a file name typed without a folder goes
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
        self.target = QLabel()  # the full path a typed name stands for, and whether it exists
        self.target.setObjectName("export-target")
        self.target.setWordWrap(True)
        self.file.textChanged.connect(self._show_target)
        self.problem = problem_label()
        buttons = QDialogButtonBox()
        buttons.addButton(_(EXPORT), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_(CANCEL), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Language of the document"), self.languages)
        form.addRow(_("File"), row)
        form.addRow(self.target)
        form.addRow(self.final_box)
        form.addRow(self.problem)
        form.addRow(buttons)
        if shown is not None:
            self.languages.setCurrentIndex(list(Language).index(shown.language))
            self.file.setText(shown.file)
            self.final_box.setChecked(shown.final)
        self._show_target()

    def choices(self) -> ExportChoices:
        return ExportChoices(self.language(), self.file.text(), self.final())

    def _typed(self) -> Path:
        return Path(self.file.text().strip())

    def _show_target(self) -> None:
        if not self._typed().name:
            self.target.clear()
            return
        path = self.path()
        text = _(SAVED_AS) % {"path": path}
        self.target.setText(f"{text}\n{_(REPLACES)}" if _exists(path) else text)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export the complaint"), self.file.text()
        )
        if name:
            self.file.setText(name)

    def language(self) -> Language:
        return Language(self.languages.currentData())

    def path(self) -> Path:
        """The file to write: a bare name goes into the suggested folder (never the process's
        working folder), and the suffix is added, never swapped in ("v1.2" → "v1.2.docx")."""
        path = self._typed().expanduser()
        if not path.is_absolute():
            path = self.folder / path
        if path.suffix.lower() == self.suffix:
            return path
        return path.with_name(path.name + self.suffix)

    def accept(self) -> None:
        """Export only with a file name to write to."""
        problem = _(NO_FILE) if not self._typed().name else self._name_problem()
        if problem:
            tell_problem(self.problem, problem)
            self.file.setFocus()
            return
        super().accept()

    def _name_problem(self) -> str | None:
        from assistant.file_names import file_name_problem

        return file_name_problem(self.path().name, current_language())

    def final(self) -> bool:
        return self.final_box.isChecked()


def _exists(path: Path) -> bool:
    """Path.exists, but a name the system refuses (too long, say) is simply not there yet:
    writing it will fail with its own message."""
    try:
        return path.exists()
    except OSError:
        return False
