"""The CLI contract of docs/cli.md: exit codes, JSON shape, messages in the chosen language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.cli import main
from assistant.i18n import set_language

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = ["--today", "2026-11-26"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ready_case_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", str(EXAMPLES / "ready-ru.kassatsiya"), "--lang", "en", *TODAY
    )
    assert code == 0
    assert "Ready to file" in out


def test_return_finding_exits_1_with_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "missing-copies-ru.kassatsiya")
    code, out, _ = run(capsys, "check", path, "--json", "--lang", "ru", *TODAY)
    assert code == 1
    data = json.loads(out)
    assert set(data) >= {"findings", "deadline"}
    finding = next(f for f in data["findings"] if f["id"] == "N7.copies")
    assert finding["rule"] == "N7"
    assert finding["severity"] == "return"
    assert finding["ground"] == "489(1)(1)"
    assert finding["fields"] == ["/acts/1/copy_attached"]
    assert "п. 7" in finding["citation"]
    assert set(finding) >= {"rule", "severity", "ground", "citation", "fields", "message"}


def test_deadline_is_reported_for_worsening_requests(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "worsening-late-kk.kassatsiya")
    code, out, _ = run(capsys, "check", path, "--json", *TODAY)
    data = json.loads(out)
    assert code == 1
    assert data["deadline"]["last_day"] == "2026-09-01"
    assert data["deadline"]["met"] is False
    assert any(f["rule"] == "R3" and f["ground"] == "489(1)(3)" for f in data["findings"])


@pytest.mark.parametrize(
    ("lang", "fragment"),
    [("en", "not found"), ("ru", "не найден"), ("kk", "табылмады")],
)
def test_unreadable_file_exits_2_with_message_in_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, fragment: str
) -> None:
    code, out, err = run(capsys, "check", str(tmp_path / "missing.kassatsiya"), "--lang", lang)
    assert code == 2
    assert out == ""
    assert fragment in err.lower()


def test_damaged_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.kassatsiya"
    path.write_bytes(b'{"format": "kassatsiya-case", "version": 1, "case": {')
    code, _, err = run(capsys, "check", str(path), "--lang", "en")
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err


def test_new_writes_an_empty_case_and_never_overwrites(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "c.kassatsiya"
    assert run(capsys, "new", "--lang", "kk", str(path))[0] == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "kassatsiya-case"
    assert document["case"]["proceedings_language"] == "kk"
    code, _, err = run(capsys, "new", "--lang", "kk", str(path))
    assert code == 2
    assert err


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert "$schema" in json.loads(out)


def test_protect_and_unprotect_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.kassatsiya"
    path.write_bytes((EXAMPLES / "ready-ru.kassatsiya").read_bytes())
    monkeypatch.setenv("KASSATSIYA_PASSPHRASE", "correct horse battery staple")
    assert run(capsys, "protect", "--yes", str(path))[0] == 0
    assert "Сериков".encode() not in path.read_bytes()
    assert run(capsys, "check", str(path), *TODAY)[0] == 0
    monkeypatch.setenv("KASSATSIYA_PASSPHRASE", "wrong")
    assert run(capsys, "check", str(path), *TODAY)[0] == 2
    monkeypatch.setenv("KASSATSIYA_PASSPHRASE", "correct horse battery staple")
    assert run(capsys, "unprotect", str(path))[0] == 0
    assert "Сериков".encode() in path.read_bytes()


def test_check_needs_no_qt() -> None:
    """The headless commands must not import Qt (they run where no display exists)."""
    code = (
        "import sys; from assistant.cli import main; "
        f"rc = main(['check', {str(EXAMPLES / 'ready-ru.kassatsiya')!r}, '--today', '2026-11-26']); "
        "assert 'PySide6' not in sys.modules; sys.exit(rc)"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr


def test_export_builds_one_filing_package_with_the_attached_pdfs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    attachment = tmp_path / "receipt.pdf"
    pdf = canvas.Canvas(str(attachment))
    for page in range(2):
        pdf.drawString(72, 720, f"receipt page {page + 1}")
        pdf.showPage()
    pdf.save()
    document = json.loads((EXAMPLES / "ready-ru.kassatsiya").read_text(encoding="utf-8"))
    document["case"]["attachments"][0]["file"] = str(attachment)
    case_path = tmp_path / "c.kassatsiya"
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    complaint, package = tmp_path / "c.pdf", tmp_path / "package.pdf"
    code, _, _ = run(
        capsys, "export", str(case_path), "--pdf", str(complaint), "--package", str(package), *TODAY
    )
    assert code == 0
    complaint_pages = len(PdfReader(complaint).pages)
    reader = PdfReader(package)
    assert len(reader.pages) == complaint_pages + 2
    assert "receipt page 2" in (reader.pages[-1].extract_text() or "")
    assert len(reader.outline) == 2


def test_package_needs_the_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(
        capsys,
        "export",
        str(EXAMPLES / "ready-ru.kassatsiya"),
        "--package",
        str(tmp_path / "p.pdf"),
    )
    assert code == 2
    assert out == ""
    assert err.strip()


@pytest.fixture
def _language_restored() -> Iterator[None]:
    yield
    set_language(Language.RU)


@pytest.mark.usefixtures("_language_restored")
@pytest.mark.parametrize(
    ("lang", "usage", "required"),
    [
        ("kk", "қолданылуы: kassatsiya check", "міндетті аргументтер көрсетілмеген: file"),
        ("ru", "использование: kassatsiya check", "не указаны обязательные аргументы: file"),
        ("en", "usage: kassatsiya check", "the following arguments are required: file"),
    ],
)
def test_argparse_own_texts_speak_the_chosen_language(
    capsys: pytest.CaptureFixture[str], lang: str, usage: str, required: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["check", "--lang", lang])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert required in err


@pytest.mark.usefixtures("_language_restored")
def test_help_has_no_english_left_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--lang", "ru", "--help"])
    out = capsys.readouterr().out
    assert "показать эту справку и выйти" in out and "параметры:" in out
    assert "show this help" not in out and "options:" not in out and "usage:" not in out


def test_export_to_a_missing_folder_says_so_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "c.docx"
    code, _out, err = run(
        capsys,
        "export",
        str(EXAMPLES / "ready-ru.kassatsiya"),
        "--docx",
        str(target),
        "--lang",
        "ru",
    )
    assert code == 2 and "Traceback" not in err
    assert f"Не удалось записать жалобу в файл {target}: такой папки нет." in err
