"""What the complaint really rests on: its arguments' substance and the triage answers.

Resolution No. 1 sends a complaint elsewhere when it raises *only* a milder law or an amnesty
(para. 15), *only* an arithmetic error in the civil claim (para. 16) or *only* material that
appeared after entry into force (para. 13). "Only" is judged by the substance each argument
records, not by whether it cites an item of 485(1) (statutes.md §15.6, decided 2026-12-04).
Where the arguments say nothing of their substance, the triage answer decides, unless an
argument describes a violation of law, which the cassation court hears in any case.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.enums import ArgumentSubstance
from assistant.case.model import Case, GroundArgument
from assistant.law.pointers import resolve, validate_pattern
from assistant.law.registry import Context, Hit, predicate


class SubstanceParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """`substances`: what the complaint may rest on for the rule; `flag`: the triage answer
    (a boolean field) that says so; `only`: fire when it rests only on them (True) or when it
    raises them beside a question of law (False)."""

    substances: list[ArgumentSubstance]
    flag: str
    only: bool

    def __post_init__(self) -> None:
        validate_pattern(self.flag)


def _stated(argument: GroundArgument) -> bool:
    """An argument that says something: a substance chosen, or a violation described."""
    return argument.substance is not None or bool(argument.violation.strip())


def argues_law(argument: GroundArgument) -> bool:
    """An argument about the application of law: the question cassation decides."""
    if argument.substance is ArgumentSubstance.LAW:
        return True
    return argument.substance is None and bool(argument.violation.strip())


def _flag(case: Case, ctx: Context, pointer: str) -> bool:
    return any(value is True for _, value in resolve(ctx.data, pointer))


def rests_only_on(case: Case, ctx: Context, params: SubstanceParams) -> bool:
    """No stated argument raises a question of law and one is of the given substances; with
    no argument stated, the triage answer decides."""
    stated = [a for a in case.grounds if _stated(a)]
    if stated:
        if any(argues_law(a) for a in stated):
            return False
        return any(a.substance in params.substances for a in stated)
    return _flag(case, ctx, params.flag)


def raises_any(case: Case, ctx: Context, params: SubstanceParams) -> bool:
    return _flag(case, ctx, params.flag) or any(
        a.substance in params.substances for a in case.grounds
    )


@predicate("rests_on_substance", SubstanceParams)
def rests_on_substance(case: Case, ctx: Context, params: SubstanceParams) -> Iterator[Hit]:
    """Fires when the complaint rests only on the substances (`only`), or raises them beside a
    question of law (not `only`)."""
    only = rests_only_on(case, ctx, params)
    if (params.only and only) or (not params.only and not only and raises_any(case, ctx, params)):
        yield Hit(fields=(params.flag, *_argument_fields(case, params)))


@predicate("argument_of_substance", SubstanceParams)
def argument_of_substance(case: Case, ctx: Context, params: SubstanceParams) -> Iterator[Hit]:
    """One hit per argument of the substances while the complaint does not rest only on them."""
    if rests_only_on(case, ctx, params):
        return
    for index, argument in enumerate(case.grounds):
        if argument.substance in params.substances:
            yield Hit(fields=(f"/grounds/{index}/substance",), params={"number": index + 1})


def _argument_fields(case: Case, params: SubstanceParams) -> list[str]:
    return [
        f"/grounds/{index}/substance"
        for index, argument in enumerate(case.grounds)
        if argument.substance in params.substances
    ]
