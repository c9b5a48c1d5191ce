"""Older case files still open: every version's migration step, typed texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import msgspec
import pytest

from assistant.case.model import (
    Case,
    ContestedAct,
    Signature,
)
from assistant.casefile import (
    FORMAT_VERSION,
    ErrorKind,
    load_case,
    loads_case,
    save_case,
)
from assistant.casefile.format import MIGRATIONS
from tests.casefile.samples import ROOT, document_bytes, expect_error, sample_case


def test_every_old_version_has_a_migration_step() -> None:
    assert set(MIGRATIONS) == set(range(min(MIGRATIONS), FORMAT_VERSION))


def test_version_0_single_phone_becomes_a_list(tmp_path: Path) -> None:
    path = tmp_path / "old.kassatsiya"
    old = {"filer": {"full_name": "Иванов И. И.", "phone": " +7 701 111 22 33 "}}
    path.write_bytes(document_bytes(old, version=0))
    case = load_case(path)
    assert case.filer.phones == ["+7 701 111 22 33"]
    assert case.filer.full_name == "Иванов И. И."
    save_case(case, path)  # saving writes the current version
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == FORMAT_VERSION
    assert json.loads(path.read_text(encoding="utf-8"))["case"]["filer"]["phones"] == [
        "+7 701 111 22 33"
    ]


def test_version_0_edge_cases() -> None:
    assert loads_case(document_bytes({"filer": {"phone": ""}}, version=0)).filer.phones == []
    assert loads_case(document_bytes({}, version=0)) == Case()
    error = expect_error(
        ErrorKind.WRONG_TYPE, lambda: loads_case(document_bytes({"filer": {"phone": 7}}, version=0))
    )
    assert error.pointer == "/filer/phone"
    expect_error(ErrorKind.DAMAGED, lambda: loads_case(document_bytes({}, version=0, extra=1)))


def test_version_1_advocate_licence_becomes_the_certificate(tmp_path: Path) -> None:
    """Version 1 called the defender's field a licence; version 2 keeps the same text as the
    advocate's certificate (CPC 68(8)), and a version 1 file of the released app opens."""
    path = tmp_path / "v1.kassatsiya"
    old = {"filer": {"status": "defender", "advocate_licence": "№ 0012345"}}
    path.write_bytes(document_bytes(old, version=1))
    case = load_case(path)
    assert case.filer.advocate_certificate == "№ 0012345"
    save_case(case, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == FORMAT_VERSION
    assert "advocate_licence" not in saved["case"]["filer"]


@pytest.mark.parametrize("name", ["ready-kk", "return-489-1-2-kk", "worsening-late-kk"])
def test_version_1_files_of_the_released_app_still_open(name: str) -> None:
    """Examples as the previous release wrote them (tests/data/version1/) load unchanged."""
    data = (ROOT / "tests" / "data" / "version1" / f"{name}.kassatsiya").read_bytes()
    assert json.loads(data)["version"] == 1
    case = loads_case(data)
    old_filer = json.loads(data)["case"]["filer"]
    assert case.filer.advocate_certificate == old_filer["advocate_licence"]
    assert case.filer.full_name == old_filer["full_name"]


@pytest.mark.parametrize("name", ["ready-ru", "missing-copies-ru", "no-ground-item-kk"])
def test_version_2_files_of_the_released_app_still_open(name: str) -> None:
    """Examples as version 2 wrote them (tests/data/version2/) open with no typed texts, and
    hold what the current examples hold."""
    data = (ROOT / "tests" / "data" / "version2" / f"{name}.kassatsiya").read_bytes()
    assert json.loads(data)["version"] == 2
    assert "typed_texts" not in json.loads(data)["case"]
    case = loads_case(data)
    assert case.typed_texts == {}
    assert case == load_case(ROOT / "examples" / f"{name}.kassatsiya")


def test_a_typed_text_survives_saving_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "typed.kassatsiya"
    case = sample_case()
    case.acts = [ContestedAct(court="Суд"), ContestedAct(court="Апелляция")]
    case.typed_texts = {"/acts/1/date": "31.02.2026", "/filing/date": "завтра"}
    save_case(case, path)
    assert load_case(path).typed_texts == {"/acts/1/date": "31.02.2026", "/filing/date": "завтра"}


@pytest.mark.parametrize(
    ("typed", "pointer"),
    [
        ({"/filer/full_name": "x"}, "/typed_texts/~1filer~1full_name"),  # not a date or number
        ({"/acts/5/date": "31.02.2026"}, "/typed_texts/~1acts~15~1date"),  # no such act
        ({"/signature/date": " "}, "/typed_texts/~1signature~1date"),  # nothing typed
        ({"nowhere": "1"}, "/typed_texts/nowhere"),  # not a pointer
    ],
)
def test_a_typed_text_must_stand_for_an_empty_date_or_number(
    typed: dict[str, str], pointer: str
) -> None:
    case = msgspec.to_builtins(Case(acts=[ContestedAct()]))
    case["typed_texts"] = typed
    error = expect_error(ErrorKind.WRONG_TYPE, lambda: loads_case(document_bytes(case)))
    assert error.pointer == pointer


def test_a_typed_text_beside_a_value_is_refused() -> None:
    case = msgspec.to_builtins(Case(signature=Signature(date=dt.date(2026, 11, 26))))
    case["typed_texts"] = {"/signature/date": "26.11.2026"}
    error = expect_error(ErrorKind.WRONG_TYPE, lambda: loads_case(document_bytes(case)))
    assert error.pointer == "/typed_texts/~1signature~1date"
