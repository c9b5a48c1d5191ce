"""What CPC 487 judges for the document being drafted: its request, grounds and filing date.

The one-year term of 487(2) limits a cassation complaint and a protest alike. For the complaint
the request, the grounds and the filing date are the case's own fields. A petition to the
Prosecutor General asks for a protest: what that protest would ask, on which items of 485(1),
is the petition's, and the day the petition is filed is the earliest the protest can follow.
`judged_case` gives the engine a copy of the case with those facts in the complaint's places,
so `worsening.judge` and `deadline_report` serve every document as they are; the findings still
point into the real case.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from assistant.case.enums import DocumentKind
from assistant.case.model import Case, Filing, GroundArgument, Request
from assistant.case.pg_petition import petition_of


def protest_asked_for(case: Case) -> Case:
    """The case as the protest a petition asks for would put it to the cassation court."""
    petition = petition_of(case)
    return msgspec.structs.replace(
        case,
        request=Request(
            kinds=list(petition.request_kinds),
            text=petition.request_text,
            direction=petition.direction,
        ),
        grounds=[
            GroundArgument(item=g.item, violation=g.violation, norms=g.norms, effect=g.effect)
            for g in petition.grounds
        ],
        filing=Filing(date=petition.filing.date, channel=petition.filing.channel),
    )


_JUDGED: dict[DocumentKind, Callable[[Case], Case]] = {
    DocumentKind.PG_PETITION: protest_asked_for,
}


def judged_case(case: Case) -> Case:
    """The facts CPC 487 judges for `case.kind`: the case itself for the cassation complaint."""
    view = _JUDGED.get(case.kind)
    return case if view is None else view(case)
