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

MAX_PAGES = 100_000
"""Pages of one attached document or copy. 0 is allowed, as "not entered": earlier versions
stored the count of an empty PDF as 0."""

Line = Annotated[str, msgspec.Meta(max_length=MAX_LINE_CHARS)]
Prose = Annotated[str, msgspec.Meta(max_length=MAX_PROSE_CHARS)]
Pages = Annotated[int, msgspec.Meta(ge=0, le=MAX_PAGES)]
