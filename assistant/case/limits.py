"""How much a field of the case may hold: bounds that keep every case checkable and printable.

A 50 MB name or a page count of -999999999 is never a real complaint; without a bound the
first makes an export run out of memory and the second is printed into a complaint marked
ready. The bounds are part of the model, so the loader refuses a file that breaks one with the
field's JSON pointer, `docs/case-file.schema.json` states them (maxLength, minimum, maximum),
and the window's inputs never accept more (`ui/editors.py`).
"""

from __future__ import annotations

from typing import Annotated

import msgspec

MAX_LINE_CHARS = 32_767
"""A one-line field (a name, a court, an address, a file path): Qt's own limit for a line
input, and the longest path Windows accepts."""

MAX_PROSE_CHARS = 1_000_000
"""A field written in the filer's own words (arguments, the proceedings, the request): about
300 printed pages, more than any complaint needs, and still exported in a few seconds."""

MAX_PROSE_LINES = 10_000
"""Lines of one prose field. Each line is a paragraph of the complaint, and a paragraph costs
the export about as much as a hundred characters do: 1,000,000 characters as one-letter lines
would be 500,000 paragraphs, some 16,000 pages. msgspec cannot state this bound, so
`prose_over_lines` checks it (the loader, `assistant/casefile/format.py`)."""

TOO_MANY_LINES = "Expected `str` of at most 10000 lines"
"""The technical detail of that error, worded as msgspec words its own bounds."""

MAX_PAGES = 100_000
"""Pages of one attached document or copy. 0 is allowed, as "not entered": earlier versions
stored the count of an empty PDF as 0."""

Line = Annotated[str, msgspec.Meta(max_length=MAX_LINE_CHARS)]
Prose = Annotated[str, msgspec.Meta(max_length=MAX_PROSE_CHARS)]
Pages = Annotated[int, msgspec.Meta(ge=0, le=MAX_PAGES)]


def prose_over_lines(case: object) -> str | None:
    """The JSON pointer of the first prose field with more than MAX_PROSE_LINES lines, or None."""
    from assistant.case.model import Case
    from assistant.case.text_fields import all_prose_fields

    if not isinstance(case, Case):
        return None
    for pointer, text in all_prose_fields(case):
        if line_count(text) > MAX_PROSE_LINES:
            return pointer
    return None


def line_count(text: str) -> int:
    """Lines as the document builder makes paragraphs of them: CR LF, LF and CR end a line."""
    return text.count("\n") + text.count("\r") - text.count("\r\n") + 1
