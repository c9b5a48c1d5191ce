"""Does the complaint ask to worsen the convicted person's position? (CPC 487; T1, T2, R3, N12)

The answer comes from what is asked, not from the direction the filer declared (statutes.md
§15.6, "Consequences decided 2026-12-04"): a request on the 487(2) list is worsening whoever
files it. The declared direction still matters where the requests alone do not tell (e.g. "quash
and send for a new trial" from a victim), and a declaration that contradicts the requests is a
finding of its own. The lists themselves are law data (`parameters/worsening-requests.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assistant.case.enums import Direction
from assistant.case.model import Case
from assistant.case.roles import on_defence_side
from assistant.law.dated_params import WorseningRequests


class Judged(StrEnum):
    """The direction the law gives the request."""

    WORSEN = "worsen"  # on the 487(2) list: the one-year term applies
    IMPROVE = "improve"  # 487(1): no term
    UNKNOWN = "unknown"  # the requests alone do not tell and no direction is declared
    CONFLICT = "conflict"  # declared worsening, but every request only improves
    NONE = "none"  # nothing is asked yet


@dataclass(frozen=True)
class Judgement:
    """The judged direction and the fields that show a worsening request."""

    judged: Judged
    declared: Direction | None
    worsening_fields: tuple[str, ...] = ()  # requests, grounds and acts on the 487(2) list
    by_content: bool = False  # worsening because of a request or ground, not only an act kind

    @property
    def term_applies(self) -> bool:
        """The one-year term of 487(2) certainly applies."""
        return self.judged is Judged.WORSEN

    @property
    def term_may_apply(self) -> bool:
        """The term applies, or might: worth computing and showing."""
        return self.judged in (Judged.WORSEN, Judged.UNKNOWN, Judged.CONFLICT)


def _worsening_fields(case: Case, policy: WorseningRequests) -> tuple[list[str], list[str]]:
    """(fields of worsening requests and grounds, fields of contested acts on the list)."""
    content = [
        f"/request/kinds/{i}"
        for i, kind in enumerate(case.request.kinds)
        if kind in policy.request_kinds
    ]
    content += [
        f"/grounds/{i}/item" for i, g in enumerate(case.grounds) if g.item in policy.grounds
    ]
    acts = [f"/acts/{i}/kind" for i, act in enumerate(case.acts) if act.kind in policy.act_kinds]
    return content, acts


def judge(case: Case, policy: WorseningRequests | None) -> Judgement:
    """The direction of the complaint's request under CPC 487 (None: no law for the date)."""
    declared = case.request.direction
    if policy is None:
        return Judgement(Judged.NONE, declared)
    content, acts = _worsening_fields(case, policy)
    if content or acts:
        return Judgement(Judged.WORSEN, declared, tuple(content + acts), by_content=bool(content))
    return _judge_without_worsening_request(case, policy)


def _judge_without_worsening_request(case: Case, policy: WorseningRequests) -> Judgement:
    """Nothing asked is on the 487(2) list: the declaration, then who files, decide."""
    declared = case.request.direction
    kinds = case.request.kinds
    improving_only = bool(kinds) and all(k in policy.improving_request_kinds for k in kinds)
    if declared is Direction.WORSEN:
        return Judgement(Judged.CONFLICT if improving_only else Judged.WORSEN, declared)
    if declared is Direction.IMPROVE:
        return Judgement(Judged.IMPROVE, declared)
    if not kinds and not case.request.text.strip():
        return Judgement(Judged.NONE, declared)
    if improving_only or on_defence_side(case):
        return Judgement(Judged.IMPROVE, declared)
    return Judgement(Judged.UNKNOWN, declared)
