"""Dates as the complaint writes them, per language.

Russian «26 ноября 2026 года» and English "26 November 2026" come from babel. Kazakh legal
texts write an act's date as «2026 жылғы 26 қарашадағы» (attributive), "on" a date as
«2026 жылғы 26 қарашада» (locative) and the signature date as «2026 жылғы 26 қараша»; babel
gives the month name, qazaq-inflector its locative, and the attributive adds -ғы/-гі by
vowel harmony (the locative ends in -да/-та or -де/-те). The patterns live in the templates.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from babel.dates import format_date

from assistant.case.enums import Language
from assistant.document.grammar import kazakh_month_attributive, kazakh_month_locative


class DateForm(StrEnum):
    """The grammatical use of a date in the text."""

    PLAIN = "plain"  # signature date
    ATTRIBUTIVE = "attributive"  # the date of an act: "… от 26 ноября", «… 26 қарашадағы»
    LOCATIVE = "locative"  # "on" a date: «… 26 қарашада заңды күшіне енді»


def format_legal_date(date: dt.date, language: Language, form: DateForm, pattern: str) -> str:
    """`date` written with the template `pattern` of the given `form`.

    Placeholders: {day}, {year}, {month} (babel's month name in the form used with a day),
    {month_locative}, {month_attributive} (Kazakh only) and {babel_long} ("26 ноября 2026").
    """
    month = format_date(date, "MMMM", locale=language.value)
    values = {
        "day": str(date.day),
        "year": str(date.year),
        "month": month,
        "babel_long": format_date(date, "d MMMM y", locale=language.value),
    }
    if language is Language.KK and form is not DateForm.PLAIN:
        values["month_locative"] = kazakh_month_locative(month)
        values["month_attributive"] = kazakh_month_attributive(month)
    return pattern.format(**values)
