"""Patterns of JSON pointers into the case, with `*` for "every item of a list".

Rules name the fields they concern as patterns like `/acts/*/court`; the loader checks each
pattern against the `Case` type so a typo fails at start, and the engine resolves patterns
against the case (as plain builtins) into concrete pointers like `/acts/1/court`. Tokens are
split and escaped by `assistant.case.pointer` (RFC 6901), so `~0` and `~1` mean what they say.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any

import msgspec

from assistant.case.model import Case
from assistant.case.pointer import PointerSyntaxError, escape, tokens


class PointerError(ValueError):
    """A pattern that does not name a field of the case."""


def _unwrap_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


@cache
def _struct_fields(struct_type: type[msgspec.Struct]) -> dict[str, Any]:
    hints = typing.get_type_hints(struct_type)
    return {name: hints[name] for name in struct_type.__struct_fields__}


def validate_pattern(pattern: str) -> None:
    """Raise PointerError unless `pattern` names a field (or list item) of `Case`."""
    if not pattern.startswith("/"):
        raise PointerError(f"pointer {pattern!r} must start with '/'")
    try:
        parts = tokens(pattern)
    except PointerSyntaxError as exc:
        raise PointerError(str(exc)) from exc
    tp: Any = Case
    for token in parts:
        tp = _unwrap_optional(tp)
        if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
            fields = _struct_fields(tp)
            if token not in fields:
                raise PointerError(f"pointer {pattern!r}: {tp.__name__} has no field {token!r}")
            tp = fields[token]
        elif typing.get_origin(tp) is list:
            if token != "*" and not token.isdigit():
                raise PointerError(f"pointer {pattern!r}: list index must be '*' or a number")
            tp = typing.get_args(tp)[0]
        else:
            raise PointerError(f"pointer {pattern!r}: cannot descend into {token!r}")


def resolve(data: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Yield (concrete pointer, value) for every place `pattern` matches in `data`."""
    yield from _resolve(data, tokens(pattern), "")


def _resolve(node: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, Any]]:
    if not parts:
        yield prefix, node
        return
    head, rest = parts[0], parts[1:]
    if isinstance(node, list):
        if head == "*":
            for index, item in enumerate(node):
                yield from _resolve(item, rest, f"{prefix}/{index}")
        elif head.isdigit() and int(head) < len(node):
            yield from _resolve(node[int(head)], rest, f"{prefix}/{head}")
    elif isinstance(node, dict):
        if head in node:
            yield from _resolve(node[head], rest, f"{prefix}/{escape(head)}")
        else:
            yield f"{prefix}/{escape(head)}", None
    elif node is None:
        yield prefix + "".join(f"/{escape(token)}" for token in parts), None


def item_number(pointer: str) -> dict[str, object]:
    """`{"number": n}`, the 1-based position of the pointer's first list index (for messages
    such as "Contested act No. 2"); empty when the pointer has no index."""
    for token in tokens(pointer):
        if token.isdigit():
            return {"number": int(token) + 1}
    return {}


def is_blank(value: Any) -> bool:
    """Empty for the checklist: None, an empty or whitespace string, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return len(value) == 0
    return False
