"""Reading and writing case fields named by JSON pointers (`/filer/full_name`, `/acts/1/court`)."""

from __future__ import annotations

import types
import typing
from typing import Any

import msgspec


def tokens_of(pointer: str) -> list[str]:
    """The tokens of a pointer (`~1` and `~0` unescaped)."""
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


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
