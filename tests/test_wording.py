"""The wording check (Resolution No. 1 para. 8): hits, offsets, lemmas, no false alarms."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.wording import Category, WordHit, find_improper_words
from assistant.wording.hints import KNOWN_HINTS
from assistant.wording.lexicon import LexiconError, load_lexicon, parse_lexicon

DATA = Path(__file__).parent / "data" / "wording"


def _lemmas(text: str, language: Language) -> list[tuple[str, str]]:
    return [(hit.word, hit.lemma) for hit in find_improper_words(text, language)]


def test_inflected_russian_insults_give_offsets_and_lemmas() -> None:
    text = "Судья-идиотка и прокуроры оказались идиотами, а следователь — мразью."
    hits = find_improper_words(text, Language.RU)
    assert [(h.word, h.lemma, h.category) for h in hits] == [
        ("идиотка", "идиотка", Category.INSULT),
        ("идиотами", "идиот", Category.INSULT),
        ("мразью", "мразь", Category.INSULT),
    ]
    assert hits[0].start == text.index("идиотка")
    assert all(text[h.start : h.end] == h.word for h in hits)
    assert all(h.hint in KNOWN_HINTS for h in hits)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("заебал", "ебать"),
        ("распиздяй", "пизда"),
        ("охуевший", "хуй"),
        ("блядство", "блядь"),
        ("долбоёб", "ебать"),
        ("съебался", "ебать"),
        ("пидорасы", "пидор"),
        ("ублюдков", "ублюдок"),
        ("сволочами", "сволочь"),
    ],
)
def test_russian_obscene_roots_and_derivations(word: str, lemma: str) -> None:
    assert _lemmas(f"Он сказал: {word}.", Language.RU) == [(word, lemma)]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Судья х*й знает что.", "х*й", "хуй"),
        ("Б**дь, опять отложили.", "Б**дь", "блядь"),
        ("Это п***ц.", "п***ц", "пизда"),
        ("Он написал х.у.й на стене.", "х.у.й", "хуй"),
        ("Судья идиoт.", "идиoт", "идиот"),  # Latin "o"
        ("Прокурор — мpазь.", "мpазь", "мразь"),  # Latin "p"
        ("Cудья — **идиот**.", "идиот", "идиот"),  # emphasis stars are not a mask
    ],
)
def test_disguised_words(text: str, word: str, lemma: str) -> None:
    hits = find_improper_words(text, Language.RU)
    assert [(h.word, h.lemma) for h in hits] == [(word, lemma)]
    assert text[hits[0].start : hits[0].end] == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Судья ақымақтарға сенді.", [("ақымақтарға", "ақымақ")]),
        ("Тергеушінің ақымағы істі жоғалтты.", [("ақымағы", "ақымақ")]),
        ("Оңбағандар мені ұрды.", [("Оңбағандар", "оңбаған")]),
        ("Малғұнның сөзі өтірік.", [("Малғұнның", "малғұн")]),
        ("Прокурор иттің баласы екен.", [("иттің баласы", "иттің баласы")]),
        ("Мына идиоттар мені қамады.", [("идиоттар", "идиот")]),
        ("Тергеуші заебал мені.", [("заебал", "ебать")]),
    ],
)
def test_kazakh_inflected_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _lemmas(text, Language.KK) == expected


PROPER_RU = [
    "Судом допущено грубое нарушение уголовно-процессуального закона.",
    "Приговор является незаконным и необоснованным.",
    "Имеются признаки фальсификации доказательств.",
    "Суд проигнорировал доводы защиты.",
    "Свидетель дал ложные показания.",
    "Заведомо ложный донос не получил оценки.",
    "Осуждён по ч. 1 ст. 131 УК РК (оскорбление).",
    "Оскорбление представителя власти не доказано.",
    "Умышленное убийство не доказано, это хулиганство.",
    "Насилие не применялось, половое сношение было добровольным.",
    "Нанёс потерпевшему удар тупым предметом.",
    "Тайно похитил у потерпевшего двух козлов.",
    "Свидетель Козлов А.А. изменил показания.",
    "Показания свидетеля Дуракова противоречивы.",
    "Допрошенный Ебатов пояснил, что ничего не видел.",
    "Сукачев и Хуанов подтвердили алиби.",
    "Себе и ребёнку он купил хлеб; учёба, небо, требование.",
    "Ухудшение положения осуждённого недопустимо.",
    "Бляха от ремня изъята.",
]
PROPER_KK = [
    "Сот қылмыстық-процестік заңды өрескел бұзушылыққа жол берді.",
    "Заңсыз және негізсіз үкімнің күшін жоюды сұраймын.",
    "Дәлелдемелерді бұрмалау орын алды.",
    "Куәгер жалған айғақтар берді.",
    "Сотталушы жәбірленушіні боқтап сөйлеген.",
    "Жәбірленушінің иті сотталушыны тістеп алды.",
    "Себебі сот есеп айырысу құжаттарын зерттемеді.",
    "Сотталушы заттарды көтеріп, көлікке салды.",
    "Жалақы бойынша берешек өтелді, қанша уақыт өткені белгісіз.",
]


@pytest.mark.parametrize("text", PROPER_RU)
def test_no_false_alarm_on_russian_legal_wording(text: str) -> None:
    assert find_improper_words(text, Language.RU) == []


@pytest.mark.parametrize("text", PROPER_KK)
def test_no_false_alarm_on_kazakh_legal_wording(text: str) -> None:
    assert find_improper_words(text, Language.KK) == []


def test_person_only_words_need_a_person_beside_them() -> None:
    assert _lemmas("Прокурор козёл.", Language.RU) == [("козёл", "козёл")]
    assert _lemmas("Похитил козла и овцу.", Language.RU) == []
    assert _lemmas("Судья тупой.", Language.RU) == [("тупой", "тупой")]


def test_quoted_kazakh_in_a_russian_text_and_english_words() -> None:
    text = "Осуждённый назвал его «ақымақ» и fucking idiot."
    assert _lemmas(text, Language.RU) == [
        ("ақымақ", "ақымақ"),
        ("fucking", "fuck"),
        ("idiot", "idiot"),
    ]


def test_english_stems() -> None:
    assert _lemmas("These morons and bastards.", Language.EN) == [
        ("morons", "moron"),
        ("bastards", "bastard"),
    ]


def test_every_lexicon_names_its_source_and_licence() -> None:
    for language in Language:
        lexicon = load_lexicon(language)
        assert lexicon.language is language
        assert lexicon.source and lexicon.licence
        assert all(entry.hint in KNOWN_HINTS for entry in lexicon.entries)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('[[entry]]\nlemma = "x"\ncategory = "rude"\n', "category"),
        ('[[entry]]\nlemma = "x"\ncategory = "insult"\ncolour = 1\n', "colour"),
        ('[[entry]]\nlemma = "x"\ncategory = "insult"\nhint = "Be nice"\n', "unknown hint"),
        ('[[entry]]\nlemma = "x"\ncategory = "insult"\npattern = "(a"\n', "bad pattern"),
        ('[[entry]]\nlemma = "x"\ncategory = "insult"\npattern = "(a)"\n', "(?:...)"),
    ],
)
def test_strict_lexicon_loader(body: str, problem: str) -> None:
    header = 'source = "s"\nlicence = "l"\nlanguage = "ru"\n'
    with pytest.raises(LexiconError, match=r"broken\.toml") as error:
        parse_lexicon((header + body).encode(), name="broken.toml")
    assert problem in str(error.value)


@settings(max_examples=300, deadline=None)
@given(text=st.text(), language=st.sampled_from(list(Language)))
def test_never_raises_and_offsets_slice_back(text: str, language: Language) -> None:
    for hit in find_improper_words(text, language):
        assert isinstance(hit, WordHit)
        assert text[hit.start : hit.end] == hit.word


WORDS = st.sampled_from(
    ["судья", "идиот", "х*й", "ақымақ", "🙂", "\u202e", "\x00", "-", "*", ".", "x", "ё", " "]
)


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(WORDS, max_size=30), language=st.sampled_from(list(Language)))
def test_never_raises_on_mixed_fragments(parts: list[str], language: Language) -> None:
    text = "".join(parts)
    for hit in find_improper_words(text, language):
        assert text[hit.start : hit.end] == hit.word


def test_long_text_is_handled() -> None:
    text = "Суд проигнорировал доводы защиты, а судья — идиот. " * 20000  # ~1 MB
    hits = find_improper_words(text, Language.RU)
    assert len(hits) == 20000


def _corpus(language: Language) -> list[tuple[str, str]]:
    with (DATA / f"{language.value}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert rows[0] == ["label", "sentence"]
    return [(label, sentence) for label, sentence in rows[1:]]


@pytest.mark.parametrize(
    ("language", "minimum"), [(Language.RU, 220), (Language.KK, 220), (Language.EN, 60)]
)
def test_corpus_recall_and_false_alarm_rate(language: Language, minimum: int) -> None:
    rows = _corpus(language)
    assert len(rows) >= minimum
    assert {label for label, _ in rows} == {"proper", "improper"}
    improper = [s for label, s in rows if label == "improper"]
    proper = [s for label, s in rows if label == "proper"]
    found = sum(bool(find_improper_words(s, language)) for s in improper)
    false_alarms = sum(bool(find_improper_words(s, language)) for s in proper)
    assert found / len(improper) >= 0.95
    assert false_alarms / len(proper) <= 0.01
