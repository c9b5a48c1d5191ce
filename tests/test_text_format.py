"""Message parameters: small counts are written without loading babel, and exactly as babel would."""

from __future__ import annotations

import datetime as dt

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.law.text_format import SMALL_INT, format_params


@given(number=st.integers(min_value=0, max_value=SMALL_INT - 1), language=st.sampled_from(Language))
def test_small_numbers_read_as_babel_writes_them(number: int, language: Language) -> None:
    assert format_params({"n": number}, language)["n"] == format_decimal(
        number, locale=language.value
    )


def test_large_numbers_and_dates_are_written_per_language() -> None:
    ru = format_params({"n": 12345, "day": dt.date(2026, 12, 1), "ok": True}, Language.RU)
    assert ru["n"] == format_decimal(12345, locale="ru") and ru["n"] != "12345"
    assert ru["day"].startswith("1 декабря 2026") and ru["ok"] is True
    assert format_params({"n": 12345}, Language.EN)["n"] == "12,345"


def test_dates_are_written_out_and_a_message_ending_in_one_has_one_full_stop() -> None:
    """babel's long Russian date ends in "г.", which doubled the stop: "истек … 2026 г.."."""
    day = dt.date(2026, 9, 1)
    written = {lang: format_params({"d": day}, lang)["d"] for lang in Language}
    assert written == {
        Language.RU: "1 сентября 2026 года",
        Language.KK: "2026 жылғы 1 қыркүйек",
        Language.EN: "1 September 2026",
    }
    for lang, text in written.items():
        assert not text.endswith("."), lang
