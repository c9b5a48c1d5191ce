"""The command line on appeals (issue 18, docs/cli.md): `new --kind appeal`, and `check --json`
with the `kind` key, the appeal's own term under `deadline`, and its return grounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import EXAMPLES, TODAY, run


@pytest.mark.parametrize("name", ["appeal-ru", "appeal-kk"])
def test_a_ready_appeal_checks_as_an_appeal(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, _ = run(capsys, "check", str(EXAMPLES / f"{name}.kassatsiya"), "--json", *TODAY)
    data = json.loads(out)
    assert code == 0
    assert data["kind"] == "appeal" and data["verdict"] == "ready" and data["ready"] is True
    assert all(f["rule"].startswith("AP") for f in data["findings"])
    deadline = data["deadline"]
    assert deadline["kind"] == "appeal" and deadline["outcome"] == "met" and deadline["met"]


def test_the_custody_term_is_counted_from_the_hand_over_of_the_copy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Verdict 02.11.2026, copy handed over 10.11.2026: 10.11 + 15 days = 25.11.2026."""
    _, out, _ = run(capsys, "check", str(EXAMPLES / "appeal-kk.kassatsiya"), "--json", *TODAY)
    deadline = json.loads(out)["deadline"]
    assert deadline["counted_from"] == "copy_handed_over"
    assert (deadline["start"], deadline["last_day"]) == ("2026-11-10", "2026-11-25")
    assert deadline["compared_date"] == "2026-11-20" and deadline["act"] == 1


def test_an_unfiled_appeal_says_how_many_days_are_left(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads((EXAMPLES / "appeal-ru.kassatsiya").read_text(encoding="utf-8"))
    document["case"]["appeal"]["filing"]["date"] = None
    path = tmp_path / "a.kassatsiya"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--json", "--lang", "ru", *TODAY)
    data = json.loads(out)
    assert code == 0
    assert data["deadline"]["last_day"] == "2026-12-01" and data["deadline"]["days_left"] == 5
    term = next(f for f in data["findings"] if f["id"] == "AP3.term")
    assert "1 декабря 2026 года" in term["message"] and "осталось дней: 5" in term["message"]


@pytest.mark.parametrize(
    ("name", "ground", "rule"),
    [("appeal-return-418-1-ru", "418(1)", "AP3.late"), ("appeal-return-423-2-kk", "423(2)", None)],
)
def test_a_returned_appeal_exits_1_with_its_ground(
    capsys: pytest.CaptureFixture[str], name: str, ground: str, rule: str | None
) -> None:
    code, out, _ = run(capsys, "check", str(EXAMPLES / f"{name}.kassatsiya"), "--json", *TODAY)
    data = json.loads(out)
    assert code == 1 and data["verdict"] == "return"
    returned = [f for f in data["findings"] if f["severity"] == "return"]
    assert returned and {f["ground"] for f in returned} == {ground}
    assert rule is None or rule in {f["id"] for f in returned}


def test_an_appeal_against_an_appellate_act_is_sent_to_cassation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(EXAMPLES / "appeal-route-cassation-ru.kassatsiya")
    code, out, _ = run(capsys, "check", path, "--json", "--lang", "en", *TODAY)
    data = json.loads(out)
    assert code == 1 and data["deadline"] is None
    redirects = [f for f in data["findings"] if f["severity"] == "redirect"]
    assert {(f["id"], f["route"]) for f in redirects} == {("AP4.reviewed", "cassation")}
    code, text, _ = run(capsys, "check", path, "--lang", "en", *TODAY)
    assert "→ Cassation complaint:" in text


def test_new_starts_an_appeal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.kassatsiya"
    assert run(capsys, "new", "--kind", "appeal", "--lang", "kk", str(path))[0] == 0
    case = json.loads(path.read_text(encoding="utf-8"))["case"]
    assert case["kind"] == "appeal" and case["proceedings_language"] == "kk"
    assert case["appeal"]["addressee"] == "" and case["appeal"]["arguments"] == []
    code, out, _ = run(capsys, "check", str(path), "--json", *TODAY)
    data = json.loads(out)
    assert code == 1 and data["kind"] == "appeal"
    assert "AP1.addressee" in {f["id"] for f in data["findings"]}


def test_new_without_kind_still_starts_a_cassation_complaint(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "c.kassatsiya"
    assert run(capsys, "new", str(path))[0] == 0
    case = json.loads(path.read_text(encoding="utf-8"))["case"]
    assert case["kind"] == "cassation" and case["appeal"] is None
