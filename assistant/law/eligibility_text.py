"""The computed eligibility of a petition to the court at the place of execution, in words.

The check computes once when each request of the petition may be filed (`Report.eligibility`,
`eligibility_report.py`); a front end shows it with these texts, in the language it asks for:
per request the petition makes, the first day and the arithmetic that gave it, worded as the
petition itself words it (`document/served_text.py`, the template of that language), so the
window and the document say the same sentence. Nothing here decides: it words the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.case.enums import DocumentKind, Language
from assistant.case.execution_vocabulary import PetitionRequest
from assistant.case.typed_texts import format_date
from assistant.i18n import N_, gettext_in
from assistant.law.citation import format_citations
from assistant.law.predicates.execution_petition import REQUEST_LABELS

if TYPE_CHECKING:
    from assistant.execution.results import Eligibility
    from assistant.law.eligibility_report import PetitionEligibility

MISSING = N_(
    "The first day the petition may be filed cannot be computed yet: fill in the facts listed "
    "under \u201cCannot be checked yet\u201d."
)
FROM_DAY = N_("%(request)s: may be filed from %(date)s.")
CLOSED = N_("%(request)s: the law closes this request (%(provision)s).")
NO_DAY = N_("%(request)s: the law sets no first day for it (%(provision)s).")
CAP = N_(
    "%(request)s: no first day is set; the unserved part may be reduced by at most %(cap)s "
    "(%(provision)s)."
)
NOT_COMPUTABLE = N_("%(request)s: the day cannot be computed; check the dates entered.")


def eligibility_texts(found: PetitionEligibility, language: Language) -> tuple[str, ...]:
    """One text per request the petition makes, in `language`: its first day (or why it has
    none) on the first line, then the arithmetic of the part served that gave it. One text
    when an input is missing; none when nothing is asked."""
    if not found.requested:
        return ()
    if found.report is None:
        return (gettext_in(language, MISSING),)
    return tuple(
        "\n".join(
            _request_lines(
                PetitionRequest(request.value), found.report.for_request(request), language
            )
        )
        for request in found.requested
    )


def _request_lines(request: PetitionRequest, answer: Eligibility, language: Language) -> list[str]:
    label = gettext_in(language, REQUEST_LABELS[request])
    outcome = answer.outcome.value
    if outcome == "date" and answer.first_day is not None:
        date = format_date(answer.first_day)
        headline = gettext_in(language, FROM_DAY) % {"request": label, "date": date}
        return [headline, *_arithmetic(request, answer, language)]
    if outcome == "not_available":
        citations = tuple(c for bar in answer.bars for c in bar.citations)
        provision = format_citations(tuple(dict.fromkeys(citations)), language)
        return [gettext_in(language, CLOSED) % {"request": label, "provision": provision}]
    if outcome == "no_date" and answer.cap is not None:
        provision = format_citations(answer.cap.citations, language)
        values = {"request": label, "cap": str(answer.cap.safe), "provision": provision}
        return [gettext_in(language, CAP) % values]
    if outcome == "no_date":
        provision = format_citations(answer.no_date_citations, language)
        return [gettext_in(language, NO_DAY) % {"request": label, "provision": provision}]
    return [gettext_in(language, NOT_COMPUTABLE) % {"request": label}]


def _arithmetic(request: PetitionRequest, answer: Eligibility, language: Language) -> list[str]:
    """The deciding step and the fraction of the term, as the petition writes them."""
    from assistant.document.served_text import ServedText
    from assistant.document.templates import load_template

    template = load_template(language, DocumentKind.EXECUTION_PETITION)
    writer = ServedText(template, template.text(f"labels.{request.value}"))
    shown = [step for step in answer.steps if step.kind.value == "fraction"][:1]
    if answer.steps and answer.steps[0] not in shown:
        shown.append(answer.steps[0])
    return [text for step in shown for text in writer.step(step)]
