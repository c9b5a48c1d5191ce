"""JSON Pointers into the case (RFC 6901): `/filer/full_name`, `/acts/1/court`.

The one place that turns a pointer into its reference tokens and back (`~1` is `/`, `~0` is
`~`), and that reads and writes a case field named by one. Findings, the case file's errors,
the window's inputs and the law tests all name fields this way; rule patterns add `*` for
"every item of a list" on top of it (`assistant/law/pointers.py`).
"""

from __future__ import annotations

import types
import typing
from typing import Any

import msgspec


class PointerSyntaxError(ValueError):
    """A string that is not a JSON Pointer (RFC 6901 §3)."""


def escape(token: str) -> str:
    """One reference token as a pointer writes it (RFC 6901 §3: `~` first, then `/`)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """One reference token as it was (RFC 6901 §4: `~1` first, then `~0`)."""
    return token.replace("~1", "/").replace("~0", "~")


def tokens(pointer: str) -> list[str]:
    """The reference tokens of `pointer`; the empty pointer (the whole case) has none."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerSyntaxError(f"pointer {pointer!r} must be empty or start with '/'")
    return [unescape(token) for token in pointer.split("/")[1:]]


def join(parts: typing.Iterable[str | int]) -> str:
    """The pointer of `parts` (names and list indexes), each escaped."""
    return "".join(f"/{escape(str(part))}" for part in parts)


def _optional_struct_type(owner: msgspec.Struct, name: str) -> type[msgspec.Struct] | None:
    hint = typing.get_type_hints(type(owner))[name]
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if isinstance(arg, type) and issubclass(arg, msgspec.Struct):
                return arg
    return None


def struct_at(root: msgspec.Struct, names: list[str]) -> msgspec.Struct:
    """The struct reached by attribute `names` from `root`, creating an absent optional one."""
    node = root
    for name in names:
        child = getattr(node, name)
        if child is None:
            struct_type = _optional_struct_type(node, name)
            if struct_type is None:
                raise KeyError(name)
            child = struct_type()
            setattr(node, name, child)
        node = child
    return node


def drop_empty_optional(root: msgspec.Struct, names: list[str]) -> None:
    """Put None back for an optional struct the user emptied (e.g. no reclassification)."""
    if not names:
        return
    owner = struct_at(root, names[:-1])
    value: Any = getattr(owner, names[-1])
    struct_type = _optional_struct_type(owner, names[-1])
    if struct_type is not None and value == struct_type():
        setattr(owner, names[-1], None)


def value_at(root: msgspec.Struct, names: list[str]) -> object:
    """The value at attribute `names`, or None when an optional struct on the way is absent."""
    node: Any = root
    for name in names:
        if node is None:
            return None
        node = getattr(node, name)
    return node
