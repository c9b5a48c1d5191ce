"""Export never writes over the case, over any Kassatsiya file, or one path for two outputs.

Issue 16, item 6: `kassatsiya export case.kassatsiya --pdf case.kassatsiya` replaced the case
with a PDF, without a warning or a backup.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.casefile import load_case, save_case
from assistant.cli import main
from assistant.export import ExportTargetError, export_case
from assistant.export_targets import Refusal

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ready-ru.kassatsiya"


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.kassatsiya"
    shutil.copy(EXAMPLE, path)
    return path


def _export(*args: str) -> int:
    return main(["export", *args, "--lang", "en", "--today", "2026-11-26"])


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        (["--pdf", "{case}"], "is the case file itself"),
        (["--docx", "{case}"], "is the case file itself"),
        (["--pdf", "{folder}/./case.kassatsiya"], "is the case file itself"),
        (["--pdf", "{folder}/out.pdf", "--package", "{case}"], "is the case file itself"),
        (["--pdf", "{folder}/other.kassatsiya"], "is a Kassatsiya case file"),
        (["--docx", "{folder}/other.kassatsiya.bak"], "is a Kassatsiya case file"),
        (["--pdf", "{folder}/locked.kassatsiya"], "is a Kassatsiya case file"),
        (["--docx", "{folder}/x.out", "--pdf", "{folder}/x.out"], "was given for two"),
        (["--pdf", "{folder}/x.pdf", "--package", "{folder}/x.pdf"], "was given for two"),
    ],
)
def test_refused_outputs_leave_every_file_as_it_was(
    case_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: list[str],
    message: str,
) -> None:
    other = tmp_path / "other.kassatsiya"
    save_case(load_case(EXAMPLE), other)
    save_case(load_case(EXAMPLE), other)  # now other.kassatsiya.bak exists too
    save_case(load_case(EXAMPLE), tmp_path / "locked.kassatsiya", passphrase="p", kdf_n=2**10)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    args = [o.format(case=case_file, folder=tmp_path) for o in outputs]
    assert _export(str(case_file), *args) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "Nothing was written" in captured.err
    assert captured.out == ""
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_case_named_like_a_pdf_is_still_protected(case_file: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "complaint.pdf"
    shutil.copy(EXAMPLE, disguised)
    with pytest.raises(ExportTargetError) as refused:
        export_case(
            load_case(case_file), language=Language.RU, docx=None, pdf=disguised, final=True,
            open_problems=(),
        )  # fmt: skip
    assert refused.value.refusal is Refusal.A_CASE
    assert disguised.read_bytes() == EXAMPLE.read_bytes()
    for language in Language:
        assert str(disguised) in refused.value.message(language)


def test_an_earlier_export_is_replaced_as_before(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, docx = tmp_path / "c.pdf", tmp_path / "c.docx"
    assert _export(str(case_file), "--pdf", str(pdf), "--docx", str(docx)) == 0
    first = pdf.read_bytes()
    assert _export(str(case_file), "--pdf", str(pdf), "--docx", str(docx), "--final") == 0
    assert pdf.read_bytes() != first  # the draft mark is gone: it was really written again
    capsys.readouterr()


def test_the_window_passes_the_open_case_file(ready_ru: Case, tmp_path: Path) -> None:
    opened = tmp_path / "opened.kassatsiya"
    save_case(ready_ru, opened)
    with pytest.raises(ExportTargetError) as refused:
        export_case(
            ready_ru, language=Language.RU, docx=opened, pdf=None, final=True, open_problems=(),
            case_file=opened,
        )  # fmt: skip
    assert refused.value.refusal is Refusal.THE_CASE
