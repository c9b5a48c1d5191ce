"""What the attached files are on disk, gathered once per check for the F2 rules to judge.

The rule engine never touches the disk: the front door (`assistant.session.check`) gathers
these facts and hands them in, so a rule about an attachment's size or readability judges the
same facts the window, the command line and the export all see. A PDF is read again only
when its size or modification time changes, because the window checks on every edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.case.model import Case
from assistant.document.pages import count_pdf_pages, is_regular_file


@dataclass(frozen=True)
class FileFacts:
    """One attached file as found: its size in bytes and, for a PDF, why it cannot be read."""

    size: int | None  # None: no such file
    pdf_problem: str = ""  # "", "encrypted", "unreadable" or "empty" (a PDF only)


@lru_cache(maxsize=256)
def _pdf_problem(path: str, size: int, mtime_ns: int) -> str:
    """`count_pdf_pages`' problem, remembered for this version of the file (size, mtime)."""
    return count_pdf_pages(Path(path)).problem


def facts_of(file: str) -> FileFacts:
    """The facts of one file named by the user; a name the OS refuses is a missing file."""
    path = Path(file)
    try:
        stat = path.stat() if is_regular_file(path) else None
    except OSError:  # removed or made unreadable since the check above
        stat = None
    if stat is None:
        return FileFacts(size=None)
    if path.suffix.lower() != ".pdf":
        return FileFacts(size=stat.st_size)
    return FileFacts(stat.st_size, _pdf_problem(str(path), stat.st_size, stat.st_mtime_ns))


def gather_file_facts(case: Case) -> Mapping[str, FileFacts]:
    """The facts of every file the case's attachments name, keyed by the name as written."""
    return {a.file: facts_of(a.file) for a in case.attachments if a.file.strip()}
