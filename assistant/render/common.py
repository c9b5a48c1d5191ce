"""Page geometry and language tags both renderers share (A4, margins 30/15/20/20 mm)."""

from __future__ import annotations

from assistant.case.enums import Language

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
PARTY_INDENT_MM = 80.0

LANGUAGE_TAGS = {Language.KK: "kk-KZ", Language.RU: "ru-RU", Language.EN: "en-US"}
