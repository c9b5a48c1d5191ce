"""Where a printed line must not break: «ст. 190», «т. 2», «л.д. 45», «№ 7», «Сериков А.Б.»,
«20 мая | 2026 года», «2026 жылғы | 15 сәуірдегі», «1 850 000 тенге», «+7 701 555 12 34»
(a date only at the bar, as Russian typesetting allows).

A clerk reads «ст.» at the end of one line and «190» at the start of the next as a typo, and a
case number split at a hyphen as two numbers. Both renderers pass every line through
`keep_together`, which turns the spaces inside such groups into no-break spaces; the DOCX
renderer also passes it through `keep_numbers_whole`, because a word processor breaks a line
after a hyphen (reportlab does not). The document model keeps plain spaces and hyphens.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NON_BREAKING_HYPHEN = "\u2011"

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_SPACE = r"[ \t]+"
_MONTH = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    rf"[{_LOWER}]*"
)
# What follows a number and belongs to it: units, "года", "жылғы", currencies.
_AFTER_NUMBER = (
    r"(?:л\.|лл\.|стр\.|с\.|г\.|гг\.|ж\.|года|году|год|лет|жылғы|жылы|жыл|тенге|теңге|тг\.|₸"
    r"|KZT|руб\.|%|парақ|бет|page|pages|p\.|pp\.)(?![\w])"
)

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # «№ 7», «ст. 190», «ч. 3», «т. 2», «л.д. 45», «ҚПК 485-бабы»: a short abbreviation and its number
    (
        re.compile(rf"(?<![\w.])((?:[{_LOWER}]{{1,4}}\.)+|№|[{_UPPER}]{{2,4}}){_SPACE}(?=\d)"),
        rf"\1{NBSP}",
    ),
    # «УК РК», «ҚР ҚПК»: two abbreviations that name one code; «г. Алматы»
    (
        re.compile(rf"(?<![\w.])([{_UPPER}]{{2,4}}){_SPACE}(?=[{_UPPER}]{{2,4}}(?![\w]))"),
        rf"\1{NBSP}",
    ),
    (re.compile(rf"(?<![\w.])(г\.){_SPACE}(?=[{_UPPER}])"), rf"\1{NBSP}"),
    # «12 л.», «2026 года», «2026 жылғы», «1 850 000 тенге»
    (re.compile(rf"(\d){_SPACE}(?={_AFTER_NUMBER})"), rf"\1{NBSP}"),
    # «20 мая», «15 сәуірдегі», «March 12»: day and month (a date may break only between the
    # day-and-month and the year-and-its-word, as Russian typesetting allows: the year and
    # «года»/«жылғы» are bound by the rule above)
    (
        re.compile(rf"(?<![\w.])(\d{{1,2}}){_SPACE}(?={_MONTH}(?![\w]))", re.IGNORECASE),
        rf"\1{NBSP}",
    ),
    (re.compile(rf"(?<![\w])({_MONTH}){_SPACE}(?=\d{{1,2}}(?!\d))", re.IGNORECASE), rf"\1{NBSP}"),
    # thousands groups of a sum: «1 850 000»
    (re.compile(r"(\d)[ \t](?=\d{3}(?!\d))"), rf"\1{NBSP}"),
    # initials: «А. Б.», «Сериков А.Б.», «А.Б. Сериков»
    (re.compile(rf"(?<![\w])([{_UPPER}]\.){_SPACE}(?=[{_UPPER}]\.)"), rf"\1{NBSP}"),
    (
        re.compile(
            rf"(?<![\w])([{_UPPER}][{_LOWER}]+){_SPACE}(?=[{_UPPER}]\.(?:{NBSP}?[{_UPPER}]\.)?(?![\w]))"
        ),
        rf"\1{NBSP}",
    ),
    (re.compile(rf"(?<![\w.])([{_UPPER}]\.){_SPACE}(?=[{_UPPER}][{_LOWER}])"), rf"\1{NBSP}"),
)
_PHONE = re.compile(r"\+\d[\d \t()\-]{6,}\d")
_TOKEN_WITH_DIGIT = re.compile(r"\S*\d\S*")
_INNER_HYPHEN = re.compile(r"(?<=[\w/])-(?=[\w/])")


def keep_together(text: str) -> str:
    """`text` with no-break spaces inside the groups a line must not split."""
    text = _PHONE.sub(lambda match: re.sub(r"[ \t]", NBSP, match.group()), text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def keep_numbers_whole(text: str) -> str:
    """`text` with non-breaking hyphens inside words that hold a digit («7511-26-00-1/215»,
    «485-бабы»), for renderers whose reader breaks lines after a hyphen."""
    return _TOKEN_WITH_DIGIT.sub(
        lambda match: _INNER_HYPHEN.sub(NON_BREAKING_HYPHEN, match.group()), text
    )
