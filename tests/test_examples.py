"""The bundled examples load with the real case-file loader and give what their names promise.

* `ready-*`: nothing blocks filing (no return, no redirect);
* `route-<route>-<lang>`: a blocking finding sends the user to that route, and no redirect
  points anywhere else;
* `return-489-1-<n>-<lang>`: the court would return it under 489(1)(n), and only under that item;
* `<kind>-<lang>` for a document other than the cassation complaint (`pg-petition-ru`): a
  complete document of that kind, ready to file;
* `<kind>-return-<article>-<part>-<lang>` (`appeal-return-423-2-kk`): returned under that
  provision only (an appeal: 423(2), an item of 423(1) missing; 418(1), the term missed);
* `<kind>-route-<route>-<lang>`: as `route-…`, for a document of that kind;
* the older examples: exactly the named rules block (or, for a warning, fire).

An example whose name starts with a document kind other than the cassation complaint drafts
that document (`case.kind`), and only that kind's rules check it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.case.enums import DocumentKind
from assistant.casefile.load import load_case
from assistant.document.kinds import drafted_kinds
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
    "pg-petition-worsening-late-ru": {"PG6.late"},
    "new-circumstances-opinion-not-verdict-ru": {"NC3.kind"},
    "new-circumstances-late-kk": {"NC6.late"},
    "appeal-restoration-ru": {"AP3.restoration"},
}
# Examples that only warn: the rules they name fire, and nothing blocks or is undecided.
READY_WITH = {"appeal-restoration-ru"}
# Examples whose check cannot be confirmed yet: the undecided rules they show, nothing blocking.
UNDECIDED = {
    "cannot-confirm-direction-ru": {"T2.direction_unknown"},
    "pg-petition-no-special-ground-kk": {"PG4.special"},
}
# Complete documents of the other kinds: `<kind>-<lang>`, ready to file.
OTHER_KINDS = [kind for kind in DocumentKind if kind is not DocumentKind.CASSATION]
READY_OF_KIND = re.compile(rf"(?:{'|'.join(k.value for k in OTHER_KINDS)})-(?:ru|kk)$")
# A route offered by a warning beside the redirect that blocks (here: N5 beside N4).
OFFERED_BESIDE = {"appeal_term_restoration": "prosecutor_general_protest"}
ROUTE = re.compile(
    rf"(?:(?:{'|'.join(k.value for k in OTHER_KINDS)})-)?route-(?P<route>[a-z-]+)-(?:ru|kk)$"
)
RETURN = re.compile(r"return-489-1-(?P<item>[1-5])-(?:ru|kk)$")
KIND_RETURN = re.compile(
    rf"(?:{'|'.join(k.value for k in OTHER_KINDS)})-return-(?P<article>\d+)-(?P<part>\d+)-(?:ru|kk)$"
)


def _report(name: str) -> Report:
    return evaluate(load_case(EXAMPLES / f"{name}.kassatsiya"), TODAY)


def test_every_example_name_makes_a_promise() -> None:
    for name in NAMES:
        promised = (
            name.startswith("ready-") or name in NAMED_RULES or name in UNDECIDED
            or ROUTE.match(name) or RETURN.match(name) or READY_OF_KIND.match(name)
            or KIND_RETURN.match(name)
        )  # fmt: skip
        assert promised, f"{name}: the test does not know what this example should show"


def test_there_is_an_example_for_every_route_and_every_return_item() -> None:
    routes = {m["route"].replace("-", "_") for n in NAMES if (m := ROUTE.match(n))}
    items = {m["item"] for n in NAMES if (m := RETURN.match(n))}
    assert routes == set(default_rulebook().routes)
    assert items == {"1", "2", "3", "4", "5"}


def _kind_of_name(name: str) -> DocumentKind:
    """The document an example's name says it drafts: its leading kind, else the complaint."""
    return next(
        (kind for kind in OTHER_KINDS if name.startswith(f"{kind.value}-")),
        DocumentKind.CASSATION,
    )


@pytest.mark.parametrize("kind", sorted(drafted_kinds() - {DocumentKind.CASSATION}))
def test_every_document_the_app_writes_has_its_examples(kind: DocumentKind) -> None:
    """Issue 18: one complete document in each filing language, and one the check stops."""
    assert {f"{kind.value}-ru", f"{kind.value}-kk"} <= set(NAMES)
    stopped = [n for n in NAMES if n.startswith(f"{kind.value}-") and _report(n).blocking]
    assert stopped


@pytest.mark.parametrize("name", NAMES)
def test_example_drafts_the_document_its_name_says(name: str) -> None:
    case = load_case(EXAMPLES / f"{name}.kassatsiya")
    assert case.kind is _kind_of_name(name)
    assert {f.rule.id for f in _report(name).findings if case.kind not in f.rule.kinds} == set()


@pytest.mark.parametrize("name", NAMES)
def test_example_gives_what_its_name_promises(name: str) -> None:
    report = _report(name)
    blocking = report.blocking
    fired = {f.rule.id for f in report.findings}
    if name.startswith("ready-") or READY_OF_KIND.match(name):
        assert report.is_ready(), [f.rule.id for f in (*blocking, *report.undecided)]
    elif name in UNDECIDED:
        assert not blocking, [f.rule.id for f in blocking]
        assert {f.rule.id for f in report.undecided} == UNDECIDED[name]
    elif name in NAMED_RULES:
        assert NAMED_RULES[name] <= fired
        assert {f.rule.id for f in blocking} <= NAMED_RULES[name]
        if name in READY_WITH:
            assert report.is_ready(), [f.rule.id for f in (*blocking, *report.undecided)]
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
    elif match := KIND_RETURN.match(name):
        ground = f"{match['article']}({match['part']})"
        assert blocking, sorted(fired)
        assert {f.ground for f in blocking} == {ground}, [(f.rule.id, f.ground) for f in blocking]
        assert all(f.severity is Severity.RETURN for f in blocking)


def test_there_are_appeal_examples_in_both_filing_languages_and_for_both_returns() -> None:
    assert {"appeal-ru", "appeal-kk"} <= set(NAMES)
    grounds = {
        f"{m['article']}({m['part']})"
        for n in NAMES
        if n.startswith("appeal-") and (m := KIND_RETURN.match(n))
    }
    assert grounds == {"423(2)", "418(1)"}


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
