"""Predicates that data can parameterise fully: a blank field, an empty list, a condition."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.model import Case
from assistant.law.pointers import is_blank, item_number, resolve
from assistant.law.registry import Context, Hit, NoParams, predicate


class PathParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A field pattern such as `/filer/full_name` or `/acts/*/court`."""

    path: str


@predicate("blank", PathParams)
def blank(case: Case, ctx: Context, params: PathParams) -> Iterator[Hit]:
    """Fires once for every matching field that is empty (each list item separately)."""
    for pointer, value in resolve(ctx.data, params.path):
        if is_blank(value):
            yield Hit(fields=(pointer,), params=item_number(pointer))


@predicate("always", NoParams)
def always(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """Fires once whenever the rule's `when` conditions hold."""
    yield Hit()


@predicate("law_date", NoParams)
def law_date(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """Fires once, naming the date whose law applies (for rules dated by that date alone)."""
    yield Hit(params={"law_date": ctx.law_date})


class ItemFlagParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A list pattern and a boolean field of its items that must be true."""

    items: str
    flag: str


@predicate("item_flag_false", ItemFlagParams)
def item_flag_false(case: Case, ctx: Context, params: ItemFlagParams) -> Iterator[Hit]:
    """Fires for every list item whose `flag` is not true (e.g. no copy of an act attached)."""
    for pointer, item in resolve(ctx.data, params.items):
        if isinstance(item, dict) and item.get(params.flag) is not True:
            yield Hit(fields=(f"{pointer}/{params.flag}",), params=item_number(pointer))
