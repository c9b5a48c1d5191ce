"""The plain case file: round trip, every error kind and its message, migration, backup, refusal
to overwrite a stranger's file, failures while writing, schema, recovery, and fuzzing."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.case.enums import ActKind, FilerStatus, Ground, Instance, Language, RequestKind
from assistant.case.model import (
    Case,
    ContestedAct,
    Filer,
    GroundArgument,
    Offence,
    Request,
    Signature,
    new_case,
)
from assistant.casefile import (
    FORMAT_VERSION,
    CaseFileError,
    ErrorKind,
    RecoveryStore,
    case_file_schema,
    load,
    load_case,
    loads_case,
    save_case,
)
from assistant.casefile.crypto import KeyCache
from assistant.casefile.errors import MAX_FILE_BYTES
from assistant.casefile.format import MIGRATIONS, encode_document, is_case_file
from assistant.casefile.pointer import pointer_from_path, split_validation_message
from assistant.casefile.save import backup_path
from assistant.casefile.schema import case_file_schema_text

ROOT = Path(__file__).resolve().parent.parent
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


def _expect(kind: ErrorKind, action: Callable[[], object]) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        action()
    assert caught.value.kind is kind, caught.value
    return caught.value


def _document(case: object, version: int = FORMAT_VERSION, **extra: object) -> bytes:
    document = {"format": "kassatsiya-case", "version": version, "case": case, **extra}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# --- round trip and layout -------------------------------------------------------------------


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    case = sample_case()
    path = tmp_path / "дело.kassatsiya"
    save_case(case, path)
    assert load_case(path) == case
    assert load_case(str(path)) == case


def test_plain_file_is_readable_utf8_json_with_envelope_first(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "kassatsiya-case",\n  "version": 3,\n  "case": {')
    assert "Әбілқасымова" in text  # not \u-escaped
    assert text.endswith("}\n")
    document = json.loads(text)
    assert document["version"] == FORMAT_VERSION
    assert document["case"]["acts"][0]["date"] == "2026-03-02"


@given(name=st.text(st.characters(codec="utf-8"), max_size=200))
@settings(max_examples=60, deadline=None)
def test_any_valid_text_round_trips(name: str) -> None:
    case = sample_case(name)
    assert loads_case(encode_document(case)) == case


def test_new_file_is_private_to_its_owner(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX permission bits")
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_saving_through_a_symlink_replaces_the_target_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.kassatsiya"
    link = tmp_path / "link.kassatsiya"
    save_case(new_case(Language.RU), real)
    link.symlink_to(real)
    save_case(sample_case(), link)
    assert link.is_symlink()
    assert load_case(real) == sample_case()


def test_utf8_bom_written_by_an_editor_is_accepted() -> None:
    case = sample_case()
    assert loads_case(b"\xef\xbb\xbf" + encode_document(case)) == case


# --- every error kind, each with a message in every language ---------------------------------


def _not_found(tmp_path: Path) -> CaseFileError:
    return _expect(ErrorKind.NOT_FOUND, lambda: load_case(tmp_path / "missing.kassatsiya"))


def _too_large(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "huge.kassatsiya"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no 100 MB written
    return _expect(ErrorKind.TOO_LARGE, lambda: load_case(path))


def _folder(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "cases.kassatsiya"
    path.mkdir()
    return _expect(ErrorKind.FOLDER, lambda: load_case(path))


def _not_ours(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "letter.txt"
    path.write_text("Dear court,", encoding="utf-8")
    return _expect(ErrorKind.NOT_OURS, lambda: load_case(path))


def _damaged(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "cut.kassatsiya"
    path.write_bytes(encode_document(sample_case())[:300])
    return _expect(ErrorKind.DAMAGED, lambda: load_case(path))


def _newer(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "future.kassatsiya"
    path.write_bytes(_document({"hologram": True}, version=FORMAT_VERSION + 1))
    error = _expect(ErrorKind.NEWER_VERSION, lambda: load_case(path))
    assert error.version == FORMAT_VERSION + 1
    return error


def _wrong_type(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "typo.kassatsiya"
    path.write_bytes(_document({"acts": [{}, {"date": "2026-02-30"}]}))
    error = _expect(ErrorKind.WRONG_TYPE, lambda: load_case(path))
    assert error.pointer == "/acts/1/date"
    return error


def _duplicate_key(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "twice.kassatsiya"
    text = encode_document(sample_case()).decode("utf-8")
    path.write_text(text.replace('"iin": ""', '"iin": "", "iin": "900101300123"'), "utf-8")
    error = _expect(ErrorKind.DUPLICATE_KEY, lambda: load_case(path))
    assert error.pointer == "/case/filer/iin"
    return error


def _protected(tmp_path: Path) -> Path:
    path = tmp_path / "locked.kassatsiya"
    save_case(sample_case(), path, passphrase="құпия сөз", kdf_n=FAST_KDF)
    return path


def _needs_passphrase(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    return _expect(ErrorKind.NEEDS_PASSPHRASE, lambda: load_case(path))


def _wrong_passphrase(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    return _expect(ErrorKind.WRONG_PASSPHRASE, lambda: load_case(path, "құпия соз"))


def _tampered(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    return _expect(ErrorKind.TAMPERED, lambda: load_case(path, "құпия сөз"))


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseFileError:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)  # root ignores permission bits: the OS says no here
        error = _expect(ErrorKind.UNREADABLE, lambda: load_case(path))
    assert error.os_errno == errno.EACCES
    return error


def _unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseFileError:
    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", disk_full)
        return _expect(
            ErrorKind.UNWRITABLE, lambda: save_case(sample_case(), tmp_path / "c.kassatsiya")
        )


def test_every_error_kind_has_a_message_in_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    makers: dict[ErrorKind, Callable[[Path], CaseFileError]] = {
        ErrorKind.NOT_FOUND: _not_found,
        ErrorKind.FOLDER: _folder,
        ErrorKind.TOO_LARGE: _too_large,
        ErrorKind.NOT_OURS: _not_ours,
        ErrorKind.DAMAGED: _damaged,
        ErrorKind.NEWER_VERSION: _newer,
        ErrorKind.WRONG_TYPE: _wrong_type,
        ErrorKind.DUPLICATE_KEY: _duplicate_key,
        ErrorKind.NEEDS_PASSPHRASE: _needs_passphrase,
        ErrorKind.WRONG_PASSPHRASE: _wrong_passphrase,
        ErrorKind.TAMPERED: _tampered,
        ErrorKind.UNREADABLE: lambda p: _unreadable(p, monkeypatch),
        ErrorKind.UNWRITABLE: lambda p: _unwritable(p, monkeypatch),
    }
    assert set(makers) == set(ErrorKind)
    for kind, make in makers.items():
        folder = tmp_path / kind.value
        folder.mkdir()
        error = make(folder)
        assert error.path is not None and error.path.parent == folder
        for language in Language:
            message = error.message(language)
            assert message.strip(), (kind, language)
            assert "%(" not in message
        english = error.message(Language.EN)
        if kind is ErrorKind.NEWER_VERSION:
            assert str(FORMAT_VERSION + 1) in english
        else:
            assert str(error.path) in english
        if kind is ErrorKind.WRONG_TYPE:
            assert "/acts/1/date" in english
        if kind is ErrorKind.DUPLICATE_KEY:
            assert "/case/filer/iin" in english


def test_newer_version_message_is_the_agreed_sentence() -> None:
    error = _expect(ErrorKind.NEWER_VERSION, lambda: loads_case(_document({}, version=7)))
    assert error.message(Language.EN) == (
        "This file was made by a newer version of Kassatsiya (format 7). Install the newer "
        "version to open it; the file has not been changed."
    )


def test_too_large_is_refused_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.kassatsiya"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(load, "open_regular", no_reading)
    _expect(ErrorKind.TOO_LARGE, lambda: load_case(path))
    _expect(ErrorKind.TOO_LARGE, lambda: loads_case(b" " * (MAX_FILE_BYTES + 1)))


def test_a_folder_or_a_missing_parent_is_not_a_case_file(tmp_path: Path) -> None:
    error = _expect(ErrorKind.FOLDER, lambda: load_case(tmp_path))
    assert error.message(Language.EN) == (
        f"{tmp_path} is a folder, not a file. Choose the case file (.kassatsiya) inside it."
    )
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _expect(ErrorKind.NOT_FOUND, lambda: load_case(blocker / "case.kassatsiya"))


@pytest.mark.parametrize(
    ("name", "data", "told"),
    [
        ("empty.kassatsiya", b"", "(the file is empty), so it was not opened."),
        ("blank.kassatsiya", b" \n\t", "(the file is empty), so it was not opened."),
        ("garbage.kassatsiya", b"\x00\x9f\xffnot json", "(its contents are not in the"),
        ("other.kassatsiya", b'{"format": "x"}', "(it holds data of another program)"),
        ("list.kassatsiya", b"[1, 2]", "(it holds data of another program)"),
        ("complaint.pdf", b"%PDF-1.4\n...", "(it is a PDF document)"),
        ("complaint.docx", b"PK\x03\x04 word", "(it is a Word document or another archive)"),
    ],
)
def test_a_file_that_is_not_ours_is_told_what_it_seems_to_be(
    tmp_path: Path, name: str, data: bytes, told: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    message = _expect(ErrorKind.NOT_OURS, lambda: load_case(path)).message(Language.EN)
    assert message.startswith(f"The file {path} is not a Kassatsiya case file ")
    assert told in message
    # the extension is named only where it is not already the right one
    assert ("Case files have the .kassatsiya extension." in message) is (
        not name.endswith(".kassatsiya")
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", ErrorKind.NOT_OURS),
        (b"PK\x03\x04 a zip", ErrorKind.NOT_OURS),
        (b"[1, 2, 3]", ErrorKind.NOT_OURS),
        (b'{"format": "someone-else", "version": 1}', ErrorKind.NOT_OURS),
        (b'{"version": 1, "case": {}}', ErrorKind.NOT_OURS),
        (b'{"format": "kassatsiya-case", "version": "1", "case": {}}', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": true, "case": {}}', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": -1, "case": {}}', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": 1}', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": 1, "case": {}, "x": 1}', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": 1, "case": {', ErrorKind.DAMAGED),
        (b'{"format": "kassatsiya-case", "version": 1, "case": null}', ErrorKind.WRONG_TYPE),
    ],
)
def test_envelope_problems_are_classified(data: bytes, kind: ErrorKind) -> None:
    _expect(kind, lambda: loads_case(data))


@pytest.mark.parametrize(
    ("case", "pointer"),
    [
        ({"acts": [{"date": "2026-02-30"}]}, "/acts/0/date"),
        ({"acts": [{"date": "99999-01-01"}]}, "/acts/0/date"),
        ({"acts": [{"date": "0000-00-00"}]}, "/acts/0/date"),
        ({"acts": [{"date": 20260101}]}, "/acts/0/date"),
        ({"filing": {"date": "26.11.2026"}}, "/filing/date"),
        ({"filer": {"phones": "+7 701"}}, "/filer/phones"),
        ({"filer": {"ful_name": "typo"}}, "/filer/ful_name"),
        ({"filer": {"status": "judge"}}, "/filer/status"),
        ({"acts": [{"copy_pages": 1.5}]}, "/acts/0/copy_pages"),
        ({"grounds": [{"item": 9}]}, "/grounds/0/item"),
        ({"video_link": "yes"}, "/video_link"),
        ([], ""),
    ],
)
def test_wrong_values_name_their_field_as_a_json_pointer(case: object, pointer: str) -> None:
    error = _expect(ErrorKind.WRONG_TYPE, lambda: loads_case(_document(case)))
    assert error.pointer == pointer


def test_validation_paths_become_json_pointers() -> None:
    assert pointer_from_path("$.acts[0].date") == "/acts/0/date"
    assert pointer_from_path("$") == ""
    assert split_validation_message("Object contains unknown field `a/b~` - at `$.filer`") == (
        "/filer/a~1b~0",
        "Object contains unknown field `a/b~`",
    )
    assert split_validation_message("Expected `object`, got `int`") == (
        "",
        "Expected `object`, got `int`",
    )


@pytest.mark.parametrize(
    "case",
    [
        {"filer": {"status": "Сериков Марат"}},
        {"grounds": [{"item": "Сериков Марат"}]},
        {"acts": [{"date": "Сериков Марат"}]},
        {"filer": {"full_name": ["Сериков Марат"]}},
    ],
)
def test_error_text_for_logs_holds_no_case_content(case: object) -> None:
    error = _expect(ErrorKind.WRONG_TYPE, lambda: loads_case(_document(case)))
    assert "Сериков" not in str(error)
    assert all("Сериков" not in error.message(language) for language in Language)


def test_text_that_could_never_be_saved_again_is_refused() -> None:
    data = _document({"filer": {"full_name": "SURROGATE"}}).replace(b"SURROGATE", b"\\ud800")
    _expect(ErrorKind.DAMAGED, lambda: loads_case(data))
    invalid_utf8 = _document({"filer": {"full_name": "X"}}).replace(b'"X"', b'"\xff"')
    _expect(ErrorKind.DAMAGED, lambda: loads_case(invalid_utf8))


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    head = b'{"format": "kassatsiya-case", "version": 1, "case": '
    for bomb in (b"[" * 200_000, b'{"a":' * 200_000, b"[" * 200_000 + b"]" * 200_000):
        with pytest.raises(CaseFileError):
            loads_case(head + bomb + b"}")
        with pytest.raises(CaseFileError):
            loads_case(bomb)


# --- fuzzing: never another exception, never a hang --------------------------------------------


@given(data=st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_give_a_case_or_a_case_file_error(data: bytes) -> None:
    with contextlib.suppress(CaseFileError):
        loads_case(data)


_VALID = encode_document(sample_case())


@given(
    position=st.integers(0, len(_VALID) - 1),
    replacement=st.binary(max_size=8),
    cut=st.integers(0, 8),
)
@settings(max_examples=400, deadline=None)
def test_mutated_valid_files_give_a_case_or_a_case_file_error(
    position: int, replacement: bytes, cut: int
) -> None:
    mutated = _VALID[:position] + replacement + _VALID[position + cut :]
    with contextlib.suppress(CaseFileError):
        loads_case(mutated)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=30,
)
_FIELD_NAMES = st.sampled_from(
    ["filer", "acts", "offences", "filing", "signature", "video_link", "request", "scope"]
)


@given(case=st.dictionaries(_FIELD_NAMES, _JSON, max_size=4))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_json_in_the_case_gives_a_case_or_wrong_type(case: dict[str, object]) -> None:
    try:
        loads_case(_document(case))
    except CaseFileError as error:
        assert error.kind is ErrorKind.WRONG_TYPE
        assert error.pointer is not None


# --- migration ---------------------------------------------------------------------------------


def test_every_old_version_has_a_migration_step() -> None:
    assert set(MIGRATIONS) == set(range(min(MIGRATIONS), FORMAT_VERSION))


def test_version_0_single_phone_becomes_a_list(tmp_path: Path) -> None:
    path = tmp_path / "old.kassatsiya"
    old = {"filer": {"full_name": "Иванов И. И.", "phone": " +7 701 111 22 33 "}}
    path.write_bytes(_document(old, version=0))
    case = load_case(path)
    assert case.filer.phones == ["+7 701 111 22 33"]
    assert case.filer.full_name == "Иванов И. И."
    save_case(case, path)  # saving writes the current version
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == FORMAT_VERSION
    assert json.loads(path.read_text(encoding="utf-8"))["case"]["filer"]["phones"] == [
        "+7 701 111 22 33"
    ]


def test_version_0_edge_cases() -> None:
    assert loads_case(_document({"filer": {"phone": ""}}, version=0)).filer.phones == []
    assert loads_case(_document({}, version=0)) == Case()
    error = _expect(
        ErrorKind.WRONG_TYPE, lambda: loads_case(_document({"filer": {"phone": 7}}, version=0))
    )
    assert error.pointer == "/filer/phone"
    _expect(ErrorKind.DAMAGED, lambda: loads_case(_document({}, version=0, extra=1)))


def test_version_1_advocate_licence_becomes_the_certificate(tmp_path: Path) -> None:
    """Version 1 called the defender's field a licence; version 2 keeps the same text as the
    advocate's certificate (CPC 68(8)), and a version 1 file of the released app opens."""
    path = tmp_path / "v1.kassatsiya"
    old = {"filer": {"status": "defender", "advocate_licence": "№ 0012345"}}
    path.write_bytes(_document(old, version=1))
    case = load_case(path)
    assert case.filer.advocate_certificate == "№ 0012345"
    save_case(case, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == FORMAT_VERSION
    assert "advocate_licence" not in saved["case"]["filer"]


@pytest.mark.parametrize("name", ["ready-kk", "return-489-1-2-kk", "worsening-late-kk"])
def test_version_1_files_of_the_released_app_still_open(name: str) -> None:
    """Examples as the previous release wrote them (tests/data/version1/) load unchanged."""
    data = (Path(__file__).parent / "data" / "version1" / f"{name}.kassatsiya").read_bytes()
    assert json.loads(data)["version"] == 1
    case = loads_case(data)
    old_filer = json.loads(data)["case"]["filer"]
    assert case.filer.advocate_certificate == old_filer["advocate_licence"]
    assert case.filer.full_name == old_filer["full_name"]


@pytest.mark.parametrize("name", ["ready-ru", "missing-copies-ru", "no-ground-item-kk"])
def test_version_2_files_of_the_released_app_still_open(name: str) -> None:
    """Examples as version 2 wrote them (tests/data/version2/) open with no typed texts, and
    hold what the current examples hold."""
    data = (Path(__file__).parent / "data" / "version2" / f"{name}.kassatsiya").read_bytes()
    assert json.loads(data)["version"] == 2
    assert "typed_texts" not in json.loads(data)["case"]
    case = loads_case(data)
    assert case.typed_texts == {}
    assert case == load_case(Path(__file__).parent.parent / "examples" / f"{name}.kassatsiya")


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
    error = _expect(ErrorKind.WRONG_TYPE, lambda: loads_case(_document(case)))
    assert error.pointer == pointer


def test_a_typed_text_beside_a_value_is_refused() -> None:
    case = msgspec.to_builtins(Case(signature=Signature(date=dt.date(2026, 11, 26))))
    case["typed_texts"] = {"/signature/date": "26.11.2026"}
    error = _expect(ErrorKind.WRONG_TYPE, lambda: loads_case(_document(case)))
    assert error.pointer == "/typed_texts/~1signature~1date"


# --- saving: backup, refusal, failures ---------------------------------------------------------


def test_previous_version_is_kept_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    first, second = sample_case("Первая"), sample_case("Вторая")
    save_case(first, path)
    assert not (tmp_path / "case.kassatsiya.bak").exists()
    save_case(second, path)
    assert load_case(path) == second
    assert load_case(tmp_path / "case.kassatsiya.bak") == first
    save_case(first, path, keep_backup=False)
    assert load_case(tmp_path / "case.kassatsiya.bak") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.kassatsiya", "case.kassatsiya.bak"]


def test_a_foreign_file_is_never_replaced_without_force(tmp_path: Path) -> None:
    path = tmp_path / "thesis.docx"
    path.write_bytes(b"PK\x03\x04 precious work")
    error = _expect(ErrorKind.NOT_OURS, lambda: save_case(sample_case(), path))
    assert error.saving
    assert "not replaced" in error.message(Language.EN)
    assert path.read_bytes() == b"PK\x03\x04 precious work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis.docx"]
    save_case(sample_case(), path, force=True)
    assert load_case(path) == sample_case()
    assert (tmp_path / "thesis.docx.bak").read_bytes() == b"PK\x03\x04 precious work"


def test_our_damaged_file_and_an_empty_file_may_be_replaced(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.kassatsiya"
    damaged.write_bytes(encode_document(sample_case())[:100])
    assert is_case_file(damaged.read_bytes())
    save_case(sample_case(), damaged)
    assert load_case(damaged) == sample_case()
    empty = tmp_path / "empty.kassatsiya"
    empty.touch()
    save_case(sample_case(), empty)
    assert load_case(empty) == sample_case()


def test_temporaries_left_by_a_killed_save_are_removed_at_once(tmp_path: Path) -> None:
    """Abandoned temporaries go at the next save or open, whatever their age; one whose writer
    is alive (it holds the lock), an empty one just made and other names stay."""
    import fcntl

    path = tmp_path / "case.kassatsiya"
    abandoned = [
        tmp_path / ".case.kassatsiya.ab_d12gh.tmp",
        tmp_path / ".case.kassatsiya.bak.zz9yx8wv.tmp",
    ]
    being_written = tmp_path / ".case.kassatsiya.freshone.tmp"
    just_made = tmp_path / ".case.kassatsiya.emptyone.tmp"
    unrelated = [
        tmp_path / ".case.kassatsiya.notes.tmp",
        tmp_path / ".other.kassatsiya.ab_d12gh.tmp",
    ]
    for file in [*abandoned, being_written, *unrelated]:
        file.write_bytes(b"half")
    just_made.write_bytes(b"")
    writer = os.open(being_written, os.O_RDWR)
    try:
        fcntl.flock(writer, fcntl.LOCK_EX)  # as write_atomically holds it while it writes
        save_case(sample_case(), path)
        assert not any(file.exists() for file in abandoned)
        assert being_written.exists() and just_made.exists()
        assert all(file.exists() for file in unrelated)
    finally:
        os.close(writer)
    load_case(path)  # opening sweeps too, now that the writer is gone
    assert not being_written.exists()


def test_saving_onto_a_folder_is_unwritable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.kassatsiya"
    folder.mkdir()
    error = _expect(ErrorKind.UNWRITABLE, lambda: save_case(sample_case(), folder))
    assert error.os_errno == errno.EISDIR


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failed_save_leaves_the_file_and_the_folder_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, code: int
) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case("Было"), path)
    save_case(sample_case("Было"), path)
    before = _listing(tmp_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, failing, fail)
    error = _expect(ErrorKind.UNWRITABLE, lambda: save_case(sample_case("Стало"), path))
    monkeypatch.undo()
    assert error.os_errno == code
    assert _listing(tmp_path) == before  # no temporary file left, nothing changed
    for language in Language:
        assert error.message(language).strip()
    english = error.message(Language.EN)
    if code == errno.ENOSPC:
        assert "disk is full" in english
    elif code == errno.EROFS:
        assert "read-only" in english
    assert "has not been changed" in english


def test_a_read_only_folder_is_unwritable(tmp_path: Path) -> None:
    if os.name == "nt" or os.geteuid() == 0:
        pytest.skip("root (and Windows) ignore POSIX permission bits; the errno tests cover it")
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)
    tmp_path.chmod(0o555)
    try:
        _expect(ErrorKind.UNWRITABLE, lambda: save_case(sample_case("Новое"), path))
    finally:
        tmp_path.chmod(0o755)
    assert load_case(path) == sample_case()


def test_empty_passphrase_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        save_case(sample_case(), tmp_path / "c.kassatsiya", passphrase="")
    assert not list(tmp_path.iterdir())


# --- schema ------------------------------------------------------------------------------------


def test_committed_schema_equals_generated() -> None:
    committed = (ROOT / "docs" / "case-file.schema.json").read_text(encoding="utf-8")
    assert committed == case_file_schema_text(), "run: python scripts/write_schema.py"


def test_saved_files_satisfy_the_schema_and_strangers_do_not() -> None:
    schema = case_file_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    for case in (sample_case(), Case()):
        validator.validate(json.loads(encode_document(case)))
    for bad in (
        {"format": "kassatsiya-case", "version": 0, "case": {}},
        {"format": "kassatsiya-case", "version": 1, "case": {"filer": {"ful_name": ""}}},
        {"format": "kassatsiya-case", "version": 1, "case": {}, "extra": 1},
    ):
        assert not validator.is_valid(bad)


# --- recovery ----------------------------------------------------------------------------------


def test_recovery_slot_lists_loads_and_discards(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.recoverable() == []
    original = tmp_path / "case.kassatsiya"
    slot = store.slot(original)
    assert store.slot(original).file == slot.file  # stable for the same file
    slot.save(sample_case(), now=NOW)
    untitled = store.slot(None)
    untitled.save(Case(), now=NOW - dt.timedelta(minutes=5))
    (tmp_path / "recovery" / "junk.kassatsiya-recovery").write_bytes(b"not ours")
    entries = store.recoverable()
    assert [(e.original, e.saved_at, e.protected) for e in entries] == [
        (original, NOW, False),
        (None, NOW - dt.timedelta(minutes=5), False),
    ]
    assert "Әбілқасымова" not in entries[0].recovery_file.name
    assert store.load(entries[0]) == sample_case()
    assert store.load(entries[1]) == Case()
    slot.discard()
    store.discard(entries[1])
    assert store.recoverable() == []
    slot.discard()  # twice is harmless


def test_recovery_of_a_protected_case_is_encrypted(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(tmp_path / "secret.kassatsiya")
    slot.save(sample_case("Жасырынбаев Ерлан"), passphrase="pass", now=NOW, kdf_n=FAST_KDF)
    assert "Жасырынбаев".encode() not in slot.file.read_bytes()
    (entry,) = store.recoverable()
    assert entry.protected
    _expect(ErrorKind.NEEDS_PASSPHRASE, lambda: store.load(entry))
    _expect(ErrorKind.WRONG_PASSPHRASE, lambda: store.load(entry, "nope"))
    assert store.load(entry, "pass").filer.full_name == "Жасырынбаев Ерлан"


def test_recovery_failures_are_case_file_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(Case(), now=NOW)
    (entry,) = store.recoverable()
    slot.file.write_bytes(b"KASSATSIYA-RECOVERY\n{broken\n")
    _expect(ErrorKind.DAMAGED, lambda: store.load(entry))
    slot.discard()
    _expect(ErrorKind.NOT_FOUND, lambda: store.load(entry))

    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    _expect(ErrorKind.UNWRITABLE, lambda: slot.save(Case(), now=NOW))


TYPED = {"/signature/date": "31.02.2026", "/acts/0/date": "12.13.2025"}


def test_recovery_keeps_typed_texts_the_case_cannot_hold(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.slot(None).save(sample_case(), now=NOW, typed=TYPED)
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (sample_case(), TYPED)


def test_protected_typed_texts_are_encrypted_with_the_case(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(sample_case(), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED)
    assert b"31.02.2026" not in slot.file.read_bytes()
    (entry,) = store.recoverable()
    assert store.load_work(entry, "pass") == (sample_case(), TYPED)


def _protection_header(part: bytes) -> dict[str, object]:
    header: dict[str, object] = json.loads(part.split(b"\n", 2)[1])
    return header


def test_autosaving_a_protected_case_derives_its_key_once_per_passphrase(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    """Autosave runs every few seconds on the window's thread: only the first one may pay."""
    from assistant.casefile.recovery import _parts, _split

    slot = RecoveryStore(tmp_path).slot(None)
    keys: KeyCache = {}  # the open case's (ui/document.py)
    for name in ("Первый", "Второй", "Третий"):
        slot.save(
            sample_case(name), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED, keys=keys
        )
    assert len(key_derivations) == 1
    content, typed = _parts(*_split(slot.file.read_bytes()))
    case_header, typed_header = _protection_header(content), _protection_header(typed)
    assert case_header["salt"] == typed_header["salt"]
    assert case_header["nonce"] != typed_header["nonce"]  # AES-GCM: never a nonce twice
    slot.save(sample_case(), passphrase="new pass", now=NOW, kdf_n=FAST_KDF, keys={})
    assert len(key_derivations) == 2


def test_restoring_a_protected_recovery_derives_its_key_once(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    store = RecoveryStore(tmp_path)
    store.slot(None).save(sample_case(), passphrase="pass", now=NOW, kdf_n=FAST_KDF, typed=TYPED)
    key_derivations.clear()
    (entry,) = store.recoverable()
    assert store.load_work(entry, "pass") == (sample_case(), TYPED)
    assert len(key_derivations) == 1


def test_saving_a_case_opened_with_its_passphrase_reuses_the_key(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case("Первый"), path, passphrase="pass", kdf_n=FAST_KDF)
    key_derivations.clear()
    keys: KeyCache = {}
    assert load_case(path, "pass", keys=keys) == sample_case("Первый")
    assert len(key_derivations) == 1
    before = _protection_header(path.read_bytes())
    save_case(sample_case("Второй"), path, passphrase="pass", kdf_n=FAST_KDF, keys=keys)
    after = _protection_header(path.read_bytes())
    assert len(key_derivations) == 1  # neither the file nor its backup derived the key again
    assert after["salt"] == before["salt"] and after["nonce"] != before["nonce"]
    assert load_case(path, "pass") == sample_case("Второй")
    assert load_case(backup_path(path), "pass") == sample_case("Первый")


def test_a_wrong_passphrase_leaves_no_key_to_reuse(tmp_path: Path) -> None:
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF)
    keys: KeyCache = {}
    _expect(ErrorKind.WRONG_PASSPHRASE, lambda: load_case(path, "wrong", keys=keys))
    assert keys == {}
    load_case(path, "pass", keys=keys)
    assert len(keys) == 1


def test_a_cheaper_derivation_is_not_reused_for_a_dearer_save(
    tmp_path: Path, key_derivations: list[int]
) -> None:
    """A file written at a low scrypt cost (old, or made so) is saved again at the cost asked."""
    path = tmp_path / "secret.kassatsiya"
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF)
    keys: KeyCache = {}
    load_case(path, "pass", keys=keys)
    key_derivations.clear()
    save_case(sample_case(), path, passphrase="pass", kdf_n=FAST_KDF * 2, keys=keys)
    assert key_derivations == [FAST_KDF * 2]
    assert _protection_header(path.read_bytes())["n"] == FAST_KDF * 2


def test_a_version_1_recovery_file_has_no_typed_texts(tmp_path: Path) -> None:
    """Written by the previous release: metadata without `typed_bytes`, then the case file."""
    store = RecoveryStore(tmp_path)
    meta = {
        "format": "kassatsiya-recovery",
        "version": 1,
        "original": None,
        "saved_at": NOW.isoformat(),
        "protected": False,
    }
    file = tmp_path / ("untitled-1" + ".kassatsiya-recovery")
    file.write_bytes(
        b"KASSATSIYA-RECOVERY\n" + json.dumps(meta).encode() + b"\n" + encode_document(Case())
    )
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (Case(), {})


def test_damaged_typed_texts_give_none_and_a_part_longer_than_the_file_is_damage(
    tmp_path: Path,
) -> None:
    store = RecoveryStore(tmp_path)
    slot = store.slot(None)
    slot.save(Case(), now=NOW, typed=TYPED)
    data = slot.file.read_bytes()
    slot.file.write_bytes(data[:-3] + b"@@@")  # same length, broken JSON
    (entry,) = store.recoverable()
    assert store.load_work(entry) == (Case(), {})
    slot.file.write_bytes(re.sub(rb'"typed_bytes":\d+', b'"typed_bytes":99999999', data))
    assert store.recoverable() == []
    _expect(ErrorKind.DAMAGED, lambda: store.load(entry))


@settings(max_examples=50, deadline=None)
@given(
    typed=st.dictionaries(
        st.text(min_size=1, max_size=30).map(lambda t: "/" + t),
        st.text(max_size=200),
        max_size=20,
    )
)
def test_any_typed_texts_survive_the_recovery_file(typed: dict[str, str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = RecoveryStore(Path(folder))
        store.slot(None).save(Case(), now=NOW, typed=typed)
        (entry,) = store.recoverable()
        assert store.load_work(entry)[1] == typed


def test_default_recovery_folder_is_in_the_user_data_folder() -> None:
    import platformdirs

    expected = Path(platformdirs.user_data_dir("kassatsiya", appauthor=False)) / "recovery"
    assert RecoveryStore().folder == expected
