"""Export off the GUI thread: write the files, then make preview page images (or preview text)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.i18n import current_language
from assistant.logs import log_event
from assistant.write_errors import WriteError
from ui.qt import QObject, QRunnable, Signal

PREVIEW_DPI = 60
PREVIEW_TIMEOUT_S = 60


@dataclass(frozen=True)
class ExportJob:
    """What to write; `problems` are the open findings in the document language."""

    case: Case
    language: Language
    docx: Path | None
    pdf: Path | None
    final: bool
    problems: tuple[str, ...]


@dataclass
class ExportOutcome:
    files: tuple[Path, ...]
    warnings: tuple[str, ...]
    draft: bool
    preview_images: list[Path] = field(default_factory=list)
    preview_text: str = ""


def preview_images(pdf: Path, folder: Path) -> list[Path]:
    """PNG images of the pages via poppler's pdftoppm; [] when it is not installed or fails."""
    import subprocess  # lazy: only an export runs programs; spares ~4 ms at app start

    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    try:
        subprocess.run(
            [tool, "-png", "-r", str(PREVIEW_DPI), str(pdf), str(folder / "page")],
            check=True,
            capture_output=True,
            timeout=PREVIEW_TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(folder.glob("page*.png"))


def run_export(job: ExportJob, preview_folder: Path) -> ExportOutcome:
    """Write the requested files and a preview; raises what `export_case` raises."""
    from assistant.export import export_case

    pdf_for_preview = job.pdf or preview_folder / "preview.pdf"
    result = export_case(
        job.case,
        language=job.language,
        docx=job.docx,
        pdf=pdf_for_preview,
        final=job.final,
        open_problems=job.problems,
    )
    files = tuple(f for f in result.files if f in (job.docx, job.pdf))
    outcome = ExportOutcome(files=files, warnings=result.warnings, draft=result.draft)
    outcome.preview_images = preview_images(pdf_for_preview, preview_folder)
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
        self.preview_folder = Path(tempfile.mkdtemp(prefix="kassatsiya-preview-"))

    def run(self) -> None:
        try:
            outcome = run_export(self.job, self.preview_folder)
        except WriteError as error:
            log_event("export_failed", {"kind": "WriteError", "errno": error.os_errno or 0})
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
