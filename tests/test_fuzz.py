"""The fuzz campaign's harness works, and what it found stays fixed."""

from __future__ import annotations

import datetime as dt
import time
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


def test_a_small_campaign_finds_nothing_in_each_of_its_parts(tmp_path: Path) -> None:
    """The three campaigns of benchmarks/fuzz.py, each in its capped child process."""
    bytes_run = fuzz.run_campaign("bytes", fuzz.DEFAULT_SEED, 400, tmp_path)
    assert bytes_run.crashes == [] and bytes_run.hangs == []
    assert bytes_run.inputs == 400 and bytes_run.exported == bytes_run.loaded > 40
    files_run = fuzz.run_campaign("files", fuzz.DEFAULT_SEED, 60, tmp_path)
    assert files_run.crashes == [] and files_run.hangs == [], files_run.crashes[:1]
    assert files_run.inputs == 60 and len(files_run.generators) > 5
    window_run = fuzz.run_campaign("window", fuzz.DEFAULT_SEED, 6, tmp_path)
    assert window_run.crashes == [] and window_run.hangs == [], window_run.crashes[:1]
    assert window_run.opened >= 1


def test_the_harness_stops_a_loop_in_c_and_an_allocation_past_the_ceiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Input 1 of the probe loops inside the regular-expression engine (C code, which SIGALRM
    cannot interrupt); input 2 asks for 64 GiB. The first is a hang, killed from outside; the
    second a crash; the campaign goes on after both, in a new child."""
    monkeypatch.setitem(fuzz.LIMITS, "probe", fuzz.Limits(seconds=2.0, memory_mb=1024))
    started = time.monotonic()
    campaign = fuzz.run_campaign("probe", 1, 4, tmp_path)
    assert time.monotonic() - started < 30
    assert campaign.inputs == 4
    assert [index for index, _seconds in campaign.hangs] == [1]
    assert [(index, message) for index, message, _ in campaign.crashes] == [
        (2, "memory: MemoryError: ")
    ]
    assert campaign.restarts == 1


def test_file_scenarios_are_reproducible(tmp_path: Path) -> None:
    from benchmarks.fuzz_files import scenario_for

    corpus = load_corpus(fuzz.example_files())

    def shape(folder: Path, index: int) -> tuple[str, list[list[str]]]:
        folder.mkdir()
        made = scenario_for(5, index, corpus, folder)
        return made.kind, [[a.replace(str(folder), "") for a in c] for c in made.commands]

    for index in range(8):
        assert shape(tmp_path / f"a{index}", index) == shape(tmp_path / f"b{index}", index)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_attachment_path_gives_facts_not_a_crash(file: str) -> None:
    facts = facts_of(file)
    assert facts.size is None or facts.size >= 0
    case = Case(attachments=[Attachment(title="t", file=file)])
    for finding in check(case, dt.date(2026, 11, 26)).report.findings:
        assert all(field.startswith("/") for field in finding.fields)
