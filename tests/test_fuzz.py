"""The fuzz campaign's harness works, and what it found stays fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.model import Attachment, Case
from assistant.document.pages import attachment_pages, is_regular_file
from assistant.export import export_case
from assistant.law.file_facts import facts_of
from assistant.session import check
from benchmarks import fuzz
from benchmarks.fuzz_inputs import input_for, load_corpus

ODD_PATHS = ["x" * 5000, "x" * 5000 + ".pdf", "a\x00b.pdf", "/" * 4097, "../" * 2000 + "f.pdf"]


@pytest.mark.parametrize("file", ODD_PATHS, ids=["long", "long-pdf", "nul", "slashes", "dots"])
def test_an_impossible_attachment_path_is_missing_not_a_crash(
    ready_ru: Case, tmp_path: Path, file: str
) -> None:
    """Found by benchmarks/fuzz.py: a 5,000-character file name raised ENAMETOOLONG at export."""
    assert not is_regular_file(Path(file))
    ready_ru.attachments.append(Attachment(title="Справка", pages=2, file=file))
    number = len(ready_ru.attachments)
    found = check(ready_ru, dt.date(2026, 11, 26)).report.findings
    missing = [f.fields for f in found if f.rule.id == "R1.C9.file_missing"]
    assert missing == [(f"/attachments/{number - 1}/file",)]
    assert attachment_pages(file, 2).pages == 2
    result = export_case(
        ready_ru, language=Language.RU, docx=tmp_path / "c.docx", pdf=None, final=True,
        open_problems=(),
    )  # fmt: skip
    assert result.files == (tmp_path / "c.docx",)


def test_inputs_are_reproducible_by_seed_and_number() -> None:
    corpus = load_corpus(fuzz.example_files())
    assert input_for(7, 123, corpus) == input_for(7, 123, corpus)
    assert {input_for(7, i, corpus)[1] for i in range(20)} != {
        input_for(8, i, corpus)[1] for i in range(20)
    }


def test_a_small_campaign_finds_nothing_and_counts_every_stage(tmp_path: Path) -> None:
    corpus = load_corpus(fuzz.example_files())
    campaign = fuzz.Campaign(seed=fuzz.DEFAULT_SEED)
    for index in range(600):
        fuzz.one_input(campaign, corpus, index, tmp_path)
    assert campaign.crashes == [] and campaign.hangs == []
    assert campaign.stages["load"] == 600
    assert campaign.stages["check"] == campaign.loaded > 50
    assert campaign.stages["export"] >= 1


def test_the_harness_reports_a_crash_and_a_hang() -> None:
    campaign = fuzz.Campaign(seed=1)

    def boom() -> None:
        raise KeyError("x")

    def spin() -> None:
        while True:
            pass

    assert fuzz.run_stage(campaign, 5, "check", boom) is None
    original = fuzz.BUDGET_S["check"]
    fuzz.BUDGET_S["check"] = 0.05
    try:
        assert fuzz.run_stage(campaign, 6, "check", spin) is None
    finally:
        fuzz.BUDGET_S["check"] = original
    assert [c[0] for c in campaign.crashes] == [5]
    assert [h[0] for h in campaign.hangs] == [6]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_attachment_path_gives_facts_not_a_crash(file: str) -> None:
    facts = facts_of(file)
    assert facts.size is None or facts.size >= 0
    case = Case(attachments=[Attachment(title="t", file=file)])
    for finding in check(case, dt.date(2026, 11, 26)).report.findings:
        assert all(field.startswith("/") for field in finding.fields)
