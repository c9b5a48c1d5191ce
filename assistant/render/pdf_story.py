"""The platypus story of the complaint: one flowable (or group) per block of the model.

A heading (or a run of headings, or a block's own lead line such as «ПРОШУ:») starts a new
page unless it fits with at least two lines of the text after it, as a word processor's "keep
with next" does; and the date and signature are kept with the end of the list before them, so
neither is left alone at the bottom or top of a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from assistant.document import model
from assistant.render import common
from assistant.render.long_text import layout_pieces

if TYPE_CHECKING:
    from assistant.render.pdf import SignatureSpot

Markup = Callable[[str], str]

_SIGNATURE_FIELD_MM = (60.0, 14.0)
_LINES_AFTER_HEADING = 2
_LINES_WITH_SIGNATURE = 2  # of the list before it; a list this short goes whole, with its heading


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
    item: Any

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
            ),
            notice=ParagraphStyle(
                "KassatsiyaNotice", base, alignment=TA_CENTER, firstLineIndent=0, fontName=bold
            ),
            item=ParagraphStyle(
                "KassatsiyaItem",
                base,
                alignment=TA_LEFT,
                leftIndent=common.LIST_HANG_MM * mm,
                firstLineIndent=-common.LIST_HANG_MM * mm,
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
    width: float,
) -> list[Any]:
    """The flowables of `doc` in order; `width` is the frame's, to measure headings."""
    story: list[Any] = []
    headings: list[Any] = []  # heading paragraphs waiting for the text they introduce
    previous: list[Any] = []  # the flowables of the block before, at the end of `story`
    for block in doc.blocks:
        flowables = _block_flowables(block, styles, markup, record)
        if isinstance(block, model.Heading):
            headings.extend(flowables)
            continue
        if isinstance(block, model.SignatureBlock):
            kept = _kept_with_signature(previous)
            del story[len(story) - len(kept) :]
            flowables = [KeepTogether([*headings, *kept, Spacer(1, 6 * mm), *flowables])]
            headings = []
        lead = headings + _lead_lines(block, flowables)
        if lead:
            room = _height(lead, width) + _LINES_AFTER_HEADING * styles.body.leading
            story.append(CondPageBreak(room))
        story.extend(headings)
        story.extend(flowables)
        headings, previous = [], flowables
    story.extend(headings)
    return story


def _lead_lines(block: model.Block, flowables: list[Any]) -> list[Any]:
    """A block's own heading line («ПРОШУ:», «Приложение:»), which must not end a page."""
    if isinstance(block, model.RequestBlock | model.AttachmentList):
        return flowables[:1]
    return []


def _kept_with_signature(previous: list[Any]) -> list[Any]:
    """The end of the block before the signature that goes onto the signature's page: its
    last lines, or all of it (with its heading line) when it is that short."""
    lines = [f for f in previous if isinstance(f, Paragraph)]
    if len(lines) <= _LINES_WITH_SIGNATURE + 1:
        return previous
    return previous[-_LINES_WITH_SIGNATURE:]


def _height(flowables: list[Any], width: float) -> float:
    """The height `flowables` take in a frame `width` wide, spacing included."""
    heights = [f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables]
    return float(sum(heights))


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
    flowables: list[Any] = []
    for index, line in enumerate(block.text_lines()):
        style = first if index == 0 else rest
        if common.is_numbered_line(block, index):
            style = "item"
        flowables.extend(_paragraphs(line, getattr(styles, style), markup))
    if space_mm or not flowables:
        flowables.append(Spacer(1, max(space_mm, 0.5) * mm))
    if isinstance(block, model.SignatureBlock):
        flowables.append(SignatureAnchor(record))
    return flowables
