"""The windowed program opens the window whatever its arguments (issue 21, point 5).

Each run is a fresh process that poses as the bundle's `Kassatsiya.exe` (sys.frozen and its
executable's name) and runs `ui.launcher.main`, as the bundle's entry script does. Message
boxes print their text instead of waiting for a click.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from tests.gui.conftest import ROOT, run_fresh_python

AS_THE_WINDOW_PROGRAM = textwrap.dedent(
    """
    import sys
    from ui import app, file_controller, messages, startup

    sys.frozen = True
    sys.executable = r"C:\\Program Files\\Kassatsiya\\Kassatsiya.exe"
    sys.argv = ["Kassatsiya.exe", *sys.argv[1:]]

    def shown(parent, title, text, *_details):
        print("message:", text.splitlines()[0])

    messages.warn = file_controller.warn = shown
    startup.offer_example = lambda window: False
    after_paint = app._after_first_paint

    def then_report(window, store, files):
        after_paint(window, store, files)
        path = window.document.path
        print("window:", window.isVisible(), "case:", path.name if path else None)
        app.QTimer.singleShot(0, app.QApplication.instance().quit)  # after the notice, if any

    app._after_first_paint = then_report
    from ui.launcher import main

    sys.exit(main())
    """
)

pytestmark = pytest.mark.gui


def _run(*arguments: str) -> list[str]:
    return run_fresh_python("-c", AS_THE_WINDOW_PROGRAM, *arguments)


def test_open_with_on_a_backup_opens_it_in_the_window(tmp_path: Path) -> None:
    backup = tmp_path / "Ахметова.kassatsiya.bak"
    shutil.copy(ROOT / "examples" / "ready-ru.kassatsiya", backup)
    assert _run(str(backup)) == ["window: True case: Ахметова.kassatsiya.bak"]


def test_a_moved_file_is_reported_in_the_window(tmp_path: Path) -> None:
    moved = tmp_path / "moved.kassatsiya"
    assert _run(str(moved)) == [
        "window: True case: None",
        f"message: Файл {moved} не найден. Возможно, он был перемещен, переименован или удален.",
    ]


@pytest.mark.parametrize("arguments", [("protect", "case.kassatsiya"), ("--self-test",)])
def test_a_command_opens_the_window_and_names_the_console_program(
    arguments: tuple[str, ...],
) -> None:
    lines = _run(*arguments)
    assert len(lines) == 2
    assert lines[0] == "window: True case: None"
    assert lines[1].startswith("message: Kassatsiya запущена с параметрами «")
    console = "kassatsiya-cli.exe" if sys.platform == "win32" else "kassatsiya "  # Linux: one
    assert " ".join(arguments) in lines[1] and console in lines[1]


def test_a_file_that_is_not_a_case_is_refused_in_the_window(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a case", encoding="utf-8")
    lines = _run(str(notes))
    assert lines[0].startswith(f"message: Файл {notes} не является файлом дела")
    assert lines[1] == "window: True case: None"
