"""The strict loader: every kind of broken rule file fails at start, naming file and problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.enums import DocumentKind
from assistant.law.loader import RuleFileError, default_rulebook, load_rules
from assistant.law.rule import Severity, Status, return_grounds

BROKEN = Path(__file__).parent / "data" / "broken_rules"

# folder -> a fragment the error message must contain
EXPECTED_PROBLEMS = {
    "bad-toml": "not valid TOML",
    "unknown-key": "colour",
    "bad-date": "valid_from",
    "until-before-from": "valid_until is before valid_from",
    "unknown-field": "no field 'fullname'",
    "unknown-param-path": "no field 'nmae'",
    "unknown-predicate": "unknown predicate 'is_missing'",
    "bad-params": "where",
    "unconfirmed-return": "UNCONFIRMED",
    "return-without-ground": "needs a ground",
    "unknown-ground": "489(1)(6)",
    "ground-of-another-document": "unknown ground 'NR9 para. 5' for ['cassation']",
    # An appeal is returned under 423(2) or 418(1), never under an item of 489(1).
    "ground-of-another-kind": "('423(2)', '418(1)')",
    "redirect-without-route": "needs a known route",
    "unknown-act": "unknown act 'UPK'",
    "id-not-in-row": "must start with its row",
    "duplicate-id": "duplicate id",
    "overlapping-periods": "overlaps",
}


@pytest.mark.parametrize("folder", sorted(EXPECTED_PROBLEMS))
def test_each_broken_file_is_rejected_with_its_problem(folder: str) -> None:
    with pytest.raises(RuleFileError) as error:
        load_rules(BROKEN / folder)
    assert EXPECTED_PROBLEMS[folder] in str(error.value)
    assert error.value.path.parent.name == folder


def test_every_broken_example_folder_is_covered() -> None:
    folders = {p.name for p in BROKEN.iterdir() if p.is_dir()} - {"good-dated-versions"}
    assert folders == set(EXPECTED_PROBLEMS)


def test_consecutive_dated_versions_of_one_rule_load() -> None:
    book = load_rules(BROKEN / "good-dated-versions")
    assert len(book.rules) == 2
    assert [r.valid_from for r in book.in_force_on(dt.date(2027, 6, 30))] == [dt.date(2025, 7, 1)]
    assert [r.valid_from for r in book.in_force_on(dt.date(2027, 7, 1))] == [dt.date(2027, 7, 1)]


def test_shipped_rules_load_and_are_consistent() -> None:
    book = default_rulebook()
    assert len(book.rules) >= 30
    ids = [r.id for r in book.rules]
    for rule in book.rules:
        if rule.status is Status.UNCONFIRMED:
            assert rule.severity in (Severity.WARNING, Severity.INFO), rule.id
        if rule.severity is Severity.RETURN:
            assert rule.ground in return_grounds(rule.kinds), rule.id
        if DocumentKind.CASSATION in rule.kinds and rule.ground is not None:
            assert rule.ground.startswith("489(1)("), rule.id
    assert "R6" not in ids, "489(1)(6) was repealed on 1 July 2025 and must not be applied"
