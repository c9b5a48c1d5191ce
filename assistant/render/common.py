"""Page geometry and language tags both renderers share (A4, margins 30/15/20/20 mm)."""

from __future__ import annotations

from assistant.case.enums import Language
from assistant.document import model

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
BODY_PT = 14.0
SMALL_PT = 11.0
LINE_SPACING = 1.15
FIRST_LINE_INDENT_MM = 12.5
LIST_HANG_MM = 7.0  # numbered lines: "1. " at the margin, the wrapped lines under its text
PARTY_INDENT_MM = 80.0

LANGUAGE_TAGS = {Language.KK: "kk-KZ", Language.RU: "ru-RU", Language.EN: "en-US"}

# Index of the first numbered line ("1. …") of each block that has them. Numbered lines are set
# flush left with a hanging indent: justified, a short request item shows wide gaps.
NUMBERED_FROM: dict[type, int] = {
    model.NumberedList: 0,
    model.RequestBlock: 1,
    model.AttachmentList: 1,
    model.DraftCover: 2,
}


def is_numbered_line(block: model.Block, index: int) -> bool:
    """Whether line `index` of `block` is one of its numbered items."""
    first = NUMBERED_FROM.get(type(block))
    return first is not None and index >= first
