"""Wrapping a list's texts at spaces only, so «489(1)(1)», «№ 7511-26-00-1/215» or «— ✓» are
never split across lines, and no heading is cut short with "…".

Qt wraps an item's text wherever Unicode allows a break: after a hyphen or a slash and between
")(". The panels wrap their texts here instead, keep the result in `wrapped_role()`, and draw it
through `SpaceWrapDelegate`; the item's own text stays as it is (for copying, for screen
readers, for the tests that compare it with the catalogs).
"""

from __future__ import annotations

from typing import Any

from ui.qt import QStyledItemDelegate

LINE_SEPARATOR = "\u2028"  # a line break Qt keeps in an item's text, which it never wraps itself


def wrapped_role() -> int:
    """The item-data role that holds an item's wrapped text (the one after Qt's `UserRole`,
    which the findings panel's pointers take); read on first use, after the first paint."""
    from ui.qt import Qt  # (ui/qt.py)

    return Qt.ItemDataRole.UserRole.value + 1


def wrap_at_spaces(text: str, width_of: Any, width: int) -> list[str]:
    """`text` broken into lines no wider than `width` (per `width_of(str) -> int`) at spaces
    only; a line break already in `text` stays, and a word wider than `width` keeps a line of
    its own rather than being split."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        first, *words = paragraph.split(" ")
        line = first
        for word in words:
            candidate = f"{line} {word}"
            if line.strip() and word and width_of(candidate) > width:
                lines.append(line)  # the space between them becomes the line break
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def wrapped_text(text: str, width_of: Any, width: int) -> str:
    """`wrap_at_spaces` as one text for `wrapped_role()`, its lines joined by LINE_SEPARATOR."""
    return LINE_SEPARATOR.join(wrap_at_spaces(text, width_of, width))


class SpaceWrapDelegate(QStyledItemDelegate):
    """Draws an item's `wrapped_role()` text, when it has one, in place of its own text."""

    def initStyleOption(self, option: Any, index: Any) -> None:
        super().initStyleOption(option, index)
        wrapped = index.data(wrapped_role())
        if wrapped:
            option.text = wrapped
