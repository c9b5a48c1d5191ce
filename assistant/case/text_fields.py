"""The fields where the filer writes in their own words (checked for wording and personal data).

Each document prints its own prose (the complaint's arguments, the petition's, the
application's circumstance) beside the shared facts, so each kind lists its fields in the order
it prints them; the loader's bounds cover every prose field the file holds, whichever document
is being drafted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from assistant.case.appeal import appeal_draft
from assistant.case.drafts import ExecutionPetitionDraft, NewCircumstancesDraft, PgPetitionDraft
from assistant.case.enums import DocumentKind
from assistant.case.model import Case


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
        DocumentKind.EXECUTION_PETITION: case.execution_petition,
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


def _execution_fields(case: Case) -> Iterator[tuple[str, str]]:
    """The prose of a petition to the court at the place of execution, as it prints it."""
    petition = case.execution_petition or ExecutionPetitionDraft()
    yield "/execution_petition/addressee", petition.addressee
    yield "/execution_petition/institution", petition.institution
    yield "/execution_petition/sentence_changes", petition.sentence_changes
    yield "/execution_petition/damage_reasons", petition.damage_reasons
    yield "/execution_petition/conduct", petition.conduct
    yield "/execution_petition/residence_after_release", petition.residence_after_release
    yield "/execution_petition/employment_after_release", petition.employment_after_release
    yield "/execution_petition/request_text", petition.request_text
    yield "/execution_petition/additional_punishment", petition.additional_punishment
    for index, attachment in enumerate(case.attachments):
        yield f"/attachments/{index}/title", attachment.title


_DOCUMENT_FIELDS: dict[DocumentKind, Callable[[Case], Iterator[tuple[str, str]]]] = {
    DocumentKind.CASSATION: _complaint_fields,
    DocumentKind.APPEAL: _appeal_fields,
    DocumentKind.PG_PETITION: _petition_fields,
    DocumentKind.NEW_CIRCUMSTANCES: _reopening_fields,
    DocumentKind.EXECUTION_PETITION: _execution_fields,
}
