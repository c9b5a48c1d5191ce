"""Importing this package registers every predicate the rule files may name."""

from assistant.law.predicates import (
    checklist,
    execution_petition,
    filing,
    generic,
    items,
    reviewability,
    standing,
    time,
    triage,
    wording,
)

__all__ = [
    "checklist",
    "execution_petition",
    "filing",
    "generic",
    "items",
    "reviewability",
    "standing",
    "time",
    "triage",
    "wording",
]
