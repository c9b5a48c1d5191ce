"""Names Windows treats its own way (issue 21, point 10): export names, recent files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.cli import main
from assistant.file_names import file_name_problem
from assistant.paths import same_file_key
from ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("жалоба<1>.pdf", "“<” “>”"),
        ('ответ "суду".docx', '“"”'),
        ("12:30.pdf", "“:”"),
        ("a|b?.pdf", "“?” “|”"),
        ("tab\there.pdf", "U+0009"),
        ("CON.pdf", "Windows keeps CON for devices"),
        ("nul.docx", "Windows keeps NUL"),
        ("Lpt9.tar.pdf", "Windows keeps LPT9"),
        ("COM1 .pdf", "Windows keeps COM1"),
        ("жалоба.pdf.", "ends with a dot or a space"),
        ("жалоба.pdf ", "ends with a dot or a space"),
    ],
)
def test_names_windows_refuses_are_refused_with_the_reason(name: str, fragment: str) -> None:
    assert fragment in (file_name_problem(name, Language.EN) or "")
    assert file_name_problem(name, Language.KK)
    assert file_name_problem(name, Language.RU)


@pytest.mark.parametrize(
    "name", ["Жалоба Ахметова.pdf", "CONTRACT.pdf", "COM10.pdf", "console.docx", "шағым v1.2.pdf"]
)
def test_ordinary_names_pass(name: str) -> None:
    assert file_name_problem(name, Language.EN) is None


def test_the_cli_refuses_a_device_name_before_writing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "CON.pdf"
    code = main(
        [
            "export",
            str(ROOT / "examples" / "ready-ru.kassatsiya"),
            "--pdf",
            str(target),
            "--lang",
            "en",
        ]
    )
    assert code == 2
    assert "Windows keeps CON for devices" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_recent_files_are_one_file_whatever_the_case_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings(recent_files=[r"C:\Дела\Иванов.kassatsiya", r"C:\Дела\Петров.kassatsiya"])
    monkeypatch.setattr(sys, "platform", "win32")
    settings.add_recent(Path(r"c:\дела\ИВАНОВ.KASSATSIYA"))
    monkeypatch.undo()
    assert settings.recent_files == [r"c:\дела\ИВАНОВ.KASSATSIYA", r"C:\Дела\Петров.kassatsiya"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_on_posix_names_differing_in_case_are_two_files() -> None:
    settings = Settings(recent_files=["/cases/Ivanov.kassatsiya"])
    settings.add_recent(Path("/cases/ivanov.kassatsiya"))
    assert settings.recent_files == ["/cases/ivanov.kassatsiya", "/cases/Ivanov.kassatsiya"]
    assert same_file_key("C:/A/B.kassatsiya", platform="win32") == r"c:\a\b.kassatsiya"
