"""`kassatsiya check --json` of the petitions to the court at the place of execution (issue 19):
each request's first day with the arithmetic and the inputs it rests on, a petition filed too
early told the day it becomes possible, an excluded one the exclusion with its article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PETITIONS = sorted(EXAMPLES.glob("execution-petition-*.kassatsiya"))
TODAY = ["--today", "2026-11-26"]


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(["check", *args, "--json", *TODAY])
    return code, json.loads(capsys.readouterr().out)


def _request(data: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["eligibility"]["requests"] if r["request"] == name)
    return found


def _finding(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in data["findings"] if f["id"] == rule_id)
    return found


def test_all_the_examples_at_once_give_each_file_with_its_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert len(PETITIONS) == 4
    code, data = _check(capsys, *map(str, PETITIONS), "--lang", "en")
    assert code == 1  # the too-early and the excluded ones stop
    assert [Path(item["file"]).name for item in data] == [p.name for p in PETITIONS]
    by_name = {Path(item["file"]).stem: item for item in data}
    assert {name: item["ready"] for name, item in by_name.items()} == {
        "execution-petition-excluded-kk": False,
        "execution-petition-kk": True,
        "execution-petition-ru": True,
        "execution-petition-too-early-ru": False,
    }
    for item in data:
        eligibility = item["eligibility"]
        assert eligibility["missing"] == []
        for request in eligibility["requests"]:
            if request["requested"] and request["outcome"] == "date":
                assert request["first_day"] and request["earliest_day"]
                assert request["steps"][0]["day"] == request["first_day"]


def test_the_russian_petition_shows_the_arithmetic_of_each_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = _check(capsys, str(EXAMPLES / "execution-petition-ru.kassatsiya"))
    assert code == 0
    eligibility = data["eligibility"]
    assert eligibility["filed_on"] == "2026-11-20"
    assert eligibility["requested"] == ["parole", "replacement"]
    assert eligibility["custody"]["credited_days"] == 342  # 228 days held, at 1.5
    parole, replacement = _request(data, "parole"), _request(data, "replacement")
    assert (parole["first_day"], parole["earliest_day"], parole["timing"]) == (
        "2026-08-08",
        "2026-08-07",
        "allowed",
    )
    fraction = parole["steps"][0]
    assert fraction["kind"] == "fraction"
    assert fraction["fraction"] == "1/2"
    assert fraction["base_term"] == {"years": 5, "months": 0, "days": 0}
    assert fraction["required"] == {"years": 2, "months": 6, "days": 0}
    assert (fraction["term_start"], fraction["counted_from"]) == ("2025-01-15", "2024-02-08")
    assert fraction["citations"] == ["CC 72(3)(2)"]
    assert replacement["first_day"] == "2025-10-08"  # 1/3 of 5 years (CC 73(2))
    assert {r["input"] for r in parole["rests_on"]} >= {"term", "term_start", "custody"}
    assert eligibility["inputs"]["category"] == "grave"


def test_a_petition_filed_too_early_is_told_the_day_it_becomes_possible(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = EXAMPLES / "execution-petition-too-early-ru.kassatsiya"
    code, data = _check(capsys, str(path), "--lang", "ru")
    assert code == 1
    assert _request(data, "parole")["timing"] == "too_early"
    assert _request(data, "replacement")["timing"] == "allowed"  # its fallback is open
    finding = _finding(data, "PA13.too_early")
    assert finding["severity"] == "return"
    assert finding["ground"] is None  # the court's form for a premature petition: UNCONFIRMED
    assert "8 августа 2026 года" in finding["message"]
    assert "2 марта 2026 года" in finding["message"]
    assert "8 августа 2026 года" in finding["hint"]
    assert "ст. 72 УК РК" in finding["message"]
    assert [f["id"] for f in data["findings"] if f["severity"] == "return"] == ["PA13.too_early"]


def test_an_excluded_petition_cites_the_exclusion(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "execution-petition-excluded-kk.kassatsiya"
    code, data = _check(capsys, str(path), "--lang", "kk")
    assert code == 1
    parole = _request(data, "parole")
    assert parole["outcome"] == "not_available"
    assert parole["first_day"] is None
    assert [(b["code"], b["exclusion"]) for b in parole["bars"]] == [
        ("excluded", "parole.grave_corruption")
    ]
    assert "CC 72(8)(3)" in parole["bars"][0]["citations"]
    finding = _finding(data, "PA7.grave_corruption")
    assert finding["severity"] == "return"
    assert "CC 72(8)(3)" in finding["citations"]
    assert "ҚР ҚК 72-бабы 8-бөлігінің 3) тармағы" in finding["message"]


def test_a_case_drafting_another_document_has_no_eligibility(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, data = _check(capsys, str(EXAMPLES / "ready-ru.kassatsiya"))
    assert data["eligibility"] is None


def test_several_files_in_text_name_each_file_above_its_findings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ru, early = EXAMPLES / "execution-petition-ru.kassatsiya", PETITIONS[-1]
    code = main(["check", str(ru), str(early), "--lang", "en", *TODAY])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith(f"{ru}:\n")
    assert f"\n\n{early}:\n" in out
    assert out.index("PA13.too_early") > out.index(f"{early}:")


def test_an_unreadable_file_among_several_stops_before_anything_is_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["check", str(PETITIONS[0]), str(tmp_path / "missing.kassatsiya"), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.strip()
