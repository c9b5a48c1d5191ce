"""Make user text storable in DOCX (XML) and PDF, and say what was changed.

XML 1.0 cannot hold most control characters, lone surrogates or U+FFFE/U+FFFF; python-docx
would raise on them and reportlab would print garbage. They are replaced by a visible marker
such as "[U+0007]" and reported, never dropped silently. Tabs become spaces; line breaks are
kept for multi-line fields (the builder makes separate paragraphs of them).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from assistant.i18n import _

_NONCHARACTERS = frozenset({0xFFFE, 0xFFFF})


def marker(char: str) -> str:
    """The visible stand-in for a character that cannot be stored or printed."""
    return f"[U+{ord(char):04X}]"


def is_unstorable(char: str) -> bool:
    """True for control characters (except tab and line breaks), surrogates, U+FFFE/U+FFFF."""
    if char in "\t\n\r":
        return False
    return unicodedata.category(char) in {"Cc", "Cs"} or ord(char) in _NONCHARACTERS


def sanitize_text(text: str, *, multiline: bool = False) -> tuple[str, list[str]]:
    """`text` with unstorable characters replaced by markers, and the markers it used."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    found: list[str] = []
    parts: list[str] = []
    for char in text:
        if is_unstorable(char):
            found.append(marker(char))
            parts.append(marker(char))
        else:
            parts.append(char)
    return "".join(parts), found


@dataclass
class Sanitizer:
    """Cleans every field the builder prints and collects one warning per affected field."""

    warnings: list[str] = field(default_factory=list)

    def inline(self, text: str, where: str) -> str:
        """One-line text (names, numbers, addresses): line breaks become spaces."""
        return self._clean(text, where, multiline=False)

    def paragraphs(self, text: str, where: str) -> list[str]:
        """Multi-line text split into its non-empty paragraphs."""
        cleaned = self._clean(text, where, multiline=True)
        return [line.strip() for line in cleaned.split("\n") if line.strip()]

    def _clean(self, text: str, where: str, *, multiline: bool) -> str:
        cleaned, found = sanitize_text(text, multiline=multiline)
        if found:
            self.warnings.append(
                _("%(field)s: characters that cannot be stored were replaced by %(markers)s")
                % {"field": where, "markers": ", ".join(sorted(set(found)))}
            )
        return cleaned.strip()
