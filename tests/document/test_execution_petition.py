"""The petition to the court at the place of execution as a document (issue 19; parole.md PA2,
PA4, PA31-PA34): its parts in order in Russian and Kazakh, the arithmetic of the part served,
the request and the attachments, an English reading copy, and the DOCX and PDF read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.case.drafts import CustodyPeriod
from assistant.case.enums import DocumentKind, FilerStatus, Language, OffenceCategory, PartyRole
from assistant.case.execution_vocabulary import (
    AdditionalRelease,
    AgeAtCrime,
    CustodyRate,
    PetitionRequest,
    ServedPunishment,
)
from assistant.case.model import Case
from assistant.document.build import build_document
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


def _petition(case: Case):  # type: ignore[no-untyped-def]
    petition = case.execution_petition
    assert petition is not None
    return petition


def test_russian_petition_has_every_part_in_order() -> None:
    lines = document_lines(load_example("execution-petition-ru"), Language.RU)
    assert_in_order(
        lines,
        [
            "В Павлодарский городской суд Павлодарской области",
            "через администрацию: учреждение АП-162/3 (г. Павлодар)",
            "Заявитель: Нурланов Ерлан Маратович",
            "Процессуальное положение: осужденный",
            "Место нахождения: учреждение АП-162/3 (г. Павлодар)",
            "Дата рождения осужденного: 2 апреля 1988 года",
            "ХОДАТАЙСТВО",
            "об условно-досрочном освобождении от отбывания наказания",
            "а в случае отказа — о замене неотбытой части наказания более мягким видом наказания",
            "Сведения о приговоре и отбываемом наказании",
            "1. Приговор Бостандыкского районного суда г. Алматы от 20 декабря 2024 года "
            "по делу №\u00a07521-24-00-1/640",
            "Квалификация по приговору: ч. 4 ст. 190 УК РК.",
            "Категория наиболее тяжкого преступления: тяжкое.",
            "Отбываемое наказание: лишение свободы.",
            "Срок наказания (с учетом всех изменений приговора): 5 лет.",
            "Начало срока: 15 января 2025 года.",
            "Время содержания под стражей (домашним арестом), зачтенное в срок: с 1 июня "
            "2024 года по 14 января 2025 года из расчета один день за полтора дня.",
            "Отбытая часть срока наказания",
            "Условно-досрочное освобождение (п. 2 ч. 3 ст. 72 УК РК): не менее 1/2 срока "
            "наказания.",
            "1/2 от 5 лет = 2 года 6 месяцев; с 15.01.2025 с зачетом 342 дн. содержания под "
            "стражей (срок исчисляется с 08.02.2024) → 08.08.2026.",
            "Требуемая часть срока наказания отбыта 8 августа 2026 года.",
            "1/3 от 5 лет = 1 год 8 месяцев; с 15.01.2025 с зачетом 342 дн. содержания под "
            "стражей (срок исчисляется с 08.02.2024) → 08.10.2025.",
            "Расчет подлежит проверке по справке учреждения об отбытом сроке наказания.",
            "Обоснование ходатайства",
            "Ущерб, причиненный преступлением, возмещен полностью.",
            "Злостных нарушений установленного порядка отбывания наказания нет.",
            "Таким образом, в соответствии с абзацем вторым ч. 1 ст. 72 УК РК осужденный "
            "подлежит условно-досрочному освобождению.",
            "Место жительства после освобождения: г. Алматы, мкр. Айнабулак-3, д. 12, кв. 40 "
            "(квартира матери).",
            "На основании изложенного, руководствуясь ст. 72, 73 УК РК, ст. 476, 477, 480 УПК РК,",
            "ПРОШУ:",
            "1. освободить меня условно-досрочно от дальнейшего отбывания наказания",
            "2. в случае отказа в условно-досрочном освобождении заменить мне неотбытую часть "
            "наказания более мягким видом наказания — ограничением свободы",
            "Приложение:",
            "1. копия приговора Бостандыкского районного суда г. Алматы от 20 декабря 2024 года "
            "по делу №\u00a07521-24-00-1/640, на 14 л.",
            "3. письменное согласие родственников (предоставление жилья) о проживании после "
            "освобождения",
            "4. документ о предоставлении места работы после освобождения",
            "5. квитанции о возмещении ущерба потерпевшему (ТОО «Алем-Трейд»), на 3 л.",
            "20 ноября 2026 года",
            "Нурланов Е.М. ____________________ (подпись)",
        ],
    )
    # the institution sends its own materials (PA31): said once, not listed as attached
    assert sum("направляет в суд администрация учреждения" in line for line in lines) == 1


def test_kazakh_petition_has_every_part_in_order() -> None:
    lines = document_lines(load_example("execution-petition-kk"), Language.KK)
    assert_in_order(
        lines,
        [
            "Талдықорған қалалық сотына",
            "мекеме әкімшілігі арқылы: ЖД-166/11 мекемесі (Жетісу облысы)",
            "Өтінішхат беруші: Сәрсенбаева Гүлнар Ерланқызы",
            "Процестік жағдайы: сотталған адам",
            "Сотталған адамның туған күні: 1993 жылғы 14 қыркүйек",
            "ӨТІНІШХАТ",
            "жазаны өтеуден шартты түрде мерзімінен бұрын босату туралы",
            "Үкім және өтеліп жатқан жаза туралы мәліметтер",
            "1. Алматы қаласының Медеу аудандық сотының 2025 жылғы 20 мамырдағы "
            "№\u00a07512-25-00-1/233 іс бойынша үкімі",
            "Үкім бойынша саралау: ҚР ҚК 188-бабының 2-бөлігі.",
            "Ең ауыр қылмыстың санаты: ауырлығы орташа.",
            "Жаза мерзімінің басталуы: 2025 жылғы 10 маусым.",
            "Жаза мерзіміне есепке алынған қамауда (үй қамағында) ұсталған уақыт: 60 күн "
            "(үй қамағының екі күніне бір күн есебімен).",
            "Жаза мерзімінің өтелген бөлігі",
            "Жазаны өтеуден шартты түрде мерзімінен бұрын босату (ҚР ҚК 72-бабы 4-бөлігінің "
            "1) тармағы): жаза мерзімінің кемінде 1/4 бөлігі.",
            "4 жылдың 1/4 бөлігі = 1 жыл; жаза мерзімі 10.06.2025 басталған, қамауда ұсталған "
            "30 күн есепке алынды (есептеу басталатын күн: 11.05.2025) → 11.05.2026.",
            "Жаза мерзімінің заңмен белгіленген бөлігі 2026 жылғы 11 мамырда өтелді.",
            "Өтінішхаттың негіздемесі",
            "Қылмыспен келтірілген залал толық көлемде өтелді.",
            "Жазаны өтеу режимі қаскөйлікпен бұзылған жоқ.",
            "Жоғарыда баяндалғанның негізінде, ҚР ҚК 72-бабын, ҚР ҚПК 476, 477 және 480-баптарын "
            "басшылыққа ала отырып,",
            "СҰРАЙМЫН:",
            "1. мені жазаны одан әрі өтеуден шартты түрде мерзімінен бұрын босатуды",
            "Қосымша:",
            "4. ұлының туу туралы куәлігінің көшірмесі, 1 парақ",
            "2026 жылғы 16 қараша",
            "Сәрсенбаева Г.Е. ____________________ (қолы)",
        ],
    )
    # parole alone: no fallback line under the title, no replacement in the request
    assert not any("ауыстыру" in line for line in lines)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "Судебная коллегия по уголовным делам Павлодарского областного суда",
            "В Судебную коллегию по уголовным делам Павлодарского областного суда",
        ),
        ("Экибастузский городской суд", "В Экибастузский городской суд"),
        ("в Экибастузский городской суд", "в Экибастузский городской суд"),
    ],
)
def test_the_russian_addressee_is_put_in_the_accusative_after_v(typed: str, printed: str) -> None:
    case = load_example("execution-petition-ru")
    _petition(case).addressee = typed
    assert document_lines(case, Language.RU)[0] == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Талдықорған қалалық соты", "Талдықорған қалалық сотына"),
        ("Аудандық сот", "Аудандық сотқа"),
        ("№ 2 ауданаралық сот алқасы", "Сот: № 2 ауданаралық сот алқасы"),
    ],
)
def test_the_kazakh_court_is_put_in_the_dative_or_named_after_a_label(
    typed: str, printed: str
) -> None:
    case = load_example("execution-petition-kk")
    _petition(case).addressee = typed
    assert document_lines(case, Language.KK)[0] == printed


def test_a_petition_filed_before_the_day_says_when_the_part_will_be_served() -> None:
    lines = document_lines(load_example("execution-petition-too-early-ru"), Language.RU)
    assert "Требуемая часть срока наказания будет отбыта 8 августа 2026 года." in lines
    assert "Требуемая часть срока наказания отбыта 8 октября 2025 года." in lines


@pytest.mark.parametrize("language", [Language.RU, Language.KK, Language.EN])
@pytest.mark.parametrize("rate", list(CustodyRate))
def test_every_custody_rate_is_written_in_every_language(
    language: Language, rate: CustodyRate
) -> None:
    case = load_example("execution-petition-ru")
    _petition(case).custody = [CustodyPeriod(rate=rate, days=40)]
    custody = [line for line in document_lines(case, language) if "40" in line and "(" in line]
    assert custody, "the custody line is missing"


def test_custody_the_verdict_did_not_credit_is_not_written_as_credited() -> None:
    case = load_example("execution-petition-ru")
    _petition(case).custody = [
        CustodyPeriod(rate=CustodyRate.ONE, days=40, credited_by_verdict=False)
    ]
    assert not any(
        line.startswith("Время содержания под стражей")
        for line in document_lines(case, Language.RU)
    )


def test_a_juvenile_defenders_petition_speaks_of_the_convicted_person_and_cites_86_and_87() -> None:
    case = load_example("execution-petition-ru")
    case.filer.status = FilerStatus.DEFENDER
    case.filer.in_custody = False
    case.represented.full_name = "Нурланов Ерлан Маратович"
    case.represented.role = PartyRole.CONVICTED
    _petition(case).age_at_crime = AgeAtCrime.UNDER_18
    lines = document_lines(case, Language.RU)
    assert (
        "На основании изложенного, руководствуясь ст. 72, 73, 86, 87 УК РК, ст. 476, 477, "
        "480 УПК РК," in lines
    )
    assert "1. освободить осужденного условно-досрочно от дальнейшего отбывания наказания" in lines


def test_kazakh_code_articles_take_the_plural_only_for_several() -> None:
    case = load_example("execution-petition-kk")
    _petition(case).requests = [PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT]
    lines = document_lines(case, Language.KK)
    assert any(
        line.startswith("Жоғарыда баяндалғанның негізінде, ҚР ҚК 72, 73-баптарын,")
        for line in lines
    )
    assert (
        "ал бас тартылған жағдайда — жазаның өтелмеген бөлігін жазаның неғұрлым жеңіл "
        "түрімен ауыстыру туралы" in lines
    )


def test_reduction_states_its_basis_and_its_cap() -> None:
    case = load_example("execution-petition-ru")
    petition = _petition(case)
    petition.requests = [PetitionRequest.REDUCTION]
    petition.assisted_group_investigation = True
    lines = document_lines(case, Language.RU)
    assert (
        "Сокращение неотбытой части наказания (ч. 4 ст. 73 УК РК): осужденный в период "
        "отбывания наказания способствовал раскрытию и расследованию преступлений, "
        "совершенных преступной группой; неотбытая часть наказания может быть сокращена не "
        "более чем на 1/2."
    ) in lines
    assert "1. сократить мне неотбытую часть наказания" in lines
    assert "о сокращении неотбытой части наказания" in lines


def test_life_imprisonment_and_release_from_an_additional_punishment() -> None:
    case = load_example("execution-petition-ru")
    petition = _petition(case)
    case.offences[0].category = OffenceCategory.ESPECIALLY_GRAVE
    petition.requests = [PetitionRequest.PAROLE]
    petition.punishment = ServedPunishment.LIFE_IMPRISONMENT
    petition.term = None
    petition.additional_punishment = "лишение права занимать должности на 5 лет"
    petition.additional_release = AdditionalRelease.PARTIAL
    lines = document_lines(case, Language.RU)
    assert "Срок наказания (с учетом всех изменений приговора): пожизненно." in lines
    assert any(
        line.startswith("Условно-досрочное освобождение (ч. 6 ст. 72 УК РК): не менее 25 лет")
        for line in lines
    )
    assert "Требуемая часть срока наказания будет отбыта 8 февраля 2049 года." in lines
    assert (
        "2. частично освободить меня от дополнительного наказания: лишение права занимать "
        "должности на 5 лет" in lines
    )


def test_english_is_a_reading_copy() -> None:
    doc = build_document(load_example("execution-petition-ru"), Language.EN, draft=False)
    assert doc.reading_copy
    assert isinstance(doc.blocks[0], Notice)
    lines = doc.text_lines()
    assert "PETITION" in lines
    assert "The required part of the term was served on 8 August 2026." in lines
    assert "(reading copy)" in doc.title


def test_an_empty_petition_builds() -> None:
    case = load_example("ready-ru")
    case.kind = DocumentKind.EXECUTION_PETITION  # the file holds no petition part yet
    doc = build_document(case, Language.RU, draft=True)
    titles = [block for block in doc.blocks if isinstance(block, Title)]
    assert titles[0].main == "ХОДАТАЙСТВО"
    assert titles[0].subtitle == ()  # nothing asked yet
    lines = doc.text_lines()
    assert "Отбытая часть срока наказания" in lines  # the institution's materials are named
    assert not any(line.startswith("Требуемая часть") for line in lines)
    assert [block for block in doc.blocks if isinstance(block, AttachmentList)]


@pytest.mark.parametrize(
    ("name", "language", "title"),
    [
        ("execution-petition-ru", Language.RU, "ХОДАТАЙСТВО"),
        ("execution-petition-kk", Language.KK, "ӨТІНІШХАТ"),
    ],
)
def test_docx_and_pdf_read_back_the_model_text(
    tmp_path: Path, name: str, language: Language, title: str
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
    assert title in pdf_full_text(tmp_path / "a.pdf").split()


def test_the_draft_of_a_premature_petition_is_marked_on_every_page(tmp_path: Path) -> None:
    case = load_example("execution-petition-too-early-ru")
    problems = ["Условно-досрочное освобождение: ходатайство подано рано."]
    doc = build_document(case, Language.RU, draft=True, open_problems=problems)
    cover = doc.blocks[0]
    assert isinstance(cover, DraftCover) and cover.problems == tuple(problems)
    export_case(
        case,
        language=Language.RU,
        docx=tmp_path / "a.docx",
        pdf=tmp_path / "a.pdf",
        final=False,
        open_problems=problems,
    )
    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "a.pdf").pages
    assert len(pages) >= 2
    assert all("ЧЕРНОВИК — не готово к подаче" in page.extract_text() for page in pages)
    assert "ЧЕРНОВИК — не готово к подаче" in docx_body_lines(tmp_path / "a.docx")


def test_the_law_date_of_an_undated_petition_is_the_newest_law() -> None:
    case = load_example("execution-petition-ru")
    petition = _petition(case)
    petition.filing.date = None
    petition.signature.date = None
    lines = document_lines(case, Language.RU)
    assert "Требуемая часть срока наказания: 8 августа 2026 года." in lines
