"""The appeal (issue 18): its document model, and the Kazakh and Russian texts read back from the
exported DOCX and PDF of the bundled appeal examples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.appeal import appeal_draft
from assistant.case.enums import DocumentKind, FilerStatus, Language, ScopeKind
from assistant.document.build import build_document
from assistant.document.model import AddresseeBlock, Notice, RequestBlock, Title
from assistant.export import export_case
from assistant.session import check
from tests.conftest import load_example
from tests.export_samples import (
    assert_in_order,
    document_lines,
    docx_body_lines,
    pdf_body_text,
    pdf_full_text,
    words,
)

TODAY = dt.date(2026, 11, 26)


def test_russian_appeal_has_every_item_of_423_in_order() -> None:
    lines = document_lines(load_example("appeal-ru"), Language.RU)
    assert_in_order(
        lines,
        [
            "В апелляционную судебную коллегию по уголовным делам Алматинского городского суда",
            "через Алмалинский районный суд г. Алматы",
            "Заявитель: Сериков Арман Болатович",
            "Процессуальное положение: осужденный",
            "Место жительства: г. Алматы, мкр. Орбита-2, д. 14, кв. 37",
            "Тел.: +7 701 555 12 34",
            "АПЕЛЛЯЦИОННАЯ ЖАЛОБА",
            "на приговор Алмалинского районного суда г. Алматы от 16 ноября 2026 года "
            "по делу №\u00a07511-26-00-1/215",
            "Обстоятельства дела",
            "Обжалую указанный судебный акт в полном объеме.",
            "Доводы апелляционной жалобы",
            "Довод №\u00a01",
            "Нарушенные нормы закона: п. 38 ст. 3, ч. 3 ст. 190 УК РК; ст. 24, 25 УПК РК",
            "Довод №\u00a02",
            "Доказательства",
            "3. справка с места работы о доходе за 2026 год (судом первой инстанции не "
            "исследовалась)",
            "Прошу рассмотреть жалобу с моим участием.",
            "На основании изложенного, руководствуясь статьями 414, 418 и 423 УПК РК,",
            "ПРОШУ:",
            "1. изменить приговор: переквалифицировать мои действия с ч. 3 ст. 190 на "
            "ч. 2 ст. 190 УК РК и смягчить назначенное наказание",
            "Приложение:",
            "1. копия приговора Алмалинского районного суда г. Алматы от 16 ноября 2026 года "
            "по делу №\u00a07511-26-00-1/215, на 12 л.",
            "25 ноября 2026 года",
        ],
    )
    assert "КАССАЦИОННАЯ ЖАЛОБА" not in lines
    assert not any("485" in line for line in lines)  # no cassation ground in an appeal


def test_kazakh_appeal_from_custody_has_every_item_of_423_in_order() -> None:
    lines = document_lines(load_example("appeal-kk"), Language.KK)
    assert_in_order(
        lines,
        [
            "Қарағанды облыстық сотының қылмыстық істер жөніндегі апелляциялық сот алқасына",
            "Қарағанды қаласының № 2 аудандық соты арқылы",
            "Шағым беруші: Өмірзақов Нұрлан Серікұлы",
            "Процестік жағдайы: сотталған адам",
            "Орналасқан жері: ЕЦ-166/1 мекемесі, Қарағанды қ.",
            "АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ",
            "Қарағанды қаласының № 2 аудандық сотының 2026 жылғы 2 қарашадағы "
            "№\u00a03511-26-00-1/88 іс бойынша үкіміне",
            "Іс бойынша мән-жайлар",
            "Қарағанды қаласының № 2 аудандық сотының 2026 жылғы 2 қарашадағы "
            "№\u00a03511-26-00-1/88 іс бойынша үкімінің көшірмесі маған 2026 жылғы 10 қарашада "
            "табыс етілді.",
            "Аталған сот актісіне тағайындалған жаза бөлігінде шағым жасаймын.",
            "Апелляциялық шағымның уәждері",
            "Бұзылған заң нормалары: ҚР ҚК 53-бабы, ҚР ҚПК 390-бабы",
            "Дәлелдемелер",
            "Шағымды менің қатысуыммен қарауды сұраймын.",
            "Шағым мекеме әкімшілігі арқылы беріледі: ЕЦ-166/1 мекемесі, Қарағанды қ.",
            "СҰРАЙМЫН:",
            "1. үкімді өзгертуді және тағайындалған жазаны жеңілдетуді",
            "Қосымша:",
            "2026 жылғы 20 қараша",
        ],
    )
    assert "№\u00a01 уәж" not in lines  # one argument: no numbered heading


def test_kazakh_and_russian_are_filing_copies_english_a_reading_copy() -> None:
    case = load_example("appeal-ru")
    for language in (Language.RU, Language.KK):
        doc = build_document(case, language, draft=False)
        assert not doc.reading_copy
        assert not any(isinstance(block, Notice) for block in doc.blocks)
    english = build_document(case, Language.EN, draft=False)
    assert english.reading_copy and isinstance(english.blocks[0], Notice)
    assert english.title == "Appeal (reading copy) — Сериков Арман Болатович"
    title = next(block for block in english.blocks if isinstance(block, Title))
    assert title.main == "APPEAL"


@pytest.mark.parametrize(
    ("language", "name", "expected"),
    [
        (Language.RU, "", "В суд апелляционной инстанции"),
        (
            Language.RU,
            "Судебная коллегия по уголовным делам Алматинского городского суда",
            "В суд апелляционной инстанции: Судебная коллегия по уголовным делам "
            "Алматинского городского суда",
        ),
        (Language.RU, "Almaty City Court", "В суд апелляционной инстанции: Almaty City Court"),
        (Language.KK, "", "Апелляциялық сатыдағы сотқа"),
        (
            Language.KK,
            "Алматы қалалық сотының қылмыстық істер жөніндегі апелляциялық сот алқасы",
            "Апелляциялық сатыдағы сотқа: Алматы қалалық сотының қылмыстық істер жөніндегі "
            "апелляциялық сот алқасы",
        ),
        (
            Language.KK,
            "Алматы қалалық соты",
            "Алматы қалалық сотының қылмыстық істер жөніндегі апелляциялық сот алқасына",
        ),
    ],
)
def test_addressee_is_declined_only_when_that_is_safe(
    language: Language, name: str, expected: str
) -> None:
    """A name that already names the panel, or that cannot be declined, is printed as given
    after a label; none gives the appellate instance without a name (AP1.addressee says so)."""
    case = load_example("appeal-ru")
    appeal_draft(case).addressee = name
    doc = build_document(case, language, draft=False)
    addressee = next(block for block in doc.blocks if isinstance(block, AddresseeBlock))
    assert addressee.lines[0] == expected


def test_a_restoration_request_gets_its_reason_and_the_first_request_item() -> None:
    lines = document_lines(load_example("appeal-restoration-ru"), Language.RU)
    assert_in_order(
        lines,
        [
            "О восстановлении срока апелляционного обжалования",
            "Срок апелляционного обжалования пропущен по уважительной причине: с 21 октября "
            "по 12 ноября 2026 года я находился на стационарном лечении в городской клинической "
            "больнице № 7 г. Алматы, что подтверждается выпиской из медицинской карты.",
            "ПРОШУ:",
            "1. восстановить пропущенный срок апелляционного обжалования",
            "2. изменить приговор: переквалифицировать мои действия с ч. 3 ст. 190 на "
            "ч. 2 ст. 190 УК РК и смягчить назначенное наказание",
        ],
    )
    plain = document_lines(load_example("appeal-ru"), Language.RU)
    assert not any("восстанов" in line for line in plain)


def test_the_copy_hand_over_is_told_only_for_a_convicted_person_in_custody() -> None:
    case = load_example("appeal-kk")
    assert any("табыс етілді" in line for line in document_lines(case, Language.KK))
    case.filer.status = FilerStatus.DEFENDER
    assert not any("табыс етілді" in line for line in document_lines(case, Language.KK))


def test_scope_in_part_with_several_acts() -> None:
    case = load_example("appeal-route-cassation-ru")
    draft = appeal_draft(case)
    draft.scope, draft.scope_part = ScopeKind.PART, "в части назначенного наказания."
    lines = document_lines(case, Language.RU)
    assert "Обжалую указанные судебные акты в части назначенного наказания." in lines


def test_a_draft_lists_the_open_problems_of_its_check() -> None:
    case = load_example("appeal-return-423-2-kk")
    checked = check(case, TODAY)
    problems = checked.open_problems(Language.KK)
    assert len(problems) == 2
    doc = build_document(case, Language.KK, draft=True, open_problems=problems)
    assert doc.is_draft and doc.draft_mark == "ЖОБА — қайтарылады"
    lines = doc.text_lines()
    assert lines[:2] == ["ЖОБА — қайтарылады", "Шешілмеген мәселелер (беру алдында түзетіңіз):"]
    assert lines[2].startswith(
        "1. Апелляциялық шағымда ол жолданатын апелляциялық сатыдағы сот көрсетілмеген."
    )
    assert "Апелляциялық сатыдағы сотқа" in lines  # the addressee without a name
    assert any(isinstance(block, RequestBlock) for block in doc.blocks)


@pytest.mark.parametrize(
    ("name", "language", "phrases"),
    [
        (
            "appeal-ru",
            Language.RU,
            [
                "В апелляционную судебную коллегию по уголовным делам Алматинского городского суда",
                "через Алмалинский районный суд г. Алматы",
                "АПЕЛЛЯЦИОННАЯ ЖАЛОБА",
                "Доводы апелляционной жалобы",
                "ПРОШУ:",
                "Приложение:",
            ],
        ),
        (
            "appeal-kk",
            Language.KK,
            [
                "Қарағанды облыстық сотының қылмыстық істер жөніндегі апелляциялық сот алқасына",
                "Қарағанды қаласының № 2 аудандық соты арқылы",
                "АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ",
                "Апелляциялық шағымның уәждері",
                "табыс етілді",
                "СҰРАЙМЫН:",
                "Қосымша:",
            ],
        ),
    ],
)
def test_the_exported_docx_and_pdf_read_back_as_the_appeal(
    tmp_path: Path, name: str, language: Language, phrases: list[str]
) -> None:
    case = load_example(name)
    checked = check(case, TODAY)
    assert checked.report.is_ready()
    result = export_case(
        case,
        language=None,
        docx=tmp_path / "a.docx",
        pdf=tmp_path / "a.pdf",
        final=True,
        open_problems=checked.open_problems(language),
    )
    assert result.language is language and not result.draft and result.warnings == ()
    expected = words(build_document(case, language, draft=False).text_lines())
    assert words([pdf_body_text(tmp_path / "a.pdf")]) == expected
    assert words(docx_body_lines(tmp_path / "a.docx")) == expected
    pdf = " ".join(words([pdf_full_text(tmp_path / "a.pdf")]))
    docx = " ".join(words(docx_body_lines(tmp_path / "a.docx")))
    for phrase in phrases:
        assert " ".join(phrase.split()) in pdf, phrase
        assert " ".join(phrase.split()) in docx, phrase


def test_a_court_name_with_a_letter_unicode_leaves_unnamed_is_printed_as_given() -> None:
    """pymorphy3 asks `unicodedata` for every letter's name and fails on one without (a Tangut
    ideograph, found by the property test): the name is then not declined, never a crash.
    The cassation complaint's act phrases go through the same declension."""
    from assistant.document.grammar import russian_genitive

    assert russian_genitive("\U00017000 суд") is None
    case = load_example("appeal-ru")
    appeal_draft(case).addressee = "\U00017000"
    case.acts[0].court = "\U00017000 районный суд"
    lines = document_lines(case, Language.RU)
    assert "В суд апелляционной инстанции: \U00017000" in lines
    assert (
        "на приговор (\U00017000 районный суд) от 16 ноября 2026 года по делу №\u00a0"
        "7511-26-00-1/215" in lines
    )
    case.kind = DocumentKind.CASSATION
    assert any("\U00017000" in line for line in document_lines(case, Language.RU))


def test_an_appeal_without_a_signer_is_signed_in_the_filers_name() -> None:
    """As every other document: the signer's name, else the filer's (DocumentParts.signed)."""
    from assistant.document.model import SignatureBlock

    case = load_example("appeal-ru")
    appeal_draft(case).signature.signer_name = ""
    blocks = build_document(case, Language.RU, draft=False).blocks
    signature = next(block for block in blocks if isinstance(block, SignatureBlock))
    assert signature.full_name == case.filer.full_name == "Сериков Арман Болатович"
