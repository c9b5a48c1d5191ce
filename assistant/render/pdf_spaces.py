"""Keep U+202F NARROW NO-BREAK SPACE in reportlab paragraphs.

reportlab's paragraph splitter counts U+202F as an ordinary breaking space: it may break the
line there and writes a plain space instead, so babel's «1 000 ₸» loses its character in the
PDF text. We replace the splitter once per process with one that splits on the same characters
minus U+202F (U+00A0 is already kept by reportlab).
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.platypus import paragraph

_KEEP = "\u202f\u00a0"


def _split(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
    """reportlab's `split` without breaking at U+202F or U+00A0."""
    if isinstance(text, bytes):
        text = text.decode("utf8")
    if isinstance(delim, bytes):
        delim = delim.decode("utf8")
    if delim is not None:
        return text.split(delim)
    return _breaking().split(text)


@cache
def _breaking() -> re.Pattern[str]:
    spaces = "".join(c for c in paragraph._wsc if c not in _KEEP)
    return re.compile(f"[{re.escape(spaces)}]+")


@cache
def keep_narrow_no_break_space() -> None:
    """Install the splitter (idempotent)."""
    paragraph.split = _split
