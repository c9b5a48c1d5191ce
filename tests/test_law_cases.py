"""Run the law tests of tests/law/*.toml through the engine, and check they cover every rule.

Every rule id of the shipped rule book needs a scenario where it fires and a near-miss where
it does not; every id a scenario names must exist, so a typo cannot make a test vacuous.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.case.enums import Language
from assistant.law.engine import evaluate, law_date_of
from assistant.law.loader import default_rulebook
from tests.law_scenarios import LoadedScenario, all_scenarios, build_case

SCENARIOS = all_scenarios()


@pytest.mark.parametrize("loaded", SCENARIOS, ids=[s.test_id for s in SCENARIOS])
def test_scenario(loaded: LoadedScenario) -> None:
    scenario = loaded.scenario
    report = evaluate(build_case(scenario), scenario.today, files=scenario.file_facts())
    fired = {finding.rule.id for finding in report.findings}
    missing = sorted(set(scenario.expect) - fired)
    unwanted = sorted(set(scenario.absent) & fired)
    context = f"{scenario.why} fired: {sorted(fired)}"
    assert not missing, f"expected {missing} to fire. {context}"
    assert not unwanted, f"expected {unwanted} not to fire. {context}"
    if scenario.ready is not None:
        blocking = sorted(f.rule.id for f in report.blocking)
        assert report.is_ready() is scenario.ready, f"blocking: {blocking}. {context}"
    for language in Language:  # every message's placeholders are filled by its predicate
        report.to_json(language)


def test_repealed_item_6_of_art_489_is_never_applied() -> None:
    """R6 (489(1)(6), repeat complaints) was repealed on 1 July 2025: no rule may use it."""
    for rule in default_rulebook().rules:
        assert rule.row != "R6" and not rule.id.startswith("R6"), rule.id
        assert rule.ground != "489(1)(6)", rule.id


def test_scenario_names_are_unique() -> None:
    ids = [s.test_id for s in SCENARIOS]
    assert len(ids) == len(set(ids))


def test_scenarios_name_only_existing_rules() -> None:
    known = {rule.id for rule in default_rulebook().rules}
    named = {i for s in SCENARIOS for i in (*s.scenario.expect, *s.scenario.absent)}
    assert named <= known, sorted(named - known)


def test_every_rule_has_a_trigger_and_a_near_miss() -> None:
    triggered = {i for s in SCENARIOS for i in s.scenario.expect}
    missed = {i for s in SCENARIOS for i in s.scenario.absent}
    ids = {rule.id for rule in default_rulebook().rules}
    assert not ids - triggered, f"no scenario triggers {sorted(ids - triggered)}"
    assert not ids - missed, f"no near-miss scenario for {sorted(ids - missed)}"


def _law_dates(rule_id: str) -> list[dt.date]:
    """Law dates (filing date, else today) of the scenarios that name `rule_id`."""
    dates = []
    for loaded in SCENARIOS:
        scenario = loaded.scenario
        if rule_id in scenario.expect or rule_id in scenario.absent:
            dates.append(law_date_of(build_case(scenario), scenario.today))
    return dates


def test_every_dated_rule_is_tested_on_both_sides_of_its_dates() -> None:
    """A version that starts after the rules' common start, or ends, is tested either side.

    The common start is the earliest start of a rule still in force (1 July 2025); the engine's
    guard for earlier dates (LAW.period) ends there and is tested on both sides like any other.
    """
    book = default_rulebook()
    start = min(rule.valid_from for rule in book.rules if rule.valid_until is None)
    for rule in book.rules:
        dates = _law_dates(rule.id)
        if rule.valid_until is not None:
            end = rule.valid_until
            assert any(d <= end for d in dates), f"{rule.id}: nothing on or before {end}"
            assert any(d > end for d in dates), f"{rule.id}: nothing after {end}"
        if rule.valid_from > start:
            begin = rule.valid_from
            assert any(d < begin for d in dates), f"{rule.id}: nothing before {begin}"
            assert any(d >= begin for d in dates), f"{rule.id}: nothing from {begin}"
