"""Saving: the backup, refusal to replace a stranger's file, failures while writing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import (
    ErrorKind,
    load_case,
    save_case,
)
from assistant.casefile.format import encode_document, is_case_file
from tests.casefile.samples import (
    expect_error,
    sample_case,
)


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
    error = expect_error(ErrorKind.NOT_OURS, lambda: save_case(sample_case(), path))
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
    error = expect_error(ErrorKind.UNWRITABLE, lambda: save_case(sample_case(), folder))
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
    error = expect_error(ErrorKind.UNWRITABLE, lambda: save_case(sample_case("Стало"), path))
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
        expect_error(ErrorKind.UNWRITABLE, lambda: save_case(sample_case("Новое"), path))
    finally:
        tmp_path.chmod(0o755)
    assert load_case(path) == sample_case()


def test_empty_passphrase_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        save_case(sample_case(), tmp_path / "c.kassatsiya", passphrase="")
    assert not list(tmp_path.iterdir())
