"""Babel extractor for the messages kept in the law data files (rules, routes, grounds help).

Every TOML string under a key named in `_MESSAGE_KEYS` is a msgid in English; the catalogs
translate it like any string in code. Registered as the `kassatsiya_rules` extractor.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from typing import IO, Any

_MESSAGE_KEYS = frozenset({"message", "hint", "name", "where", "explanation", "example", "label"})

Extracted = tuple[int, str, str, list[str]]


def _walk(node: Any, comment: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Mapping):
        node_id = str(node.get("id", comment))
        for key, value in node.items():
            if key in _MESSAGE_KEYS and isinstance(value, str) and value:
                yield value, f"{node_id}.{key}"
            else:
                yield from _walk(value, node_id)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, comment)


def extract_rule_messages(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[Extracted]:
    """Yield (line, function, message, comments) for babel, one per message string."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for message, where in _walk(data, ""):
        yield 1, "", message, [where]
