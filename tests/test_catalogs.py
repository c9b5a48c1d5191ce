"""The gettext catalogs are complete, consistent, compiled, and cover every marked string."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALES / lang / "LC_MESSAGES" / "kassatsiya.po").open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_headers_and_language(lang: str) -> None:
    catalog = _catalog(lang)
    assert str(catalog.locale) == lang
    assert catalog.charset.lower() == "utf-8"
    assert not catalog.obsolete


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_entry_is_translated_and_not_left_in_english(lang: str) -> None:
    catalog = _catalog(lang)
    untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    # A Kazakh or Russian string should contain Cyrillic unless it is a code or a symbol.
    latin_only = [
        m.id for m in catalog
        if m.id and isinstance(m.string, str) and re.search(r"[A-Za-z]{4,}", m.string)
        and not re.search(r"[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", m.string)
    ]  # fmt: skip
    assert latin_only == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_placeholders_match(lang: str) -> None:
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = set(PLACEHOLDER.findall(ids[0]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == expected, (lang, message.id)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_compiled_catalog_matches_source(lang: str) -> None:
    """The .mo the app loads is exactly what the .po says (run scripts/catalogs.py compile)."""
    catalog = _catalog(lang)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    with (LOCALES / lang / "LC_MESSAGES" / "kassatsiya.mo").open("rb") as fh:
        shipped = read_mo(fh)
    buffer.seek(0)
    fresh = read_mo(buffer)
    assert {_h(m.id): _h(m.string) for m in shipped if m.id} == {
        _h(m.id): _h(m.string) for m in fresh if m.id
    }


def test_every_marked_string_is_in_the_catalogs() -> None:
    """No string marked in code or law data is missing (run scripts/catalogs.py update)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    extracted = {m.id for m in module.extract() if m.id}
    for lang in ("kk", "ru", "en"):
        known = {m.id for m in _catalog(lang) if m.id}
        assert extracted - known == set(), lang
        assert known - extracted == set(), f"{lang}: obsolete entries"


def _h(value: object) -> object:
    """read_mo gives plural ids and strings as lists; make them hashable and comparable."""
    return tuple(value) if isinstance(value, list) else value
