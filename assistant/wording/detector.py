"""Find obscene and insulting words in complaint text (Resolution No. 1 para. 8).

The Supreme Court returns a complaint with obscene words, insults of participants or other
persons, or improper expressions (CPC 489(1)(1)); each hit carries its offsets so the user
can fix the word before filing. Words are compared by lemma through the language's
morphology, obscene roots by controlled patterns over whole words, masked words ("х*й")
against the lexicons' listed forms; words of the other two lexicons are checked by surface
form. Capitalised words read as surnames ("Козлов А.А.", "свидетель Дураков") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.case.enums import Language
from assistant.wording.lexicon import (
    Category,
    Context,
    Entry,
    Lexicon,
    load_lexicon,
    root_entry,
)
from assistant.wording.morphology import looks_like_russian_name, normal_forms
from assistant.wording.normalise import readings
from assistant.wording.tokens import (
    Word,
    at_sentence_start,
    beside_initials,
    is_capitalised,
    words,
)

_MAX_SUFFIX = 12
_VOICED = {"қ": "ғ", "к": "г", "п": "б"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class WordHit:
    """An improper word: where it is, what it is and how to reword it."""

    start: int
    end: int
    word: str
    lemma: str
    category: Category
    hint: str  # English msgid, or ""


def find_improper_words(text: str, language: Language) -> list[WordHit]:
    """Every obscene or insulting word of `text`, written in `language`, in text order."""
    found = list(words(text))
    hits: dict[int, WordHit] = {}
    for index, word in enumerate(found):
        entry = _word_entry(text, found, index, language)
        if entry is not None:
            hits[word.start] = _hit(text, word.start, word.end, entry)
    for start, end, entry in _phrase_hits(found, language):
        hits.setdefault(start, _hit(text, start, end, entry))
    return [hits[start] for start in sorted(hits)]


def _hit(text: str, start: int, end: int, entry: Entry) -> WordHit:
    return WordHit(
        start=start,
        end=end,
        word=text[start:end],
        lemma=entry.lemma,
        category=entry.category,
        hint=entry.hint,
    )


def _word_entry(text: str, found: list[Word], index: int, language: Language) -> Entry | None:
    word = found[index]
    for entry in _entries_for(word.key, language):
        if _is_name(text, word) or (
            entry.context is Context.PERSON
            and not _near_person(found, index, entry.window, language)
        ):
            continue
        return entry
    return None


def _is_name(text: str, word: Word) -> bool:
    """A capitalised word inside a sentence or beside initials is taken as a proper name."""
    if not is_capitalised(text[word.start : word.end]):
        return False
    if beside_initials(text, word.start, word.end) or not at_sentence_start(text, word.start):
        return True
    return _CYRILLIC.search(word.key) is not None and looks_like_russian_name(word.key)


def _near_person(found: list[Word], index: int, window: int, language: Language) -> bool:
    low = max(0, index - window)
    high = min(len(found), index + window + 1)
    return any(_is_person(found[i].key, language) for i in range(low, high) if i != index)


@lru_cache(maxsize=65536)
def _is_person(key: str, language: Language) -> bool:
    lexicon = load_lexicon(language)
    if key in lexicon.person_forms or key in lexicon.person_words:
        return True
    if not _fits_script(key, language):
        return False
    forms = normal_forms(key, language)
    if language is Language.KK:
        return any(_starts_with_stem(f, word) for f in forms for word in lexicon.person_words)
    return not lexicon.person_words.isdisjoint(forms)


@lru_cache(maxsize=131072)
def _entries_for(key: str, language: Language) -> tuple[Entry, ...]:
    """The lexicon entries `key` may be, obscene ones first."""
    found: dict[int, Entry] = {}
    for reading in readings(key):
        for entry in _reading_entries(reading, language):
            found.setdefault(id(entry), entry)
    return tuple(sorted(found.values(), key=lambda e: e.category is not Category.OBSCENE))


def _reading_entries(reading: str, language: Language) -> list[Entry]:
    if "*" in reading:
        return [entry for lang in Language for entry in _masked_entries(reading, lang)]
    own = load_lexicon(language)
    entries = _root_and_form_entries(own, reading)
    if _fits_script(reading, language):
        entries.extend(_morphology_entries(own, reading))
    for other in Language:
        if other is not language:
            other_lexicon = load_lexicon(other)
            entries.extend(_root_and_form_entries(other_lexicon, reading))
            if other is Language.KK:
                entries.extend(_stem_entries(other_lexicon, frozenset({reading})))
    return entries


def _fits_script(reading: str, language: Language) -> bool:
    pattern = _LATIN if language is Language.EN else _CYRILLIC
    return pattern.search(reading) is not None


def _root_and_form_entries(lexicon: Lexicon, reading: str) -> list[Entry]:
    entries = [e for e in lexicon.by_form.get(reading, ()) if not e.excluded(reading)]
    root = root_entry(lexicon, reading)
    if root is not None and not root.excluded(reading):
        entries.append(root)
    return entries


def _morphology_entries(lexicon: Lexicon, reading: str) -> list[Entry]:
    forms = normal_forms(reading, lexicon.language)
    entries = [
        entry
        for form in forms
        for entry in lexicon.by_key.get(form, ())
        if not entry.excluded(form)
    ]
    entries.extend(_stem_entries(lexicon, forms))
    return entries


def _stem_entries(lexicon: Lexicon, forms: frozenset[str]) -> list[Entry]:
    return [
        entry
        for stem, entry in lexicon.stems
        for form in forms
        if _starts_with_stem(form, stem) and not entry.excluded(form)
    ]


def _starts_with_stem(form: str, stem: str) -> bool:
    """Kazakh adds suffixes to an unchanged stem, voicing a final қ, к or п before a vowel."""
    if len(form) - len(stem) > _MAX_SUFFIX:
        return False
    if form.startswith(stem):
        return True
    voiced = _VOICED.get(stem[-1:])
    return voiced is not None and form.startswith(stem[:-1] + voiced)


def _phrase_hits(found: list[Word], language: Language) -> list[tuple[int, int, Entry]]:
    phrases = load_lexicon(language).phrases
    hits: list[tuple[int, int, Entry]] = []
    if not phrases:
        return hits
    for index, word in enumerate(found):
        for components, entry in _phrases_starting(word.key, language):
            last = index + len(components) - 1
            if last < len(found) and all(
                _component_matches(found[index + i].key, part, language)
                for i, part in enumerate(components)
            ):
                hits.append((word.start, found[last].end, entry))
    return hits


@lru_cache(maxsize=65536)
def _phrases_starting(key: str, language: Language) -> tuple[tuple[tuple[str, ...], Entry], ...]:
    return tuple(
        (components, entry)
        for components, entry in load_lexicon(language).phrases
        if _component_matches(key, components[0], language)
    )


@lru_cache(maxsize=65536)
def _component_matches(key: str, component: str, language: Language) -> bool:
    if key == component:
        return True
    if not _fits_script(key, language):
        return False
    forms = normal_forms(key, language)
    if language is Language.KK:
        return any(_starts_with_stem(form, component) for form in forms)
    return component in forms


def _masked_entries(reading: str, language: Language) -> list[Entry]:
    """Entries with a listed form that the masked word can spell, each `*` run one more letter."""
    pattern = _mask_pattern(reading)
    candidates = _forms_by_initial(language).get(reading[0], ())
    return [entry for form, entry in candidates if pattern.fullmatch(form)]


def _mask_pattern(reading: str) -> re.Pattern[str]:
    parts = re.split(r"(\*+)", reading)
    regex = "".join(
        f"[^\\W\\d_]{{{len(part)},{len(part) + 1}}}" if part.startswith("*") else re.escape(part)
        for part in parts
    )
    return re.compile(regex)


@lru_cache(maxsize=3)
def _forms_by_initial(language: Language) -> dict[str, tuple[tuple[str, Entry], ...]]:
    index: dict[str, list[tuple[str, Entry]]] = {}
    for form, entries in load_lexicon(language).by_form.items():
        if len(form) > 2 and " " not in form:
            for entry in entries:
                index.setdefault(form[0], []).append((form, entry))
    return {initial: tuple(pairs) for initial, pairs in index.items()}
