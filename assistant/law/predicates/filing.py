"""Attached-file predicates (row F2): what the Judicial office e-filing service may refuse.

The limits are the `[check.params]` of the F2 rule files, dated with them and UNCONFIRMED
there, so these rules only warn. A file's name is judged from the case; its size and whether
a PDF opens are judged from the facts the front door gathered (`Context.files`): without them
those rules stay silent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from typing import Literal

import msgspec

from assistant.case.model import Case
from assistant.law.file_facts import FileFacts
from assistant.law.registry import Context, Hit, predicate


class AcceptedTypes(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """File name extensions the service takes, lower case without the dot."""

    accepted_types: list[str]


class SizeLimit(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The largest file the service takes, in megabytes (1 MB = 1,048,576 bytes)."""

    max_file_mb: int


class FileProblem(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Which problem of a named file the rule reports."""

    problem: Literal["missing", "encrypted", "unreadable", "empty"]


_MB = 1024 * 1024


def _named_files(case: Case) -> Iterator[tuple[int, str]]:
    for index, attachment in enumerate(case.attachments):
        if attachment.file.strip():
            yield index, attachment.file


def _hit(index: int, file: str, **params: object) -> Hit:
    name = PurePath(file).name or file
    return Hit(
        fields=(f"/attachments/{index}/file",), params={"number": index + 1, "name": name, **params}
    )


@predicate("efiling_unaccepted_type", AcceptedTypes)
def efiling_unaccepted_type(case: Case, ctx: Context, params: AcceptedTypes) -> Iterator[Hit]:
    """One hit per attached file whose extension is not among the accepted types."""
    accepted = {t.lower() for t in params.accepted_types}
    for index, file in _named_files(case):
        if PurePath(file).suffix.lower().lstrip(".") not in accepted:
            yield _hit(index, file, types=", ".join(sorted(accepted)).upper())


@predicate("efiling_too_large", SizeLimit)
def efiling_too_large(case: Case, ctx: Context, params: SizeLimit) -> Iterator[Hit]:
    """One hit per attached file found larger than the limit."""
    for index, file in _named_files(case):
        facts = _facts(ctx, file)
        if facts is not None and facts.size is not None and facts.size > params.max_file_mb * _MB:
            yield _hit(index, file, mb=params.max_file_mb)


@predicate("attached_file_problem", FileProblem)
def attached_file_problem(case: Case, ctx: Context, params: FileProblem) -> Iterator[Hit]:
    """One hit per attached file that is not there, or is a PDF that cannot be opened."""
    for index, file in _named_files(case):
        facts = _facts(ctx, file)
        if facts is None:
            continue
        found = "missing" if facts.size is None else facts.pdf_problem
        if found == params.problem:
            yield _hit(index, file)


def _facts(ctx: Context, file: str) -> FileFacts | None:
    return ctx.files.get(file) if ctx.files is not None else None
