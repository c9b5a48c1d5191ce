"""The appeal's part of a case: reading it safely, and starting it from what the case knows.

An appeal (CPC 414-423) is often drafted after the check of a cassation complaint found that
the act is not yet in force (rule A1). Much of what the filer wrote for that complaint is what
423(1) asks of an appeal too: the scope (item 4), the arguments and the request (item 5), the
filing channel. `prefill_appeal` copies those, so the appeal starts where the filer already is;
it copies no item of Art. 485(1) (cassation grounds) and cannot name the appellate court, which
the filer gives.
"""

from __future__ import annotations

from assistant.case.drafts import AppealArgument, AppealDraft
from assistant.case.enums import FilerStatus, Instance
from assistant.case.model import Case


def appeal_draft(case: Case) -> AppealDraft:
    """The appeal of `case`, or an empty one when the file holds none (nothing to read)."""
    return case.appeal if case.appeal is not None else AppealDraft()


def custody_term(case: Case) -> bool:
    """The filer is a convicted person held in custody, whose appeal term counts from the day a
    copy of the act was handed to them (CPC 418(1))."""
    return case.filer.status is FilerStatus.CONVICTED and case.filer.in_custody


def trial_act_index(case: Case) -> int | None:
    """The first contested act of the first instance (the first act when none says its
    instance; None without acts): the appeal is filed through the court that issued it."""
    for index, act in enumerate(case.acts):
        if act.instance is Instance.FIRST:
            return index
    return 0 if case.acts else None


def prefill_appeal(case: Case) -> None:
    """Fill the case's new appeal from the case: scope, arguments, request and filing channel."""
    draft = case.appeal
    if draft is None:
        return
    draft.scope = case.scope.kind
    draft.scope_part = case.scope.part_description
    draft.civil_claim_only = case.scope.civil_claim_only
    draft.arguments = [
        AppealArgument(violation=g.violation, norms=g.norms, effect=g.effect)
        for g in case.grounds
        if g.violation.strip() or g.norms.strip() or g.effect.strip()
    ]
    draft.request_text = case.request.text
    draft.filing.channel = case.filing.channel
