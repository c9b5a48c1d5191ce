"""Hypothesis strategies that build any `Case` the type allows, from the model's type hints.

Derived from the msgspec structs themselves, so a new field is covered without edits here.
Text includes hostile characters (markup, control characters, emoji, right-to-left letters).
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import msgspec
from hypothesis import strategies as st

from assistant.case.model import Case
from assistant.case.pointer import join
from assistant.case.typed_texts import kind_of

HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["<b>", "&amp;", "</w:t>", "\x00\x01\x0b", "\t\n\r", "😀👍", "שלום עולם", "Әә Ғғ Ққ Ңң"]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)


_SIMPLE: dict[Any, st.SearchStrategy[Any]] = {
    type(None): st.none(),
    bool: st.booleans(),
    int: st.integers(min_value=-(2**31), max_value=2**31),
    float: st.floats(allow_nan=False, allow_infinity=False),
    str: HOSTILE_TEXT,
    dt.date: st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
}


def _strategy_for(tp: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(_strategy_for(arg) for arg in typing.get_args(tp)))
    if origin is list:
        return st.lists(_strategy_for(typing.get_args(tp)[0]), max_size=3)
    if origin is dict:  # `typed_texts`: filled by `cases()`, which knows the empty fields
        return st.just({})
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return struct_strategy(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if tp in _SIMPLE:
        return _SIMPLE[tp]
    raise TypeError(f"no strategy for {tp!r}")


def struct_strategy(struct_type: type[msgspec.Struct]) -> st.SearchStrategy[Any]:
    """Any instance of `struct_type`, field by field."""
    hints = typing.get_type_hints(struct_type)
    fields = {name: _strategy_for(hints[name]) for name in struct_type.__struct_fields__}
    return st.builds(struct_type, **fields)


def _empty_typed_fields(node: Any, path: list[str | int]) -> list[str]:
    """Pointers of the empty date and number fields below `node` (the case as builtins)."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _empty_typed_fields(value, [*path, key])]
    if isinstance(node, list):
        return [p for i, value in enumerate(node) for p in _empty_typed_fields(value, [*path, i])]
    pointer = join(path)
    return [pointer] if node is None and kind_of(pointer) is not None else []


def _with_typed_texts(case: Case) -> st.SearchStrategy[Case]:
    """`case` with texts typed into some of its empty date and number fields."""
    empty = _empty_typed_fields(msgspec.to_builtins(case), [])
    if not empty:
        return st.just(case)
    typed = st.dictionaries(
        st.sampled_from(empty), HOSTILE_TEXT.filter(lambda text: bool(text.strip())), max_size=2
    )
    return typed.map(lambda texts: msgspec.structs.replace(case, typed_texts=texts))


def cases() -> st.SearchStrategy[Case]:
    """Any case the model admits, including absurd dates, hostile text and typed texts."""
    return struct_strategy(Case).flatmap(_with_typed_texts)
