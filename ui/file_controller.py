"""File actions: new, open, save, save as, protect; each calls one core function and shows errors."""

from __future__ import annotations

from pathlib import Path

from assistant.case.model import Case
from assistant.casefile import CaseFileError, ErrorKind, file_is_protected, load_case, save_case
from assistant.casefile.crypto import KeyCache
from assistant.casefile.save import SaveOutcome
from assistant.cloud_folders import cloud_upload_warning
from assistant.i18n import N_, _, current_language
from assistant.logs import log_event
from assistant.paths import untitled_file
from ui.document import CaseDocument
from ui.form_view import FormView
from ui.messages import ask_save_changes, busy, warn
from ui.passphrase_dialog import ask_passphrase
from ui.qt import QObject, QWidget, Signal
from ui.settings import Settings, save_settings

FILE_FILTER = N_("Kassatsiya case files (*.kassatsiya);;All files (*)")
SUFFIX = ".kassatsiya"


def choose_open_path(parent: QWidget | None) -> Path | None:
    from ui.qt import QFileDialog  # a dialog's class: built on first use (ui/qt.py)

    name, _filter = QFileDialog.getOpenFileName(parent, _("Open case"), "", _(FILE_FILTER))
    return Path(name) if name else None


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    from ui.qt import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Save case as"), suggested, _(FILE_FILTER)
    )
    if not name:
        return None
    path = Path(name)
    # Always the case-file suffix, added rather than swapped in: "Дело v1.2" is not a ".2" file,
    # and a file without the suffix would not show in the Open dialog.
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


class FileController(QObject):
    """Owns the file side of the open case; `saved(path)` after a successful save."""

    saved = Signal(Path)
    opened = Signal(Path)

    def __init__(
        self,
        document: CaseDocument,
        settings: Settings,
        parent: QWidget,
        form: FormView,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.window = parent
        self.form = form
        self.cloud_warned: set[Path] = set()  # files already told about OneDrive this run

    def confirm_discard(self) -> bool:
        """True when the open case may be replaced (saved, or the user agreed to lose edits)."""
        self.document.commit()
        if not self.document.is_modified():
            return True
        answer = ask_save_changes(self.window, self.document.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self, case: Case | None = None) -> bool:
        if not self.confirm_discard():
            return False
        # No language yet: the first questions ask for the language of the proceedings; the
        # interface language never decides it.
        self.document.replace(case or Case(), None)
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = choose_open_path(self.window)
        return self.open_path(path, confirmed=True) if path is not None else False

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open `path`, asking for the passphrase of a protected file."""
        if not confirmed and not self.confirm_discard():
            return False
        passphrase: str | None = None
        keys: KeyCache = {}
        try:
            if file_is_protected(path):
                passphrase = ask_passphrase(
                    self.window,
                    _("The file %(name)s is protected. Enter its passphrase.")
                    % {"name": path.name},
                )
                if passphrase is None:
                    return False
            with busy():
                case = load_case(path, passphrase, keys=keys)
        except CaseFileError as error:
            log_event("case_open_failed", {"kind": error.kind.value})
            text, details = open_error_text(error, self.form)
            warn(self.window, _("The case could not be opened"), text, details)
            return False
        log_event("case_opened", case_counts(case, protected=passphrase is not None))
        self.document.replace(case, path, passphrase, keys=keys)
        self._remember(path)
        self.opened.emit(path)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path, self.document.passphrase)

    def save_as(self) -> bool:
        suggested = str(self.document.path or untitled_file(SUFFIX))
        path = choose_save_path(self.window, suggested)
        return self._save_to(path, self.document.passphrase) if path is not None else False

    def protect(self) -> bool:
        """Save the case encrypted under a new passphrase."""
        passphrase = ask_passphrase(
            self.window,
            _(
                "Choose a passphrase. Without it nobody, including you, can open the file: "
                "write it down and keep it safe."
            ),
            confirm=True,
        )
        if passphrase is None:
            return False
        if self.document.path is None:
            path = choose_save_path(self.window, str(untitled_file(SUFFIX)))
            if path is None:
                return False
            return self._save_to(path, passphrase)
        return self._save_to(self.document.path, passphrase)

    def _save_to(self, path: Path, passphrase: str | None) -> bool:
        self.document.commit()
        keys = self.document.keys_for(passphrase)
        try:
            with busy():
                outcome = save_case(self.document.case, path, passphrase=passphrase, keys=keys)
        except CaseFileError as error:
            log_event("case_save_failed", {"kind": error.kind.value, "errno": error.os_errno or 0})
            warn(self.window, _("The case could not be saved"), error.message(current_language()))
            return False
        log_event("case_saved", case_counts(self.document.case, protected=passphrase is not None))
        self.document.mark_saved(path, passphrase, keys)
        self._remember(path)
        self.saved.emit(path)
        self._warn_after_save(outcome, protected=passphrase is not None)
        return True

    def _warn_after_save(self, outcome: SaveOutcome, *, protected: bool) -> None:
        """A backup that failed (each time), and OneDrive's upload (once per file and run)."""
        language = current_language()
        warnings = outcome.warnings(language)
        if outcome.path not in self.cloud_warned:
            cloud = cloud_upload_warning(outcome.path, protected=protected, language=language)
            if cloud is not None:
                self.cloud_warned.add(outcome.path)
                warnings.append(cloud)
        if warnings:
            warn(self.window, _("The case was saved"), "\n\n".join(warnings))

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        save_settings(self.settings)


def open_error_text(error: CaseFileError, form: FormView) -> tuple[str, str]:
    """What to tell about a case that could not be opened, and the technical details.

    A wrong value is named by the label and section its field has in the form, in the
    interface language; its JSON pointer goes to the details, for a report.
    """
    field = form.label_for(error.pointer) if error.pointer else None
    details = str(error) if error.kind is ErrorKind.WRONG_TYPE else ""
    return error.message(current_language(), field), details


def case_counts(case: Case, *, protected: bool) -> dict[str, int | bool]:
    """What the log may say about a case: how many of each thing, never what they hold."""
    return {
        "acts": len(case.acts),
        "grounds": len(case.grounds),
        "attachments": len(case.attachments),
        "protected": protected,
    }
