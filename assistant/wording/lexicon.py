"""Lexicons of obscene and insulting words, one data file per language.

Each file (`lexicons/{kk,ru,en}.toml`) names its `source` and `licence` and lists entries. An
entry is found by its lemma (and `variants`) through the language's morphology, by exact
surface `forms`, or — for obscene roots that build whole word families — by a `pattern`
matched against the whole normalised token. `context = "person"` marks words that are
insults only when said of a person ("козёл", "тупой"), not of a goat or a blunt object.
The loader is strict: unknown keys, bad categories, unknown hints and bad patterns fail with
the file name.
"""

from __future__ import annotations

import re
import tomllib
from enum import StrEnum
from functools import cache
from pathlib import Path

import msgspec

from assistant.case.enums import Language
from assistant.resources import package_path
from assistant.wording.hints import KNOWN_HINTS
from assistant.wording.morphology import english_stem
from assistant.wording.normalise import fold


class Category(StrEnum):
    """Why a word makes the complaint returnable (Resolution No. 1 para. 8)."""

    OBSCENE = "obscene"
    INSULT = "insult"


class MatchMode(StrEnum):
    """How an entry's lemma is compared with a token's normal forms."""

    LEMMA = "lemma"  # equal to a normal form
    STEM = "stem"  # a normal form starts with the lemma (Kazakh agglutination)
    FORM = "form"  # only the listed surface forms, no morphology


class Context(StrEnum):
    """Where an entry counts as improper."""

    ANY = "any"
    PERSON = "person"  # only next to a word naming a person


class Entry(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One lexicon entry."""

    lemma: str
    category: Category
    hint: str = ""
    variants: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    pattern: str = ""
    match: MatchMode = MatchMode.LEMMA
    context: Context = Context.ANY
    window: int = 1  # how many words either side a person word may stand (context "person")
    exclude: tuple[str, ...] = ()

    def lemma_keys(self) -> tuple[str, ...]:
        """The folded lemma and variants, which morphology must produce (before expansion)."""
        return tuple(fold(word) for word in (self.lemma, *self.variants))

    def excluded(self, normal_form: str) -> bool:
        """Whether a false friend listed in `exclude` starts `normal_form`."""
        return any(normal_form.startswith(fold(prefix)) for prefix in self.exclude)


class _LexiconFile(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    source: str
    licence: str
    language: Language
    person: tuple[str, ...] = ()  # lemmas of words naming a person
    person_forms: tuple[str, ...] = ()  # surface forms only (pronouns: "он", not "его")
    entry: tuple[Entry, ...] = ()


class LexiconError(ValueError):
    """A lexicon data file is malformed."""


class Lexicon(msgspec.Struct, frozen=True, kw_only=True):
    """A loaded lexicon, with its lookup tables built once."""

    language: Language
    source: str
    licence: str
    entries: tuple[Entry, ...]
    person_words: frozenset[str]
    person_forms: frozenset[str]
    by_key: dict[str, tuple[Entry, ...]]
    by_form: dict[str, tuple[Entry, ...]]
    stems: tuple[tuple[str, Entry], ...]
    roots: re.Pattern[str] | None
    root_entries: tuple[Entry, ...]
    phrases: tuple[tuple[tuple[str, ...], Entry], ...]


def lexicon_path(language: Language) -> Path:
    """Where the lexicon of `language` is shipped."""
    return package_path("wording", "lexicons", f"{language.value}.toml")


@cache
def load_lexicon(language: Language) -> Lexicon:
    """Load and check the lexicon of `language` (cached for the process)."""
    return parse_lexicon(lexicon_path(language).read_bytes(), name=f"{language.value}.toml")


def parse_lexicon(data: bytes, *, name: str) -> Lexicon:
    """Parse lexicon TOML `data`; `name` labels errors."""
    try:
        raw = msgspec.convert(tomllib.loads(data.decode("utf-8")), _LexiconFile)
    except (tomllib.TOMLDecodeError, msgspec.ValidationError, UnicodeDecodeError) as error:
        raise LexiconError(f"{name}: {error}") from error
    for entry in raw.entry:
        _check_entry(entry, name)
    return _build(raw)


def _expanded(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Each variant as an entry of its own, so a hit names the lemma actually found."""
    expanded: list[Entry] = []
    for entry in entries:
        expanded.append(msgspec.structs.replace(entry, variants=()))
        expanded.extend(
            msgspec.structs.replace(entry, lemma=variant, variants=(), forms=(), pattern="")
            for variant in entry.variants
        )
    return tuple(expanded)


def _check_entry(entry: Entry, name: str) -> None:
    where = f"{name}: entry {entry.lemma!r}"
    if not entry.lemma.strip():
        raise LexiconError(f"{name}: an entry has an empty lemma")
    if entry.hint and entry.hint not in KNOWN_HINTS:
        raise LexiconError(f"{where}: unknown hint {entry.hint!r} (add it to hints.py)")
    if not 1 <= entry.window <= 3:
        raise LexiconError(f"{where}: window must be 1 to 3")
    if entry.pattern:
        try:
            compiled = re.compile(entry.pattern)
        except re.error as error:
            raise LexiconError(f"{where}: bad pattern: {error}") from error
        if compiled.groups:
            raise LexiconError(f"{where}: use (?:...) groups only in a pattern")


def _build(raw: _LexiconFile) -> Lexicon:
    by_key: dict[str, list[Entry]] = {}
    by_form: dict[str, list[Entry]] = {}
    stems: list[tuple[str, Entry]] = []
    phrases: list[tuple[tuple[str, ...], Entry]] = []
    entries = _expanded(raw.entry)
    for entry in entries:
        if " " in entry.lemma.strip():
            phrases.append((tuple(fold(entry.lemma).split()), entry))
            continue
        for key in _lookup_keys(entry, raw.language):
            if entry.match is MatchMode.STEM:
                stems.append((key, entry))
            elif entry.match is MatchMode.LEMMA:
                by_key.setdefault(key, []).append(entry)
        for form in (*entry.lemma_keys(), *(fold(form) for form in entry.forms)):
            by_form.setdefault(form, []).append(entry)
    root_entries = tuple(entry for entry in entries if entry.pattern)
    roots = (
        re.compile("|".join(f"(?P<r{i}>{e.pattern})" for i, e in enumerate(root_entries)))
        if root_entries
        else None
    )
    return Lexicon(
        language=raw.language,
        source=raw.source,
        licence=raw.licence,
        entries=entries,
        person_words=frozenset(fold(word) for word in raw.person),
        person_forms=frozenset(fold(word) for word in raw.person_forms),
        by_key={key: tuple(value) for key, value in by_key.items()},
        by_form={key: tuple(value) for key, value in by_form.items()},
        stems=tuple(stems),
        roots=roots,
        root_entries=root_entries,
        phrases=tuple(phrases),
    )


def _lookup_keys(entry: Entry, language: Language) -> tuple[str, ...]:
    """The lemma keys, plus for English their Snowball stems (tokens are compared by stem)."""
    keys = entry.lemma_keys()
    if language is Language.EN:
        return tuple(dict.fromkeys((*keys, *(english_stem(key) for key in keys))))
    return keys


def root_entry(lexicon: Lexicon, token: str) -> Entry | None:
    """The obscene-root entry whose pattern matches the whole folded `token`, if any."""
    if lexicon.roots is None:
        return None
    found = lexicon.roots.fullmatch(token)
    if found is None or found.lastgroup is None:
        return None
    return lexicon.root_entries[int(found.lastgroup[1:])]
