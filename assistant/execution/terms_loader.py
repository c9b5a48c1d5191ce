"""The strict loader of `parole-terms.toml`, after `assistant/law/dated_params.py`.

The file has the shape of a shared law parameter (id, status, citations, note, dated
versions with their values), so it could be registered there as it is; until then it is read
here. Unknown keys, bad dates, a version that ends before it starts, overlapping versions, a
missing citation and every problem `ParoleTerms` finds in a version's values fail at once, with
the file name and the version's date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import msgspec

from assistant.execution.terms import ParoleTerms
from assistant.execution.terms_entries import ACTS_PENDING_IN_ACTS_TOML
from assistant.law.citation import Citation, known_acts
from assistant.law.rule import Status
from assistant.resources import package_path

PAROLE_TERMS_ID = "parole_terms"
PAROLE_TERMS_FILE = package_path("law", "parameters", "execution", "parole-terms.toml")


class TermsFileError(ValueError):
    """The law data cannot be used; the message names the file and the problem."""


class _Version(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    valid_from: dt.date
    valid_until: dt.date | None = None
    values: ParoleTerms


class _TermsFile(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    id: str
    status: Status
    citations: tuple[Citation, ...]
    note: str = ""
    version: tuple[_Version, ...]


@dataclass(frozen=True)
class DatedTerms:
    """One version of the law and the days it is in force (`valid_until` inclusive)."""

    valid_from: dt.date
    valid_until: dt.date | None
    terms: ParoleTerms

    def in_force_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def load_parole_terms(path: Path = PAROLE_TERMS_FILE) -> tuple[DatedTerms, ...]:
    """Every version in the file, oldest first; the first problem raises TermsFileError."""
    parsed = _parse(path)
    problems = _file_problems(parsed)
    if problems:
        raise TermsFileError(f"{path}: {problems[0]}")
    versions = sorted(parsed.version, key=lambda v: v.valid_from)
    return tuple(DatedTerms(v.valid_from, v.valid_until, v.values) for v in versions)


def _parse(path: Path) -> _TermsFile:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return msgspec.convert(raw, _TermsFile)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, msgspec.ValidationError) as exc:
        raise TermsFileError(f"{path}: {exc}") from exc


def _file_problems(parsed: _TermsFile) -> list[str]:
    """What is wrong with the file as a whole (its values were checked as they were read)."""
    problems = []
    if parsed.id != PAROLE_TERMS_ID:
        problems.append(f"the id must be {PAROLE_TERMS_ID!r}, not {parsed.id!r}")
    if not parsed.citations:
        problems.append("the file needs at least one citation")
    acts = known_acts() | ACTS_PENDING_IN_ACTS_TOML
    problems += [
        f"unknown act {act!r} in a citation"
        for act in sorted({c.act for c in parsed.citations} - acts)
    ]
    if not parsed.version:
        problems.append("no version")
    versions = sorted(parsed.version, key=lambda v: v.valid_from)
    problems += [
        f"the version of {v.valid_from} ends before it starts"
        for v in versions
        if v.valid_until is not None and v.valid_until < v.valid_from
    ]
    problems += [
        f"the versions of {later.valid_from} overlap"
        for earlier, later in itertools.pairwise(versions)
        if earlier.valid_until is None or earlier.valid_until >= later.valid_from
    ]
    return problems


@cache
def default_parole_terms() -> tuple[DatedTerms, ...]:
    """The bundled law data, read once per process."""
    return load_parole_terms()


def terms_on(versions: tuple[DatedTerms, ...], day: dt.date) -> DatedTerms | None:
    """The version in force on `day`; None before the first or after the last."""
    return next((v for v in versions if v.in_force_on(day)), None)
