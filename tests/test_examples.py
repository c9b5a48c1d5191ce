"""The bundled examples load with the real case-file loader and give what their names promise.

* `ready-*`: nothing blocks filing (no return, no redirect);
* `route-<route>-<lang>`: a blocking finding sends the user to that route, and no redirect
  points anywhere else;
* `return-489-1-<n>-<lang>`: the court would return it under 489(1)(n), and only under that item;
* `new-circumstances-<lang>`: an application for newly discovered circumstances, ready to file;
  every `new-circumstances-*` example drafts that document, and no other example does;
* the older examples (and the other `new-circumstances-*`): exactly the named rules block (or,
  for a warning, fire).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.case.enums import DocumentKind
from assistant.casefile.load import load_case
from assistant.law.engine import Report, evaluate
from assistant.law.loader import default_rulebook
from assistant.law.rule import Severity

TODAY = dt.date(2026, 11, 26)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NAMES = sorted(p.stem for p in EXAMPLES.glob("*.kassatsiya"))

NAMED_RULES = {
    "missing-copies-ru": {"N7.copies"},
    "worsening-late-kk": {"R3"},
    "worsening-undeclared-late-ru": {"R3", "T2.direction_missing"},
    "wrong-language-ru": {"F3"},
    "custody-by-post-ru": {"F4"},
    "no-ground-item-kk": {"R1b"},
    "new-circumstances-opinion-not-verdict-ru": {"NC3.kind"},
    "new-circumstances-late-kk": {"NC6.late"},
}
# Examples whose check cannot be confirmed yet: the undecided rules they show, nothing blocking.
UNDECIDED = {"cannot-confirm-direction-ru": {"T2.direction_unknown"}}
# A route offered by a warning beside the redirect that blocks (here: N5 beside N4).
OFFERED_BESIDE = {"appeal_term_restoration": "prosecutor_general_protest"}
ROUTE = re.compile(r"route-(?P<route>[a-z-]+)-(?:ru|kk)$")
RETURN = re.compile(r"return-489-1-(?P<item>[1-5])-(?:ru|kk)$")
READY_APPLICATION = re.compile(r"new-circumstances-(?:ru|kk)$")


def _report(name: str) -> Report:
    return evaluate(load_case(EXAMPLES / f"{name}.kassatsiya"), TODAY)


def test_every_example_name_makes_a_promise() -> None:
    for name in NAMES:
        promised = (
            name.startswith("ready-") or name in NAMED_RULES or name in UNDECIDED
            or ROUTE.match(name) or RETURN.match(name) or READY_APPLICATION.match(name)
        )  # fmt: skip
        assert promised, f"{name}: the test does not know what this example should show"


def test_there_is_an_example_for_every_route_and_every_return_item() -> None:
    routes = {m["route"].replace("-", "_") for n in NAMES if (m := ROUTE.match(n))}
    items = {m["item"] for n in NAMES if (m := RETURN.match(n))}
    assert routes == set(default_rulebook().routes)
    assert items == {"1", "2", "3", "4", "5"}


@pytest.mark.parametrize("name", NAMES)
def test_example_gives_what_its_name_promises(name: str) -> None:
    report = _report(name)
    blocking = report.blocking
    fired = {f.rule.id for f in report.findings}
    if name.startswith("ready-") or READY_APPLICATION.match(name):
        assert report.is_ready(), [f.rule.id for f in (*blocking, *report.undecided)]
    elif name in UNDECIDED:
        assert not blocking, [f.rule.id for f in blocking]
        assert {f.rule.id for f in report.undecided} == UNDECIDED[name]
    elif name in NAMED_RULES:
        assert NAMED_RULES[name] <= fired
        assert {f.rule.id for f in blocking} <= NAMED_RULES[name]
    elif match := ROUTE.match(name):
        route = match["route"].replace("-", "_")
        blocking_route = OFFERED_BESIDE.get(route, route)
        assert any(f.rule.route == route for f in report.findings), sorted(fired)
        redirects = {f.rule.route for f in blocking if f.severity is Severity.REDIRECT}
        assert redirects <= {blocking_route}, redirects
        assert blocking[0].rule.route == blocking_route, "the most serious finding names it"
    elif match := RETURN.match(name):
        ground = f"489(1)({match['item']})"
        assert blocking, sorted(fired)
        assert {f.ground for f in blocking} == {ground}, [(f.rule.id, f.ground) for f in blocking]
        assert all(f.severity is Severity.RETURN for f in blocking)


@pytest.mark.parametrize("name", NAMES)
def test_an_example_drafts_the_document_its_name_says(name: str) -> None:
    kind = load_case(EXAMPLES / f"{name}.kassatsiya").kind
    application = name.startswith("new-circumstances-")
    assert (kind is DocumentKind.NEW_CIRCUMSTANCES) is application, (name, kind)
    if not application:
        assert kind is DocumentKind.CASSATION, (name, kind)


def test_both_languages_have_a_ready_application() -> None:
    assert {n for n in NAMES if READY_APPLICATION.match(n)} == {
        "new-circumstances-ru",
        "new-circumstances-kk",
    }


def test_every_example_satisfies_the_published_schema() -> None:
    """docs/case-file.schema.json (the published contract) accepts every bundled example."""
    import json

    import jsonschema

    root = Path(__file__).resolve().parent.parent
    schema = json.loads((root / "docs" / "case-file.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    examples = sorted((root / "examples").glob("*.kassatsiya"))
    assert len(examples) >= 20
    for path in examples:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert errors == [], (path.name, [e.message for e in errors[:3]])
