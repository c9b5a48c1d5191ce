"""The petition to the court at the place of execution (issue 19; shared/law/parole.md PA1-PA35).

The eligibility calculator has already answered once per check (`Context.eligibility`, see
`assistant/law/eligibility_report.py`); these predicates only judge its answer for the
requests the petition makes against the day it is filed: too early, closed, within a wait
after a refusal, an open reading of the law, an input missing. The calculator's own modules
are never imported here at load time (they load their law data): its results carry their own
enums, compared by value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import msgspec

from assistant.case.enums import ActKind
from assistant.case.execution_vocabulary import PetitionRequest
from assistant.case.model import Case
from assistant.i18n import N_
from assistant.law.registry import Context, Hit, NoParams, predicate
from assistant.law.text_format import Msgid

if TYPE_CHECKING:
    from assistant.execution.results import Doubt, Eligibility
    from assistant.execution.vocabulary import PetitionRequest
    from assistant.law.eligibility_report import PetitionEligibility

DRAFT = "/execution_petition"
# The name of each request, the label a message starts with ("Parole: ...").
REQUEST_LABELS = {
    PetitionRequest.PAROLE: N_("Parole"),
    PetitionRequest.REPLACEMENT: N_("Replacement of the unserved part by a milder punishment"),
    PetitionRequest.REDUCTION: N_("Reduction of the unserved part"),
}
# Where a closed request sends the user, by the calculator's bar code.
_BAR_FIELDS = {
    "punishment_not_covered": (f"{DRAFT}/punishment",),
    "category_not_covered": ("/offences",),
    "excluded": (f"{DRAFT}/exclusions",),
    "no_basis": (f"{DRAFT}/assisted_group_investigation", f"{DRAFT}/agreement_fulfilled"),
}
_VERDICTS = frozenset({ActKind.VERDICT, ActKind.APPELLATE_VERDICT})

InputName = Literal[
    "punishment",
    "term",
    "term_start",
    "category",
    "harm",
    "age_at_crime",
    "exclusions",
    "custody",
    "earlier_petition",
]
BarName = Literal["punishment_not_covered", "category_not_covered", "excluded", "no_basis"]
DoubtName = Literal[
    "boundary_day",
    "remainder_rounded",
    "credit_rounded",
    "harm_unknown",
    "agreement_stricter",
    "regime_silent",
    "young_adult",
    "uncredited_custody",
    "custody_in_term",
    "privileged_date",
    "cancellation_base",
    "return_not_refusal",
    "wait_not_set",
    "life_reduction",
    "unconfirmed_minimum",
]


def _asked(
    ctx: Context, request: PetitionRequest
) -> tuple[PetitionEligibility, Eligibility] | None:
    """The computed answer for `request` when the petition makes it and it was computed."""
    found = ctx.eligibility
    if found is None or request.value not in {r.value for r in found.requested}:
        return None
    answer = found.answer(_request(request))
    return None if answer is None else (found, answer)


def _request(request: PetitionRequest) -> PetitionRequest:
    from assistant.execution.vocabulary import PetitionRequest

    return PetitionRequest(request.value)


def _label(request: PetitionRequest) -> Msgid:
    return Msgid(REQUEST_LABELS[request])


class InputParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    input: InputName


@predicate("eligibility_input_missing", InputParams)
def eligibility_input_missing(case: Case, ctx: Context, params: InputParams) -> Iterator[Hit]:
    """PA12-PA20: an input the first day depends on is missing, so it cannot be computed."""
    if ctx.eligibility is None:
        return
    for missing in ctx.eligibility.case_facts.missing:
        if missing.input.value == params.input:
            yield Hit(fields=(missing.pointer,))


class RequestParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    request: PetitionRequest


@predicate("request_too_early", RequestParams)
def request_too_early(case: Case, ctx: Context, params: RequestParams) -> Iterator[Hit]:
    """PA13-PA15: filed before the earliest day any reading allows for the part served."""
    asked = _asked(ctx, params.request)
    if asked is None:
        return
    found = asked[0]
    served = found.served_answer(_request(params.request))
    if served is None or served.first_day is None or served.earliest_day is None:
        return
    if served.timing(found.filed_on).value != "too_early":
        return
    yield Hit(
        fields=(f"{DRAFT}/filing/date", f"{DRAFT}/term_start", f"{DRAFT}/term"),
        params={
            "request": _label(params.request),
            "first_day": served.first_day,
            "earliest_day": served.earliest_day,
            "filed_on": found.filed_on,
            "provision": served.steps[0].citations,
        },
    )


@predicate("request_in_open_window", RequestParams)
def request_in_open_window(case: Case, ctx: Context, params: RequestParams) -> Iterator[Hit]:
    """PA16, PA18 (§D.8): filed on or after the earliest day, before the safe one."""
    asked = _asked(ctx, params.request)
    if asked is not None and asked[1].timing(asked[0].filed_on).value == "unsure":
        found, answer = asked
        yield Hit(
            fields=(f"{DRAFT}/filing/date",),
            params={
                "request": _label(params.request),
                "first_day": answer.first_day,
                "earliest_day": answer.earliest_day,
                "filed_on": found.filed_on,
            },
        )


@predicate("request_waits", RequestParams)
def request_waits(case: Case, ctx: Context, params: RequestParams) -> Iterator[Hit]:
    """PA20: filed before the wait after a refusal is over (PEC 162(10); NR6 para. 22)."""
    asked = _asked(ctx, params.request)
    if asked is None:
        return
    found, answer = asked
    draft = case.execution_petition
    for step in answer.steps:
        if step.kind.value != "wait_after_refusal" or step.day <= found.filed_on:
            continue
        index = next(
            i
            for i, p in enumerate(draft.earlier_petitions if draft else [])
            if p.ruled_on == step.counted_from
        )
        yield Hit(
            fields=(f"{DRAFT}/earlier_petitions/{index}", f"{DRAFT}/filing/date"),
            params={
                "request": _label(params.request),
                "ruled_on": step.counted_from,
                "day": step.day,
                "filed_on": found.filed_on,
            },
        )


@predicate("request_not_computable", RequestParams)
def request_not_computable(case: Case, ctx: Context, params: RequestParams) -> Iterator[Hit]:
    """PA16: the dates lead past the calendar (or the law data has no version for the day)."""
    asked = _asked(ctx, params.request)
    if asked is not None and asked[1].outcome.value == "not_computable":
        yield Hit(
            fields=(f"{DRAFT}/term_start", f"{DRAFT}/term", f"{DRAFT}/custody"),
            params={"request": _label(params.request)},
        )


class ClosedParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A request closed by a bar of the calculator; `exclusion` names the data's entry."""

    request: PetitionRequest
    bar: BarName
    exclusion: str = ""


@predicate("request_closed", ClosedParams)
def request_closed(case: Case, ctx: Context, params: ClosedParams) -> Iterator[Hit]:
    """PA5-PA10: the law closes the request (the calculator's bar that closes it)."""
    asked = _asked(ctx, params.request)
    if asked is None or asked[1].outcome.value != "not_available":
        return
    for bar in asked[1].bars:
        if bar.code.value == params.bar and (bar.exclusion or "") == params.exclusion:
            yield Hit(
                fields=(f"{DRAFT}/requests", *_BAR_FIELDS[params.bar]),
                params={"request": _label(params.request), "provision": bar.citations},
            )


class DoubtParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    doubt: DoubtName


@predicate("eligibility_doubt", DoubtParams)
def eligibility_doubt(case: Case, ctx: Context, params: DoubtParams) -> Iterator[Hit]:
    """PA12-PA23: a point the law leaves open, for a request where it can matter: a reading
    that moves the day matters while the petition is filed before the day it moves."""
    for request in PetitionRequest:
        asked = _asked(ctx, request)
        if asked is None:
            continue
        found, answer = asked
        doubts = [d for d in answer.doubts if d.code.value == params.doubt]
        if any(_matters(d, answer, found.filed_on) for d in doubts):
            days = next((d.days for d in doubts if d.days is not None), None)
            yield Hit(
                fields=(f"{DRAFT}/requests",),
                params={
                    "request": _label(request),
                    "first_day": answer.first_day,
                    "earliest_day": answer.earliest_day,
                    "days": days,
                },
            )


def _matters(doubt: Doubt, answer: Eligibility, filed_on: dt.date) -> bool:
    """A caveat always; a reading that moves the day while the petition is filed before it."""
    if doubt.later_day is not None:
        return filed_on < doubt.later_day
    if doubt.alternative_day is not None:
        return answer.first_day is not None and filed_on < answer.first_day
    return True


@predicate("notice_differs", NoParams)
def notice_differs(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PA19: the institution's notice names another day than the computed one. The notice is
    read as being about the petition's first request of parole and replacement (PEC 162(1)
    names both)."""
    draft = case.execution_petition
    if draft is None or draft.notice_date is None:
        return
    for request in (PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT):
        asked = _asked(ctx, request)
        if asked is None:
            continue
        day = asked[1].first_day
        if day is not None and day != draft.notice_date:
            yield Hit(
                fields=(f"{DRAFT}/notice_date",),
                params={
                    "request": _label(request),
                    "notice_date": draft.notice_date,
                    "first_day": day,
                },
            )
        return


class AskParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Requests the petition must all make for the rule to apply; `open`: and the law does
    not close any of them (a merits point about a closed request would mislead)."""

    requests: list[PetitionRequest]
    open: bool = False


@predicate("petition_asks", AskParams)
def petition_asks(case: Case, ctx: Context, params: AskParams) -> Iterator[Hit]:
    """Fires once when the petition makes every one of `requests` (and the `when` holds)."""
    draft = case.execution_petition
    if draft is None or not params.requests or not set(params.requests) <= set(draft.requests):
        return
    if params.open and any(_closed(ctx, request) for request in params.requests):
        return
    yield Hit(fields=(f"{DRAFT}/requests",))


def _closed(ctx: Context, request: PetitionRequest) -> bool:
    asked = _asked(ctx, request)
    return asked is not None and asked[1].outcome.value == "not_available"


@predicate("petitioner_unnamed", NoParams)
def petitioner_unnamed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PA34: the petition does not say whose sentence it is about."""
    if case.filer.status is not None and case.filer.status.value == "convicted":
        if not case.filer.full_name.strip():
            yield Hit(fields=("/filer/full_name",))
    elif not (case.represented.full_name.strip() or case.convicted_person.strip()):
        yield Hit(fields=("/represented/full_name", "/convicted_person"))


@predicate("verdict_missing", NoParams)
def verdict_missing(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """PA34: no verdict with its court and date, the act the sentence is served under."""
    if not any(
        act.kind in _VERDICTS and act.court.strip() and act.date is not None for act in case.acts
    ):
        yield Hit(fields=("/acts",))


class WordsParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Parts of words (any case) that name a kind of court."""

    words: list[str]


@predicate("addressee_names", WordsParams)
def addressee_names(case: Case, ctx: Context, params: WordsParams) -> Iterator[Hit]:
    """PA2: the addressee names a court of a kind that does not decide these petitions."""
    draft = case.execution_petition
    text = draft.addressee.casefold() if draft is not None else ""
    if any(word.casefold() in text for word in params.words):
        yield Hit(fields=(f"{DRAFT}/addressee",))
