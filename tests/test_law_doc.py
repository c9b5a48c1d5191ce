"""docs/law.md, the legal provenance, names every act, row, rule and cited provision.

A maintainer reviews the law from that page without the outside reference; a provision the
page does not list, or lists with the wrong rules, is a citation nobody reviews. The page's §2
was generated from the rule book; this test keeps it equal to the data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from assistant.law.citation import known_acts
from assistant.law.loader import default_rulebook

DOC = (Path(__file__).resolve().parent.parent / "docs" / "law.md").read_text(encoding="utf-8")

# The rows of the legal reference (statutes.md §15, README rows N) and the engine's own guards.
REFERENCE_ROWS = (
    ["R1", "R1a", "R1b", "R2", "R3", "R4", "R5", "R6"]
    + [f"A{n}" for n in range(1, 9)]
    + ["A3'"]
    + [f"P{n}" for n in range(1, 6)]
    + [f"T{n}" for n in range(1, 5)]
    + [f"F{n}" for n in range(1, 6)]
    + [f"N{n}" for n in range(1, 17)]
    + ["LAW", "INPUT"]
)


# The reference keeps the wording of CPC 484(2)(1) in force from 1 July 2027 as row A3'; the rule
# files keep row "A3" for both periods (one id, two dated versions).
A3_2027 = dt.date(2027, 7, 1)


def _doc_row(rule_row: str, valid_from: dt.date) -> str:
    return "A3'" if rule_row == "A3" and valid_from >= A3_2027 else rule_row


def _table_line(first_cell: str) -> str:
    """The one table line of the page whose first cell is `first_cell`."""
    lines = [
        line
        for line in DOC.splitlines()
        if line.startswith("|") and line.split("|")[1].strip() == first_cell
    ]
    assert len(lines) == 1, f"{first_cell!r}: {len(lines)} table lines in docs/law.md"
    return lines[0]


def _cell(line: str, index: int) -> str:
    return line.split("|")[index + 1]


def _citers(cell: str) -> tuple[set[str], set[str], set[str]]:
    """Rule ids, routes and parameters named in a "cited by" cell."""
    routes = set(re.findall(r"route `([^`]+)`", cell))
    parameters = set(re.findall(r"parameter `([^`]+)`", cell))
    rest = re.sub(r"(?:route|parameter) `[^`]+`", "", cell)
    rest = re.sub(r"\([^)]*\)", "", rest)  # "A3 (until 2027-06-30)"
    rules = {token.strip() for token in re.split(r"[,;]", rest) if token.strip()}
    return rules, routes, parameters


def _cited_provisions() -> dict[str, tuple[set[str], set[str], set[str]]]:
    book = default_rulebook()
    found: dict[str, tuple[set[str], set[str], set[str]]] = defaultdict(
        lambda: (set(), set(), set())
    )
    for rule in book.rules:
        for citation in rule.citations:
            found[citation.key()][0].add(rule.id)
    for route in book.routes.values():
        for citation in route.citations:
            found[citation.key()][1].add(route.id)
    for versions in book.parameters.values():
        for version in versions:
            for citation in version.citations:
                found[citation.key()][2].add(version.id)
    return dict(found)


def test_every_act_code_has_its_section() -> None:
    missing = [
        code
        for code in sorted(known_acts())
        if not re.search(rf"^### {re.escape(code)} — ", DOC, re.MULTILINE)
    ]
    assert missing == []


def test_every_row_id_has_its_line() -> None:
    rows = set(REFERENCE_ROWS) | {rule.row for rule in default_rulebook().rules}
    for row in sorted(rows):
        _table_line(row)


def test_every_rule_id_is_on_the_line_of_its_row() -> None:
    missing = []
    for rule in default_rulebook().rules:
        row = _doc_row(rule.row, rule.valid_from)
        rule_ids = _cell(_table_line(row), 2)
        if not re.search(rf"(?<![\w.]){re.escape(rule.id)}(?![\w.])", rule_ids):
            missing.append(f"{rule.id} (row {row})")
    assert missing == []


@pytest.mark.parametrize("key", sorted(_cited_provisions()))
def test_every_cited_provision_lists_exactly_what_cites_it(key: str) -> None:
    expected = _cited_provisions()[key]
    assert _citers(_cell(_table_line(f"`{key}`"), 1)) == expected


def test_every_route_lists_the_rules_that_point_to_it() -> None:
    book = default_rulebook()
    for route_id in book.routes:
        named = {rule.id for rule in book.rules if rule.route == route_id}
        listed = _citers(_cell(_table_line(f"`{route_id}`"), 2))[0] - {"—"}
        assert listed == named, route_id
