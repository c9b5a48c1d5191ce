"""Importing this package registers every predicate the rule files may name."""

from assistant.law.predicates import (
    appeal,
    checklist,
    filing,
    generic,
    items,
    new_circumstances,
    pg_petition,
    reviewability,
    standing,
    time,
    triage,
    typed,
    wording,
)

__all__ = [
    "appeal",
    "checklist",
    "filing",
    "generic",
    "items",
    "new_circumstances",
    "pg_petition",
    "reviewability",
    "standing",
    "time",
    "triage",
    "typed",
    "wording",
]
