"""Plain-language help for the items of CPC Art. 485(1), read from `grounds_help.toml`.

Each item has a label, an explanation and an example argument (English msgids; the catalogs
translate them). Its citation is always CPC 485(1)(item); an entry may add further citations
under `citations` (e.g. the paragraph of Resolution No. 1 that explains the item). The loader is
strict like the rule loader: a missing, duplicated or empty item fails at start with the file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import msgspec

from assistant.case.enums import Ground, Language
from assistant.i18n import gettext_in
from assistant.law.citation import Citation, format_citations, known_acts
from assistant.law.toml_copy import read_toml
from assistant.resources import package_path

GROUNDS_HELP_FILE = package_path("law", "grounds_help.toml")


class GroundsHelpError(ValueError):
    """A grounds help file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class GroundHelp(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Label, explanation and example of one item of Art. 485(1) (English msgids)."""

    id: Ground
    label: str
    explanation: str
    example: str
    citations: list[Citation] = msgspec.field(default_factory=list)

    @property
    def citation(self) -> Citation:
        """The item itself: CPC Art. 485(1)(item)."""
        return Citation(act="CPC", article="485", part=1, item=self.id.value)

    def all_citations(self) -> list[Citation]:
        return [self.citation, *self.citations]

    def label_in(self, language: Language) -> str:
        return gettext_in(language, self.label)

    def citation_text(self, language: Language) -> str:
        return format_citations(self.all_citations(), language)


class _HelpFile(msgspec.Struct, forbid_unknown_fields=True):
    item: list[GroundHelp]


def _problems(entries: list[GroundHelp]) -> list[str]:
    problems: list[str] = []
    seen: set[Ground] = set()
    acts = known_acts()
    for entry in entries:
        if entry.id in seen:
            problems.append(f"item {entry.id.value} appears twice")
        seen.add(entry.id)
        texts = (entry.label, entry.explanation, entry.example)
        if not all(text.strip() for text in texts):
            problems.append(f"item {entry.id.value}: label, explanation and example are required")
        problems += [
            f"item {entry.id.value}: unknown act {c.act!r}"
            for c in entry.citations
            if c.act not in acts
        ]
    missing = [g.value for g in Ground if g not in seen]
    if missing:
        problems.append(f"items missing: {', '.join(missing)}")
    return problems


def load_grounds_help(path: Path = GROUNDS_HELP_FILE) -> dict[Ground, GroundHelp]:
    """Every item's help, in the order of Art. 485(1); raise GroundsHelpError on a bad file."""
    try:
        entries = msgspec.convert(read_toml(path), _HelpFile).item
    except (ValueError, msgspec.ValidationError) as exc:  # not UTF-8, not TOML, not the shape
        raise GroundsHelpError(path, str(exc)) from exc
    problems = _problems(entries)
    if problems:
        raise GroundsHelpError(path, "; ".join(problems))
    by_item = {entry.id: entry for entry in entries}
    return {ground: by_item[ground] for ground in Ground}


@cache
def default_grounds_help() -> dict[Ground, GroundHelp]:
    """The shipped help, loaded once per process."""
    return load_grounds_help()
