"""The language the person at the command line reads, from the locale their system is set to.

On Linux and macOS that is the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set, read
the way Python's gettext reads them; Windows rarely sets these, so there the user's Windows
display language decides. Only a language we have catalogs for counts; "C" and "POSIX" name
none. The document language never comes from here: it is the case's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from assistant.case.enums import Language

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_NO_LANGUAGE = frozenset({"c", "posix"})
# Windows' own locale names (setlocale, GetLocaleInfo) spell languages out.
_WINDOWS_NAMES = {"kazakh": Language.KK, "russian": Language.RU, "english": Language.EN}


def language_of_locale(name: str) -> Language | None:
    """The language a locale name stands for: "kk_KZ.UTF-8", "ru-RU", "en", "Russian_Russia"."""
    base = name.strip().split(".", 1)[0].split("@", 1)[0]
    code = base.replace("-", "_").split("_", 1)[0].lower()
    if code in _WINDOWS_NAMES:
        return _WINDOWS_NAMES[code]
    try:
        return Language(code)
    except ValueError:
        return None


def environment_language(environ: Mapping[str, str]) -> Language | None:
    """The language of the first locale variable that is set; None for "C" or another language.

    LANGUAGE may list several ("kk:ru"): the first we have a catalog for wins.
    """
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        for entry in value.split(":"):
            if entry.split(".", 1)[0].lower() in _NO_LANGUAGE:
                return None
            language = language_of_locale(entry) if entry else None
            if language is not None:
                return language
        return None
    return None


def windows_display_language() -> str | None:
    """The Windows display language of the user as a locale name ("kk_KZ"); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes
    import locale

    language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    name: str | None = locale.windows_locale.get(language_id)
    return name


def user_language(
    environ: Mapping[str, str] | None = None,
    windows_language: Callable[[], str | None] = windows_display_language,
) -> Language | None:
    """The user's language from the locale variables, else Windows' display language; None
    when neither names Kazakh, Russian or English (the caller falls back to Russian)."""
    variables = os.environ if environ is None else environ
    if any(variables.get(name) for name in LOCALE_VARIABLES):
        return environment_language(variables)
    shown = windows_language()
    return language_of_locale(shown) if shown else None
