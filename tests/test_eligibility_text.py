"""The computed eligibility of the petition to the court at the place of execution, in words
(`assistant.law.eligibility_text`): the day and the arithmetic the check computed, in each
language, worded as the petition words them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.calendar_kz import WorkingCalendar
from assistant.case.enums import DocumentKind, Language
from assistant.case.execution_vocabulary import PetitionRequest
from assistant.casefile import load_case
from assistant.law.eligibility_text import eligibility_texts
from assistant.session import check

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = dt.date(2026, 11, 26)


def _eligibility(name: str):  # type: ignore[no-untyped-def]
    report = check(load_case(EXAMPLES / f"{name}.kassatsiya"), TODAY, WorkingCalendar()).report
    assert report.eligibility is not None
    return report.eligibility


def test_each_request_gets_its_first_day_and_the_arithmetic_of_the_petition() -> None:
    texts = eligibility_texts(_eligibility("execution-petition-ru"), Language.RU)
    assert len(texts) == 2
    lines = tuple(line for text in texts for line in text.split("\n"))
    assert lines == (
        "Условно-досрочное освобождение: ходатайство можно подать с 08.08.2026.",
        "Условно-досрочное освобождение (п. 2 ч. 3 ст. 72 УК РК): не менее 1/2 срока наказания.",
        "1/2 от 5 лет = 2 года 6 месяцев; с 15.01.2025 с зачетом 342 дн. содержания под стражей "
        "(срок исчисляется с 08.02.2024) → 08.08.2026.",
        "Замена неотбытой части наказания более мягким видом наказания: ходатайство можно "
        "подать с 08.10.2025.",
        "Замена неотбытой части наказания более мягким видом наказания (ч. 2 ст. 73 УК РК): не "
        "менее 1/3 срока наказания.",
        "1/3 от 5 лет = 1 год 8 месяцев; с 15.01.2025 с зачетом 342 дн. содержания под стражей "
        "(срок исчисляется с 08.02.2024) → 08.10.2025.",
    )


@pytest.mark.parametrize("language", list(Language))
def test_the_day_is_the_one_the_check_computed_in_every_language(language: Language) -> None:
    found = _eligibility("execution-petition-kk")
    assert found.report is not None
    (text,) = eligibility_texts(found, language)
    lines = text.split("\n")
    assert len(lines) == 3 and "11.05.2026" in lines[0] and lines[2].endswith("→ 11.05.2026.")
    assert "1/4" in lines[1] and "1/4" in lines[2]


def test_the_arithmetic_is_the_sentence_the_petition_prints() -> None:
    from assistant.document.build import build_document

    case = load_case(EXAMPLES / "execution-petition-ru.kassatsiya")
    printed = build_document(case, Language.RU, draft=False)
    texts = [getattr(block, "text", "") for block in printed.blocks]
    parole = eligibility_texts(_eligibility("execution-petition-ru"), Language.RU)[0]
    for line in parole.split("\n")[1:]:
        assert line in texts


def test_an_excluded_request_names_the_article_that_closes_it() -> None:
    texts = eligibility_texts(_eligibility("execution-petition-excluded-kk"), Language.EN)
    assert texts == (
        "Parole: the law closes this request (Criminal Code RK Art. 72(8)(3); Criminal Code RK "
        "Art. 72(1)).",
    )


def test_a_missing_input_says_the_day_cannot_be_computed_yet() -> None:
    case = load_case(EXAMPLES / "execution-petition-ru.kassatsiya")
    assert case.execution_petition is not None and case.kind is DocumentKind.EXECUTION_PETITION
    case.execution_petition.term_start = None
    report = check(case, TODAY, WorkingCalendar()).report
    assert report.eligibility is not None
    (line,) = eligibility_texts(report.eligibility, Language.EN)
    assert "cannot be computed yet" in line


def test_a_reduction_says_its_cap_and_nothing_is_said_when_nothing_is_asked() -> None:
    case = load_case(EXAMPLES / "execution-petition-ru.kassatsiya")
    assert case.execution_petition is not None
    case.execution_petition.requests = [PetitionRequest.REDUCTION]
    case.execution_petition.assisted_group_investigation = True
    report = check(case, TODAY, WorkingCalendar()).report
    assert report.eligibility is not None
    (line,) = eligibility_texts(report.eligibility, Language.EN)
    assert line.startswith("Reduction of the unserved part: ") and "at most" in line
    case.execution_petition.requests = []
    report = check(case, TODAY, WorkingCalendar()).report
    assert report.eligibility is not None
    assert eligibility_texts(report.eligibility, Language.EN) == ()
