"""The strict loader of parole-terms.toml: every kind of broken file fails at once, naming the
file and the problem. Each broken example is the bundled file with one change, so the examples
stay true to the real file as it grows."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.execution.terms import ParoleTerms
from assistant.execution.terms_entries import ACTS_PENDING_IN_ACTS_TOML
from assistant.execution.terms_loader import (
    PAROLE_TERMS_FILE,
    TermsFileError,
    load_parole_terms,
    terms_on,
)
from assistant.execution.vocabulary import DoubtCode
from assistant.law.citation import known_acts
from assistant.law.dated_params import load_parameters

from .helpers import D

BUNDLED = PAROLE_TERMS_FILE.read_text(encoding="utf-8")

# (name, text to replace, replacement, what the error must say)
BROKEN = [
    ("not-toml", 'id = "parole_terms"', 'id = "parole_terms', "(at line 31"),
    ("wrong-id", 'id = "parole_terms"', 'id = "parole"', "the id must be"),
    ("unknown-key", 'id = "parole_terms"', 'id = "parole_terms"\nowner = "x"', "owner"),
    ("bad-date", "valid_from = 2025-09-15", 'valid_from = "mid-September"', "valid_from"),
    (
        "ends-before-it-starts",
        "valid_from = 2025-09-15",
        "valid_from = 2025-09-15\nvalid_until = 2025-01-01",
        "ends before it starts",
    ),
    (
        "unknown-act",
        '{ act = "CC", article = "72", part = 5 }',
        '{ act = "UKRF", article = "79" }',
        "UKRF",
    ),
    ("bad-fraction", 'fraction = "3/4"', 'fraction = "0.75"', "a/b"),
    ("fraction-over-one", 'fraction = "3/4"', 'fraction = "4/3"', "more than the whole"),
    (
        "unknown-category",
        'categories = ["minor", "moderate"]\nharm = "any"\nfraction = "1/3"',
        'categories = ["minor", "petty"]\nharm = "any"\nfraction = "1/3"',
        "petty",
    ),
    (
        "row-missing",
        'categories = ["grave"]\nharm = "life_or_health"\nfraction = "2/3"',
        'categories = ["grave"]\nharm = "life"\nfraction = "2/3"',
        "parole general: grave has no row for a crime against health",
    ),
    (
        "rows-overlap",
        'categories = ["especially_grave"]\nharm = "not_life_or_health"\nfraction = "1/2"',
        'categories = ["especially_grave"]\nharm = "any"\nfraction = "1/2"',
        "especially_grave has 2 rows",
    ),
    (
        "row-outside-scope",
        'request = "replacement"\nregime = "general"\nagreement = false\ncategories = ["minor", "moderate"]',
        'request = "replacement"\nregime = "general"\nagreement = false\ncategories = ["minor", "moderate", "especially_grave"]',
        "which the scope excludes",
    ),
    (
        "no-citation",
        'rate = "1.5"\ndays_served = "3/2"\nstatus = "OK"\ncitations = [{ act = "CC", article = "62", part = 3, item = "2" }]',
        'rate = "1.5"\ndays_served = "3/2"\nstatus = "OK"\ncitations = []',
        "at least one citation",
    ),
    ("rate-missing", 'rate = "1.5"', 'rate = "1"', "credit rate 1 is given twice"),
    ("unknown-rate", 'rate = "1.5"', 'rate = "3"', "'3'"),
    ("bad-status", 'status = "UNCONFIRMED"', 'status = "PROBABLY"', "PROBABLY"),
    (
        "doubt-missing",
        "[version.values.doubt.life_reduction]",
        "[version.values.doubt.unconfirmed_minimum]",
        "doubt life_reduction",
    ),
    (
        "no-life-minimum",
        "agreement = false\nyears = 25",
        "agreement = true\nyears = 25",
        "life minimum parole/True is given twice",
    ),
    ("zero-months", "months = 36", "months = 0", "at least one month"),
    (
        "duplicate-exclusion",
        'id = "parole.torture"',
        'id = "parole.terror_with_deaths"',
        "exclusion id parole.terror_with_deaths is given twice",
    ),
    ("unknown-conviction", 'convictions = ["torture"]', 'convictions = ["heresy"]', "heresy"),
]


def test_the_bundled_file_loads() -> None:
    (version,) = load_parole_terms()
    assert version.valid_from == D(2025, 9, 15)
    assert version.valid_until is None
    assert isinstance(version.terms, ParoleTerms)


def test_every_kind_of_broken_file_has_an_example() -> None:
    names = [name for name, *_ in BROKEN]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "old", "new", "problem"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_file_is_refused(
    tmp_path: Path, name: str, old: str, new: str, problem: str
) -> None:
    assert old in BUNDLED, f"{name}: the bundled file changed; update the example"
    path = tmp_path / f"{name}.toml"
    path.write_text(BUNDLED.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(TermsFileError) as raised:
        load_parole_terms(path)
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


def test_overlapping_versions_are_refused(tmp_path: Path) -> None:
    version = BUNDLED[BUNDLED.index("\n[[version]]\n") :]
    second = version.replace("valid_from = 2025-09-15", "valid_from = 2026-01-01")
    path = tmp_path / "overlap.toml"
    path.write_text(BUNDLED + "\n" + second, encoding="utf-8")
    with pytest.raises(TermsFileError, match="the versions of 2026-01-01 overlap"):
        load_parole_terms(path)


def test_dated_versions_are_picked_by_the_law_date(tmp_path: Path) -> None:
    first = BUNDLED.replace(
        "valid_from = 2025-09-15", "valid_from = 2025-09-15\nvalid_until = 2026-12-31"
    )
    version = BUNDLED[BUNDLED.index("\n[[version]]\n") :]
    later = version.replace("valid_from = 2025-09-15", "valid_from = 2027-01-01").replace(
        "years = 25", "years = 20"
    )
    path = tmp_path / "two.toml"
    path.write_text(first + "\n" + later, encoding="utf-8")
    versions = load_parole_terms(path)
    assert terms_on(versions, D(2025, 9, 14)) is None
    on_last_day = terms_on(versions, D(2026, 12, 31))
    on_first_day = terms_on(versions, D(2027, 1, 1))
    assert on_last_day is not None and on_first_day is not None
    assert [m.years for m in on_last_day.terms.life] == [25, 15]
    assert [m.years for m in on_first_day.terms.life] == [20, 15]


def test_the_shared_parameter_loader_is_not_disturbed() -> None:
    # The file sits below assistant/law/parameters/, which dated_params reads without recursing.
    assert PAROLE_TERMS_FILE.parent.parent.name == "parameters"
    assert "parole_terms" not in load_parameters()


def test_acts_pending_in_acts_toml_are_still_missing_there() -> None:
    # When the Penal Enforcement Code is added to assistant/law/acts.toml, empty
    # ACTS_PENDING_IN_ACTS_TOML: this test then reminds whoever adds it.
    assert not ACTS_PENDING_IN_ACTS_TOML & known_acts()


def test_every_doubt_but_the_entry_ones_has_its_citations() -> None:
    (version,) = load_parole_terms()
    assert set(version.terms.doubt) == set(DoubtCode) - {DoubtCode.UNCONFIRMED_MINIMUM}
