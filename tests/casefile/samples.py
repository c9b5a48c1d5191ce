"""Shared samples of the case-file tests: a realistic case, raw documents, the error helper."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.case.enums import ActKind, FilerStatus, Ground, Instance, Language, RequestKind
from assistant.case.model import (
    Case,
    ContestedAct,
    Filer,
    GroundArgument,
    Offence,
    Request,
    new_case,
)
from assistant.casefile import (
    FORMAT_VERSION,
    CaseFileError,
    ErrorKind,
)

ROOT = Path(__file__).resolve().parent.parent.parent
FAST_KDF = 2**10
NOW = dt.datetime(2026, 11, 26, 12, 30, tzinfo=dt.UTC)


def sample_case(name: str = "Әбілқасымова Гүлжан Серікқызы") -> Case:
    """A realistic case with Kazakh and Russian text, dates, enums, lists and nested structs."""
    case = new_case(Language.KK)
    case.filer = Filer(
        full_name=name,
        status=FilerStatus.CONVICTED,
        address="Алматы қ., Абай д-лы, 10",
        phones=["+7 701 000 00 00", "+7 727 000 00 00"],
        in_custody=True,
        institution="ЕЦ-166/18",
    )
    case.acts = [
        ContestedAct(
            kind=ActKind.VERDICT,
            instance=Instance.FIRST,
            court="Алматы қаласы Медеу аудандық сотының",
            date=dt.date(2026, 3, 2),
            case_number="7511-26-00-1/123",
            in_force=True,
            entered_into_force=dt.date(2026, 5, 20),
            copy_attached=True,
            copy_pages=12,
        )
    ]
    case.offences = [Offence(article="188", part="2", max_imprisonment_years=5.0)]
    case.grounds = [GroundArgument(item=Ground.WRONG_QUALIFICATION, violation="Квалификация")]
    case.request = Request(kinds=[RequestKind.REQUALIFY], text="Переквалифицировать")
    return case


def expect_error(kind: ErrorKind, action: Callable[[], object]) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        action()
    assert caught.value.kind is kind, caught.value
    return caught.value


def document_bytes(case: object, version: int = FORMAT_VERSION, **extra: object) -> bytes:
    document = {"format": "kassatsiya-case", "version": version, "case": case, **extra}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")
