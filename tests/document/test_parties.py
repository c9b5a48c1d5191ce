"""What issue 14 changed in the document, read back from the DOCX and the PDF in kk and ru.

The title names the court in the genitive, a defender shows the advocate's certificate and the
notice of defence, a defender's address is a location, a victim's complaint names the convicted
person, the new outcomes have their wording, and an English complaint under CPC 30(3) is a
filing copy, not a reading copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.case.enums import Language, RequestKind
from assistant.case.model import Case
from assistant.casefile import load_case
from assistant.document.build import build_document
from assistant.export import export_case
from tests.export_samples import docx_body_lines, pdf_body_text, words

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _exported_text(case: Case, language: Language, tmp_path: Path) -> tuple[str, str]:
    """(DOCX text, PDF text) of the final complaint, each as one space-joined string."""
    docx, pdf = tmp_path / "c.docx", tmp_path / "c.pdf"
    export_case(case, language=language, docx=docx, pdf=pdf, final=True, open_problems=())
    return " ".join(words(docx_body_lines(docx))), " ".join(words([pdf_body_text(pdf)]))


@pytest.mark.parametrize(
    ("example", "language", "phrases"),
    [
        (
            "worsening-late-kk",
            Language.KK,
            [
                "Сотталған (ақталған) адам: Өмірзақов Нұрлан Серікұлы",
                "Процестік жағдайы: жәбірленуші",
                "Қарағанды қаласының № 2 аудандық сотының 2025 жылғы 10 маусымдағы",
            ],
        ),
        (
            "ready-kk",
            Language.KK,
            [
                "Адвокаттың куәлігі: № 0012345, 2019 жылғы 15 қаңтар",
                "Қорғау туралы хабарлама: 2026 жылғы 1 қазандағы № 77",
                "Орналасқан жері: Астана қ., Сарыарқа ауданы",
                "Аталған сот актілеріне тағайындалған жаза бөлігінде шағым жасаймын.",
            ],
        ),
        (
            "worsening-late-ru",
            Language.RU,
            [
                "Осужденный (оправданный): Сериков Арман Болатович",
                "на приговор Алмалинского районного суда г. Алматы от 10 июня 2025 года",
                "копия приговора Алмалинского районного суда г. Алматы от 10 июня 2025 года",
            ],
        ),
    ],
)
def test_parties_title_and_scope_read_back(
    tmp_path: Path, example: str, language: Language, phrases: list[str]
) -> None:
    case = _case(example)
    docx_text, pdf_text = _exported_text(case, language, tmp_path)
    for phrase in phrases:
        expected = " ".join(phrase.split())
        assert expected in docx_text, phrase
        assert expected in pdf_text, phrase


def _case(example: str) -> Case:
    if example == "worsening-late-ru":  # the Russian twin of the Kazakh example
        case = load_case(EXAMPLES / "return-489-1-3-ru.kassatsiya")
        assert case.convicted_person
        return case
    return load_case(EXAMPLES / f"{example}.kassatsiya")


def test_the_russian_title_never_says_in_part_twice_nor_leaves_the_court_undeclined() -> None:
    case = load_case(EXAMPLES / "ready-ru.kassatsiya")
    case.scope.part_description = "в части назначенного наказания"
    case.scope.kind = case.scope.kind.PART
    lines = build_document(case, Language.RU, draft=False).text_lines()
    assert "Обжалую указанные судебные акты в части назначенного наказания." in lines
    assert not any("в части: в части" in line for line in lines)
    assert not any("(Алмалинский районный суд г. Алматы)" in line for line in lines)


@pytest.mark.parametrize(
    ("kind", "language", "wording"),
    [
        (
            RequestKind.QUASH_APPELLATE,
            Language.RU,
            "отменить постановление суда апелляционной инстанции, оставив приговор суда "
            "первой инстанции без изменения",
        ),
        (RequestKind.QUASH_PRIVATE_RULING, Language.RU, "отменить частное постановление"),
        (RequestKind.QUASH_PRIVATE_RULING, Language.KK, "жекеше қаулының күшін жоюды"),
        (
            RequestKind.REDUCE_PUNISHMENT,
            Language.RU,
            "изменить обжалуемые судебные акты и смягчить назначенное наказание",
        ),
        (
            RequestKind.INCREASE_PUNISHMENT,
            Language.KK,
            "шағым жасалған сот актілерін өзгертуді және неғұрлым қатаң жаза тағайындауды",
        ),
    ],
)
def test_each_outcome_has_its_wording(
    tmp_path: Path, kind: RequestKind, language: Language, wording: str
) -> None:
    case = load_case(EXAMPLES / f"ready-{language.value}.kassatsiya")
    case.request.kinds = [kind]
    case.request.text = ""
    docx_text, pdf_text = _exported_text(case, language, tmp_path)
    assert wording in docx_text
    assert wording in pdf_text


def test_an_english_complaint_under_30_3_is_a_filing_copy(tmp_path: Path) -> None:
    case = load_case(EXAMPLES / "ready-own-language-en.kassatsiya")
    doc = build_document(case, Language.EN, draft=False)
    assert not doc.reading_copy
    assert "Reading copy" not in " ".join(doc.text_lines())
    assert doc.title == "Cassation complaint — Сериков Арман Болатович"
    case.filer.knows_case_language = True
    reading = build_document(case, Language.EN, draft=False)
    assert reading.reading_copy
    assert reading.text_lines()[0] == "Reading copy — not for filing"
