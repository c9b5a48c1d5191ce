"""Count the pages of the user's PDF files off the GUI thread (pypdf is imported there)."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QObject, QRunnable, QThreadPool, Signal


def count_pdf_pages(path: Path) -> int | None:
    """Pages of a PDF; None for another kind of file or an unreadable one."""
    if path.suffix.lower() != ".pdf":
        return None
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(path).pages)
    except (OSError, PdfReadError, ValueError):
        return None


class PageCounter(QObject):
    """Emits `counted(path, pages)` for each file given to `count`."""

    counted = Signal(str, int)

    def count(self, path: Path) -> None:
        QThreadPool.globalInstance().start(_CountJob(self, path))


class _CountJob(QRunnable):
    def __init__(self, counter: PageCounter, path: Path) -> None:
        super().__init__()
        self._counter = counter
        self._path = path

    def run(self) -> None:
        pages = count_pdf_pages(self._path)
        if pages is not None:
            self._counter.counted.emit(str(self._path), pages)
