"""The fields where the filer writes in their own words (checked for wording and personal data)."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.case.model import Case


def free_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every prose field of the complaint, in document order."""
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
