"""Where an export may write: never over the case itself, never over any Kassatsiya file, and
never one file for two outputs.

`kassatsiya export case.kassatsiya --pdf case.kassatsiya` used to replace the case with a PDF,
without a warning or a backup. Every target is checked before anything is rendered, and again
just before it is replaced (`assistant.write_errors.write_export`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from assistant.case.enums import Language
from assistant.casefile.errors import MAX_FILE_BYTES
from assistant.casefile.format import is_case_file, looks_like_case_file
from assistant.casefile.recovery import RECOVERY_MAGIC
from assistant.i18n import N_, gettext_in
from assistant.regular_file import open_regular

_SNIFF_BYTES = 1024
_JSON_START = (b"{", b"\xef\xbb\xbf", b" ", b"\t", b"\r", b"\n")


class Refusal(StrEnum):
    """Why a target was refused."""

    THE_CASE = "the_case"
    A_CASE = "a_case"
    TWICE = "twice"


_MESSAGES = {
    Refusal.THE_CASE: N_(
        "%(path)s is the case file itself. Nothing was written: choose another name for the "
        "exported complaint."
    ),
    Refusal.A_CASE: N_(
        "%(path)s is a Kassatsiya case file, and writing the complaint over it would destroy "
        "that case. Nothing was written: choose another name."
    ),
    Refusal.TWICE: N_(
        "%(path)s was given for two exported files. Nothing was written: give each file its "
        "own name."
    ),
}


class ExportTargetError(Exception):
    """An export target was refused; `message(language)` says why and what to do."""

    def __init__(self, path: Path, refusal: Refusal) -> None:
        self.path = path
        self.refusal = refusal
        super().__init__(f"{refusal.value}: {path}")

    def message(self, language: Language) -> str:
        return gettext_in(language, _MESSAGES[self.refusal]) % {"path": self.path}


def holds_a_case(path: Path) -> bool:
    """True when an ordinary file at `path` is a Kassatsiya case, plain or protected, its
    backup or a recovery file; reads only its first bytes unless they look like JSON."""
    try:
        with open_regular(path) as file:
            head = file.read(_SNIFF_BYTES)
            if looks_like_case_file(head) or head.startswith(RECOVERY_MAGIC):
                return True
            if not head.startswith(_JSON_START):  # a PDF, a DOCX (ZIP), text: not a case
                return False
            data = head + file.read(MAX_FILE_BYTES - len(head))
    except (OSError, ValueError):
        return False  # nothing readable there: nothing to lose
    return is_case_file(data)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return _key(first) == _key(second)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def refuse_case_targets(targets: Sequence[Path], case_file: Path | None = None) -> None:
    """Raise ExportTargetError for the first target that is the case file, holds a case, or
    is named twice; `case_file` is where the case was opened from (None if never saved)."""
    seen: list[Path] = []
    for target in targets:
        if case_file is not None and _same_file(target, case_file):
            raise ExportTargetError(target, Refusal.THE_CASE)
        if holds_a_case(target):
            raise ExportTargetError(target, Refusal.A_CASE)
        if any(_same_file(target, earlier) for earlier in seen):
            raise ExportTargetError(target, Refusal.TWICE)
        seen.append(target)
