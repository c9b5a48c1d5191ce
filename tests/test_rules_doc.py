"""docs/rules.md lists every rule id, every undecided rule and every predicate the engine has.

A maintainer reviews the law from that page; a rule the page does not name is a rule nobody
reviews.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.law.loader import default_rulebook
from assistant.law.registry import PREDICATES

DOC = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")


def _mentioned(name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", DOC) is not None


def test_every_rule_id_is_in_docs_rules_md() -> None:
    ids = {rule.id for rule in default_rulebook().rules}
    assert sorted(i for i in ids if not _mentioned(i)) == []


def test_the_undecided_rules_are_listed_as_such() -> None:
    bullet = DOC[DOC.index("* **undecided**") : DOC.index("* An UNCONFIRMED point")]
    undecided = {rule.id for rule in default_rulebook().rules if rule.undecided}
    listed = set(re.findall(r"[A-Z][A-Za-z0-9]*(?:\.[a-z0-9_A-Z]+)+", bullet))
    assert listed == undecided


def test_every_predicate_is_in_docs_rules_md() -> None:
    assert sorted(name for name in PREDICATES if f"`{name}`" not in DOC) == []
