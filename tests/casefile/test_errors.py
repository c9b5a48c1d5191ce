"""Every kind of case-file error, each with a message in every language, named by field."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import (
    FORMAT_VERSION,
    CaseFileError,
    ErrorKind,
    load,
    load_case,
    loads_case,
    save_case,
)
from assistant.casefile.errors import MAX_FILE_BYTES
from assistant.casefile.format import encode_document
from assistant.casefile.pointer import pointer_from_path, split_validation_message
from tests.casefile.samples import (
    FAST_KDF,
    document_bytes,
    expect_error,
    sample_case,
)


def _not_found(tmp_path: Path) -> CaseFileError:
    return expect_error(ErrorKind.NOT_FOUND, lambda: load_case(tmp_path / "missing.kassatsiya"))


def _too_large(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "huge.kassatsiya"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no 100 MB written
    return expect_error(ErrorKind.TOO_LARGE, lambda: load_case(path))


def _folder(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "cases.kassatsiya"
    path.mkdir()
    return expect_error(ErrorKind.FOLDER, lambda: load_case(path))


def _not_ours(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "letter.txt"
    path.write_text("Dear court,", encoding="utf-8")
    return expect_error(ErrorKind.NOT_OURS, lambda: load_case(path))


def _damaged(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "cut.kassatsiya"
    path.write_bytes(encode_document(sample_case())[:300])
    return expect_error(ErrorKind.DAMAGED, lambda: load_case(path))


def _newer(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "future.kassatsiya"
    path.write_bytes(document_bytes({"hologram": True}, version=FORMAT_VERSION + 1))
    error = expect_error(ErrorKind.NEWER_VERSION, lambda: load_case(path))
    assert error.version == FORMAT_VERSION + 1
    return error


def _wrong_type(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "typo.kassatsiya"
    path.write_bytes(document_bytes({"acts": [{}, {"date": "2026-02-30"}]}))
    error = expect_error(ErrorKind.WRONG_TYPE, lambda: load_case(path))
    assert error.pointer == "/acts/1/date"
    return error


def _duplicate_key(tmp_path: Path) -> CaseFileError:
    path = tmp_path / "twice.kassatsiya"
    text = encode_document(sample_case()).decode("utf-8")
    path.write_text(text.replace('"iin": ""', '"iin": "", "iin": "900101300123"'), "utf-8")
    error = expect_error(ErrorKind.DUPLICATE_KEY, lambda: load_case(path))
    assert error.pointer == "/case/filer/iin"
    return error


def _protected(tmp_path: Path) -> Path:
    path = tmp_path / "locked.kassatsiya"
    save_case(sample_case(), path, passphrase="құпия сөз", kdf_n=FAST_KDF)
    return path


def _needs_passphrase(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    return expect_error(ErrorKind.NEEDS_PASSPHRASE, lambda: load_case(path))


def _wrong_passphrase(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    return expect_error(ErrorKind.WRONG_PASSPHRASE, lambda: load_case(path, "құпия соз"))


def _tampered(tmp_path: Path) -> CaseFileError:
    path = _protected(tmp_path)
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    return expect_error(ErrorKind.TAMPERED, lambda: load_case(path, "құпия сөз"))


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseFileError:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)  # root ignores permission bits: the OS says no here
        error = expect_error(ErrorKind.UNREADABLE, lambda: load_case(path))
    assert error.os_errno == errno.EACCES
    return error


def _unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CaseFileError:
    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", disk_full)
        return expect_error(
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
    error = expect_error(ErrorKind.NEWER_VERSION, lambda: loads_case(document_bytes({}, version=7)))
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
    expect_error(ErrorKind.TOO_LARGE, lambda: load_case(path))
    expect_error(ErrorKind.TOO_LARGE, lambda: loads_case(b" " * (MAX_FILE_BYTES + 1)))


def test_a_folder_or_a_missing_parent_is_not_a_case_file(tmp_path: Path) -> None:
    error = expect_error(ErrorKind.FOLDER, lambda: load_case(tmp_path))
    assert error.message(Language.EN) == (
        f"{tmp_path} is a folder, not a file. Choose the case file (.kassatsiya) inside it."
    )
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    expect_error(ErrorKind.NOT_FOUND, lambda: load_case(blocker / "case.kassatsiya"))


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
    message = expect_error(ErrorKind.NOT_OURS, lambda: load_case(path)).message(Language.EN)
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
    expect_error(kind, lambda: loads_case(data))


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
    error = expect_error(ErrorKind.WRONG_TYPE, lambda: loads_case(document_bytes(case)))
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
    error = expect_error(ErrorKind.WRONG_TYPE, lambda: loads_case(document_bytes(case)))
    assert "Сериков" not in str(error)
    assert all("Сериков" not in error.message(language) for language in Language)


def test_text_that_could_never_be_saved_again_is_refused() -> None:
    data = document_bytes({"filer": {"full_name": "SURROGATE"}}).replace(b"SURROGATE", b"\\ud800")
    expect_error(ErrorKind.DAMAGED, lambda: loads_case(data))
    invalid_utf8 = document_bytes({"filer": {"full_name": "X"}}).replace(b'"X"', b'"\xff"')
    expect_error(ErrorKind.DAMAGED, lambda: loads_case(invalid_utf8))


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    head = b'{"format": "kassatsiya-case", "version": 1, "case": '
    for bomb in (b"[" * 200_000, b'{"a":' * 200_000, b"[" * 200_000 + b"]" * 200_000):
        with pytest.raises(CaseFileError):
            loads_case(head + bomb + b"}")
        with pytest.raises(CaseFileError):
            loads_case(bomb)
