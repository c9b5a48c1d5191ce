"""The plain-language help for the Art. 485(1) items, read from `assistant/law/grounds_help.toml`."""

from __future__ import annotations

import tomllib
from functools import cache

import msgspec

from assistant.case.enums import Ground
from assistant.resources import package_path


class GroundHelp(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Label, explanation and example of one item (English msgids)."""

    id: Ground
    label: str
    explanation: str
    example: str


class _HelpFile(msgspec.Struct, forbid_unknown_fields=True):
    item: list[GroundHelp]


@cache
def grounds_help() -> dict[Ground, GroundHelp]:
    """Help for every item; a missing item is an installation error and fails loudly."""
    with package_path("law", "grounds_help.toml").open("rb") as fh:
        data = msgspec.convert(tomllib.load(fh), _HelpFile)
    helps = {entry.id: entry for entry in data.item}
    missing = [g.value for g in Ground if g not in helps]
    if missing:
        raise ValueError(f"grounds_help.toml lacks items {missing}")
    return helps
