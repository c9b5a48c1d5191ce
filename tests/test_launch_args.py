"""The window program's command line (issue 21, point 5): it opens the window, always."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.launch_args import WindowLaunch, is_window_program, window_launch


@pytest.mark.parametrize(
    ("frozen", "executable", "console", "expected"),
    [
        (True, r"C:\Program Files\Kassatsiya\Kassatsiya.exe", True, True),
        (True, "/opt/kassatsiya/kassatsiya", True, False),  # Linux: one program for both
        (True, r"C:\Kassatsiya\kassatsiya-cli.exe", True, False),
        (False, r"C:\Python311\python.exe", True, False),  # the pip console script
        (False, r"C:\Python311\pythonw.exe", False, True),  # no console: nowhere to print
    ],
)
def test_which_program_is_the_window_program(
    frozen: bool, executable: str, console: bool, expected: bool
) -> None:
    assert is_window_program(frozen=frozen, executable=executable, has_console=console) is expected


def test_any_existing_file_is_opened_whatever_its_name(tmp_path: Path) -> None:
    backup = tmp_path / "жалоба.kassatsiya.bak"  # "Open with" on the backup our messages name
    backup.write_bytes(b"{}")
    launch = window_launch([str(backup)])
    assert launch.case_file == backup
    assert launch.notice(Language.EN) is None


def test_a_moved_file_is_named_in_the_window(tmp_path: Path) -> None:
    moved = tmp_path / "moved.kassatsiya"
    launch = window_launch([str(moved)])
    assert launch.case_file is None
    assert launch.notice(Language.EN) == (
        f"The file {moved} was not found. It may have been moved, renamed or deleted."
    )
    assert "табылмады" in (launch.notice(Language.KK) or "")


@pytest.mark.parametrize(
    "arguments",
    [["protect", "case.kassatsiya"], ["--self-test"], ["check"], ["export", "a", "--pdf", "b"]],
)
def test_a_command_is_not_run_and_the_window_says_where_to_run_it(arguments: list[str]) -> None:
    launch = window_launch(arguments)
    assert launch.case_file is None
    text = launch.notice(Language.EN, windows=True) or ""
    assert " ".join(arguments) in text
    assert "use kassatsiya-cli.exe in the same folder" in text
    linux = launch.notice(Language.RU, windows=False) or ""
    assert "kassatsiya " in linux and "kassatsiya-cli" not in linux  # one program on Linux


def test_several_files_open_the_first_and_say_so(tmp_path: Path) -> None:
    first, second = tmp_path / "a.kassatsiya", tmp_path / "b.kassatsiya"
    for file in (first, second):
        file.write_bytes(b"{}")
    launch = window_launch([str(first), str(second)])
    assert launch.case_file == first
    assert (
        launch.notice(Language.EN)
        == "Kassatsiya opens one case at a time: a.kassatsiya was opened."
    )


def test_no_arguments_no_notice() -> None:
    assert window_launch([]) == WindowLaunch(None)
    assert window_launch([]).notice(Language.RU) is None
