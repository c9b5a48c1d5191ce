"""The fields where the filer writes in their own words (checked for wording and personal data).

They are the fields of the document being drafted (`case.kind`): the shared facts every
document prints (the proceedings, the affected right, evidence, attachments) and that
document's own prose, the cassation complaint's at the top of the case, an appeal's in
`case.appeal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.case.appeal import appeal_draft
from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.i18n import N_, gettext_in

# The label of each prose field, as the user knows it; `%(n)s` is the 1-based item number.
_LABELS = {
    "/proceedings_summary": N_("The proceedings so far"),
    "/filer/affected_right": N_("Which of your rights the act affects"),
    "/scope/part_description": N_("Which part you contest"),
    "/grounds/*/violation": N_("Ground No. %(n)s: what is wrong"),
    "/grounds/*/norms": N_("Ground No. %(n)s: norms violated"),
    "/grounds/*/effect": N_("Ground No. %(n)s: effect on the decision"),
    "/request/text": N_("My request in my own words"),
    "/appeal/scope_part": N_("Which part you contest"),
    "/appeal/arguments/*/violation": N_("Argument No. %(n)s: what is wrong"),
    "/appeal/arguments/*/norms": N_("Argument No. %(n)s: norms violated"),
    "/appeal/arguments/*/effect": N_("Argument No. %(n)s: effect on the decision"),
    "/appeal/restore_reason": N_("Why the appeal term was missed"),
    "/appeal/request_text": N_("My request in my own words"),
    "/evidence/*/description": N_("Evidence No. %(n)s"),
    "/attachments/*/title": N_("Attachment No. %(n)s"),
}
_INDEX = re.compile(r"/(\d+)(?=/|$)")


def free_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every prose field of the complaint, in document order."""
    yield "/proceedings_summary", case.proceedings_summary
    yield "/filer/affected_right", case.filer.affected_right
    if case.kind is DocumentKind.APPEAL:
        yield from _appeal_fields(case)
    else:
        yield from _cassation_fields(case)
    for index, evidence in enumerate(case.evidence):
        yield f"/evidence/{index}/description", evidence.description
    for index, attachment in enumerate(case.attachments):
        yield f"/attachments/{index}/title", attachment.title


def _cassation_fields(case: Case) -> Iterator[tuple[str, str]]:
    yield "/scope/part_description", case.scope.part_description
    for index, argument in enumerate(case.grounds):
        yield f"/grounds/{index}/violation", argument.violation
        yield f"/grounds/{index}/norms", argument.norms
        yield f"/grounds/{index}/effect", argument.effect
    yield "/request/text", case.request.text


def _appeal_fields(case: Case) -> Iterator[tuple[str, str]]:
    appeal = appeal_draft(case)
    yield "/appeal/scope_part", appeal.scope_part
    for index, argument in enumerate(appeal.arguments):
        yield f"/appeal/arguments/{index}/violation", argument.violation
        yield f"/appeal/arguments/{index}/norms", argument.norms
        yield f"/appeal/arguments/{index}/effect", argument.effect
    yield "/appeal/restore_reason", appeal.restore_reason
    yield "/appeal/request_text", appeal.request_text


def field_label(pointer: str, language: Language) -> str:
    """The user's name of a prose field, e.g. "Ground No. 2: what is wrong"; else the pointer."""
    pattern = _INDEX.sub("/*", pointer)
    label = _LABELS.get(pattern)
    if label is None:
        return pointer
    index = _INDEX.search(pointer)
    number = int(index.group(1)) + 1 if index else 0
    return gettext_in(language, label) % {"n": number}
