"""Count the pages of the user's PDF files off the GUI thread (pypdf is imported there)."""

from __future__ import annotations

from pathlib import Path

from assistant.document.pages import count_pdf_pages
from ui.qt import QObject, QRunnable, QThreadPool, Signal


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
        if self._path.suffix.lower() != ".pdf":
            return
        pages = count_pdf_pages(self._path).pages
        if pages is not None:
            self._counter.counted.emit(str(self._path), pages)
