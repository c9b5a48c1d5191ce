"""Checks of attached files against the e-filing service's limits (statutes.md §15 F2).

The limits are data (`assistant/law/efiling.toml`) and UNCONFIRMED, so a problem here is a
warning with its citation, never a reason to refuse the export.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.case.model import Case
from assistant.document.pages import count_pdf_pages, is_regular_file
from assistant.i18n import N_, _
from assistant.resources import package_path

_MB = 1024 * 1024
_UNREADABLE_PDF = N_("%(name)s: the PDF cannot be read")
_PDF_PROBLEMS = {
    "encrypted": N_("%(name)s: the PDF is encrypted"),
    "empty": N_("%(name)s: the PDF has no pages"),
}


@dataclass(frozen=True)
class EfilingLimits:
    """Accepted file types and the size limit, with the status and citation of the rule."""

    accepted_types: frozenset[str]
    max_file_bytes: int
    status: str
    citation: str


@dataclass(frozen=True)
class AttachmentProblem:
    """One attached file the service may refuse, or whose pages cannot be counted."""

    file: str
    problem: str  # "missing", "type", "size", "encrypted", "unreadable", "empty"
    message: str
    status: str
    citation: str


@cache
def load_limits() -> EfilingLimits:
    """The limits from `assistant/law/efiling.toml`."""
    path = package_path("law", "efiling.toml")
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return EfilingLimits(
        accepted_types=frozenset(str(t).lower() for t in data["accepted_types"]),
        max_file_bytes=int(data["max_file_mb"]) * _MB,
        status=str(data["status"]),
        citation=str(data["citation"]),
    )


def _file_problem(path: Path, limits: EfilingLimits) -> tuple[str, str] | None:
    """The first problem of one file: (code, message), or None."""
    name = path.name
    try:
        size = path.stat().st_size if is_regular_file(path) else None
    except OSError:  # removed or made unreadable since the check above
        size = None
    if size is None:
        return "missing", _("%(name)s: the file was not found") % {"name": name}
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in limits.accepted_types:
        types = ", ".join(sorted(t.upper() for t in limits.accepted_types))
        return "type", _(
            "%(name)s: the e-filing service may not accept this type (accepted: %(types)s)"
        ) % {
            "name": name,
            "types": types,
        }
    if size > limits.max_file_bytes:
        return "size", _("%(name)s: larger than %(mb)d MB, the e-filing service may refuse it") % {
            "name": name,
            "mb": limits.max_file_bytes // _MB,
        }
    problem = count_pdf_pages(path).problem if suffix == "pdf" else ""
    if problem:
        return problem, _(_PDF_PROBLEMS.get(problem, _UNREADABLE_PDF)) % {"name": name}
    return None


def check_attachment_files(case: Case) -> list[AttachmentProblem]:
    """Problems of the user's attached files against the (UNCONFIRMED) e-filing limits."""
    limits = load_limits()
    problems: list[AttachmentProblem] = []
    for attachment in case.attachments:
        if not attachment.file:
            continue
        found = _file_problem(Path(attachment.file), limits)
        if found is not None:
            code, message = found
            problems.append(
                AttachmentProblem(attachment.file, code, message, limits.status, limits.citation)
            )
    return problems
