"""Page counts of attached files: counted from a PDF, otherwise as the user entered them."""

from __future__ import annotations

from pathlib import Path

import msgspec

from assistant.case.limits import MAX_PAGES
from assistant.regular_file import is_regular, open_regular


class PageCount(msgspec.Struct, frozen=True):
    """The pages of one attachment, or why they could not be counted from its file."""

    pages: int | None
    problem: str = ""  # "" when counted or not a PDF; else "encrypted", "unreadable", "missing",
    # "empty" (a PDF of no pages: nothing to print or file)


def is_regular_file(path: Path) -> bool:
    """`Path.is_file`, but False where the OS refuses the name (too long, ...) instead of raising.

    An attachment's path is typed or pasted by the user; no path may stop a check or an export.
    """
    return is_regular(path)


def count_pdf_pages(path: Path) -> PageCount:
    """Pages of the PDF at `path`; an encrypted, damaged, empty or missing file reports why.

    The file is opened only if it is an ordinary file (a FIFO named `x.pdf` would block).
    pypdf raises many kinds of error on a damaged file, hence the broad `except`.
    """
    from pypdf import PdfReader

    try:
        stream = open_regular(path)
    except (OSError, ValueError):
        return PageCount(None, "missing")
    with stream:
        try:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                return PageCount(None, "encrypted")
            pages = len(reader.pages)
        except Exception:  # pypdf: any failure on a damaged file means "cannot be read"
            return PageCount(None, "unreadable")
    if pages > MAX_PAGES:  # a page tree that claims more is damaged or hostile
        return PageCount(None, "unreadable")
    return PageCount(pages) if pages > 0 else PageCount(None, "empty")


def attachment_pages(file: str, entered: int | None) -> PageCount:
    """Pages of an attachment: counted when `file` is a PDF, else the number the user entered."""
    if file and Path(file).suffix.lower() == ".pdf":
        counted = count_pdf_pages(Path(file))
        if counted.pages is not None:
            return counted
        return PageCount(entered, counted.problem)
    return PageCount(entered)
