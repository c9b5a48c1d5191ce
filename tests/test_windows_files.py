"""Saving where Windows gets in the way (issue 21, points 3 and 6), simulated on every platform.

Another program holding a file is a PermissionError with `winerror` 32 (or 5) from
`os.replace` or `os.unlink`; a path over 259 characters is ENOENT with `winerror` 3. Both are
raised here by replacing those functions; the rest of the save runs for real.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path
from typing import NoReturn

import pytest

from assistant.case.enums import Language
from assistant.casefile import (
    CaseFileError,
    ErrorKind,
    RecoveryStore,
    atomic,
    load_case,
    save_case,
    sharing,
)
from assistant.casefile.save import backup_path
from assistant.casefile.write_failure import WriteFailure, written_path_length
from assistant.file_lock import lock_or_fail
from assistant.write_errors import WriteError
from tests.casefile.samples import sample_case


def _windows_error(cls: type[OSError], code: int, winerror: int, name: str = "f") -> OSError:
    error = cls(code, os.strerror(code), name)
    error.winerror = winerror  # type: ignore[attr-defined]  (what Windows' OSError carries)
    return error


class _Clock:
    """A clock that moves only when the code sleeps, so the retry's two seconds cost none."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(sharing.time, "monotonic", fake.monotonic)
    monkeypatch.setattr(sharing.time, "sleep", fake.sleep)
    return fake


def _replace_held(monkeypatch: pytest.MonkeyPatch, times: int, winerror: int = 32) -> list[str]:
    """os.replace fails `times` times as if another program held the target; the calls."""
    real = os.replace
    calls: list[str] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append(os.fspath(dst))
        if len(calls) <= times:
            raise _windows_error(PermissionError, errno.EACCES, winerror, os.fspath(dst))
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    return calls


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_save_waits_while_another_program_briefly_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: _Clock, winerror: int
) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case("Было"), path, keep_backup=False)
    calls = _replace_held(monkeypatch, times=3, winerror=winerror)
    save_case(sample_case("Стало"), path, keep_backup=False)
    assert load_case(path) == sample_case("Стало")
    assert len(calls) == 4
    assert sum(clock.slept) < sharing.RETRY_SECONDS


def test_a_file_held_for_good_is_reported_as_in_use_not_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: _Clock
) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case("Было"), path, keep_backup=False)
    before = sorted(tmp_path.iterdir())
    _replace_held(monkeypatch, times=10_000)
    with pytest.raises(CaseFileError) as raised:
        save_case(sample_case("Стало"), path, keep_backup=False)
    assert raised.value.kind is ErrorKind.UNWRITABLE
    assert raised.value.failure is WriteFailure.IN_USE
    assert 2.0 <= sum(clock.slept) <= 2.5  # about two seconds, then the error is believed
    english = raised.value.message(Language.EN)
    assert "another program is using the file" in english
    assert "read-only" not in english
    assert "пайдаланып" in raised.value.message(Language.KK)
    assert sorted(tmp_path.iterdir()) == before  # no temporary left
    assert load_case(path) == sample_case("Было")


def test_posix_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0

    def refused(*args: object) -> NoReturn:
        nonlocal calls
        calls += 1
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refused)
    with pytest.raises(CaseFileError) as raised:
        save_case(sample_case(), tmp_path / "case.kassatsiya")
    assert calls == 1
    assert "read-only" in raised.value.message(Language.EN)


def test_a_backup_that_cannot_be_written_is_a_warning_and_the_case_is_saved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case("Было"), path)
    backup_path(path).mkdir()  # nothing can replace a folder: the backup fails for real
    outcome = save_case(sample_case("Стало"), path)
    assert load_case(path) == sample_case("Стало")
    assert outcome.backup_error is not None
    (warning,) = outcome.warnings(Language.EN)
    assert str(backup_path(path)) in warning and "The case was saved" in warning
    assert outcome.warnings(Language.RU)[0].startswith("Дело сохранено")
    assert save_case(sample_case(), tmp_path / "new.kassatsiya").warnings(Language.EN) == []


def test_discarding_a_recovery_file_another_program_holds_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: _Clock
) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    slot = store.slot(tmp_path / "case.kassatsiya")
    slot.save(sample_case())
    real_unlink = Path.unlink
    held = {"times": 2}

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if held["times"] > 0:
            held["times"] -= 1
            raise _windows_error(PermissionError, errno.EACCES, 32, str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert slot.discard() is True  # held for a moment: waited for
    assert not slot.file.exists()
    slot.save(sample_case())
    held["times"] = 10_000
    assert slot.discard() is False  # held for good: left for the next start, no error
    assert slot.file.exists()
    (entry,) = store.recoverable()
    assert store.discard(entry) is False


def test_temporary_names_are_short_and_never_repeat_the_case_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace
    temporaries: list[str] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        temporaries.append(Path(src).name)
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    path = tmp_path / ("Жалоба по делу Ахметова Айгуль Сериковны" + ".kassatsiya")
    save_case(sample_case(), path)
    save_case(sample_case("Стало"), path)  # with a backup
    assert len(temporaries) == 3
    for name in temporaries:
        assert len(name) == atomic.TEMP_NAME_LENGTH == 14
        assert name.startswith(".k") and name.endswith(".tmp")
        assert "Жалоба" not in name


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX's 255 bytes per name")
def test_a_case_whose_name_is_near_the_systems_limit_can_be_saved(tmp_path: Path) -> None:
    """Linux allows 255 bytes per name: a name of 250 opened, but its old temporary (name +
    14) could not be made. The backup's name (+4) is over the limit: a warning, not a failure."""
    path = tmp_path / ("ж" * 2 + "a" * 235 + ".kassatsiya")  # 250 bytes in UTF-8
    assert len(os.fsencode(path.name)) == 250
    save_case(sample_case("Было"), path)
    outcome = save_case(sample_case("Стало"), path)
    assert load_case(path) == sample_case("Стало")
    assert outcome.backup_error is None or outcome.backup_error.errno == errno.ENAMETOOLONG


def _path_of_length(tmp_path: Path, length: int, suffix: str) -> Path:
    """A path of `length` characters, in a folder that exists (Windows would find it)."""
    name_length = length - len(str(tmp_path)) - 1
    return tmp_path / ("w" * (name_length - len(suffix)) + suffix)


def _long_path_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """mkstemp fails as Windows does past 259 characters: ENOENT, WinError 3."""

    def not_found(*args: object, **kwargs: object) -> NoReturn:
        raise _windows_error(FileNotFoundError, errno.ENOENT, 3)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", not_found)


def test_a_path_too_long_for_windows_is_reported_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path_of_length(tmp_path, 262, ".kassatsiya")
    _long_path_error(monkeypatch)
    with pytest.raises(CaseFileError) as raised:
        save_case(sample_case(), path)
    assert raised.value.failure is WriteFailure.PATH_TOO_LONG
    english = raised.value.message(Language.EN)
    assert "its full path is too long (262 characters" in english
    assert "жолы тым ұзын" in raised.value.message(Language.KK)
    pdf = _path_of_length(tmp_path, 265, ".pdf")
    export = WriteError(pdf, _windows_error(FileNotFoundError, errno.ENOENT, 3))
    assert "the full path is too long (265 characters" in export.message(Language.EN)
    assert "folder does not exist" not in export.message(Language.EN)


def test_a_short_path_that_is_not_found_is_still_a_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "нет такой папки" / "жалоба.pdf"
    error = WriteError(missing, _windows_error(FileNotFoundError, errno.ENOENT, 3))
    assert error.failure is WriteFailure.OTHER
    assert "the folder does not exist" in error.message(Language.EN)


def test_the_temporary_counts_when_the_name_is_shorter_than_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    short, long_name = folder / "a.pdf", folder / ("y" * 30)
    assert written_path_length(short) == len(str(folder)) + 1 + atomic.TEMP_NAME_LENGTH
    assert written_path_length(long_name) == len(str(long_name))
    monkeypatch.chdir(tmp_path)
    assert written_path_length(Path("d") / "a.pdf") == written_path_length(short)  # relative


def test_stale_temporaries_of_either_naming_are_swept(tmp_path: Path) -> None:
    """Abandoned temporaries of the short naming and of the earlier one go at the next save;
    one another process is still writing (it holds the file open and, on POSIX, its lock, as
    write_atomically does) and files of other names stay."""
    path = tmp_path / "case.kassatsiya"
    stale = [tmp_path / ".kab_d12gh.tmp", tmp_path / ".case.kassatsiya.ab_d12gh.tmp"]
    being_written = tmp_path / ".kfreshone.tmp"
    kept = [being_written, tmp_path / ".knotours.txt", tmp_path / "ab_d12gh.tmp"]
    for file in [*stale, *kept]:
        file.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    for file in [*stale, *kept[1:]]:
        os.utime(file, (an_hour_ago, an_hour_ago))
    writer = os.open(being_written, os.O_RDWR)
    try:
        assert lock_or_fail(writer)
        save_case(sample_case(), path)
        assert not any(file.exists() for file in stale)
        assert all(file.exists() for file in kept)
    finally:
        os.close(writer)


def test_on_windows_a_temporary_closed_a_moment_ago_is_left_for_its_rename(
    tmp_path: Path,
) -> None:
    """Windows has no flock: a writer closes its temporary before the rename, which is retried
    for about two seconds while another program holds the target. Such a temporary, untouched
    for less than HANDED_OVER_SECONDS, is never taken for abandoned; an older one is."""
    temporary = tmp_path / ".kab_d12gh.tmp"
    temporary.write_bytes(b"the whole case")
    assert atomic._may_be_abandoned(temporary, platform="win32") is False
    assert atomic._may_be_abandoned(temporary, platform="linux") is True  # the lock decides
    old = time.time() - atomic.HANDED_OVER_SECONDS - 1
    os.utime(temporary, (old, old))
    assert atomic._may_be_abandoned(temporary, platform="win32") is True
