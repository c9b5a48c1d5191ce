"""The status line and the finding labels agree with the document's noun: a Russian complaint
«будет возвращена», a petition or an application («ходатайство») «будет возвращено»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile.load import load_case
from assistant.cli.check import format_report
from assistant.law.verdict import finding_label, status_line
from assistant.session import check

TODAY = dt.date(2026, 11, 26)  # the examples date their filing; the check does not move
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("example", "russian"),
    [
        ("return-489-1-3-ru", "Будет возвращена"),
        ("appeal-return-418-1-ru", "Будет возвращена"),
        ("execution-petition-too-early-ru", "Будет возвращено"),
        ("pg-petition-worsening-late-ru", "Будет возвращено"),
        ("new-circumstances-late-kk", "Будет возвращено"),
    ],
)
def test_returned_agrees_with_the_documents_noun(example: str, russian: str) -> None:
    report = check(load_case(EXAMPLES / f"{example}.kassatsiya"), TODAY).report
    assert report.blocking, example
    assert status_line(report, Language.RU).startswith(f"{russian}: ")
    returned = [f for f in report.blocking if not f.undecided and f.severity.value == "return"]
    assert returned, example
    assert finding_label(returned[0], Language.RU, report.kind) == russian
    assert f"\n{russian}: " in "\n" + format_report(report, Language.RU)
    assert status_line(report, Language.EN).startswith("Will be returned: ")
    assert status_line(report, Language.KK).startswith("Қайтарылады: ")
