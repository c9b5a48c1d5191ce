"""Message parameters formatted per language (dates and numbers with babel, citations as
`acts.toml` writes them, and parameters that are themselves msgids, translated)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.case.enums import Language
from assistant.i18n import gettext_in
from assistant.law.citation import Citation, format_citations


class Msgid(str):
    """A message parameter that is an English msgid (marked with `N_` where it is written): it
    is translated into the language of the message it fills, e.g. the name of a request."""

    __slots__ = ()


SMALL_INT = 1000
# Written out in full, as the complaint writes dates: babel's "long" ends Russian dates in
# "г.", which doubled the full stop of a message ending in a date ("2026 г..").
LONG_DATE_PATTERNS = {
    Language.RU: "d MMMM y 'года'",  # 1 декабря 2026 года
    Language.KK: "y 'жылғы' d MMMM",  # 2026 жылғы 1 желтоқсан
    Language.EN: "d MMMM y",  # 1 December 2026
}


def format_date_long(day: dt.date, language: Language) -> str:
    """A date as people write it in `language` (e.g. "26 ноября 2026 года")."""
    from babel.dates import format_date  # lazy: babel loads only when a message needs a date

    return str(format_date(day, format=LONG_DATE_PATTERNS[language], locale=language.value))


def format_params(params: dict[str, Any], language: Language) -> dict[str, Any]:
    """Dates and numbers of message parameters written the way `language` writes them."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Msgid):
            out[key] = gettext_in(language, value)
        elif isinstance(value, Citation):
            out[key] = value.format(language)
        elif isinstance(value, tuple) and value and all(isinstance(c, Citation) for c in value):
            out[key] = format_citations(value, language)
        elif isinstance(value, dt.date):
            out[key] = format_date_long(value, language)
        elif isinstance(value, tuple) and all(isinstance(d, dt.date) for d in value):
            out[key] = ", ".join(format_date_long(d, language) for d in value)
        elif isinstance(value, bool):
            out[key] = value
        elif isinstance(value, int) and 0 <= value < SMALL_INT:
            out[key] = str(value)  # no grouping below 1000 in kk, ru or en; spares loading babel
        elif isinstance(value, int | float):
            from babel.numbers import format_decimal  # lazy, as in format_date_long

            out[key] = format_decimal(value, locale=language.value)
        else:
            out[key] = value
    return out
