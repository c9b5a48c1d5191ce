"""Protecting a case leaves no plaintext beside it, and a mistyped passphrase cannot lock it.

Issue 16, items 1, 4 and 5: `protect` kept an earlier plain `.bak`; a passphrase from
KASSATSIYA_PASSPHRASE was never confirmed; a killed `unprotect` left plaintext temporaries
until some later save, a minute at least.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.case.model import new_case
from assistant.casefile import is_protected, load_case, save_case
from assistant.casefile.save import backup_path
from assistant.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ready-ru.kassatsiya"
SURNAME = "Сериков".encode()
PASSPHRASE = "жаңа құпия сөз"


def _plain_case_with_a_plain_backup(tmp_path: Path) -> Path:
    """A case saved twice in plaintext, as any user who saved before protecting has."""
    path = tmp_path / "case.kassatsiya"
    case = load_case(EXAMPLE)
    save_case(case, path)
    case.filer.email = "second@example.kz"
    save_case(case, path)
    assert SURNAME in backup_path(path).read_bytes()
    return path


def _plaintext_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if SURNAME in p.read_bytes())


def test_cli_protect_leaves_no_plaintext_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plain_case_with_a_plain_backup(tmp_path)
    monkeypatch.setenv("KASSATSIYA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("KASSATSIYA_PASSPHRASE_CONFIRM", PASSPHRASE)
    assert main(["protect", str(path), "--lang", "en"]) == 0
    assert "is now protected" in capsys.readouterr().out
    assert _plaintext_files(tmp_path) == []
    backup = backup_path(path).read_bytes()
    assert is_protected(backup)
    assert load_case(backup_path(path), PASSPHRASE).filer.email == "second@example.kz"


def test_a_protected_save_without_a_backup_still_encrypts_the_old_one(tmp_path: Path) -> None:
    path = _plain_case_with_a_plain_backup(tmp_path)
    older = load_case(backup_path(path))
    save_case(load_case(path), path, passphrase=PASSPHRASE, keep_backup=False, kdf_n=2**10)
    assert _plaintext_files(tmp_path) == []
    assert load_case(backup_path(path), PASSPHRASE) == older  # the older version is kept


def test_a_foreign_backup_name_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(new_case(Language.RU), path)
    backup_path(path).write_bytes(b"notes of my own")
    save_case(new_case(Language.RU), path, passphrase=PASSPHRASE, keep_backup=False, kdf_n=2**10)
    assert backup_path(path).read_bytes() == b"notes of my own"


def _protect(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`kassatsiya protect` in its own process, stdin not a terminal (as in a script)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KASSATSIYA_PASSPHRASE")}
    return subprocess.run(
        [sys.executable, "-m", "assistant", "protect", "--lang", "en", *args],
        cwd=ROOT,
        env={**clean, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_passphrase_from_the_environment_needs_a_confirmation(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    path.write_bytes(EXAMPLE.read_bytes())
    before = path.read_bytes()

    alone = _protect(str(path), KASSATSIYA_PASSPHRASE="typo-prone")
    assert alone.returncode == 2
    assert "KASSATSIYA_PASSPHRASE_CONFIRM" in alone.stderr and "--yes" in alone.stderr
    mistyped = _protect(
        str(path), KASSATSIYA_PASSPHRASE="typo-prone", KASSATSIYA_PASSPHRASE_CONFIRM="typo-prnoe"
    )
    assert mistyped.returncode == 2 and "differ" in mistyped.stderr
    assert path.read_bytes() == before  # nothing was changed by either

    confirmed = _protect(
        str(path), KASSATSIYA_PASSPHRASE="typo-prone", KASSATSIYA_PASSPHRASE_CONFIRM="typo-prone"
    )
    assert confirmed.returncode == 0, confirmed.stderr
    assert load_case(path, "typo-prone").filer.full_name.startswith("Сериков")


def test_yes_accepts_the_environment_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    path.write_bytes(EXAMPLE.read_bytes())
    result = _protect("--yes", str(path), KASSATSIYA_PASSPHRASE="scripted")
    assert result.returncode == 0, result.stderr
    assert load_case(path, "scripted").filer.full_name.startswith("Сериков")


# A child that runs `kassatsiya unprotect` and stops for good half-way through writing the
# plaintext temporary, as a process killed at that moment does.
SLOW_UNPROTECT = """
import sys, time
from assistant.casefile import atomic
from assistant.cli import main

def half_then_stop(fd, data):
    atomic.os.write(fd, bytes(data[: len(data) // 2]))
    print("writing", flush=True)
    time.sleep(600)

atomic._write_all = half_then_stop
sys.exit(main(["unprotect", sys.argv[1]]))
"""


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and flock are POSIX")
def test_a_killed_unprotect_leaves_no_plaintext_for_the_next_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(load_case(EXAMPLE), path, passphrase=PASSPHRASE, kdf_n=2**10)
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_UNPROTECT, str(path)],
        cwd=ROOT,
        env={**os.environ, "KASSATSIYA_PASSPHRASE": PASSPHRASE},
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"writing"
        [temporary] = _temporaries(tmp_path)
        assert SURNAME in temporary.read_bytes()  # half a plain case, being written
        os.environ["KASSATSIYA_PASSPHRASE"] = PASSPHRASE
        try:
            # a command while the writer is alive does not disturb it
            assert main(["check", str(path), "--today", "2026-11-26"]) in (0, 1)
            assert temporary.exists()
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            started = time.monotonic()
            assert main(["check", str(path), "--today", "2026-11-26"]) in (0, 1)
        finally:
            del os.environ["KASSATSIYA_PASSPHRASE"]
        assert time.monotonic() - started < 30  # at once, not "after a minute"
        assert _temporaries(tmp_path) == []
        assert _plaintext_files(tmp_path) == []
        assert is_protected(path.read_bytes())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    capsys.readouterr()


@pytest.mark.parametrize("keep_backup", [True, False])
def test_a_plain_backup_that_cannot_be_encrypted_is_told_and_the_case_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_backup: bool
) -> None:
    """Issue 16 encrypts an older plain `.bak`; issue 21 makes a failed backup a warning, never
    an abort. Together: the case is saved protected, and the warning says that a plaintext copy
    is still there (the user can delete it), instead of the plain backup staying unannounced."""
    from assistant.casefile import atomic

    path = _plain_case_with_a_plain_backup(tmp_path)
    real_replace = os.replace

    def refuse_the_backup(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == backup_path(path):
            raise PermissionError(13, "Permission denied", os.fspath(dst))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", refuse_the_backup)
    case = load_case(path)
    outcome = save_case(case, path, passphrase=PASSPHRASE, keep_backup=keep_backup, kdf_n=2**10)
    monkeypatch.undo()
    assert is_protected(path.read_bytes())
    assert load_case(path, PASSPHRASE) == case
    assert outcome.plain_backup_left and outcome.backup_error is not None
    (warning,) = outcome.warnings(Language.EN)
    assert str(backup_path(path)) in warning and "plaintext" in warning
    assert outcome.warnings(Language.KK)[0] != warning  # translated
    assert _plaintext_files(tmp_path) == [backup_path(path).name]  # told, not hidden
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
