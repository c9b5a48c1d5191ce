"""The eligibility calculator's arithmetic in words a judge reads, per language.

"Условно-досрочное освобождение (п. 3 ч. 3 ст. 72 УК РК): не менее 2/3 срока наказания.
2/3 от 6 лет = 4 года; с 12.03.2024 с зачетом 143 дн. содержания под стражей (срок исчисляется
с 21.10.2023) → 21.10.2027." The wording is the petition template's (`served.*`, `term.*`);
terms are written with the word form their number needs (CLDR plural categories), dates in the
arithmetic as DD.MM.YYYY so that no Kazakh suffix ever follows a digit (kazakh-style.md §2).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from assistant.case.enums import Language
from assistant.document.grammar import kazakh_genitive, plural_category
from assistant.document.templates import Template, TemplateError

if TYPE_CHECKING:
    from assistant.execution.results import Step

_PARTS = ("years", "months", "days")


class Term(Protocol):
    """Years, months and days: the calculator's `Term` or the case's `SentenceTerm`."""

    @property
    def years(self) -> int: ...

    @property
    def months(self) -> int: ...

    @property
    def days(self) -> int: ...


def numeric_date(day: dt.date) -> str:
    """12.03.2024: the form of a date inside the arithmetic."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _word(t: Template, key: str, number: int) -> str:
    category = plural_category(number, t.language.value)
    try:
        return t.text(f"{key}.{category}")
    except TemplateError:
        return t.text(f"{key}.other")


def term_words(t: Template, term: Term, *, after_of: bool = False) -> str:
    """«4 года 2 месяца 10 дней», «4 жыл 2 ай», "4 years 2 months"; `after_of`: the form the
    fraction's base takes («от 6 лет», «6 жылдың», "of 6 years")."""
    form = t.text("term.of_form") if after_of else "plain"
    suffix = "_of" if form == "table" else ""
    pieces = [
        f"{value} {_word(t, f'term.{key}{suffix}', value)}"
        for key in _PARTS
        if (value := getattr(term, key))
    ]
    phrase = " ".join(pieces)
    return kazakh_genitive(phrase) if form == "genitive" else phrase


class ServedText:
    """Writes one request's deciding step (and a wait) with the template of the petition."""

    def __init__(self, template: Template, label: str) -> None:
        self.t = template
        self.label = label

    def start(self, step: Step) -> str:
        """Where the count starts: the term's start, with the custody credited if any."""
        start = numeric_date(step.term_start or step.counted_from)
        if not step.credited_days:
            return self.t.fill("served.from_start", start=start)
        return self.t.fill(
            "served.with_custody",
            start=start,
            credited=str(step.credited_days),
            counted_from=numeric_date(step.counted_from),
        )

    def fraction(self, step: Step) -> list[str]:
        """The fraction of the term, its arithmetic and the day it gives."""
        assert step.fraction is not None and step.base_term is not None
        assert step.required is not None
        provision = _provision(step, self.t.language)
        fraction = self.t.fill(
            "served.fraction",
            fraction=str(step.fraction),
            base=term_words(self.t, step.base_term, after_of=True),
            required=term_words(self.t, step.required),
        )
        lead = self.t.fill(
            "served.lead", label=self.label, provision=provision, fraction=str(step.fraction)
        )
        arrow = self.t.fill(
            "served.arrow", fraction=fraction, start=self.start(step), day=numeric_date(step.day)
        )
        return [lead, arrow]

    def minimum(self, step: Step) -> str:
        """The six months actually served (72(5)) or the years of a life sentence (72(6))."""
        assert step.required is not None
        key = "served.life" if step.kind.value == "life_minimum" else "served.floor"
        return self.t.fill(
            key,
            label=self.label,
            provision=_provision(step, self.t.language),
            required=term_words(self.t, step.required),
            start=self.start(step),
            day=numeric_date(step.day),
        )

    def after_cancellation(self, step: Step) -> str:
        assert step.fraction is not None and step.base_term is not None
        assert step.required is not None
        return self.t.fill(
            "served.after_cancellation",
            label=self.label,
            provision=_provision(step, self.t.language),
            fraction=str(step.fraction),
            base=term_words(self.t, step.base_term, after_of=True),
            required=term_words(self.t, step.required),
            start=self.start(step),
            day=numeric_date(step.day),
        )

    def wait(self, step: Step) -> str:
        return self.t.fill(
            "served.wait",
            label=self.label,
            ruled_on=numeric_date(step.counted_from),
            day=numeric_date(step.day),
            provision=_provision(step, self.t.language),
        )

    def step(self, step: Step) -> list[str]:
        """The sentences of one step, by its kind (the start of execution says nothing)."""
        kind = step.kind.value
        if kind == "fraction":
            return self.fraction(step)
        if kind in {"floor", "life_minimum"}:
            return [self.minimum(step)]
        if kind == "after_cancellation":
            return [self.after_cancellation(step)]
        if kind == "wait_after_refusal":
            return [self.wait(step)]
        return []


def _provision(step: Step, language: Language) -> str:
    return "; ".join(citation.format(language) for citation in step.citations)
