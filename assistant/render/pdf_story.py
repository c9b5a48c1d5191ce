"""The platypus story of the complaint: one flowable (or group) per block of the model.

A heading is kept together with the first paragraph after it, and the signature block with
the line before it, so neither is left alone at the bottom or top of a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from assistant.document import model
from assistant.render import common
from assistant.render.long_text import layout_pieces

if TYPE_CHECKING:
    from assistant.render.pdf import SignatureSpot

Markup = Callable[[str], str]

_SIGNATURE_FIELD_MM = (60.0, 14.0)


@dataclass(frozen=True)
class StyleSet:
    """The paragraph styles of the complaint (14 pt Tinos, justified body)."""

    body: Any
    plain: Any
    addressee: Any
    party: Any
    title: Any
    subtitle: Any
    heading: Any
    notice: Any

    @classmethod
    def make(cls, family: str) -> StyleSet:
        size = common.BODY_PT
        base = ParagraphStyle(
            "KassatsiyaBody",
            fontName=family,
            fontSize=size,
            leading=size * common.LINE_SPACING,
            alignment=TA_JUSTIFY,
            firstLineIndent=common.FIRST_LINE_INDENT_MM * mm,
            spaceAfter=4,
            splitLongWords=1,
        )
        bold = f"{family}-Bold"
        return cls(
            body=base,
            plain=ParagraphStyle("KassatsiyaPlain", base, firstLineIndent=0),
            addressee=ParagraphStyle(
                "KassatsiyaAddressee", base, alignment=TA_RIGHT, firstLineIndent=0, fontName=bold
            ),
            party=ParagraphStyle(
                "KassatsiyaParty",
                base,
                alignment=TA_LEFT,
                firstLineIndent=0,
                leftIndent=common.PARTY_INDENT_MM * mm,
                spaceAfter=0,
            ),
            title=ParagraphStyle(
                "KassatsiyaTitle",
                base,
                alignment=TA_CENTER,
                firstLineIndent=0,
                fontName=bold,
                spaceBefore=18,
            ),
            subtitle=ParagraphStyle(
                "KassatsiyaSubtitle", base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0
            ),
            heading=ParagraphStyle(
                "KassatsiyaHeading",
                base,
                alignment=TA_LEFT,
                firstLineIndent=0,
                fontName=bold,
                spaceBefore=10,
                keepWithNext=1,
            ),
            notice=ParagraphStyle(
                "KassatsiyaNotice", base, alignment=TA_CENTER, firstLineIndent=0, fontName=bold
            ),
        )


class SignatureAnchor(Flowable):  # type: ignore[misc]
    """Blank space right of the text where the signature field goes; records its position."""

    def __init__(self, record: Callable[[SignatureSpot], None]) -> None:
        super().__init__()
        self.width, self.height = (v * mm for v in _SIGNATURE_FIELD_MM)
        self.hAlign = "RIGHT"
        self._record = record

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from assistant.render.pdf import SignatureSpot

        x0, y0 = self.canv.absolutePosition(0, 0)
        spot = SignatureSpot(self.canv.getPageNumber(), (x0, y0, x0 + self.width, y0 + self.height))
        self._record(spot)


def build_story(
    doc: model.ComplaintDocument,
    styles: StyleSet,
    markup: Markup,
    record: Callable[[SignatureSpot], None],
) -> list[Any]:
    """The flowables of `doc` in order, headings kept with what follows them."""
    story: list[Any] = []
    pending_heading: Any = None
    for block in doc.blocks:
        flowables = _block_flowables(block, styles, markup, record)
        if isinstance(block, model.Heading):
            if pending_heading is not None:
                story.append(pending_heading)
            pending_heading = flowables[0]
            continue
        if isinstance(block, model.SignatureBlock) and story and pending_heading is None:
            flowables = [KeepTogether([story.pop(), Spacer(1, 6 * mm), *flowables])]
        if pending_heading is not None:
            flowables = [KeepTogether([pending_heading, flowables[0]]), *flowables[1:]]
            pending_heading = None
        story.extend(flowables)
    if pending_heading is not None:
        story.append(pending_heading)
    return story


def _paragraphs(line: str, style: Any, markup: Markup) -> list[Any]:
    """One paragraph of the model as flowables: one, or the pieces of an over-long one
    (assistant/render/long_text.py) styled to print as a single paragraph."""
    pieces = layout_pieces(line)
    if len(pieces) == 1:
        return [Paragraph(markup(line), style)]
    flowables = []
    for number, piece in enumerate(pieces):
        opening, closing = number == 0, number == len(pieces) - 1
        flowables.append(Paragraph(markup(piece), _piece_style(style, opening, closing)))
    return flowables


def _piece_style(style: Any, opening: bool, closing: bool) -> Any:
    """`style` for a piece of a paragraph: no indent after the first, no gap before the last."""
    changes: dict[str, float] = {}
    if not opening:
        changes.update(firstLineIndent=0, spaceBefore=0)
    if not closing:
        changes.update(spaceAfter=0)
    name = f"{style.name}-{'o' if opening else ''}{'c' if closing else ''}"
    return ParagraphStyle(name, style, **changes)


_LAYOUT: dict[type, tuple[str, str, float]] = {
    # block type: (style of the first line, style of the other lines, space after in mm)
    model.Notice: ("notice", "notice", 4),
    model.DraftCover: ("notice", "plain", 4),
    model.AddresseeBlock: ("addressee", "addressee", 0),
    model.PartyBlock: ("party", "party", 4),
    model.Title: ("title", "subtitle", 6),
    model.Heading: ("heading", "heading", 0),
    model.Paragraph: ("body", "body", 0),
    model.NumberedList: ("plain", "plain", 0),
    model.RequestBlock: ("heading", "plain", 0),
    model.AttachmentList: ("heading", "plain", 0),
    model.SignatureBlock: ("plain", "plain", 0),
}


def _block_flowables(
    block: model.Block,
    styles: StyleSet,
    markup: Markup,
    record: Callable[[SignatureSpot], None],
) -> list[Any]:
    """The flowables of one block (never empty)."""
    first, rest, space_mm = _LAYOUT[type(block)]
    if isinstance(block, model.Paragraph) and block.emphasis:
        first = "notice"
    lines = block.text_lines()
    flowables: list[Any] = []
    for index, line in enumerate(lines):
        flowables.extend(_paragraphs(line, getattr(styles, first if index == 0 else rest), markup))
    if space_mm or not flowables:
        flowables.append(Spacer(1, max(space_mm, 0.5) * mm))
    if isinstance(block, model.SignatureBlock):
        flowables.append(SignatureAnchor(record))
    return flowables
