"""One PDF for the court: the complaint followed by the attached PDFs, each with a bookmark."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from assistant.document.pages import count_pdf_pages
from assistant.i18n import _
from assistant.write_errors import write_export


def build_filing_package(
    complaint_pdf: Path, attachments: Sequence[tuple[str, Path]], out: Path, *, title: str
) -> list[str]:
    """Merge `complaint_pdf` and the `(bookmark, path)` PDFs into `out`; returns warnings.

    A file that is not a readable, unencrypted PDF is left out and named in the warnings.
    """
    from pypdf import PdfWriter

    warnings: list[str] = []
    writer = PdfWriter()
    writer.append(str(complaint_pdf), outline_item=title)
    for bookmark, path in attachments:
        if path.suffix.lower() != ".pdf" or count_pdf_pages(path).pages is None:
            warnings.append(
                _("%(name)s was not added: it is not a readable PDF") % {"name": path.name}
            )
            continue
        writer.append(str(path), outline_item=bookmark)
    writer.add_metadata({"/Title": title, "/Author": ""})
    buffer = io.BytesIO()
    writer.write(buffer)
    writer.close()
    write_export(out, buffer.getvalue())
    return warnings
