"""Render the complaint model as PDF with reportlab platypus, then add an empty signature field.

Tinos is the only font in the file (passed as `initialFontName`, so no Helvetica entry is
left). User text is escaped for reportlab's paragraph markup, and a character Tinos cannot
print is replaced by a visible "[U+XXXX]" marker (the export reports it; see
`assistant.render.fonts.missing_characters`). reportlab has no signature field type, so the
/FT /Sig widget is written afterwards with pypdf at the position the signature flowable
recorded while it was drawn.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from assistant.document.model import ComplaintDocument
from assistant.document.sanitize import marker
from assistant.render import common
from assistant.render.breaks import keep_together
from assistant.render.fonts import register_tinos, tinos_codepoints
from assistant.render.pdf_story import StyleSet, build_story
from assistant.write_errors import write_export

SIGNATURE_FIELD_NAME = "Signature1"
_FRAME_PADDING_PT = 6  # SimpleDocTemplate's frame pads the text on each side


@dataclass(frozen=True)
class SignatureSpot:
    """Where the signature field goes: page number (1-based) and rectangle in points."""

    page: int
    rect: tuple[float, float, float, float]


# reportlab breaks lines at U+202F NARROW NO-BREAK SPACE (babel's «1 000 ₸») and prints it
# as a plain space; U+00A0 it keeps unbroken. The PDF takes the no-break space instead.
_NO_BREAK = str.maketrans({"\u202f": "\u00a0"})


def printable(text: str) -> str:
    """`text` as reportlab paragraph markup: escaped, unknown characters shown as markers, a
    narrow no-break space as a no-break space (the one reportlab does not break at)."""
    covered = tinos_codepoints()
    shown = "".join(c if ord(c) in covered else marker(c) for c in text.translate(_NO_BREAK))
    return escape(shown)


def render_pdf(doc: ComplaintDocument, out: Path) -> None:
    """Write `doc` as an A4 PDF to `out`, with page numbers and an empty signature field."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    family = register_tinos()
    spots: list[SignatureSpot] = []
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=common.MARGIN_LEFT_MM * mm,
        rightMargin=common.MARGIN_RIGHT_MM * mm,
        topMargin=common.MARGIN_TOP_MM * mm,
        bottomMargin=common.MARGIN_BOTTOM_MM * mm,
        title=doc.title,
        author="",
        subject="",
        creator="Kassatsiya",
        lang=common.LANGUAGE_TAGS[doc.language],
        initialFontName=family,
        initialFontSize=common.BODY_PT,
    )
    width = template.width - 2 * _FRAME_PADDING_PT
    story = build_story(
        doc, StyleSet.make(family), lambda line: printable(keep_together(line)), spots.append, width
    )

    def decorate(canvas: Any, _template: Any) -> None:
        _decorate_page(canvas, doc)

    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    write_export(out, _with_signature_field(buffer.getvalue(), spots))


def _decorate_page(canvas: Any, doc: ComplaintDocument) -> None:
    """Page number in the footer; for a draft, a header line and a diagonal watermark."""
    from reportlab.lib.units import mm

    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont("Tinos", common.SMALL_PT)
    canvas.drawCentredString(width / 2, 10 * mm, str(canvas.getPageNumber()))
    if doc.is_draft:
        mark = printable(doc.draft_mark)
        canvas.setFont("Tinos-Bold", common.SMALL_PT)
        canvas.drawCentredString(width / 2, height - 12 * mm, mark)
        canvas.setFillGray(0.85)
        canvas.setFont("Tinos-Bold", 40)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, 0, mark)
    canvas.restoreState()


def _with_signature_field(pdf: bytes, spots: list[SignatureSpot]) -> bytes:
    """`pdf` with one empty /FT /Sig AcroForm field at the last recorded signature spot."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    if not spots:
        return pdf
    spot = spots[-1]
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[spot.page - 1]
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject(SIGNATURE_FIELD_NAME),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in spot.rect]),
            NameObject("/P"): page.indirect_reference,
        }
    )
    field_ref = writer._add_object(field)
    annotations = page.get("/Annots")
    if annotations is None:
        page[NameObject("/Annots")] = ArrayObject([field_ref])
    else:
        annotations.get_object().append(field_ref)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field_ref])}
    )
    if reader.metadata is not None:
        writer.add_metadata({key: str(value) for key, value in reader.metadata.items()})
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()
