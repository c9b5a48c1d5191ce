"""Export off the GUI thread: write the files, then make preview page images (or preview text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.i18n import current_language
from assistant.logs import log_event
from assistant.write_errors import WriteError
from ui.qt import QObject, QRunnable, Signal


@dataclass(frozen=True)
class ExportJob:
    """What to write; `problems` are the open findings in the document language; `case_file`
    is where the case was opened from (an export never replaces it)."""

    case: Case
    language: Language
    docx: Path | None
    pdf: Path | None
    final: bool
    problems: tuple[str, ...]
    case_file: Path | None = None


@dataclass
class ExportOutcome:
    """What was written, and the preview: PNG page images in memory, or the document's text."""

    files: tuple[Path, ...]
    warnings: tuple[str, ...]
    draft: bool
    preview_images: list[bytes] = field(default_factory=list)
    preview_text: str = ""


def run_export(job: ExportJob, temp_root: Path | None = None) -> ExportOutcome:
    """Write the requested files and a preview; raises what `export_case` raises.

    The preview is made in a private folder that is gone when this returns
    (assistant/render/preview.py); `temp_root` places that folder (tests).
    """
    from assistant.export import export_case
    from assistant.render.preview import page_images, preview_folder

    with preview_folder(temp_root) as folder:
        pdf_for_preview = job.pdf or folder / "preview.pdf"
        result = export_case(
            job.case,
            language=job.language,
            docx=job.docx,
            pdf=pdf_for_preview,
            final=job.final,
            open_problems=job.problems,
            case_file=job.case_file,
        )
        files = tuple(f for f in result.files if f in (job.docx, job.pdf))
        outcome = ExportOutcome(files=files, warnings=result.warnings, draft=result.draft)
        outcome.preview_images = page_images(pdf_for_preview, folder)
    if not outcome.preview_images:
        from assistant.document.build import build_document

        doc = build_document(job.case, job.language, draft=result.draft, open_problems=job.problems)
        outcome.preview_text = "\n".join(doc.text_lines())
    return outcome


class ExportSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class ExportRunnable(QRunnable):
    """Runs one `ExportJob` on the thread pool and reports through `signals`."""

    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job
        self.signals = ExportSignals()

    def run(self) -> None:
        from assistant.export_targets import ExportTargetError

        try:
            outcome = run_export(self.job)
        except WriteError as error:
            log_event("export_failed", {"kind": "WriteError", "errno": error.os_errno or 0})
            self.signals.failed.emit(error.message(current_language()))
            return
        except ExportTargetError as error:
            log_event("export_failed", {"kind": "ExportTargetError", "why": error.refusal.value})
            self.signals.failed.emit(error.message(current_language()))
            return
        except (OSError, ValueError) as error:
            log_event("export_failed", {"kind": type(error).__name__})
            self.signals.failed.emit(str(error))
            return
        log_event(
            "exported",
            {
                "docx": self.job.docx is not None,
                "pdf": self.job.pdf is not None,
                "draft": outcome.draft,
                "warnings": len(outcome.warnings),
                "pages": len(outcome.preview_images),
            },
        )
        self.signals.finished.emit(outcome)
