"""The fields where the filer writes in their own words (checked for wording and personal data).

Each document prints its own prose (the complaint's arguments, the petition's, the
application's circumstance) beside the shared facts, so each kind lists its fields in the order
it prints them; the loader's bounds cover every prose field the file holds, whichever document
is being drafted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assistant.case.appeal import appeal_draft
from assistant.case.drafts import NewCircumstancesDraft, PgPetitionDraft
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
    "/appeal/scope_part": N_("Which part you contest"),
    "/appeal/arguments/*/violation": N_("Argument No. %(n)s: what is wrong"),
    "/appeal/arguments/*/norms": N_("Argument No. %(n)s: norms violated"),
    "/appeal/arguments/*/effect": N_("Argument No. %(n)s: effect on the decision"),
    "/appeal/restore_reason": N_("Why the appeal term was missed"),
    "/appeal/request_text": N_("My request in my own words"),
    "/new_circumstances/addressee": N_("Addressee in my own words"),
    "/new_circumstances/circumstance": N_("The newly discovered circumstance"),
    "/new_circumstances/request_text": N_("My request in my own words"),
}
_INDEX = re.compile(r"/(\d+)(?=/|$)")


def free_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every prose field of the document being drafted, in document
    order (the shared facts and that document's own fields)."""
    yield from _DOCUMENT_FIELDS.get(case.kind, _complaint_fields)(case)


def all_prose_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every prose field the case file holds, of every document in it:
    what the loader bounds, whichever document is being drafted."""
    seen: set[str] = set()
    for kind, fields in _DOCUMENT_FIELDS.items():
        if kind is not DocumentKind.CASSATION and not _has_part(case, kind):
            continue
        for pointer, text in fields(case):
            if pointer not in seen:
                seen.add(pointer)
                yield pointer, text


def _has_part(case: Case, kind: DocumentKind) -> bool:
    return {
        DocumentKind.APPEAL: case.appeal,
        DocumentKind.PG_PETITION: case.pg_petition,
        DocumentKind.NEW_CIRCUMSTANCES: case.new_circumstances,
    }.get(kind) is not None


def _complaint_fields(case: Case) -> Iterator[tuple[str, str]]:
    """The cassation complaint's prose, as it prints it."""
    yield "/proceedings_summary", case.proceedings_summary
    yield "/filer/affected_right", case.filer.affected_right
    yield "/scope/part_description", case.scope.part_description
    for index, argument in enumerate(case.grounds):
        yield f"/grounds/{index}/violation", argument.violation
        yield f"/grounds/{index}/norms", argument.norms
        yield f"/grounds/{index}/effect", argument.effect
    yield "/request/text", case.request.text
    yield from _shared_lists(case)


def _shared_lists(case: Case) -> Iterator[tuple[str, str]]:
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


def _appeal_fields(case: Case) -> Iterator[tuple[str, str]]:
    """The prose of an appeal, as its document prints it."""
    appeal = appeal_draft(case)
    yield "/proceedings_summary", case.proceedings_summary
    yield "/filer/affected_right", case.filer.affected_right
    yield "/appeal/scope_part", appeal.scope_part
    for index, argument in enumerate(appeal.arguments):
        yield f"/appeal/arguments/{index}/violation", argument.violation
        yield f"/appeal/arguments/{index}/norms", argument.norms
        yield f"/appeal/arguments/{index}/effect", argument.effect
    yield "/appeal/restore_reason", appeal.restore_reason
    yield "/appeal/request_text", appeal.request_text
    yield from _shared_lists(case)


def _reopening_fields(case: Case) -> Iterator[tuple[str, str]]:
    """The prose of an application for newly discovered circumstances, as it prints it."""
    application = case.new_circumstances or NewCircumstancesDraft()
    yield "/new_circumstances/addressee", application.addressee
    yield "/proceedings_summary", case.proceedings_summary
    yield "/new_circumstances/circumstance", application.circumstance
    yield "/new_circumstances/request_text", application.request_text
    yield from _shared_lists(case)


_DOCUMENT_FIELDS: dict[DocumentKind, Callable[[Case], Iterator[tuple[str, str]]]] = {
    DocumentKind.CASSATION: _complaint_fields,
    DocumentKind.APPEAL: _appeal_fields,
    DocumentKind.PG_PETITION: _petition_fields,
    DocumentKind.NEW_CIRCUMSTANCES: _reopening_fields,
}


def label_msgid(pointer: str) -> str | None:
    """The msgid of the label of the prose field at `pointer` (a field of no list item, such
    as `/pg_petition/addressee`), for a front end that shows the field: one wording of it."""
    return _LABELS.get(pointer)


def field_label(pointer: str, language: Language) -> str:
    """The user's name of a prose field, e.g. "Ground No. 2: what is wrong"; else the pointer."""
    pattern = _INDEX.sub("/*", pointer)
    label = _LABELS.get(pattern)
    if label is None:
        return pointer
    index = _INDEX.search(pointer)
    number = int(index.group(1)) + 1 if index else 0
    return gettext_in(language, label) % {"n": number}
