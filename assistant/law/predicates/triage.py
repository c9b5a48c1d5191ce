"""Triage answers weighed against the grounds actually argued (N15, N16, execution matters).

Resolution No. 1 para. 15 returns a complaint that raises *only* a milder law or an amnesty;
when a real Art. 485 argument is raised as well, the cassation court hears it and applies the
milder law itself. "Real" = an item of 485(1) with the violation described.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.model import Case
from assistant.law.registry import Context, Hit, predicate


class SubstantiveGroundParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """`present = true`: fire when a real ground is argued; false: when none is."""

    present: bool


def has_substantive_ground(case: Case) -> bool:
    """At least one ground names an item of 485(1) and says what is wrong."""
    return any(g.item is not None and g.violation.strip() for g in case.grounds)


@predicate("substantive_ground", SubstantiveGroundParams)
def substantive_ground(case: Case, ctx: Context, params: SubstantiveGroundParams) -> Iterator[Hit]:
    """Fires when a real Art. 485 argument is (or is not, per `present`) part of the complaint."""
    if has_substantive_ground(case) is params.present:
        yield Hit()
