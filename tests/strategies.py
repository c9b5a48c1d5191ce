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


def cases() -> st.SearchStrategy[Case]:
    """Any case the model admits, including absurd dates and hostile text."""
    return struct_strategy(Case)
