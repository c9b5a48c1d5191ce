"""The document model built from realistic Russian and Kazakh cases (no rendering here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.enums import ActKind, FilerStatus, Language, RequestKind
from assistant.case.model import Case, ContestedAct, Filer
from assistant.document.build import build_document
from assistant.document.dates import DateForm, format_legal_date
from assistant.document.model import AttachmentList, DraftCover, Notice, SignatureBlock
from assistant.document.sanitize import sanitize_text
from assistant.document.templates import load_template
from assistant.export import document_language
from assistant.i18n import current_language, set_language
from tests.export_samples import kazakh_case, russian_case


def test_russian_document_has_every_element_in_order(tmp_path: Path) -> None:
    doc = build_document(russian_case(tmp_path), Language.RU, draft=False)
    lines = doc.text_lines()
    expected_in_order = [
        "В Кассационный суд по уголовным делам",
        "Заявитель: Сапаров Ерлан Маратович",
        "Процессуальное положение: осужденный",
        "ИИН: 900101300123",
        "Место нахождения: учреждение ЛА-155/12, г. Заречный",
        "Тел.: +7 701 000 00 00",
        "КАССАЦИОННАЯ ЖАЛОБА",
        "на приговор Медеуского районного суда г. Алматы от 12 марта 2026 года "
        "по делу №\u00a01-123/2026",
        "и на апелляционное постановление Алматинского городского суда от 14 мая 2026 года "
        "по делу №\u00a02а-77/2026",
        "Приговором суда первой инстанции я осужден по части 4 статьи 188 УК РК.",
        "Апелляционное постановление Алматинского городского суда от 14 мая 2026 года "
        "по делу №\u00a02а-77/2026 вступило в законную силу 14 мая 2026 года.",
        "Обжалую указанные судебные акты в части: квалификации деяния и назначенного наказания.",
        "Основание к пересмотру: пункт 3) части первой статьи 485 УПК РК — неправильная "
        "квалификация деяния осужденного, неправильное определение вида рецидива и учреждения "
        "уголовно-исполнительной (пенитенциарной) системы",
        "Нарушенные нормы закона: статья 188 УК РК; статья 24 УПК РК",
        "Основание к пересмотру: пункт 5) части первой статьи 485 УПК РК — неправильное "
        "назначение наказания либо несоответствие назначенного судом наказания тяжести "
        "уголовного правонарушения и личности осужденного",
        "1. протокол явки с повинной (т. 1, л.д. 45)",
        "Прошу рассмотреть жалобу с моим участием.",
        "Прошу обеспечить мое участие в судебном заседании посредством видеоконференцсвязи.",
        "ПРОШУ:",
        "1. изменить обжалуемые судебные акты и применить закон о менее тяжком уголовном "
        "правонарушении",
        "2. изменить обжалуемые судебные акты и смягчить назначенное наказание",
        "Приложение:",
        "1. копия приговора Медеуского районного суда г. Алматы от 12 марта 2026 года "
        "по делу №\u00a01-123/2026, на 12 л.",
        "2. копия апелляционного постановления Алматинского городского суда от 14 мая 2026 года "
        "по делу №\u00a02а-77/2026, на 5 л.",
        "3. характеристика с места работы, на 3 л.",
        "4. справка о составе семьи, на 1 л.",
        "26 ноября 2026 года",
        "Сапаров Ерлан Маратович ____________________ (подпись)",
    ]
    positions = [lines.index(line) for line in expected_in_order]
    assert positions == sorted(positions)
    assert not doc.is_draft and not doc.reading_copy and doc.warnings == ()
    assert doc.title == "Кассационная жалоба — Сапаров Ерлан Маратович"


def test_kazakh_document_uses_kazakh_legal_forms(tmp_path: Path) -> None:
    doc = build_document(kazakh_case(tmp_path), Language.KK, draft=False)
    lines = doc.text_lines()
    assert lines[0] == "Қылмыстық істер жөніндегі кассациялық сотқа"
    assert "Процестік жағдайы: қорғаушы" in lines
    assert "Мүддесі қорғалатын адам: Жұмабаев Нұрлан Өмірұлы (сотталған адам)" in lines
    assert "Адвокаттың куәлігі: № 0001234, 2019 жылғы 15 қаңтар" in lines
    assert "Қорғау туралы хабарлама: 2026 жылғы 1 маусымдағы № 56" in lines
    assert (
        "Астана қаласы Есіл аудандық сотының 2026 жылғы 7 сәуірдегі №\u00a01-456/2026 іс бойынша үкіміне"
        in lines
    )
    assert any(line.endswith("2026 жылғы 18 маусымда заңды күшіне енді.") for line in lines)
    assert "Аталған сот актілеріне толық көлемде шағым жасаймын." in lines
    assert "Шағымды менің қатысуымсыз қарауды сұраймын." in lines
    assert "СҰРАЙМЫН:" in lines
    attachments = next(b for b in doc.blocks if isinstance(b, AttachmentList))
    assert attachments.heading == "Қосымша:"
    texts = [item.text for item in attachments.items]
    assert texts[0].endswith("үкімінің көшірмесі, 9 парақ")
    assert texts[2] == "қорғау туралы хабарлама: 2026 жылғы 1 маусымдағы № 56"
    assert texts[3] == "маманның қорытындысы, 3 парақ"
    signature = next(b for b in doc.blocks if isinstance(b, SignatureBlock))
    assert signature.date == "2026 жылғы 26 қараша"
    assert signature.full_name == "Әбдіқадырова Гүлнұр Серікқызы"


@pytest.mark.parametrize(
    ("month", "attributive"),
    [
        (1, "қаңтардағы"), (2, "ақпандағы"), (3, "наурыздағы"), (4, "сәуірдегі"),
        (5, "мамырдағы"), (6, "маусымдағы"), (7, "шілдедегі"), (8, "тамыздағы"),
        (9, "қыркүйектегі"), (10, "қазандағы"), (11, "қарашадағы"), (12, "желтоқсандағы"),
    ],
)  # fmt: skip
def test_kazakh_act_dates_for_every_month(month: int, attributive: str) -> None:
    pattern = load_template(Language.KK).text("dates.attributive")
    text = format_legal_date(dt.date(2026, month, 26), Language.KK, DateForm.ATTRIBUTIVE, pattern)
    assert text == f"2026 жылғы 26 {attributive}"


def test_russian_and_english_dates() -> None:
    day = dt.date(2026, 11, 26)
    ru = load_template(Language.RU).text("dates.plain")
    en = load_template(Language.EN).text("dates.plain")
    assert format_legal_date(day, Language.RU, DateForm.PLAIN, ru) == "26 ноября 2026 года"
    assert format_legal_date(day, Language.EN, DateForm.PLAIN, en) == "26 November 2026"


def test_draft_cover_and_mark_only_when_draft(tmp_path: Path) -> None:
    case = russian_case(tmp_path)
    draft = build_document(case, Language.RU, draft=True, open_problems=["Нет подписи"])
    cover = draft.blocks[0]
    assert isinstance(cover, DraftCover)
    assert cover.mark == "ЧЕРНОВИК — будет возвращена" == draft.draft_mark
    assert cover.problems == ("Нет подписи",)
    final = build_document(case, Language.RU, draft=False, open_problems=["Нет подписи"])
    assert not any(isinstance(b, DraftCover) for b in final.blocks) and final.draft_mark == ""
    kk = build_document(kazakh_case(tmp_path), Language.KK, draft=True, open_problems=["x"])
    assert kk.draft_mark == "ЖОБА — қайтарылады"


def test_english_is_a_reading_copy_with_a_notice(tmp_path: Path) -> None:
    doc = build_document(russian_case(tmp_path), Language.EN, draft=False)
    assert doc.reading_copy
    assert doc.blocks[0] == Notice("Reading copy — not for filing")
    assert doc.text_lines()[1] == "To the Court of Cassation for Criminal Cases"
    assert "I REQUEST:" in doc.text_lines()
    assert "3. характеристика с места работы, 3 pages" in doc.text_lines()


def test_document_language_never_follows_the_interface(tmp_path: Path) -> None:
    case = kazakh_case(tmp_path)
    before = current_language()
    try:
        set_language(Language.EN)
        assert document_language(case, None) is Language.KK
        assert document_language(case, Language.RU) is Language.RU
        with pytest.raises(ValueError, match="language"):
            document_language(Case(), None)
    finally:
        set_language(before)


def test_control_characters_are_marked_and_reported() -> None:
    assert sanitize_text("a\x07b\tc\nd") == ("a[U+0007]b c d", ["[U+0007]"])
    case = Case(filer=Filer(full_name="Иванов\x00 Иван", status=FilerStatus.CONVICTED))
    doc = build_document(case, Language.RU, draft=False)
    assert "Заявитель: Иванов[U+0000] Иван" in doc.text_lines()
    assert len(doc.warnings) >= 1 and "[U+0000]" in doc.warnings[0]


def test_templates_cover_every_enum_value_in_every_language() -> None:
    from assistant.case.enums import Ground, Participation

    for language in Language:
        t = load_template(language)
        for kind in [*ActKind, "unspecified"]:
            value = kind.value if isinstance(kind, ActKind) else kind
            for usage in ("title", "copy", "subject", "entered"):
                t.text(f"acts.{value}.{usage}")
        for status in FilerStatus:
            assert t.text(f"status.{status.value}")
        for ground in Ground:
            assert t.text(f"ground_titles.{ground.value}")
        for request in RequestKind:
            t.text(f"request.kinds.{request.value}")
        for participation in Participation:
            assert t.text(f"participation.{participation.value}")


def test_act_without_details_still_builds(tmp_path: Path) -> None:
    case = Case(acts=[ContestedAct()], request=russian_case(tmp_path).request)
    lines = build_document(case, Language.KK, draft=False).text_lines()
    assert "сот актісіне" in lines


def test_own_request_wording_replaces_the_generic_outcomes(tmp_path: Path) -> None:
    from assistant.document.model import RequestBlock

    case = russian_case(tmp_path)
    case.request.kinds = [RequestKind.REDUCE_PUNISHMENT]
    case.request.text = "снизить наказание до 3 лет ограничения свободы"
    blocks = build_document(case, Language.RU, draft=False).blocks
    request = next(b for b in blocks if isinstance(b, RequestBlock))
    assert request.items == ("снизить наказание до 3 лет ограничения свободы",)
    case.request.text = ""
    blocks = build_document(case, Language.RU, draft=False).blocks
    request = next(b for b in blocks if isinstance(b, RequestBlock))
    assert request.items == (load_template(Language.RU).text("request.kinds.reduce_punishment"),)
