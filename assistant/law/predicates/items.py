"""Data-driven predicates over list items and date pairs (A4-A7, N4, N10, N8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import msgspec

from assistant.case.model import Case
from assistant.law.pointers import item_number, resolve, validate_pattern
from assistant.law.registry import Context, Hit, predicate


class ItemMatchParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Items of a list whose fields hold given values.

    `all_of`: every named field must hold one of its values; `any_of`: at least one named field
    must (when given); `none_of`: no named field may. Values are the stored strings.
    """

    items: str
    all_of: dict[str, list[str]] = msgspec.field(default_factory=dict)
    any_of: dict[str, list[str]] = msgspec.field(default_factory=dict)
    none_of: dict[str, list[str]] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.all_of and not self.any_of:
            raise ValueError("item_matches needs `all_of` or `any_of`")
        for field in [*self.all_of, *self.any_of, *self.none_of]:
            validate_pattern(f"{self.items}/{field}")


def _holds(item: dict[str, Any], field: str, values: list[str]) -> bool:
    return item.get(field) in values


def _matched_fields(item: dict[str, Any], params: ItemMatchParams) -> list[str] | None:
    """The fields that made `item` match, or None when it does not match."""
    if not all(_holds(item, f, v) for f, v in params.all_of.items()):
        return None
    if any(_holds(item, f, v) for f, v in params.none_of.items()):
        return None
    matched_any = [f for f, v in params.any_of.items() if _holds(item, f, v)]
    if params.any_of and not matched_any:
        return None
    return [*params.all_of, *matched_any]


@predicate("item_matches", ItemMatchParams)
def item_matches(case: Case, ctx: Context, params: ItemMatchParams) -> Iterator[Hit]:
    """Fires once for every list item that matches (e.g. each act of a barred kind)."""
    for pointer, item in resolve(ctx.data, params.items):
        if not isinstance(item, dict):
            continue
        fields = _matched_fields(item, params)
        if fields is not None:
            yield Hit(
                fields=tuple(f"{pointer}/{field}" for field in fields),
                params=item_number(pointer),
            )


class DatePairParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Two date fields that must be in order: `earlier` on or before `later`."""

    earlier: str
    later: str

    def __post_init__(self) -> None:
        validate_pattern(self.earlier)
        validate_pattern(self.later)


def _first_date(data: dict[str, Any], pattern: str) -> dt.date | None:
    for _, value in resolve(data, pattern):
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None
    return None


@predicate("dates_out_of_order", DatePairParams)
def dates_out_of_order(case: Case, ctx: Context, params: DatePairParams) -> Iterator[Hit]:
    """Fires when both dates are given and `earlier` is after `later` (an impossible pair)."""
    earlier = _first_date(ctx.data, params.earlier)
    later = _first_date(ctx.data, params.later)
    if earlier is not None and later is not None and earlier > later:
        yield Hit(
            fields=(params.earlier, params.later),
            params={"earlier": earlier, "later": later},
        )
