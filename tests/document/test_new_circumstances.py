"""The application for newly discovered circumstances as a document: its blocks in order, to the
court and to the prosecutor, in Kazakh, Russian and English, and the DOCX and PDF read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.drafts import ConfirmingAct
from assistant.case.enums import (
    ConfirmingActKind,
    DocumentKind,
    Language,
    ReopeningAddressee,
    ReopeningGround,
    TerminationBasis,
)
from assistant.case.model import Case
from assistant.document.build import build_document
from assistant.document.grammar import russian_addressee
from assistant.document.model import AttachmentList, DraftCover, Notice, Title
from assistant.export import export_case
from tests.conftest import load_example
from tests.export_samples import (
    assert_in_order,
    document_lines,
    docx_body_lines,
    pdf_body_text,
    pdf_full_text,
    words,
)


def _application(case: Case):  # type: ignore[no-untyped-def]
    application = case.new_circumstances
    assert application is not None
    return application


def test_russian_application_to_the_appellate_court_has_every_part_in_order() -> None:
    lines = document_lines(load_example("new-circumstances-ru"), Language.RU)
    assert_in_order(
        lines,
        [
            "В Судебную коллегию по уголовным делам Алматинского городского суда",
            "Заявитель: Сериков Арман Болатович",
            "Процессуальное положение: осужденный",
            "ХОДАТАЙСТВО",
            "о возобновлении производства по уголовному делу по вновь открывшимся обстоятельствам",
            "Судебные акты, о пересмотре которых прошу",
            "1. приговор Алмалинского районного суда г. Алматы от 12 марта 2026 года "
            "по делу №\u00a07511-26-00-1/215",
            "Пересматриваемое решение: обвинительный приговор (пункт 1) статьи 500 УПК РК).",
            "Обстоятельства дела",
            "Вновь открывшиеся обстоятельства",
            "Указанное обстоятельство установлено приговором Бостандыкского районного суда "
            "г. Алматы от 10 сентября 2026 года №\u00a07512-26-00-1/733, вступившим в законную "
            "силу.",
            "Дата открытия обстоятельства: 12 октября 2026 года.",
            "Пересмотр испрашивается в пользу осужденного и в силу части первой статьи 501 "
            "УПК РК сроками не ограничен.",
            "Доказательства",
            "Прошу рассмотреть ходатайство с моим участием.",
            "ПРОШУ:",
            "1. возобновить производство по уголовному делу по вновь открывшимся обстоятельствам",
            "2. отменить указанные судебные акты и направить уголовное дело на новое судебное "
            "рассмотрение",
            "Приложение:",
            "3. копия приговора Бостандыкского районного суда г. Алматы от 10 сентября 2026 года "
            "№\u00a07512-26-00-1/733, на 5 л.",
            "24 ноября 2026 года",
            "Сериков А.Б. ____________________ (подпись)",
        ],
    )
    assert any(line.startswith("Основание возобновления производства: пункт 1)") for line in lines)


def test_kazakh_application_to_the_prosecutor_asks_for_a_check() -> None:
    lines = document_lines(load_example("new-circumstances-kk"), Language.KK)
    assert_in_order(
        lines,
        [
            "Қарағанды облысының прокурорына",
            "Өтініш беруші: Жұмабаева Әйгерім Қайратқызы",
            "Процестік жағдайы: қорғаушы",
            "Мүддесі қорғалатын адам: Өмірзақов Нұрлан Серікұлы (сотталған адам)",
            "ӨТІНІШ",
            "жаңадан ашылған мән-жайлар бойынша іс жүргізуді қозғау туралы",
            "Қайта қаралуы сұралатын сот актілері",
            "Қайта қаралатын шешім: айыптау үкімі (ҚР ҚПК 500-бабының 1) тармағы).",
            "Жаңадан ашылған мән-жайлар",
            "Мән-жайдың ашылған күні: 2026 жылғы 20 қазан.",
            "СҰРАЙМЫН:",
            "1. баяндалған мән-жайларды ҚР ҚПК 502-бабында көзделген тәртіппен тексеруді",
            "Қосымша:",
            "2026 жылғы 23 қараша",
            "Жұмабаева Ә.Қ. ____________________ (қолы)",
        ],
    )
    assert any("499-бабы екінші бөлігінің 4) тармағы" in line for line in lines)
    # the prosecutor holds no hearing: nothing about taking part in one
    assert not any("қатысуым" in line for line in lines)


def test_kazakh_application_to_a_court_is_an_otinishhat_with_its_addressee_in_the_dative() -> None:
    case = load_example("new-circumstances-kk")
    application = _application(case)
    application.ground = ReopeningGround.FALSE_EVIDENCE
    application.addressed_to = ReopeningAddressee.APPELLATE_COURT
    application.addressee = "Қарағанды облыстық сотының қылмыстық істер жөніндегі сот алқасы"
    application.confirming_act = ConfirmingAct(
        kind=ConfirmingActKind.VERDICT,
        issued_by="Қарағанды қаласының № 1 аудандық соты",
        date=dt.date(2026, 10, 6),
        number="3510-26-00-1/301",
        in_force=True,
        attached=True,
        pages=4,
    )
    lines = document_lines(case, Language.KK)
    assert_in_order(
        lines,
        [
            "Қарағанды облыстық сотының қылмыстық істер жөніндегі сот алқасына",
            "ӨТІНІШХАТ",
            "қылмыстық іс бойынша іс жүргізуді жаңадан ашылған мән-жайлар бойынша қайта бастау "
            "туралы",
            "Бұл мән-жай Қарағанды қаласының № 1 аудандық сотының 2026 жылғы 6 қазандағы "
            "№\u00a03510-26-00-1/301 заңды күшіне енген үкімімен анықталды.",
            "1. қылмыстық іс бойынша іс жүргізуді жаңадан ашылған мән-жайлар бойынша қайта "
            "бастауды",
            "3. Қарағанды қаласының № 1 аудандық сотының 2026 жылғы 6 қазандағы "
            "№\u00a03510-26-00-1/301 үкімінің көшірмесі, 4 парақ",
        ],
    )


def test_russian_application_to_the_prosecutor_is_a_zayavlenie() -> None:
    case = load_example("new-circumstances-ru")
    application = _application(case)
    application.ground = ReopeningGround.OTHER_CIRCUMSTANCES
    application.addressed_to = ReopeningAddressee.PROSECUTOR
    application.addressee = "прокурор города Алматы"
    lines = document_lines(case, Language.RU)
    assert_in_order(
        lines,
        [
            "Прокурору города Алматы",
            "ЗАЯВЛЕНИЕ",
            "о возбуждении производства по вновь открывшимся обстоятельствам",
            "На основании изложенного, руководствуясь статьями 499 и 502 УПК РК,",
            "1. проверить изложенные обстоятельства в порядке, предусмотренном статьей 502 УПК РК",
            "2. по результатам проверки внести в суд ходатайство о возобновлении производства по "
            "уголовному делу по вновь открывшимся обстоятельствам",
        ],
    )
    assert "ХОДАТАЙСТВО" not in lines


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.RU, "В суд, вынесший приговор (постановление)"),
        (Language.KK, "Үкім (қаулы) шығарған сотқа"),
        (Language.EN, "To: the court that issued the verdict (ruling)"),
    ],
)
def test_an_unnamed_court_still_gets_an_addressee_line(language: Language, expected: str) -> None:
    case = load_example("new-circumstances-ru")
    _application(case).addressee = ""
    lines = document_lines(case, language)
    assert lines[1 if language is Language.EN else 0] == expected  # English opens with its notice


def test_a_name_that_cannot_be_declined_is_written_as_typed() -> None:
    case = load_example("new-circumstances-kk")
    _application(case).addressee = "Прокуратура ҚР"
    assert document_lines(case, Language.KK)[0] == "Прокуратура ҚР"
    case = load_example("new-circumstances-ru")
    _application(case).addressee = "ТОО «Юрист»"
    assert document_lines(case, Language.RU)[0] == "ТОО «Юрист»"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Алмалинский районный суд г. Алматы", ("Алмалинский районный суд г. Алматы", False)),
        ("Алматинский городской суд", ("Алматинский городской суд", False)),
        (
            "Судебная коллегия по уголовным делам Алматинского городского суда",
            ("Судебную коллегию по уголовным делам Алматинского городского суда", False),
        ),
        (
            "Прокурор Алмалинского района г. Алматы",
            ("Прокурору Алмалинского района г. Алматы", True),
        ),
        ("Прокуратура города Алматы", ("Прокуратуру города Алматы", False)),
        ("ТОО «Юрист»", None),
    ],
)
def test_russian_addressee_forms(typed: str, expected: tuple[str, bool] | None) -> None:
    assert russian_addressee(typed) == expected


def test_a_termination_ruling_says_why_the_case_ended() -> None:
    case = load_example("new-circumstances-ru")
    _application(case).confirming_act = ConfirmingAct(
        kind=ConfirmingActKind.TERMINATION_RULING,
        issued_by="Следственное управление ДП г. Алматы",
        date=dt.date(2026, 9, 1),
        number="261500031001234",
        termination_basis=TerminationBasis.AMNESTY,
        attached=True,
        pages=3,
    )
    lines = document_lines(case, Language.RU)
    assert "Уголовное дело прекращено вследствие акта амнистии." in lines
    established = next(line for line in lines if line.startswith("Указанное обстоятельство"))
    assert "о прекращении уголовного дела" in established
    assert "вступившим" not in established


def test_another_document_is_named_as_the_filer_gives_it() -> None:
    lines = document_lines(load_example("new-circumstances-opinion-not-verdict-ru"), Language.RU)
    assert (
        "Указанное обстоятельство подтверждается документом: ТОО «Центр судебных экспертиз», "
        "1 октября 2026 года, №\u00a012."
    ) in lines
    assert any(
        line.startswith("3. копия документа: ТОО «Центр судебных экспертиз»") for line in lines
    )


def test_english_is_a_reading_copy() -> None:
    doc = build_document(load_example("new-circumstances-ru"), Language.EN, draft=False)
    assert doc.reading_copy
    assert isinstance(doc.blocks[0], Notice)
    assert "APPLICATION" in doc.text_lines()
    assert "(reading copy)" in doc.title


def test_the_draft_says_it_will_be_returned() -> None:
    case = load_example("new-circumstances-opinion-not-verdict-ru")
    doc = build_document(case, Language.RU, draft=True, open_problems=["проблема"])
    cover = doc.blocks[0]
    assert isinstance(cover, DraftCover)
    assert cover.mark == "ЧЕРНОВИК — будет возвращено" == doc.draft_mark
    assert cover.problems == ("проблема",)


def test_an_empty_application_builds() -> None:
    case = load_example("ready-ru")
    case.kind = DocumentKind.NEW_CIRCUMSTANCES  # the file holds no application part yet
    doc = build_document(case, Language.RU, draft=True)
    titles = [block for block in doc.blocks if isinstance(block, Title)]
    assert titles[0].main == "ХОДАТАЙСТВО"
    attachments = [block for block in doc.blocks if isinstance(block, AttachmentList)]
    assert attachments  # the copies of the acts the case already lists


@pytest.mark.parametrize(
    ("name", "language"),
    [("new-circumstances-ru", Language.RU), ("new-circumstances-kk", Language.KK)],
)
def test_docx_and_pdf_read_back_the_model_text(
    tmp_path: Path, name: str, language: Language
) -> None:
    case = load_example(name)
    result = export_case(
        case,
        language=language,
        docx=tmp_path / "a.docx",
        pdf=tmp_path / "a.pdf",
        final=True,
        open_problems=(),
    )
    assert result.warnings == () and not result.draft and not result.reading_copy
    expected = words(build_document(case, language, draft=False).text_lines())
    assert words([pdf_body_text(tmp_path / "a.pdf")]) == expected
    assert words(docx_body_lines(tmp_path / "a.docx")) == expected
    title = "ХОДАТАЙСТВО" if language is Language.RU else "ӨТІНІШ"
    assert title in pdf_full_text(tmp_path / "a.pdf").split()


def test_the_draft_export_is_marked_on_every_page(tmp_path: Path) -> None:
    case = load_example("new-circumstances-late-kk")
    export_case(
        case,
        language=Language.KK,
        docx=tmp_path / "a.docx",
        pdf=tmp_path / "a.pdf",
        final=False,
        open_problems=["мерзім өтіп кетті"],
    )
    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "a.pdf").pages
    assert len(pages) >= 2
    assert all("ЖОБА — қайтарылады" in page.extract_text() for page in pages)
    assert "ЖОБА — қайтарылады" in docx_body_lines(tmp_path / "a.docx")
