"""Word forms the templates need: Kazakh month locatives and the genitive of a court's name in
Kazakh (qazaq-inflector) and Russian (pymorphy3).

qazaq-inflector declines by vowel harmony and the last sound, which is exactly what these
suffixes need: «қараша» → «қарашада», «Медеу аудандық соты» → «Медеу аудандық сотының».
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qazaq_inflector import QazaqNameInflector


@cache
def _inflector() -> QazaqNameInflector:
    from qazaq_inflector import QazaqNameInflector

    return QazaqNameInflector()


def _inflect(word: str, case: str) -> str:
    inflected = _inflector().inflect(word, case)
    return word if inflected is None else inflected


def kazakh_month_locative(month: str) -> str:
    """«қараша» → «қарашада», «сәуір» → «сәуірде», «қыркүйек» → «қыркүйекте»."""
    return _inflect(month, "locative")


def kazakh_month_attributive(month: str) -> str:
    """«қараша» → «қарашадағы», «сәуір» → «сәуірдегі» (locative + -ғы/-гі)."""
    locative = kazakh_month_locative(month)
    return locative + ("ғы" if locative.endswith("а") else "гі")


def kazakh_genitive(phrase: str) -> str:
    """The phrase with its last word in the genitive: «… соты» → «… сотының».

    A phrase ending in something other than a Kazakh word (a digit, a quote) is left as it is.
    """
    head, _, last = phrase.rstrip().rpartition(" ")
    if not last or not last[-1].isalpha():
        return phrase
    inflected = _inflect(last, "genitive")
    return f"{head} {inflected}" if head else inflected


_ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})
_PERSON_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


def _russian_parses(word: str) -> list[Any]:
    """pymorphy3's parses of `word`; none for a word it cannot read (it asks `unicodedata` for
    the name of every letter, and a letter without one, such as a Tangut ideograph, raises)."""
    from assistant.wording.morphology import russian_analyser

    try:
        return list(russian_analyser().parse(word.lower()))
    except ValueError:
        return []


def _keep_capital(original: str, inflected: str) -> str:
    return inflected[:1].upper() + inflected[1:] if original[:1].isupper() else inflected


def _genitive_word(word: str) -> tuple[str, bool] | None:
    """(the word in the genitive, whether it is the head noun), or None if it is neither a
    nominative adjective before the head nor the head noun itself."""
    parses = [p for p in _russian_parses(word) if "nomn" in p.tag]
    adjectives = [p for p in parses if p.tag.POS in _ADJECTIVE_POS]
    nouns = [
        p for p in parses if p.tag.POS == "NOUN" and not _PERSON_NAME_TAGS & set(p.tag.grammemes)
    ]
    chosen, is_head = (adjectives[0], False) if adjectives else (None, False)
    if chosen is None and nouns:
        chosen, is_head = nouns[0], True
    if chosen is None:
        return None
    inflected = chosen.inflect({"gent"})
    if inflected is None:
        return None
    return _keep_capital(word, inflected.word), is_head


def _already_genitive(word: str) -> bool:
    return any(
        "gent" in p.tag and p.tag.POS in (_ADJECTIVE_POS | {"NOUN"}) for p in _russian_parses(word)
    ) and not any("nomn" in p.tag for p in _russian_parses(word))


def russian_genitive(phrase: str) -> str | None:
    """A court's name in the genitive, as a title needs it after «приговор»:
    «Алмалинский районный суд г. Алматы» → «Алмалинского районного суда г. Алматы».

    The adjectives before the head noun and the head noun change; what follows it (a city,
    "по уголовным делам") stays. A name already in the genitive is returned as it is; None
    when the words are not a nominative adjective-and-noun phrase (the caller then writes the
    name in parentheses rather than risk a wrong form).
    """
    words = phrase.split()
    if not words:
        return None
    if _already_genitive(words[0]):
        return phrase
    out: list[str] = []
    for index, word in enumerate(words):
        found = _genitive_word(word)
        if found is None:
            return None
        inflected, is_head = found
        out.append(inflected)
        if is_head:
            return " ".join([*out, *words[index + 1 :]])
    return None


def russian_addressee(phrase: str) -> tuple[str, bool] | None:
    """A court's or an office's name as an addressee line needs it, and whether its head noun
    is a person: an institution in the accusative, to follow «В» («В судебную коллегию по
    уголовным делам …», «В Алмалинский районный суд …»), a person in the dative
    («Прокурору Алмалинского района …»).

    The adjectives before the head noun agree with it in gender and, in the accusative, in
    animacy; what follows the head stays. None when the words do not start with a nominative
    adjective-and-noun phrase (the caller then writes the name as it is).
    """
    words = phrase.split()
    adjectives: list[tuple[str, Any]] = []
    for index, word in enumerate(words):
        if len(word) > 1 and word.isupper():  # an abbreviation («ТОО», «ДП») is never declined
            return None
        nouns, found = _nominative_parses(word)
        # «городской», «Алматинский» can also be read as nouns: an adjective reading wins
        # while the next word can still be the head noun or another adjective.
        following = _nominative_parses(words[index + 1]) if index + 1 < len(words) else ([], [])
        if found and any(following):
            adjectives.append((word, found[0]))
            continue
        if nouns:
            return _declined_addressee(adjectives, word, nouns[0], words[index + 1 :])
        return None
    return None


def _nominative_parses(word: str) -> tuple[list[Any], list[Any]]:
    """The nominative readings of `word` as a common noun and as an adjective."""
    parses = [p for p in _russian_parses(word) if "nomn" in p.tag]
    nouns = [
        p for p in parses if p.tag.POS == "NOUN" and not _PERSON_NAME_TAGS & set(p.tag.grammemes)
    ]
    return nouns, [p for p in parses if p.tag.POS in _ADJECTIVE_POS]


def _declined_addressee(
    adjectives: list[tuple[str, Any]], head_word: str, head: Any, rest: list[str]
) -> tuple[str, bool] | None:
    animate = "anim" in head.tag
    case = "datv" if animate else "accs"
    head_form = head.inflect({case})
    if head_form is None:
        return None
    agreement = {case, str(head.tag.gender)} if head.tag.gender else {case}
    if case == "accs" and head.tag.gender == "masc":
        agreement.add("anim" if animate else "inan")
    out: list[str] = []
    for word, parse in adjectives:
        form = parse.inflect(agreement)
        if form is None:
            return None
        out.append(_keep_capital(word, form.word))
    out.append(_keep_capital(head_word, head_form.word))
    return " ".join([*out, *rest]), animate
