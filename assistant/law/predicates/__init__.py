"""Importing this package registers every predicate the rule files may name."""

from assistant.law.predicates import checklist, generic, time

__all__ = ["checklist", "generic", "time"]
