"""The fields where the filer writes in their own words (checked for wording and personal data)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.case.drafts import PgPetitionDraft
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
    "/evidence/*/description": N_("Evidence No. %(n)s"),
    "/attachments/*/title": N_("Attachment No. %(n)s"),
    "/pg_petition/addressee": N_("Addressee in my own words"),
    "/pg_petition/scope_part": N_("Which part you contest"),
    "/pg_petition/special_grounds/*/reasons": N_("Case of Art. 485(2) No. %(n)s: why it applies"),
    "/pg_petition/grounds/*/violation": N_("Ground No. %(n)s: what is wrong"),
    "/pg_petition/grounds/*/norms": N_("Ground No. %(n)s: norms violated"),
    "/pg_petition/grounds/*/effect": N_("Ground No. %(n)s: effect on the decision"),
    "/pg_petition/request_text": N_("My request in my own words"),
}
_INDEX = re.compile(r"/(\d+)(?=/|$)")


def free_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every prose field of the document being drafted, in document
    order (the shared facts and that document's own fields)."""
    if case.kind is DocumentKind.PG_PETITION:
        yield from _petition_fields(case)
        return
    yield "/proceedings_summary", case.proceedings_summary
    yield "/filer/affected_right", case.filer.affected_right
    yield "/scope/part_description", case.scope.part_description
    for index, argument in enumerate(case.grounds):
        yield f"/grounds/{index}/violation", argument.violation
        yield f"/grounds/{index}/norms", argument.norms
        yield f"/grounds/{index}/effect", argument.effect
    yield "/request/text", case.request.text
    for index, evidence in enumerate(case.evidence):
        yield f"/evidence/{index}/description", evidence.description
    for index, attachment in enumerate(case.attachments):
        yield f"/attachments/{index}/title", attachment.title


def _petition_fields(case: Case) -> Iterator[tuple[str, str]]:
    """The prose of a petition to the Prosecutor General, as its document prints it."""
    petition = case.pg_petition or PgPetitionDraft()
    yield "/pg_petition/addressee", petition.addressee
    yield "/proceedings_summary", case.proceedings_summary
    yield "/pg_petition/scope_part", petition.scope_part
    for index, claim in enumerate(petition.special_grounds):
        yield f"/pg_petition/special_grounds/{index}/reasons", claim.reasons
    for index, argument in enumerate(petition.grounds):
        yield f"/pg_petition/grounds/{index}/violation", argument.violation
        yield f"/pg_petition/grounds/{index}/norms", argument.norms
        yield f"/pg_petition/grounds/{index}/effect", argument.effect
    for index, evidence in enumerate(case.evidence):
        yield f"/evidence/{index}/description", evidence.description
    yield "/pg_petition/request_text", petition.request_text
    for index, attachment in enumerate(case.attachments):
        yield f"/attachments/{index}/title", attachment.title


def field_label(pointer: str, language: Language) -> str:
    """The user's name of a prose field, e.g. "Ground No. 2: what is wrong"; else the pointer."""
    pattern = _INDEX.sub("/*", pointer)
    label = _LABELS.get(pattern)
    if label is None:
        return pointer
    index = _INDEX.search(pointer)
    number = int(index.group(1)) + 1 if index else 0
    return gettext_in(language, label) % {"n": number}
