"""The petition to the Prosecutor General for a cassation protest as a document (issue 18):
its model, its wording per language, and the DOCX and PDF read back in Kazakh and Russian."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.case.enums import AppealHistory, DocumentKind, Language, ProtestOfficial
from assistant.case.model import Case
from assistant.case.pg_petition import petition_of
from assistant.document.build import build_document
from assistant.document.model import AddresseeBlock, DraftCover, Notice, RequestBlock, Title
from assistant.document.templates import load_template
from assistant.session import check, export
from tests.conftest import load_example
from tests.export_samples import docx_body_lines, pdf_body_text, pdf_full_text, words

TODAY = dt.date(2026, 11, 26)
# The tables a petition names exactly as the complaint does; the test keeps them equal.
SHARED_TABLES = ("dates", "status", "act_phrase", "acts", "ground_titles", "attachments")


def _text(case: Case, language: Language, *, draft: bool = False) -> list[str]:
    return build_document(case, language, draft=draft).text_lines()


@pytest.mark.parametrize("language", list(Language))
def test_the_petition_names_acts_dates_and_statuses_as_the_complaint_does(
    language: Language,
) -> None:
    petition = load_template(language, DocumentKind.PG_PETITION).data
    complaint = load_template(language).data
    for table in SHARED_TABLES:
        assert petition[table] == complaint[table], table
    party = {k: v for k, v in petition["party"].items() if k != "name"}
    assert party == {k: v for k, v in complaint["party"].items() if k != "name"}


@pytest.mark.parametrize("official", list(ProtestOfficial))
@pytest.mark.parametrize("language", list(Language))
def test_the_addressee_is_the_chosen_official_in_the_glossary_s_words(
    official: ProtestOfficial, language: Language
) -> None:
    case = load_example("pg-petition-ru")
    petition_of(case).official = official
    expected = {
        Language.RU: {
            ProtestOfficial.PROSECUTOR_GENERAL: "Генеральному Прокурору Республики Казахстан",
            ProtestOfficial.DEPUTY: "Заместителю Генерального Прокурора Республики Казахстан",
            ProtestOfficial.CHIEF_MILITARY: "Главному военному прокурору",
            ProtestOfficial.CHIEF_TRANSPORT: "Главному транспортному прокурору",
        },
        Language.KK: {
            ProtestOfficial.PROSECUTOR_GENERAL: "Қазақстан Республикасының Бас Прокурорына",
            ProtestOfficial.DEPUTY: "Қазақстан Республикасы Бас Прокурорының орынбасарына",
            ProtestOfficial.CHIEF_MILITARY: "Бас әскери прокурорға",
            ProtestOfficial.CHIEF_TRANSPORT: "Бас көлік прокурорына",
        },
        Language.EN: {
            ProtestOfficial.PROSECUTOR_GENERAL: "To the Prosecutor General of the Republic of "
            "Kazakhstan",
            ProtestOfficial.DEPUTY: "To the Deputy Prosecutor General of the Republic of "
            "Kazakhstan",
            ProtestOfficial.CHIEF_MILITARY: "To the Chief Military Prosecutor",
            ProtestOfficial.CHIEF_TRANSPORT: "To the Chief Transport Prosecutor",
        },
    }[language][official]
    doc = build_document(case, language, draft=False)
    addressee = next(b for b in doc.blocks if isinstance(b, AddresseeBlock))
    assert addressee.lines == (expected,)


def test_the_filer_s_own_line_follows_the_office_and_stands_alone_without_one() -> None:
    case = load_example("pg-petition-ru")
    petition_of(case).addressee = "Асанову Б.Н."
    doc = build_document(case, Language.RU, draft=False)
    lines = next(b for b in doc.blocks if isinstance(b, AddresseeBlock)).lines
    assert lines == ("Генеральному Прокурору Республики Казахстан", "Асанову Б.Н.")
    petition_of(case).official = None
    doc = build_document(case, Language.RU, draft=False)
    assert next(b for b in doc.blocks if isinstance(b, AddresseeBlock)).lines == ("Асанову Б.Н.",)


def test_russian_petition_reads_as_a_petition_for_a_protest() -> None:
    doc = build_document(load_example("pg-petition-ru"), Language.RU, draft=False)
    title = next(b for b in doc.blocks if isinstance(b, Title))
    assert title.main == "ХОДАТАЙСТВО"
    assert title.subtitle[0] == "о принесении протеста в кассационном порядке"
    assert title.subtitle[1].startswith(
        "на приговор Специализированного межрайонного суда по уголовным делам"
    )
    text = "\n".join(doc.text_lines())
    assert "Заявитель: Нурпеисов Даурен Маратович" in text
    assert "Место нахождения: учреждение ЛА-155/18, Павлодарская область" in text
    assert "Апелляционная жалоба, ходатайство прокурора на приговор" in text
    assert "вступил в законную силу 24 декабря 2025 года" in text
    assert "пункт 2) части второй статьи 485 УПК РК — лицо отбывает пожизненное" in text
    assert "пункт 3) части первой статьи 485 УПК РК" in text
    assert "Ходатайство подается через администрацию учреждения" in text
    request = next(b for b in doc.blocks if isinstance(b, RequestBlock))
    assert request.lead == "ПРОШУ:"
    assert (
        request.items[0]
        == "принести протест о пересмотре указанных судебных актов в кассационном порядке"
    )
    assert request.items[1].startswith(
        "в протесте просить Кассационный суд по уголовным делам изменить приговор"
    )
    assert len(request.items) == 2  # no suspension asked
    assert doc.text_lines()[-2:] == [
        "20 ноября 2026 года",
        "Нурпеисов Д.М. ____________________ (подпись)",
    ]
    assert not doc.reading_copy and not any(isinstance(b, Notice) for b in doc.blocks)


def test_kazakh_petition_asks_the_deputy_politely_and_for_a_suspension() -> None:
    doc = build_document(load_example("pg-petition-kk"), Language.KK, draft=False)
    title = next(b for b in doc.blocks if isinstance(b, Title))
    assert title.main == "КАССАЦИЯЛЫҚ НАРАЗЫЛЫҚ ЕНГІЗУ ТУРАЛЫ ӨТІНІШХАТ"
    assert title.subtitle[0].startswith(
        "Алматы қаласы Әуезов аудандық сотының 2026 жылғы 10 маусымдағы"
    )
    assert title.subtitle[0].endswith("іс бойынша үкіміне")
    assert title.subtitle[1].startswith("және Алматы қалалық сотының")
    request = next(b for b in doc.blocks if isinstance(b, RequestBlock))
    assert request.lead == "СҰРАЙМЫН:"
    assert request.items == (
        "аталған сот актілерін кассациялық тәртіппен қайта қарау туралы наразылық енгізуіңізді",
        "наразылықта Қылмыстық істер жөніндегі кассациялық соттан аталған сот актілерінің күшін "
        "жоюды және іс бойынша іс жүргізуді тоқтатуды сұрауыңызды",
        "кассациялық тәртіппен тексеру үшін үкімнің орындалуын тоқтата тұруыңызды "
        "(ҚР ҚПК 493-бабы)",
    )
    text = "\n".join(doc.text_lines())
    assert "Өтінішхат беруші: Сәрсенбаева Гүлжан Ерланқызы" in text
    assert "ҚР ҚПК 485-бабы екінші бөлігінің 4) тармағы" in text
    assert "Аталған сот актілерін толық көлемде қайта қарау қажет деп санаймын." in text


@pytest.mark.parametrize(
    ("history", "russian"),
    [
        (AppealHistory.APPEAL_WITHDRAWN, "отозвана до начала ее рассмотрения"),
        (AppealHistory.APPEAL_RETURNED_LATE, "в связи с пропуском срока обжалования"),
        (AppealHistory.REVIEWED_FOR_OTHERS_ONLY, "только в отношении других осужденных"),
    ],
)
def test_the_petition_says_why_the_appellate_procedure_was_not_followed(
    history: AppealHistory, russian: str
) -> None:
    case = load_example("pg-petition-ru")
    case.acts[0].appeal = history
    assert any(russian in line for line in _text(case, Language.RU))
    assert len([line for line in _text(case, Language.KK) if "апелляциялық" in line]) >= 1
    case.acts[0].appeal = AppealHistory.REVIEWED
    assert not any("Апелляционная жалоба" in line for line in _text(case, Language.RU))


def test_english_is_a_reading_copy() -> None:
    doc = build_document(load_example("pg-petition-ru"), Language.EN, draft=False)
    assert doc.reading_copy
    assert doc.text_lines()[0] == "Reading copy — not for filing"
    assert "PETITION" in doc.text_lines()


def test_the_request_in_own_words_wins_over_the_outcomes_and_nothing_asked_still_asks_a_protest() -> (
    None
):
    case = load_example("pg-petition-kk")
    petition = petition_of(case)
    petition.request_text = "үкімнің күшін жоюды"
    items = next(
        b
        for b in build_document(case, Language.KK, draft=False).blocks
        if isinstance(b, RequestBlock)
    ).items
    assert (
        items[1]
        == "наразылықта Қылмыстық істер жөніндегі кассациялық соттан үкімнің күшін жоюды сұрауыңызды"
    )
    petition.request_text = ""
    petition.request_kinds = []
    petition.suspend_execution = False
    items = next(
        b
        for b in build_document(case, Language.KK, draft=False).blocks
        if isinstance(b, RequestBlock)
    ).items
    assert len(items) == 1 and items[0].endswith("наразылық енгізуіңізді")


def test_a_case_drafting_a_petition_it_does_not_hold_yet_builds_and_is_never_ready() -> None:
    case = load_example("ready-ru")
    case.kind = DocumentKind.PG_PETITION  # a hand-edited file: the kind without its part
    assert case.pg_petition is None
    result = check(case, TODAY)
    assert not result.report.is_ready()
    assert {"PG1.official", "PG7.signer"} <= {f.rule.id for f in result.report.findings}
    doc = build_document(
        case, Language.RU, draft=True, open_problems=result.open_problems(Language.RU)
    )
    assert next(b for b in doc.blocks if isinstance(b, AddresseeBlock)).lines == ()
    assert doc.text_lines()[0] == "ЧЕРНОВИК — не для подачи"


@pytest.mark.parametrize(
    ("name", "language"), [("pg-petition-ru", Language.RU), ("pg-petition-kk", Language.KK)]
)
def test_docx_and_pdf_give_the_petition_back(tmp_path: Path, name: str, language: Language) -> None:
    result = check(load_example(name), TODAY)
    assert result.report.is_ready()
    written = export(
        result, language=None, docx=tmp_path / "p.docx", pdf=tmp_path / "p.pdf", final=True
    )
    assert written.language is language and not written.draft and written.warnings == ()
    expected = words(build_document(result.case, language, draft=False).text_lines())
    assert words(docx_body_lines(tmp_path / "p.docx")) == expected
    assert words([pdf_body_text(tmp_path / "p.pdf")]) == expected
    title = {
        Language.RU: "ХОДАТАЙСТВО",
        Language.KK: "КАССАЦИЯЛЫҚ НАРАЗЫЛЫҚ ЕНГІЗУ ТУРАЛЫ ӨТІНІШХАТ",
    }
    assert title[language] in pdf_full_text(tmp_path / "p.pdf")


def test_a_petition_the_check_stops_exports_as_a_marked_draft_listing_why(tmp_path: Path) -> None:
    result = check(load_example("pg-petition-worsening-late-ru"), TODAY)
    assert [f.rule.id for f in result.report.blocking] == ["PG6.late"]
    written = export(result, language=None, docx=None, pdf=tmp_path / "p.pdf", final=False)
    assert written.draft
    doc = build_document(
        result.case, Language.RU, draft=True, open_problems=result.open_problems(Language.RU)
    )
    cover = next(b for b in doc.blocks if isinstance(b, DraftCover))
    assert cover.mark == "ЧЕРНОВИК — не для подачи"
    assert "1 сентября 2026 года" in cover.problems[0]
    text = " ".join(words([pdf_full_text(tmp_path / "p.pdf")]))
    assert "ЧЕРНОВИК — не для подачи" in text and "1 сентября 2026 года" in text
