"""Run-time retranslation: widgets remember which msgid feeds which setter and re-apply `_`."""

from __future__ import annotations

from collections.abc import Callable

from assistant.i18n import _


class TextBindings:
    """A list of (setter, msgid) pairs; `apply()` sets every text in the current UI language."""

    def __init__(self) -> None:
        self._pairs: list[tuple[Callable[[str], object], str]] = []

    def bind(self, setter: Callable[[str], object], msgid: str) -> None:
        """Remember the pair and set the text now."""
        self._pairs.append((setter, msgid))
        setter(_(msgid))

    def apply(self) -> None:
        for setter, msgid in self._pairs:
            setter(_(msgid))
