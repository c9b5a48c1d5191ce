"""Export actions: options dialog, the work on the thread pool, then the result dialog.

The dialogs and the worker are imported on the first export, not at app start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.case.enums import Language
from assistant.i18n import _, current_language
from assistant.paths import untitled_file
from ui.document import CaseDocument, decode, encode
from ui.messages import warn
from ui.qt import QDialog, QObject, QThreadPool, QWidget, Signal

if TYPE_CHECKING:
    from ui.export_options import ExportChoices
    from ui.export_worker import ExportOutcome, ExportRunnable


class ExportController(QObject):
    """`finished(outcome)` or `failed(message)` after each export."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, document: CaseDocument, today: Callable[[], dt.date], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today
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
        case = self.document.case
        language = case.complaint_language or case.proceedings_language or current_language()
        base = (
            self.document.path.with_suffix(suffix) if self.document.path else untitled_file(suffix)
        )
        from ui.export_options import ExportOptionsDialog

        dialog = ExportOptionsDialog(self.window, suffix, language, base, shown)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog.choices()
        docx = dialog.path() if suffix == ".docx" else None
        pdf = dialog.path() if suffix == ".pdf" else None
        self.start(dialog.language(), docx=docx, pdf=pdf, final=dialog.final())
        return None

    def start(self, lang: Language, *, docx: Path | None, pdf: Path | None, final: bool) -> None:
        """Run the export of a snapshot of the case on the thread pool."""
        from assistant.law.engine import evaluate
        from ui.export_worker import ExportJob, ExportRunnable

        case = decode(encode(self.document.case))
        report = evaluate(case, self.today())
        problems = tuple(f.message(lang) for f in report.blocking)
        job = ExportJob(case, lang, docx, pdf, final, problems, self.document.path)
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
