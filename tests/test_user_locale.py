"""The command line's language follows the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
then Windows' display language), falls back to Russian, and `--lang` still wins."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.cli import main
from assistant.cli.common import message_language
from assistant.i18n import set_language
from assistant.user_locale import language_of_locale, user_language


def no_windows() -> str | None:
    return None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "kk_KZ.UTF-8"}, Language.KK),
        ({"LANG": "ru_RU.UTF-8"}, Language.RU),
        ({"LANG": "en_US.UTF-8"}, Language.EN),
        ({"LANG": "en_GB"}, Language.EN),
        ({"LANG": "kk"}, Language.KK),
        ({"LANG": "ru_KZ.UTF-8@euro"}, Language.RU),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({"LC_MESSAGES": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"}, Language.KK),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"}, Language.EN),
        ({"LANGUAGE": "kk:ru", "LC_ALL": "en_US.UTF-8"}, Language.KK),
        ({"LANGUAGE": "de:ru", "LANG": "en_US.UTF-8"}, Language.RU),
        ({"LANGUAGE": "", "LANG": "kk_KZ.UTF-8"}, Language.KK),
        ({}, None),
    ],
)
def test_locale_variables_decide_in_gettext_order(
    environ: dict[str, str], expected: Language | None
) -> None:
    assert user_language(environ, no_windows) is expected


@pytest.mark.parametrize(
    ("shown", "expected"),
    [("kk_KZ", Language.KK), ("ru_RU", Language.RU), ("en_US", Language.EN), ("fr_FR", None)],
)
def test_without_locale_variables_windows_display_language_decides(
    shown: str, expected: Language | None
) -> None:
    assert user_language({}, lambda: shown) is expected


def test_locale_variables_win_over_the_windows_display_language() -> None:
    assert user_language({"LANG": "en_US.UTF-8"}, lambda: "kk_KZ") is Language.EN


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Kazakh_Kazakhstan.1251", Language.KK), ("Russian_Russia.1251", Language.RU)],
)
def test_windows_spelled_out_locale_names(name: str, expected: Language) -> None:
    assert language_of_locale(name) is expected


@given(st.text(max_size=40))
def test_any_locale_text_gives_a_language_or_none(text: str) -> None:
    assert language_of_locale(text) in (*Language, None)
    assert user_language({"LANG": text}, no_windows) in (*Language, None)


def test_message_language_prefers_lang_then_locale_then_russian(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "kk_KZ.UTF-8")
    assert message_language("en") is Language.EN
    assert message_language(None) is Language.KK
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert message_language(None) is Language.RU


@pytest.fixture
def _language_restored() -> Iterator[None]:
    yield
    set_language(Language.RU)


@pytest.mark.usefixtures("_language_restored")
@pytest.mark.parametrize(
    ("locale", "expected", "absent"),
    [
        ("en_US.UTF-8", "show this help message and exit", "показать эту справку"),
        ("kk_KZ.UTF-8", "осы анықтаманы көрсету және шығу", "show this help"),
        ("ru_RU.UTF-8", "показать эту справку и выйти", "show this help"),
        ("C.UTF-8", "показать эту справку и выйти", "show this help"),
    ],
)
def test_help_follows_the_locale(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    expected: str,
    absent: str,
) -> None:
    monkeypatch.setenv("LANG", locale)
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert expected in out
    assert absent not in out


@pytest.mark.usefixtures("_language_restored")
def test_lang_option_wins_over_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "kk"])
    assert "осы анықтаманы көрсету және шығу" in capsys.readouterr().out
