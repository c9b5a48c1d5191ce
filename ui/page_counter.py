"""Count the pages of the user's PDF files off the GUI thread (pypdf is imported there)."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QObject, QRunnable, QThreadPool, Signal


def count_pdf_pages(path: Path) -> int | None:
    """Pages of a PDF; None for another kind of file, an unreadable or empty one, or one that
    is not an ordinary file (the core's count never opens a FIFO, which would block)."""
    if path.suffix.lower() != ".pdf":
        return None
    from assistant.document.pages import count_pdf_pages as count

    return count(path).pages


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
