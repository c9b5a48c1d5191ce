"""One PDF for the court: the complaint followed by the attached PDFs, each with a bookmark."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from assistant.document.pages import count_pdf_pages
from assistant.i18n import _
from assistant.regular_file import open_regular
from assistant.write_errors import write_export


def _mergeable_copy(path: Path) -> bytes | None:
    """The attachment's pages as a PDF of their own, or None when they cannot be merged.

    Each attachment is copied on its own first, so that one that fails half-way (pypdf raises
    many kinds of error on damaged files) never leaves a half-merged package behind.
    """
    from pypdf import PdfWriter

    if path.suffix.lower() != ".pdf" or count_pdf_pages(path).pages is None:
        return None
    try:
        with open_regular(path) as stream:
            single = PdfWriter()
            single.append(stream)
            buffer = io.BytesIO()
            single.write(buffer)
    except Exception:  # pypdf: any failure on a damaged file means "cannot be merged"
        return None
    return buffer.getvalue() if len(single.pages) > 0 else None


def build_filing_package(
    complaint_pdf: Path, attachments: Sequence[tuple[str, Path]], out: Path, *, title: str
) -> list[str]:
    """Merge `complaint_pdf` and the `(bookmark, path)` PDFs into `out`; returns warnings.

    A file that is not a readable, unencrypted PDF with pages is left out and named in the
    warnings.
    """
    from pypdf import PdfWriter

    warnings: list[str] = []
    writer = PdfWriter()
    writer.append(str(complaint_pdf), outline_item=title)
    for bookmark, path in attachments:
        pages = _mergeable_copy(path)
        if pages is None:
            warnings.append(
                _("%(name)s was not added: it is not a readable PDF with pages")
                % {"name": path.name}
            )
            continue
        writer.append(io.BytesIO(pages), outline_item=bookmark)
    writer.add_metadata({"/Title": title, "/Author": ""})
    buffer = io.BytesIO()
    writer.write(buffer)
    writer.close()
    write_export(out, buffer.getvalue())
    return warnings
