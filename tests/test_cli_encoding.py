"""The CLI writes Kazakh text to files and pipes whatever the console code page (issue 21, 2).

Windows encodes redirected output with the ANSI code page; PYTHONIOENCODING=cp1251 makes
Python do the same on every platform, so these run the real commands in that setting.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli.streams import carries_all_text, make_unicode_safe

ROOT = Path(__file__).resolve().parent.parent
READY_KK = ROOT / "examples" / "ready-kk.kassatsiya"
KAZAKH = "әғқңөұүһі"
# The console script (`kassatsiya`, ui.launcher) and `python -m assistant`: both entries.
ENTRIES = {
    "console script": [
        sys.executable,
        "-c",
        "import sys; from ui.launcher import main; sys.exit(main())",
    ],
    "python -m assistant": [sys.executable, "-m", "assistant"],
}


def _cp1251_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONUTF8", "PYTHONIOENCODING"}}
    env["PYTHONIOENCODING"] = "cp1251"
    env["PYTHONUTF8"] = "0"
    return env


def _run_to_file(args: list[str], out: Path) -> subprocess.CompletedProcess[bytes]:
    with out.open("wb") as stdout:
        return subprocess.run(
            args,
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=_cp1251_env(),
            cwd=ROOT,
            timeout=120,
            check=False,
        )


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_check_json_of_a_kazakh_case_into_a_file_is_utf8(tmp_path: Path, entry: str) -> None:
    out = tmp_path / "out.json"
    result = _run_to_file([*ENTRIES[entry], "check", str(READY_KK), "--json"], out)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    data = json.loads(out.read_bytes().decode("utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert "ҚР ҚПК" in text  # a Kazakh citation, letters intact
    assert any(letter in text for letter in KAZAKH)


def test_export_to_a_path_with_kazakh_letters_prints_it_back(tmp_path: Path) -> None:
    target = tmp_path / "Қазақша шағым.pdf"
    out = tmp_path / "out.txt"
    result = _run_to_file(
        [*ENTRIES["console script"], "export", str(READY_KK), "--pdf", str(target)], out
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in out.read_bytes().decode("utf-8")


def test_an_error_message_in_kazakh_reaches_a_redirected_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "жоқ.kassatsiya"
    result = _run_to_file(
        [*ENTRIES["python -m assistant"], "check", str(missing), "--lang", "kk"], tmp_path / "o"
    )
    assert result.returncode == 2
    assert "табылмады" in result.stderr.decode("utf-8")


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_keeps_its_code_page_and_prints_a_missing_letter_as_a_question_mark() -> None:
    raw = _Terminal()
    stream = io.TextIOWrapper(raw, encoding="cp1251")
    make_unicode_safe(stream)
    stream.write("Жалоба: Қ\n")
    stream.flush()
    assert raw.getvalue() == "Жалоба: ?\n".encode("cp1251")


def test_a_pipe_in_a_code_page_becomes_utf8_and_unicode_streams_stay_as_they_are() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1251")
    make_unicode_safe(stream)
    stream.write("Қ →")
    stream.flush()
    assert raw.getvalue() == "Қ →".encode()
    utf16 = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
    make_unicode_safe(utf16)
    assert utf16.encoding == "utf-16"
    make_unicode_safe(None)  # a windowed program has no stdout


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("UTF-8", True),
        ("utf8", True),
        ("utf-16-le", True),
        ("cp1251", False),
        ("kz1048", False),
        ("no-such-codec", False),
        (None, False),
    ],
)
def test_only_a_unicode_encoding_carries_all_text(encoding: str | None, expected: bool) -> None:
    assert carries_all_text(encoding) is expected
