"""The one translation gateway: `_`, `N_`, `NP_`, `ngettext`, `pgettext` and per-language lookups.

Messages are gettext catalogs in `locales/{kk,ru,en}/LC_MESSAGES/kassatsiya.mo` (compiled from
the `.po` files, which are the source of truth). Nothing is installed into builtins. The
interface language is process-wide state (the GUI switches it at run time); the document
language is always passed explicitly, so the UI language never decides it.
"""

from __future__ import annotations

import gettext
from functools import cache

from assistant.case.enums import Language
from assistant.resources import data_dir

DOMAIN = "kassatsiya"
DEFAULT_LANGUAGE = Language.RU

_current: Language = DEFAULT_LANGUAGE


@cache
def translations(language: Language) -> gettext.NullTranslations:
    """The catalog of `language`; a missing catalog is an installation error, not English.

    Opened at its known place: `gettext.translation` would look for variants of the locale
    name and import `locale` to do so (~3 ms of start-up).
    """
    path = data_dir("locales") / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as catalog:
        return gettext.GNUTranslations(catalog)


def set_language(language: Language) -> None:
    """Switch the interface language for every later `_` call."""
    global _current  # noqa: PLW0603 - the interface language is deliberately process-wide
    _current = language


def current_language() -> Language:
    """The interface language now in use."""
    return _current


def _(message: str) -> str:
    """Translate `message` into the interface language."""
    return translations(_current).gettext(message)


def N_(message: str) -> str:
    """Mark `message` for extraction; translate later with `_` or `gettext_in`."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """Mark `message` in `context` for extraction; translate later with `pgettext`."""
    return context, message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Plural-aware translation into the interface language."""
    return translations(_current).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translation with a context, for legal terms whose form differs by use."""
    return translations(_current).pgettext(context, message)


def gettext_in(language: Language, message: str) -> str:
    """Translate `message` into a given language regardless of the interface language."""
    return translations(language).gettext(message)


def ngettext_in(language: Language, singular: str, plural: str, n: int) -> str:
    """Plural-aware translation into a given language."""
    return translations(language).ngettext(singular, plural, n)


def pgettext_in(language: Language, context: str, message: str) -> str:
    """Translation with a context into a given language."""
    return translations(language).pgettext(context, message)


def npgettext_in(language: Language, context: str, singular: str, plural: str, n: int) -> str:
    """Plural-aware translation with a context into a given language."""
    return translations(language).npgettext(context, singular, plural, n)
