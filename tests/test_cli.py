"""The CLI contract of docs/cli.md: exit codes, JSON shape, messages in the chosen language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.case.enums import DocumentKind, Language
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


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda kind: kind.value)
def test_new_starts_the_document_asked_for_or_says_it_is_not_written_yet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: DocumentKind
) -> None:
    from assistant.case.documents import SECTION_OF
    from assistant.document.kinds import drafted_kinds

    path = tmp_path / "c.kassatsiya"
    code, _, err = run(capsys, "new", "--lang", "ru", "--kind", kind.value, str(path))
    if kind not in drafted_kinds():
        assert code == 2 and kind.value in err and not path.exists()
        return
    assert code == 0
    case = json.loads(path.read_text(encoding="utf-8"))["case"]
    assert case["kind"] == kind.value
    section = SECTION_OF.get(kind)
    assert section is None or case[section]["signature"] is not None


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


def test_export_names_an_attached_file_that_is_not_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads((EXAMPLES / "ready-ru.kassatsiya").read_text(encoding="utf-8"))
    document["case"]["attachments"][0]["file"] = str(tmp_path / "gone.pdf")
    case_path = tmp_path / "c.kassatsiya"
    case_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(
        capsys, "export", str(case_path), "--docx", str(tmp_path / "c.docx"), "--lang", "ru",
        *TODAY,
    )  # fmt: skip
    assert code == 0
    assert "gone.pdf" in out and "такого файла нет" in out and "488" in out


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


def test_final_export_is_refused_while_the_court_would_return_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--final` writes nothing and exits 1 while return findings remain; the reasons are told."""
    target = tmp_path / "final.pdf"
    path = str(EXAMPLES / "missing-copies-ru.kassatsiya")
    code, out, err = run(
        capsys, "export", path, "--pdf", str(target), "--final", "--lang", "en", *TODAY
    )
    assert code == 1
    assert out == ""
    assert not target.exists()
    assert err.startswith("A final copy was not written: the court would return this complaint")
    assert "Contested act No. 2: no copy of it is attached." in err
    assert "CPC RK Art. 489(1)(1)" in err


def test_forced_final_export_is_written_unmarked_and_says_why_it_will_be_returned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "final.pdf"
    path = str(EXAMPLES / "missing-copies-ru.kassatsiya")
    code, out, err = run(
        capsys, "export", path, "--pdf", str(target), "--final", "--force", "--lang", "ru", *TODAY
    )
    assert code == 0
    assert f"Записано: {target}" in out
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "КАССАЦИОННАЯ ЖАЛОБА" in text and "ЧЕРНОВИК" not in text
    assert "суд вернёт эту жалобу" in err or "суд вернет эту жалобу" in err
    assert "копия не приложена" in err


def test_final_export_of_a_ready_case_needs_no_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "final.pdf"
    code, _out, err = run(
        capsys,
        "export",
        str(EXAMPLES / "ready-ru.kassatsiya"),
        "--pdf",
        str(target),
        "--final",
        *TODAY,
    )
    assert code == 0 and target.exists() and err == ""


def test_force_without_final_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys,
        "export",
        str(EXAMPLES / "ready-ru.kassatsiya"),
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--force",
        "--lang",
        "en",
    )
    assert code == 2
    assert "--force is used only together with --final." in err


@pytest.mark.usefixtures("_language_restored")
@pytest.mark.parametrize(
    ("lang", "told", "suggested"),
    [
        ("en", 'kassatsiya: "chek" is not a command.', 'Did you mean "check"?'),
        ("ru", "kassatsiya: «chek» — не команда.", "Возможно, вы имели в виду «check»?"),
        ("kk", "kassatsiya: «chek» — команда емес.", "Мүмкін, «check» деп жазғыңыз келді ме?"),
    ],
)
def test_an_unknown_command_suggests_the_closest_and_lists_all(
    capsys: pytest.CaptureFixture[str], lang: str, told: str, suggested: str
) -> None:
    code, out, err = run(capsys, "chek", "x.kassatsiya", "--lang", lang)
    assert code == 2 and out == ""
    assert told in err and suggested in err
    assert "check, new, schema, protect, unprotect, export" in err


def test_an_unknown_word_far_from_every_command_gets_no_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = run(capsys, "zzz", "--lang", "en")
    assert code == 2
    assert "Did you mean" not in err and "Commands: check, new" in err


def test_a_missing_case_file_named_alone_is_told_it_was_not_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "my case.kassatsiya"
    code, _out, err = run(capsys, str(missing), "--lang", "en")
    assert code == 2
    assert f"The file {missing} was not found." in err


@pytest.mark.parametrize(
    ("data", "told"),
    [(b"", "(the file is empty)"), (b"\x89PNG garbage", "(its contents are not in the case")],
)
def test_an_empty_or_garbage_case_file_is_not_a_case_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, told: str
) -> None:
    path = tmp_path / "c.kassatsiya"
    path.write_bytes(data)
    code, _out, err = run(capsys, "check", str(path), "--lang", "en")
    assert code == 2
    assert f"The file {path} is not a Kassatsiya case file {told}" in err
    assert ".kassatsiya extension" not in err


def test_a_folder_is_told_it_is_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "check", str(tmp_path), "--lang", "en")
    assert code == 2
    assert f"{tmp_path} is a folder, not a file." in err


@pytest.mark.usefixtures("_language_restored")
@pytest.mark.parametrize("command", ["check", "new", "protect", "unprotect", "export"])
def test_every_positional_argument_has_help(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help", "--lang", "en"])
    out = capsys.readouterr().out
    section = out.split("positional arguments:\n", 1)[1].split("\n\n", 1)[0]
    lines = section.splitlines()
    assert lines and all(len(line.split()) > 1 for line in lines if line.startswith("  file"))
    assert "case file" in section


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US.UTF-8", "show this help message and exit"), ("kk_KZ.UTF-8", "осы анықтаманы")],
)
def test_the_console_script_follows_lang(locale: str, expected: str) -> None:
    """`LANG=… kassatsiya --help` in a fresh process, as a user runs it."""
    env = {**os.environ, "LANG": locale}
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


# --- "Cannot confirm yet" (issue 14): undecided findings -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "status"),
    [
        ("en", "Cannot confirm yet: 1 fact missing"),
        ("ru", "Пока нельзя подтвердить"),
        ("kk", "Әзірге растау мүмкін емес"),
    ],
)
def test_undecided_case_exits_0_but_is_never_ready(
    capsys: pytest.CaptureFixture[str], lang: str, status: str
) -> None:
    path = str(EXAMPLES / "cannot-confirm-direction-ru.kassatsiya")
    code, out, _ = run(capsys, "check", path, "--json", "--lang", lang, *TODAY)
    assert code == 0
    data = json.loads(out)
    assert (data["ready"], data["verdict"]) == (False, "undecided")
    assert data["status"].startswith(status)
    undecided = [f["id"] for f in data["findings"] if f["undecided"]]
    assert undecided == ["T2.direction_unknown"]
    assert all(f["severity"] == "warning" for f in data["findings"] if f["undecided"])
    code, out, _ = run(capsys, "check", path, "--lang", lang, *TODAY)
    assert out.rstrip().endswith(data["status"])


def test_every_finding_says_whether_it_is_undecided(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "worsening-late-kk.kassatsiya")
    _code, out, _ = run(capsys, "check", path, "--json", *TODAY)
    data = json.loads(out)
    assert all(isinstance(f["undecided"], bool) for f in data["findings"])
    assert (data["verdict"], data["ready"]) == ("return", False)
    assert data["deadline"]["applies"] is True
    assert data["deadline"]["outcome"] == "missed"


def test_a_day_off_that_is_not_sure_gives_the_safe_last_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Entry into force 27.05.2025: the year ends on the estimated Kurban ait 2026."""
    document = json.loads((EXAMPLES / "worsening-late-kk.kassatsiya").read_text(encoding="utf-8"))
    acts = document["case"]["acts"]
    acts[0]["date"], acts[1]["date"] = "2025-03-03", "2025-05-27"
    for act in acts:
        act["entered_into_force"] = "2025-05-27"
    document["case"]["filing"]["date"] = "2026-05-28"
    path = tmp_path / "unsure.kassatsiya"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--json", *TODAY)
    deadline = json.loads(out)["deadline"]
    assert code == 0
    assert (deadline["last_day"], deadline["possible_last_day"]) == ("2026-05-27", "2026-05-28")
    assert deadline["uncertain_days_off"] == ["2026-05-27"]
    assert (deadline["outcome"], deadline["met"]) == ("uncertain_day", None)


def test_export_of_an_undecided_case_keeps_the_draft_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Nothing returns the complaint, but it cannot be confirmed: still a draft, and its cover
    says what is missing, in the document's language."""
    import datetime as dt

    from docx import Document

    from assistant.casefile import load_case
    from assistant.law.engine import evaluate

    path = EXAMPLES / "cannot-confirm-direction-ru.kassatsiya"
    out = tmp_path / "draft.docx"
    code, _, _ = run(capsys, "export", str(path), "--docx", str(out), *TODAY)
    assert code == 0
    document = Document(str(out))
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "ЧЕРНОВИК" in header
    report = evaluate(load_case(path), dt.date(2026, 11, 26))
    missing = report.undecided[0].message(Language.RU)
    assert any(missing in p.text for p in document.paragraphs)
