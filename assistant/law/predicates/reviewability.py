"""Whether the contested acts may be reviewed in cassation at all (CPC 484; rows A1-A3, N3).

The category predicates read the offences of the conviction (Criminal Code Arts. 10-11, see
`assistant.law.categories`) and honour the N3 exception: a count reclassified down from a graver
charge stays reviewable when the complaint disputes that reclassification.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.case.enums import ActKind, Instance
from assistant.case.model import Case, ContestedAct
from assistant.deadlines import appeal_deadline
from assistant.law.categories import (
    GRAVER_THAN_MINOR,
    barred_until_2027,
    category_contradicts,
    derive_category,
)
from assistant.law.deadline_report import is_appellate
from assistant.law.registry import Context, Hit, NoParams, predicate

_is_appellate = is_appellate


@predicate("act_not_in_force", NoParams)
def act_not_in_force(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A1: a non-appellate act marked not in force, or entering into force after the law date.

    Appellate acts enter into force when announced (471(4)), so they are not checked here.
    """
    for index, act in enumerate(case.acts):
        if _not_yet_in_force(act, ctx):
            yield Hit(
                fields=(f"/acts/{index}/in_force", f"/acts/{index}/entered_into_force"),
                params={"number": index + 1},
            )


def _not_yet_in_force(act: ContestedAct, ctx: Context) -> bool:
    if _is_appellate(act):
        return False
    later = act.entered_into_force is not None and act.entered_into_force > ctx.law_date
    return act.in_force is False or later


@predicate("appeal_term_of_act_not_in_force", NoParams)
def appeal_term_of_act_not_in_force(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A1.appeal_term: the last day of the 15-day appeal term (418(1)) of an act A1 sends to
    appeal, counted from the act's date."""
    for index, act in enumerate(case.acts):
        if act.date is None or not _not_yet_in_force(act, ctx):
            continue
        deadline = appeal_deadline(act.date, ctx.calendar)
        if deadline is not None:
            yield Hit(
                fields=(f"/acts/{index}/date",),
                params={"number": index + 1, "date": act.date, "last_day": deadline.safe_last_day},
            )


# Acts that 484(2) bars or that are not first-instance decisions on the case: their appeal
# history is not what decides (A4-A7 speak for them).
_NOT_APPEAL_CHECKED = frozenset(
    {
        ActKind.INTERLOCUTORY_RULING,
        ActKind.EXECUTION_RULING,
        ActKind.INVESTIGATING_JUDGE_ACT,
        ActKind.CASSATION_COURT_ACT,
    }
)


@predicate("appeal_history_unknown", NoParams)
def appeal_history_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A2: a first-instance act in force without its appeal history and no appellate act listed."""
    if any(_is_appellate(act) for act in case.acts):
        return
    for index, act in enumerate(case.acts):
        checked = act.kind not in _NOT_APPEAL_CHECKED and act.in_force is not False
        if checked and act.instance is Instance.FIRST and act.appeal is None:
            yield Hit(fields=(f"/acts/{index}/appeal",), params={"number": index + 1})


def disputed_reclassification(case: Case) -> bool:
    """N3: the count was reclassified down from a graver charge and the complaint disputes it."""
    found = case.reclassification
    return found is not None and found.disputed and found.original_category in GRAVER_THAN_MINOR


def _bars(case: Case) -> list[bool | None]:
    return [barred_until_2027(offence) for offence in case.offences]


@predicate("all_counts_barred", NoParams)
def all_counts_barred(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A3 (until 30 June 2027): every count is a misdemeanour or a crime of minor gravity."""
    bars = _bars(case)
    if bars and all(bar is True for bar in bars) and not disputed_reclassification(case):
        yield Hit(fields=("/offences",))


@predicate("some_counts_barred", NoParams)
def some_counts_barred(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A3 mixed: some counts are barred and others are not (how 484(2)(1) applies is unknown)."""
    bars = _bars(case)
    if True in bars and False in bars:
        yield Hit(fields=("/offences",))


@predicate("category_unknown", NoParams)
def category_unknown(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A3: no count is given, or a count's category is neither stated nor derivable."""
    if not case.offences:
        yield Hit(fields=("/offences",))
        return
    for index, offence in enumerate(case.offences):
        if barred_until_2027(offence) is None:
            yield Hit(
                fields=(f"/offences/{index}/category", f"/offences/{index}/max_imprisonment_years"),
                params={"number": index + 1},
            )


@predicate("category_contradicts_sanction", NoParams)
def category_contradicts_sanction(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """A3: the stated category does not fit the sanction and guilt the user gave (CC 10-11)."""
    for index, offence in enumerate(case.offences):
        if category_contradicts(offence):
            derived = derive_category(offence)
            yield Hit(
                fields=(f"/offences/{index}/category",),
                params={
                    "number": index + 1,
                    "derived": derived.value if derived is not None else "",
                },
            )


@predicate("reclassification_disputed", NoParams)
def reclassification_disputed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N3: the graver charge was reduced and the complaint disputes that, so A3 does not bar it."""
    if disputed_reclassification(case) and any(bar is True for bar in _bars(case)):
        yield Hit(fields=("/reclassification/disputed", "/reclassification/original_article"))


@predicate("reclassification_not_disputed", NoParams)
def reclassification_not_disputed(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """N3: a graver charge was reduced to a barred category and the complaint accepts that."""
    found = case.reclassification
    if (
        found is not None
        and not found.disputed
        and found.original_category in GRAVER_THAN_MINOR
        and any(bar is True for bar in _bars(case))
    ):
        yield Hit(fields=("/reclassification/disputed",))
