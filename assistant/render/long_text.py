"""Cut an over-long paragraph into pieces before page layout, so export time stays linear.

reportlab lays a paragraph that crosses a page out again from its first remaining word at
every page break, so its time grows with the square of the paragraph: one 2 MB paragraph took
160 s and one 160,000-character word 23 s, while the same text in short paragraphs took under
a second. A paragraph longer than PIECE_CHARS (about five printed pages, far longer than any
real paragraph) is therefore given to the layout as consecutive pieces that print as one
paragraph: each piece but the first starts without an indent, each but the last ends without
a gap. A piece ends after a sentence when one ends near its limit, else at a space; a word
longer than the whole piece (no real word is) is cut every WORD_PIECE_CHARS characters, each
cut ending a line a little early. Nothing is dropped.
"""

from __future__ import annotations

import re

PIECE_CHARS = 10_000
WORD_PIECE_CHARS = 1_000  # a "word" this long is not one; reportlab splits it at a high cost
_SENTENCE_END = re.compile(r"[.!?…;:»\")]\s")
_SPACE = re.compile(r"\s")
_EARLIEST = 0.6  # a cut is looked for in the last 40 % of a piece


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece that begins at `start` ends (exclusive), at most `limit` characters on."""
    end = start + limit
    if end >= len(text):
        return len(text)
    earliest = start + int(limit * _EARLIEST)
    window = text[earliest:end]
    sentences = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentences:
        return earliest + sentences[-1]
    last_space = max((m.end() for m in _SPACE.finditer(text, start + 1, end)), default=None)
    if last_space is not None:
        return last_space
    return start + min(limit, WORD_PIECE_CHARS)  # inside a word longer than a piece


def layout_pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` as consecutive pieces of at most `limit` characters that join back into it
    (`"".join(pieces) == text`); a text within the limit is one piece."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, limit)
        pieces.append(text[start:end])
        start = end
    return pieces
