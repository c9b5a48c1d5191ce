"""Page counts of attached files: counted from a PDF, otherwise as the user entered them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageCount:
    """The pages of one attachment, or why they could not be counted from its file."""

    pages: int | None
    problem: str = ""  # "" when counted or not a PDF; else "encrypted", "unreadable", "missing"


def is_regular_file(path: Path) -> bool:
    """`Path.is_file`, but False where the OS refuses the name (too long, ...) instead of raising.

    An attachment's path is typed or pasted by the user; no path may stop a check or an export.
    """
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def count_pdf_pages(path: Path) -> PageCount:
    """Pages of the PDF at `path`; an encrypted, damaged or missing file reports why."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not is_regular_file(path):
        return PageCount(None, "missing")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return PageCount(None, "encrypted")
        return PageCount(len(reader.pages))
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return PageCount(None, "unreadable")


def attachment_pages(file: str, entered: int | None) -> PageCount:
    """Pages of an attachment: counted when `file` is a PDF, else the number the user entered."""
    if file and Path(file).suffix.lower() == ".pdf":
        counted = count_pdf_pages(Path(file))
        if counted.pages is not None:
            return counted
        return PageCount(entered, counted.problem)
    return PageCount(entered)
