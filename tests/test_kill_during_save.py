"""Kill -9 a process that keeps saving: the file must always load, as one of the two versions.

A child process saves case A and case B alternately to one path, as fast as it can; the test
kills it at a random moment, then opens the file (and its backup). Anything but A or B exactly
(damaged, missing, half-written, mixed) fails.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import msgspec
import pytest

from assistant.case.enums import Language
from assistant.case.model import Case, Filer, new_case
from assistant.casefile import load_case

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "kill -9"

CHILD = """
import sys
import msgspec
from assistant.case.model import Case
from assistant.casefile import save_case

path, case_a, case_b, passphrase = sys.argv[1:5]
cases = [msgspec.json.decode(open(name, "rb").read(), type=Case) for name in (case_a, case_b)]
secret = passphrase or None
save_case(cases[0], path, passphrase=secret, kdf_n=2**10)
save_case(cases[1], path, passphrase=secret, kdf_n=2**10)  # now the backup exists too
print("ready", flush=True)
turn = 0
while True:
    save_case(cases[turn], path, passphrase=secret, kdf_n=2**10)
    turn = 1 - turn
"""


def _case(name: str, filler: int) -> Case:
    case = new_case(Language.KK)
    case.filer = Filer(full_name=name, address="Астана, " + "ү" * (filler // 2))
    case.proceedings_summary = name * filler  # large enough that a write takes several calls
    return case


def _kill_repeatedly(tmp_path: Path, kills: int, passphrase: str, seed: int) -> None:
    case_a, case_b = _case("Алдыңғы", 20_000), _case("Келесі", 35_000)
    files = []
    for name, case in (("a.json", case_a), ("b.json", case_b)):
        files.append(tmp_path / name)
        files[-1].write_bytes(msgspec.json.encode(case))
    target = tmp_path / "case.kassatsiya"
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", CHILD, str(target), *map(str, files), passphrase]
    secret = passphrase or None
    for attempt in range(kills):
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert child.stdout is not None
        ready = child.stdout.readline()
        if ready != b"ready\n":
            child.kill()
            _, errors = child.communicate()
            pytest.fail(f"child did not start: {errors.decode(errors='replace')}")
        time.sleep(rng.uniform(0, 0.05))
        child.kill()  # SIGKILL on POSIX: no cleanup, no flush, no atexit
        child.communicate()
        where = f"seed {seed}, kill {attempt}"
        assert load_case(target, secret) in (case_a, case_b), where
        assert load_case(tmp_path / "case.kassatsiya.bak", secret) in (case_a, case_b), where


@pytest.mark.parametrize("passphrase", ["", PASSPHRASE], ids=["plain", "protected"])
def test_twenty_kills_never_damage_the_file(tmp_path: Path, passphrase: str) -> None:
    _kill_repeatedly(tmp_path, 20 if not passphrase else 10, passphrase, seed=2026)


@pytest.mark.slow
@pytest.mark.parametrize("passphrase", ["", PASSPHRASE], ids=["plain", "protected"])
def test_two_hundred_kills_never_damage_the_file(tmp_path: Path, passphrase: str) -> None:
    _kill_repeatedly(tmp_path, 200 if not passphrase else 50, passphrase, seed=484)
