"""Maintain the gettext catalogs: extract, update, compile, and report what is untranslated.

    python scripts/catalogs.py update    # extract to locales/kassatsiya.pot and merge into .po
    python scripts/catalogs.py compile   # write the .mo files the app loads
    python scripts/catalogs.py status    # list untranslated or fuzzy entries (exit 1 if any)

Uses babel's Python API so it needs no `pybabel` on PATH; the project must be installed
(`pip install -e .`) so that babel finds the `kassatsiya_rules` extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "kassatsiya.pot"
LANGUAGES = ("kk", "ru", "en")
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "NP_": ((1, "c"), 2),
    "gettext_in": (2,),
    "ngettext_in": (2, 3),
    "pgettext_in": ((2, "c"), 3),
    "npgettext_in": ((2, "c"), 3, 4),
}
METHOD_MAP = [
    ("assistant/**.py", "python"),
    ("ui/**.py", "python"),
    ("assistant/law/**.toml", "kassatsiya_rules"),
]


def _po_path(lang: str) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / "kassatsiya.po"


def _as_tuple(value: object) -> tuple[object, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


def extract() -> Catalog:
    """Collect every marked string of the code and the law data into a template."""
    template = Catalog(project="kassatsiya", msgid_bugs_address="", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT), method_map=METHOD_MAP, keywords=KEYWORDS, strip_comment_tags=True
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def update() -> None:
    """Write the template and merge it into each language's catalog, dropping obsolete entries."""
    template = extract()
    LOCALES.mkdir(exist_ok=True)
    with POT.open("wb") as fh:
        write_po(fh, template, width=100, omit_header=False)
    for lang in LANGUAGES:
        path = _po_path(lang)
        if path.exists():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, project="kassatsiya", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if lang == "en":
            for message in catalog:
                if message.id and not any(_as_tuple(message.string)):
                    message.string = message.id
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, ignore_obsolete=True)


def compile_all() -> None:
    """Compile each .po into the .mo file the application reads."""
    for lang in LANGUAGES:
        with _po_path(lang).open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        with _po_path(lang).with_suffix(".mo").open("wb") as fh:
            write_mo(fh, catalog, use_fuzzy=False)


def status() -> int:
    """Print untranslated and fuzzy entries; return their count."""
    missing = 0
    for lang in LANGUAGES:
        with _po_path(lang).open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for message in catalog:
            if message.id and (not all(_as_tuple(message.string)) or message.fuzzy):
                missing += 1
                print(f"{lang}: {message.id!r}")
    return missing


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "status":
        return 1 if status() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
