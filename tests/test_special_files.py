"""A FIFO, a device or a folder named as a case or an attachment is refused, never waited on.

Each command runs in its own process with a time limit: before the fix `kassatsiya check` on a
FIFO blocked for ever in `open()`, which only a separate process can show without hanging
the test run.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.case.model import Attachment, Case
from assistant.casefile import CaseFileError, ErrorKind, file_is_protected, load_case
from assistant.document.pages import attachment_pages, count_pdf_pages
from assistant.law.file_facts import facts_of
from assistant.session import check

ROOT = Path(__file__).resolve().parent.parent
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m assistant ARGS` in a fresh process; a hang fails the test at `timeout`."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "KASSATSIYA_PASSPHRASE": "any passphrase"},
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "case.kassatsiya"
    os.mkfifo(path)
    return path


@needs_fifo
@pytest.mark.parametrize("command", ["check", "export", "protect", "unprotect"])
def test_every_command_refuses_a_fifo_at_once(fifo: Path, tmp_path: Path, command: str) -> None:
    extra = ["--pdf", str(tmp_path / "out.pdf")] if command == "export" else []
    result = run_cli(command, str(fifo), "--lang", "en", *extra)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "is not a Kassatsiya case file" in result.stderr
    assert "Traceback" not in result.stderr


@needs_fifo
def test_the_core_refuses_a_fifo_without_opening_it(fifo: Path) -> None:
    for action in (lambda: load_case(fifo), lambda: file_is_protected(fifo)):
        with pytest.raises(CaseFileError) as caught:
            action()
        assert caught.value.kind is ErrorKind.NOT_OURS
        assert caught.value.path == fifo


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_not_a_case(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    with pytest.raises(CaseFileError) as caught:
        load_case(device)
    assert caught.value.kind is ErrorKind.NOT_OURS


def test_a_folder_is_not_a_case(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as caught:
        load_case(tmp_path)
    assert caught.value.kind is ErrorKind.FOLDER  # told as a folder (issue 17), never opened


@needs_fifo
def test_a_fifo_attachment_is_missing_for_the_count_the_check_and_the_export(
    tmp_path: Path,
) -> None:
    pipe = tmp_path / "receipt.pdf"
    os.mkfifo(pipe)
    assert count_pdf_pages(pipe).problem == "missing"
    assert attachment_pages(str(pipe), 3).pages == 3
    case = Case(attachments=[Attachment(title="Квитанция", file=str(pipe))])
    assert facts_of(str(pipe)).size is None  # never opened: it would block
    found = check(case, dt.date(2026, 11, 26)).report.findings
    assert [f.fields for f in found if f.rule.id == "R1.C9.file_missing"] == [
        ("/attachments/0/file",)
    ]


@needs_fifo
def test_export_with_a_fifo_attachment_and_package_finishes(tmp_path: Path) -> None:
    import json

    pipe = tmp_path / "receipt.pdf"
    os.mkfifo(pipe)
    document = json.loads((ROOT / "examples" / "ready-ru.kassatsiya").read_text("utf-8"))
    document["case"]["attachments"][0]["file"] = str(pipe)
    case_file = tmp_path / "c.kassatsiya"
    case_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out, package = tmp_path / "c.pdf", tmp_path / "package.pdf"
    result = run_cli(
        "export", str(case_file), "--pdf", str(out), "--package", str(package), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert "receipt.pdf was not added" in result.stdout
    assert package.stat().st_size > 0


def test_new_with_a_name_the_os_refuses_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by benchmarks/fuzz.py (files:488): `new` raised ENAMETOOLONG from Path.exists."""
    from assistant.cli import main

    name = tmp_path / ("д" * 300 + ".kassatsiya")
    assert main(["new", str(name), "--lang", "ru"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() and "Traceback" not in captured.err
