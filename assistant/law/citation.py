"""Citations of statute articles and resolution paragraphs, written per language.

How a citation reads in each language ("п. 1 ч. 1 ст. 489 УПК РК", "CPC RK Art. 489(1)(1)")
is data in `acts.toml`; this module only fills the pattern.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import msgspec

from assistant.case.enums import Language
from assistant.law.toml_copy import read_toml
from assistant.resources import package_path

ACTS_FILE = package_path("law", "acts.toml")


class Citation(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One reference: an act and its article/part/item, or a resolution paragraph."""

    act: str
    article: str = ""
    part: int | None = None
    item: str = ""
    paragraph: int | None = None

    def key(self) -> str:
        """A compact language-neutral form, e.g. "CPC 489(1)(1)" or "NR1 para. 7"."""
        if self.paragraph is not None:
            return f"{self.act} para. {self.paragraph}"
        text = f"{self.act} {self.article}"
        if self.part is not None:
            text += f"({self.part})"
        if self.item:
            text += f"({self.item})"
        return text

    def format(self, language: Language) -> str:
        """The citation as a lawyer writes it in `language`."""
        data = _acts_data()
        act_name = data["acts"][self.act][language.value]
        patterns = data["patterns"][language.value]
        if self.paragraph is not None:
            pattern = patterns["paragraph"]
        elif self.item and self.part is not None:
            pattern = patterns["item"]
        elif self.item:
            pattern = patterns["item_no_part"]
        elif self.part is not None:
            pattern = patterns["part"]
        else:
            pattern = patterns["article"]
        return str(pattern).format(
            act=act_name,
            article=self.article,
            part=self.part,
            item=self.item,
            paragraph=self.paragraph,
        )


@cache
def _acts_data() -> dict[str, Any]:
    return read_toml(ACTS_FILE)


def known_acts() -> frozenset[str]:
    """Act codes a citation may name (the loader rejects others)."""
    return frozenset(_acts_data()["acts"])


def format_citations(citations: tuple[Citation, ...] | list[Citation], language: Language) -> str:
    """Several citations joined for one message line."""
    return "; ".join(c.format(language) for c in citations)


def ground_citation(ground: str) -> Citation:
    """The citation of a return ground as rule data writes it: a CPC article, part and item
    ("489(1)(3)", "501(3)") or a resolution paragraph by its key ("NR9 para. 5")."""
    act, _, paragraph = ground.partition(" para. ")
    if paragraph:
        return Citation(act=act, paragraph=int(paragraph))
    article, *rest = ground.replace(")", "").split("(")
    part = int(rest[0]) if rest else None
    item = rest[1] if len(rest) > 1 else ""
    return Citation(act="CPC", article=article, part=part, item=item)
