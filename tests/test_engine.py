"""The engine: pure, deterministic, dated, and never raising on any case that loads."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from assistant.case import new_case
from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.law.engine import evaluate
from assistant.law.loader import RULES_DIR, load_rules
from assistant.law.rule import Severity
from tests.strategies import cases

TODAY = dt.date(2026, 11, 26)


def test_empty_case_lists_every_missing_checklist_item() -> None:
    report = evaluate(new_case(Language.RU), TODAY)
    ids = {f.rule.id for f in report.findings}
    expected = {
        "R1.C2.name", "R1.C2.status", "R1.C2.address", "R1.C2.phone", "R1.C3.acts",
        "R1.C4.scope", "R1b", "R1.C5.request", "R1.C8.evidence", "R1.C9.attachments",
        "R1.C11.date", "R1.C11.signer", "R1.C12.participation", "F1",
    }  # fmt: skip
    assert expected <= ids
    assert not report.is_ready()
    assert all(f.ground == "489(1)(1)" for f in report.findings if f.severity is Severity.RETURN)


def test_findings_are_sorted_most_serious_first() -> None:
    report = evaluate(new_case(Language.KK), TODAY)
    order = [f.severity for f in report.findings]
    rank = {Severity.REDIRECT: 0, Severity.RETURN: 1, Severity.WARNING: 2, Severity.INFO: 3}
    assert order == sorted(order, key=rank.__getitem__)


def test_evaluation_is_pure(ready_ru: Case) -> None:
    before = ready_ru.__copy__()
    first = evaluate(ready_ru, TODAY)
    second = evaluate(ready_ru, TODAY)
    assert ready_ru == before
    assert [f.rule.id for f in first.findings] == [f.rule.id for f in second.findings]


def test_messages_exist_in_every_language(ready_ru: Case) -> None:
    ready_ru.filer.full_name = ""
    finding = next(f for f in evaluate(ready_ru, TODAY).findings if f.rule.id == "R1.C2.name")
    texts = {lang: finding.message(lang) for lang in Language}
    assert all(texts.values())
    assert "ст. 423" in finding.citation_text(Language.RU)
    assert "423-бабы" in finding.citation_text(Language.KK)
    assert "Art. 423(1)(2)" in finding.citation_text(Language.EN)


def test_list_item_findings_point_at_the_item(ready_ru: Case) -> None:
    ready_ru.acts[1].court = "  "
    finding = next(f for f in evaluate(ready_ru, TODAY).findings if f.rule.id == "R1.C3.court")
    assert finding.fields == ("/acts/1/court",)
    assert "No. 2" in finding.message(Language.EN)


def _dated_rulebook(tmp_path: Path) -> Path:
    """A copy of the shipped rules where F1 ends on 2027-06-30 (as if the law changed)."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "art488" / "F1-channel.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "valid_from = 2025-07-01", "valid_from = 2025-07-01\nvalid_until = 2027-06-30"
        ),
        encoding="utf-8",
    )
    return folder


def test_the_law_of_the_filing_date_applies(tmp_path: Path, ready_ru: Case) -> None:
    book = load_rules(_dated_rulebook(tmp_path))
    ready_ru.filing.channel = None
    ready_ru.filing.date = dt.date(2027, 6, 30)
    assert "F1" in {f.rule.id for f in evaluate(ready_ru, TODAY, book=book).findings}
    ready_ru.filing.date = dt.date(2027, 7, 1)
    assert "F1" not in {f.rule.id for f in evaluate(ready_ru, TODAY, book=book).findings}


def test_without_filing_date_today_decides_the_law(tmp_path: Path, ready_ru: Case) -> None:
    book = load_rules(_dated_rulebook(tmp_path))
    ready_ru.filing.channel = None
    assert "F1" in {f.rule.id for f in evaluate(ready_ru, dt.date(2027, 6, 30), book=book).findings}
    assert "F1" not in {
        f.rule.id for f in evaluate(ready_ru, dt.date(2027, 7, 1), book=book).findings
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_engine_never_raises_on_any_case(case: Case) -> None:
    report = evaluate(case, TODAY)
    for finding in report.findings:
        for language in Language:
            assert finding.message(language)
            assert finding.hint(language)
    report.to_json(Language.KK)


def test_ground_citation_is_written_per_language() -> None:
    from assistant.law.citation import ground_citation

    citation = ground_citation("489(1)(3)")
    assert citation.format(Language.RU) == "п. 3 ч. 1 ст. 489 УПК РК"
    assert citation.format(Language.KK) == "ҚР ҚПК 489-бабы 1-бөлігінің 3) тармағы"
    assert citation.format(Language.EN) == "CPC RK Art. 489(1)(3)"
    appeal = ground_citation("423(2)")  # an appeal's return ground has no item
    assert appeal.format(Language.RU) == "ч. 2 ст. 423 УПК РК"
    assert appeal.format(Language.KK) == "ҚР ҚПК 423-бабының 2-бөлігі"


def test_an_act_sent_to_appeal_gets_the_last_day_of_its_appeal_term(ready_ru: Case) -> None:
    """16.11.2026 + 15 days (CPC 418(1), counted from the next day) = Tuesday 01.12.2026."""
    act = ready_ru.acts[0]
    act.in_force, act.date, act.entered_into_force = False, dt.date(2026, 11, 16), None
    report = evaluate(ready_ru, dt.date(2026, 11, 26))
    term = next(f for f in report.findings if f.rule.id == "A1.appeal_term")
    assert term.params["last_day"] == dt.date(2026, 12, 1)
    assert term.fields == ("/acts/0/date",)
    assert "1 декабря 2026" in term.message(Language.RU)
    assert "16 қараша" in term.message(Language.KK) and "..." not in term.message(Language.KK)
