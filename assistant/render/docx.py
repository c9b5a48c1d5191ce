"""Render the complaint model as DOCX with python-docx, with named styles a lawyer can edit.

A4, margins 30/15/20/20 mm, Times New Roman 14 pt, justified body, line spacing 1.15. Every
paragraph uses a "Kassatsiya …" style based on Normal; the language (kk-KZ / ru-RU / en-US) is
set in the document defaults, the styles and every run so spell checking works. The author
fields stay empty: nothing about the user's machine goes into the file.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from assistant.document import model
from assistant.render import common
from assistant.render.breaks import keep_numbers_whole, keep_together
from assistant.render.docx_marks import mark_draft, name_the_application
from assistant.render.fonts import DOCX_FONT
from assistant.write_errors import write_export

_LAYOUT: dict[type, tuple[str, str]] = {
    # block type: (style of the first line, style of the other lines)
    model.Notice: ("Kassatsiya Notice", "Kassatsiya Notice"),
    model.DraftCover: ("Kassatsiya Notice", "Kassatsiya Plain"),
    model.AddresseeBlock: ("Kassatsiya Addressee", "Kassatsiya Addressee"),
    model.PartyBlock: ("Kassatsiya Party", "Kassatsiya Party"),
    model.Title: ("Kassatsiya Title", "Kassatsiya Subtitle"),
    model.Heading: ("Kassatsiya Heading", "Kassatsiya Heading"),
    model.Paragraph: ("Kassatsiya Body", "Kassatsiya Body"),
    model.NumberedList: ("Kassatsiya Plain", "Kassatsiya Plain"),
    model.RequestBlock: ("Kassatsiya Heading", "Kassatsiya Plain"),
    model.AttachmentList: ("Kassatsiya Heading", "Kassatsiya Plain"),
    model.SignatureBlock: ("Kassatsiya Signature", "Kassatsiya Signature"),
}


@dataclass(frozen=True)
class _StyleSpec:
    name: str
    alignment: Any
    bold: bool = False
    first_indent_mm: float = 0.0
    left_indent_mm: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    keep_with_next: bool = False
    outline_level: int | None = None


_STYLES = (
    _StyleSpec(
        "Kassatsiya Body",
        WD_ALIGN_PARAGRAPH.JUSTIFY,
        first_indent_mm=common.FIRST_LINE_INDENT_MM,
        space_after_pt=4,
    ),
    _StyleSpec("Kassatsiya Plain", WD_ALIGN_PARAGRAPH.JUSTIFY, space_after_pt=4),
    _StyleSpec(
        "Kassatsiya List Item",
        WD_ALIGN_PARAGRAPH.LEFT,
        first_indent_mm=-common.LIST_HANG_MM,
        left_indent_mm=common.LIST_HANG_MM,
        space_after_pt=4,
    ),
    _StyleSpec("Kassatsiya Addressee", WD_ALIGN_PARAGRAPH.RIGHT, bold=True, space_after_pt=4),
    _StyleSpec("Kassatsiya Party", WD_ALIGN_PARAGRAPH.LEFT, left_indent_mm=common.PARTY_INDENT_MM),
    _StyleSpec(
        "Kassatsiya Title",
        WD_ALIGN_PARAGRAPH.CENTER,
        bold=True,
        space_before_pt=18,
        keep_with_next=True,
    ),
    _StyleSpec("Kassatsiya Subtitle", WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True),
    _StyleSpec(
        "Kassatsiya Heading",
        WD_ALIGN_PARAGRAPH.LEFT,
        bold=True,
        space_before_pt=10,
        space_after_pt=4,
        keep_with_next=True,
        outline_level=0,
    ),
    _StyleSpec("Kassatsiya Notice", WD_ALIGN_PARAGRAPH.CENTER, bold=True, space_after_pt=6),
    _StyleSpec(
        "Kassatsiya Signature", WD_ALIGN_PARAGRAPH.LEFT, space_before_pt=12, keep_with_next=True
    ),
)


def set_language_and_font(r_pr: Any, language_tag: str) -> None:
    """Put Times New Roman for every script and the language tag into a w:rPr element."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), DOCX_FONT)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language_tag)


def _setup_defaults(document: Any, language_tag: str) -> None:
    """Document defaults, Normal style and the theme language, all in the complaint language."""
    styles_element = document.styles.element
    r_pr_default = (
        styles_element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    )
    set_language_and_font(r_pr_default, language_tag)
    normal = document.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.font.size = Pt(common.BODY_PT)
    set_language_and_font(normal.element.get_or_add_rPr(), language_tag)
    normal.paragraph_format.line_spacing = common.LINE_SPACING
    normal.paragraph_format.space_after = Pt(0)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language_tag)


def _add_styles(document: Any, language_tag: str) -> dict[str, str]:
    """Create the "Kassatsiya …" paragraph styles; returns their ids by name.

    Paragraphs get the id directly: python-docx's lookup by name scans every style each time.
    """
    ids: dict[str, str] = {}
    for spec in _STYLES:
        style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.quick_style = True
        style.font.bold = spec.bold
        set_language_and_font(style.element.get_or_add_rPr(), language_tag)
        fmt = style.paragraph_format
        fmt.alignment = spec.alignment
        fmt.first_line_indent = Mm(spec.first_indent_mm)
        fmt.left_indent = Mm(spec.left_indent_mm)
        fmt.space_before = Pt(spec.space_before_pt)
        fmt.space_after = Pt(spec.space_after_pt)
        fmt.keep_with_next = spec.keep_with_next
        fmt.widow_control = True
        if spec.outline_level is not None:
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(spec.outline_level))
            style.element.get_or_add_pPr().append(outline)
        ids[spec.name] = style.style_id
    return ids


def _setup_page(section: Any) -> None:
    section.page_width, section.page_height = Mm(common.PAGE_WIDTH_MM), Mm(common.PAGE_HEIGHT_MM)
    section.left_margin = Mm(common.MARGIN_LEFT_MM)
    section.right_margin = Mm(common.MARGIN_RIGHT_MM)
    section.top_margin = Mm(common.MARGIN_TOP_MM)
    section.bottom_margin = Mm(common.MARGIN_BOTTOM_MM)


def _add_page_number(section: Any, language_tag: str) -> None:
    """A centred PAGE field in the footer of every page."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (
        ("begin", ""),
        ("instr", " PAGE "),
        ("separate", ""),
        ("text", "1"),
        ("end", ""),
    ):
        run = paragraph.add_run()
        run.font.size = Pt(common.SMALL_PT)
        set_language_and_font(run._r.get_or_add_rPr(), language_tag)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)


def _add_block(
    end: Any, block: model.Block, style_ids: dict[str, str], language_tag: str
) -> list[Any]:
    """The paragraphs of `block`, inserted before the paragraph `end` (see render_docx)."""
    first, rest = _LAYOUT[type(block)]
    if isinstance(block, model.Paragraph) and block.emphasis:
        first = "Kassatsiya Notice"
    added = []
    for index, line in enumerate(block.text_lines()):
        paragraph = end.insert_paragraph_before()
        style = first if index == 0 else rest
        if common.is_numbered_line(block, index):
            style = "Kassatsiya List Item"
        paragraph._p.style = style_ids[style]
        run = paragraph.add_run(keep_numbers_whole(keep_together(line)))
        set_language_and_font(run._r.get_or_add_rPr(), language_tag)
        added.append(paragraph)
    return added


def render_docx(doc: model.ComplaintDocument, out: Path, *, now: dt.datetime | None = None) -> None:
    """Write `doc` as an A4 DOCX to `out`; `now` (default: the clock) dates the file."""
    language_tag = common.LANGUAGE_TAGS[doc.language]
    document = Document()
    _setup_defaults(document, language_tag)
    style_ids = _add_styles(document, language_tag)
    section = document.sections[0]
    _setup_page(section)
    _add_page_number(section, language_tag)
    if doc.is_draft:
        run = mark_draft(section, doc.draft_mark, DOCX_FONT)
        set_language_and_font(run._r.get_or_add_rPr(), language_tag)
    # Paragraphs go in before a placeholder at the end, removed afterwards: python-docx's
    # add_paragraph looks for the section properties among all of the body's children each
    # time, which made 40,000 one-line paragraphs take 31 s (the square of their number).
    end = document.add_paragraph()
    previous: list[Any] = []
    for block in doc.blocks:
        added = _add_block(end, block, style_ids, language_tag)
        if isinstance(block, model.SignatureBlock):
            _keep_with_signature(previous, added)
        previous = added or previous
    end._p.getparent().remove(end._p)
    _set_core_properties(document, doc, language_tag, now or dt.datetime.now(dt.UTC))
    name_the_application(document)
    buffer = io.BytesIO()
    document.save(buffer)
    write_export(out, buffer.getvalue())


def _keep_with_signature(previous: list[Any], signature: list[Any]) -> None:
    """Date and signature stay on one page with the last two lines before them (a list that
    short stays whole, its heading included), as in the PDF."""
    kept = previous if len(previous) <= 3 else previous[-2:]
    for paragraph in kept + signature:
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.keep_together = True
    if signature:
        signature[-1].paragraph_format.keep_with_next = False


def _set_core_properties(
    document: Any, doc: model.ComplaintDocument, language_tag: str, now: dt.datetime
) -> None:
    """Title, language and the time of export; author and editor stay empty.

    python-docx's template would otherwise date every complaint 23 December 2013.
    """
    properties = document.core_properties
    stamp = now.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)  # the file keeps UTC
    properties.created = stamp
    properties.modified = stamp
    properties.title = doc.title
    properties.language = language_tag
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
