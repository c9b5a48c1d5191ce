"""The bundled Tinos font (metric twin of Times New Roman, OFL 1.1) and its character map.

reportlab drops a character the font lacks without a word (toolchain.md, Fonts), so the PDF
renderer asks `missing_characters` first, prints a visible marker instead and the export
reports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from assistant.resources import package_path

FAMILY = "Tinos"
DOCX_FONT = "Times New Roman"  # Word and LibreOffice substitute Tinos for it where needed
FACES = {
    "Tinos": "Tinos-Regular.ttf",
    "Tinos-Bold": "Tinos-Bold.ttf",
    "Tinos-Italic": "Tinos-Italic.ttf",
    "Tinos-BoldItalic": "Tinos-BoldItalic.ttf",
}


def font_path(face: str) -> Path:
    """The TTF file of a Tinos face ("Tinos", "Tinos-Bold", ...)."""
    return package_path("fonts", FACES[face])


@cache
def register_tinos() -> str:
    """Register the Tinos family with reportlab once per process; returns the family name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(font_path(face))))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal="Tinos",
        bold="Tinos-Bold",
        italic="Tinos-Italic",
        boldItalic="Tinos-BoldItalic",
    )
    return FAMILY


@cache
def tinos_codepoints() -> frozenset[int]:
    """Every code point the regular and bold Tinos faces both map to a glyph."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    regular = TTFontFace(str(font_path("Tinos"))).charToGlyph
    bold = TTFontFace(str(font_path("Tinos-Bold"))).charToGlyph
    return frozenset(regular.keys() & bold.keys())


def missing_characters(texts: Iterable[str]) -> list[str]:
    """Characters of `texts` that Tinos cannot print, in order of first appearance."""
    covered = tinos_codepoints()
    seen: dict[str, None] = {}
    for text in texts:
        for char in text:
            if ord(char) not in covered and char not in seen:
                seen[char] = None
    return list(seen)
