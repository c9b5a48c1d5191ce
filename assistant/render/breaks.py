"""Where a printed line must not break: «ст. 190», «т. 2», «л.д. 45», «№ 7», «Сериков А.Б.»,
«20 мая | 2026 года», «2026 жылғы | 15 сәуірдегі», «1 850 000 тенге», «+7 701 555 12 34»
(a date only at the bar, as Russian typesetting allows).

A clerk reads «ст.» at the end of one line and «190» at the start of the next as a typo, and a
case number split at a hyphen as two numbers. Both renderers pass every line through
`keep_together`, which turns the spaces inside such groups into no-break spaces; the DOCX
renderer also passes it through `keep_numbers_whole`, because a word processor breaks a line
after a hyphen (reportlab does not). The document model keeps plain spaces and hyphens.

Each space is judged by the words on its two sides. Every rule has a digit, a full stop, «№»
or a capital letter next to the space, so the spaces between two lower-case words (almost all
of a long argument's) are passed over at once: a 300-page complaint is not slowed down.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NON_BREAKING_HYPHEN = "\u2011"

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_CONTEXT = 40  # characters looked at on each side of a space
_MONTH = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    rf"[{_LOWER}]*"
)
# What follows a number and belongs to it: units, "года", "жылғы", currencies.
_AFTER_NUMBER = (
    r"(?:л\.|лл\.|стр\.|с\.|г\.|гг\.|ж\.|года|году|год|лет|жылғы|жылы|жыл|тенге|теңге|тг\.|₸"
    r"|KZT|руб\.|%|парақ|бет|page|pages|p\.|pp\.)(?!\w)"
)
_ABBREVIATION = (
    rf"(?:(?:[{_LOWER}]{{1,4}}\.)+|№|[{_UPPER}]{{2,4}}|(?:No|Nos|Art|Arts|Para|Vol|Ch)\.)"
)


def _before(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern})\\Z", flags)


def _after(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(f"\\A(?:{pattern})", flags)


# (what the text before the space ends with, what the text after it starts with)
_PAIRS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # «№ 7», «ст. 190», «ч. 3», «т. 2», «л.д. 45», «ҚПК 485-бабы», «No. 7», «Art. 485»
    (_before(rf"(?<![\w.]){_ABBREVIATION}"), _after(r"\d")),
    # «УК РК», «ҚР ҚПК»: two abbreviations that name one code; «г. Алматы»
    (_before(rf"(?<![\w.])[{_UPPER}]{{2,4}}"), _after(rf"[{_UPPER}]{{2,4}}(?!\w)")),
    (_before(r"(?<![\w.])г\."), _after(rf"[{_UPPER}]")),
    # «12 л.», «2026 года», «2026 жылғы», «1 850 000 тенге»
    (_before(r"\d"), _after(_AFTER_NUMBER)),
    # «20 мая», «15 сәуірдегі», «March 12»: day and month
    (_before(r"(?<![\w.])\d{1,2}"), _after(rf"{_MONTH}(?!\w)", re.IGNORECASE)),
    (_before(rf"(?<!\w){_MONTH}", re.IGNORECASE), _after(r"\d{1,2}(?!\d)")),
    # thousands groups of a sum: «1 850 000»
    (_before(r"\d"), _after(r"\d{3}(?!\d)")),
    # a telephone number: «+7 701 555 12 34»
    (_before(r"\+\d[\d \t()\-\u00a0]*"), _after(r"[\d(]")),
    # initials: «А. Б.», «Сериков А.Б.», «А.Б. Сериков»
    (_before(rf"(?<!\w)[{_UPPER}]\."), _after(rf"[{_UPPER}]\.")),
    (
        _before(rf"(?<!\w)[{_UPPER}][{_LOWER}]+"),
        _after(rf"[{_UPPER}]\.(?:[ \t\u00a0]?[{_UPPER}]\.)?(?!\w)"),
    ),
    (_before(rf"(?<![\w.])[{_UPPER}]\."), _after(rf"[{_UPPER}][{_LOWER}]")),
)
# Only spaces next to a digit, a full stop, «№» or a capital letter: no rule binds another.
_CANDIDATE_SPACES = re.compile(rf"(?<=[\d.№{_UPPER}])[ \t]+|[ \t]+(?=[\d{_UPPER}])")
_HYPHEN_AT_DIGIT = re.compile(r"(?<=\d)-(?=[\w/])|(?<=[\w/])-(?=\d)")


def keep_together(text: str) -> str:
    """`text` with no-break spaces inside the groups a line must not split."""

    def judge(space: re.Match[str]) -> str:
        start, end = space.span()
        before = text[max(0, start - _CONTEXT) : start]
        after = text[end : end + _CONTEXT]
        for ends, starts in _PAIRS:
            if ends.search(before) and starts.match(after):
                return NBSP
        return space.group()

    return _CANDIDATE_SPACES.sub(judge, text)


def keep_numbers_whole(text: str) -> str:
    """`text` with non-breaking hyphens next to a digit («7511-26-00-1/215», «485-бабы»), for
    renderers whose reader breaks lines after a hyphen."""
    return _HYPHEN_AT_DIGIT.sub(NON_BREAKING_HYPHEN, text)
