"""Export actions: options dialog, the work on the thread pool, then the result dialog.

The dialogs and the worker are imported on the first export, not at app start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.case.enums import Language
from assistant.i18n import N_, _, current_language
from assistant.paths import untitled_file
from ui.document import CaseDocument, decode, encode
from ui.messages import CANCEL, ask, warn
from ui.qt import QDialog, QObject, QThreadPool, QWidget, Signal

if TYPE_CHECKING:
    from assistant.case.model import Case
    from assistant.final_copy import FinalCopyDecision
    from assistant.session import CheckResult
    from ui.export_options import ExportChoices
    from ui.export_worker import ExportOutcome, ExportRunnable

FINAL_TITLE = N_("The court would return this complaint")
FINAL_QUESTION = N_(
    "A final copy has no draft mark, so it looks ready to file. But the court would return "
    "this complaint, or cassation is not the right procedure for it:\n\n%(problems)s\n\n"
    "Export a draft, which lists these problems on its first page, or the final copy anyway?"
)
EXPORT_DRAFT = N_("Export a draft")
EXPORT_FINAL_ANYWAY = N_("Export the final copy anyway")


class ExportController(QObject):
    """`finished(outcome)` or `failed(message)` after each export."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, document: CaseDocument, check: Callable[[Case], CheckResult], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.check = check  # the window's own check: the same day and days off as the panel
        self.window = parent
        self.running: ExportRunnable | None = None
        self.show_results = True

    def ask_and_export(
        self, suffix: str, shown: ExportChoices | None = None
    ) -> ExportChoices | None:
        """Ask for language and file, then export in the background.

        `shown` brings the dialog back as it was; returns what it showed when it was closed
        without exporting (by the user or by the idle lock), else None.
        """
        from assistant.document.language import DocumentLanguageMissing, document_language

        try:
            language = document_language(self.document.case)
        except DocumentLanguageMissing as missing:
            message = missing.message(current_language())
            warn(self.window, _("The complaint could not be exported"), message)
            return None
        base = (
            self.document.path.with_suffix(suffix) if self.document.path else untitled_file(suffix)
        )
        from ui.export_options import ExportOptionsDialog

        dialog = ExportOptionsDialog(self.window, suffix, language, base, shown)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog.choices()
        final = self.confirm_final() if dialog.final() else False
        if final is None:
            return dialog.choices()
        docx = dialog.path() if suffix == ".docx" else None
        pdf = dialog.path() if suffix == ".pdf" else None
        self.start(dialog.language(), docx=docx, pdf=pdf, final=final)
        return None

    def final_copy_decision(self, *, forced: bool) -> FinalCopyDecision:
        """The core's answer to "may a final copy of this case be written now?"."""
        from assistant.final_copy import decide_final_copy

        return decide_final_copy(self.check(self.document.case).report, forced=forced)

    def confirm_final(self) -> bool | None:
        """The user asked for a final copy: True to write it, False for a draft, None to cancel.

        While the court would return the complaint, the user is shown why and chooses.
        """
        decision = self.final_copy_decision(forced=False)
        if decision.write:
            return True
        from ui.qt import QMessageBox

        lines = decision.problem_lines(current_language())
        text = _(FINAL_QUESTION) % {"problems": "\n".join(f"• {line}" for line in lines)}
        answer = ask(
            self.window,
            _(FINAL_TITLE),
            text,
            [EXPORT_DRAFT, EXPORT_FINAL_ANYWAY, CANCEL],
            icon=QMessageBox.Icon.Warning,
            escape=2,
        )
        return None if answer == 2 else answer == 1

    def start(self, lang: Language, *, docx: Path | None, pdf: Path | None, final: bool) -> None:
        """Run the export of a snapshot of the case on the thread pool."""
        from ui.export_worker import ExportJob, ExportRunnable

        checked = self.check(decode(encode(self.document.case)))
        problems = tuple(checked.open_problems(lang))
        job = ExportJob(checked.case, lang, docx, pdf, final, problems, self.document.path)
        self.running = ExportRunnable(job)
        self.running.signals.finished.connect(self._finished)
        self.running.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.running)

    def _finished(self, outcome: ExportOutcome) -> None:
        self.running = None
        self.finished.emit(outcome)
        if self.show_results:
            from ui.export_result_dialog import ExportResultDialog

            ExportResultDialog(self.window, outcome).exec()

    def _failed(self, message: str) -> None:
        self.running = None
        self.failed.emit(message)
        if self.show_results:
            warn(self.window, _("The complaint could not be exported"), message)
