"""Find a key written twice in one JSON object: the file does not say which value it means.

msgspec (like most JSON readers) silently keeps the last of two equal keys, so a second
`"case": {}` would empty a case without a word. The standard library's `json` reports every
object's pairs in order through `object_pairs_hook`; an object that repeats a key is marked,
and the marked object is then looked for in the parsed tree to name its place.
"""

from __future__ import annotations

from typing import Any

from assistant.case.pointer import escape


class _Repeated(dict[str, Any]):
    """A JSON object in which `key` appears more than once."""

    key: str = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            repeated = _Repeated(pairs)
            repeated.key = key
            return repeated
        seen[key] = value
    return seen


def _ignore(_text: str) -> int:
    """Numbers are not needed to find keys; skipping them also skips the 4,300-digit limit."""
    return 0


def _find(tree: Any) -> str | None:
    """The pointer of the first repeated key in document order, or None."""
    stack: list[tuple[str, Any]] = [("", tree)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, _Repeated):
            return f"{pointer}/{escape(node.key)}"
        children: list[tuple[str, Any]] = []
        if isinstance(node, dict):
            children = [(f"{pointer}/{escape(k)}", v) for k, v in node.items()]
        elif isinstance(node, list):
            children = [(f"{pointer}/{i}", v) for i, v in enumerate(node)]
        stack.extend(reversed(children))
    return None


def first_repeated_key(data: bytes) -> str | None:
    """The JSON pointer (RFC 6901, from the document's root) of the first key that appears
    twice in one object of `data`, e.g. "/case/filer/full_name"; None when there is none.

    `data` must already be valid JSON (the strict decoder has read it): a parse error here
    raises ValueError.
    """
    import json  # lazy: only an opened case needs it, and the window starts without json

    tree = json.loads(
        data, object_pairs_hook=_pairs, parse_int=_ignore, parse_float=_ignore,
        parse_constant=_ignore,
    )  # fmt: skip
    return _find(tree)
