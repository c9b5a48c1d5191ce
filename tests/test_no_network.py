"""The app opens no network connection: start, check, export and save create no socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).parent / "data" / "no_network_probe.py"


def _run_probe(gui: bool, self_check: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PROBE_GUI="1" if gui else "0",
        PROBE_SELF_CHECK="1" if self_check else "0",
    )
    return subprocess.run(
        [sys.executable, str(PROBE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_check_export_and_save_open_no_socket() -> None:
    result = _run_probe(gui=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_probe_does_catch_a_network_socket() -> None:
    result = _run_probe(gui=False, self_check=True)
    assert result.returncode == 1
    assert "socket.__new__" in result.stdout


def test_window_start_opens_no_socket() -> None:
    result = _run_probe(gui=True)
    assert result.returncode == 0, result.stdout + result.stderr
