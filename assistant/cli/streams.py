"""Standard output that can carry Kazakh text whatever the console's code page.

On Windows, output that goes to a file or a pipe is encoded with the ANSI code page, and
cp1251 has no ә ғ қ ң ө ұ ү һ: `check --json > out.json` on a Kazakh case failed after the
work was done. The bundle runs in Python's UTF-8 mode, but PYTHONIOENCODING overrides it, and a
pip-installed console script has neither, so the CLI fixes its streams itself at start:

* a file or a pipe gets UTF-8, what JSON readers and editors expect;
* a terminal keeps its encoding (it is what the screen shows) and prints a character it
  lacks as "?" instead of failing. Windows' own console already takes UTF-8 (PEP 528).
"""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Iterable
from typing import TextIO

_UNICODE_CODECS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)


def carries_all_text(encoding: str | None) -> bool:
    """True for an encoding of all of Unicode (UTF-8/16/32); False for a code page."""
    if not encoding:
        return False
    try:
        return codecs.lookup(encoding).name in _UNICODE_CODECS
    except LookupError:
        return False


def make_unicode_safe(stream: TextIO | None) -> None:
    """Reconfigure one text stream as the module doc says; leave anything else alone."""
    if not isinstance(stream, io.TextIOWrapper) or carries_all_text(stream.encoding):
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def make_standard_streams_unicode_safe(streams: Iterable[TextIO | None] | None = None) -> None:
    """stdout and stderr (None in a windowed program, which has no console)."""
    for stream in (sys.stdout, sys.stderr) if streams is None else streams:
        make_unicode_safe(stream)
