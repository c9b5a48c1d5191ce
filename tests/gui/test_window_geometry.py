"""The main window fits the screen it opens on: at 1366×768 and 1280×720, with the text two
steps larger, the step navigation ("‹ Back · Step N of 12 · Next ›") of every section lies
inside the screen's available area; the user's last place and size come back."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.gui.conftest import run_fresh_python
from ui.qt import QRect
from ui.window_geometry import PREFERRED_SIZE, fitted_rect, initial_rect

pytestmark = pytest.mark.gui

FRAME = (8, 31, 8, 8)


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1366, 728),
        QRect(0, 0, 1280, 680),
        QRect(0, 40, 1366, 728),
        QRect(1920, 0, 1024, 600),
    ],
)
def test_a_new_window_and_its_frame_fit_the_available_area(available: QRect) -> None:
    client = initial_rect(available, FRAME)
    framed = client.adjusted(-FRAME[0], -FRAME[1], FRAME[2], FRAME[3])
    assert available.contains(framed)
    assert client.width() == min(PREFERRED_SIZE.width(), available.width() - 16)
    assert client.height() == min(PREFERRED_SIZE.height(), available.height() - 39)


def test_a_window_below_the_taskbar_is_moved_and_shrunk_into_view() -> None:
    available = QRect(0, 0, 1366, 728)  # a 40-pixel taskbar below
    client = QRect(0, 0, 1366, 768)  # what the window used to get, title bar above the screen
    framed = client.adjusted(-8, -31, 8, 8)
    fitted = fitted_rect(client, framed, available)
    assert available.contains(fitted.adjusted(-8, -31, 8, 8))
    assert fitted.size().height() == 728 - 39


GEOMETRY_RUN = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    from pathlib import Path
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.text_size import apply_text_size
    from ui.qt import QApplication, QRect
    from ui.settings import DEFAULT_TEXT_SIZE, Settings
    from ui.startup import open_example

    app = QApplication(sys.argv[:1])
    apply_text_size(DEFAULT_TEXT_SIZE + 2)
    settings = Settings(step_by_step=True, window_geometry=sys.argv[1])
    window = MainWindow(settings, today=lambda: dt.date(2026, 11, 26),
                        recovery=RecoveryStore(Path(tempfile.mkdtemp())))
    open_example(window)
    window.show()
    for _ in range(20):
        app.processEvents()
    available = window.screen().availableGeometry()
    print("frame", window.frameGeometry().getRect(), "available", available.getRect())
    form = window.form
    for index in range(len(form.sections)):
        form.show_section(index)
        app.processEvents()
        for widget in (form.back_button, form.step_label, form.next_button):
            top_left = widget.mapToGlobal(widget.rect().topLeft())
            rect = QRect(top_left, widget.size())
            print("row", index, widget.isVisible(), available.contains(rect), rect.getRect())
    window.resize(900, 600)
    window.move(available.x() + 30, available.y() + 40)
    app.processEvents()
    print("moved", window.frameGeometry().getRect())
    window.document.replace(window.document.case, None)
    window.close()
    print("saved", settings.window_geometry)
    """
)


def _run(tmp_path: Path, width: int, height: int, saved: str = "") -> list[str]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": True}))
    return run_fresh_python(
        "-c", GEOMETRY_RUN, saved, QT_QPA_PLATFORM=f"offscreen:configfile={config}"
    )


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_sections_navigation_lies_inside_the_available_geometry(
    tmp_path: Path, width: int, height: int
) -> None:
    lines = _run(tmp_path, width, height)
    rows = [line.split() for line in lines if line.startswith("row ")]
    assert len(rows) == 12 * 3
    assert all(row[2] == "True" and row[3] == "True" for row in rows), [
        row for row in rows if row[2:4] != ["True", "True"]
    ]


def test_the_last_place_and_size_come_back(tmp_path: Path) -> None:
    first = _run(tmp_path, 1366, 768)
    moved = next(line for line in first if line.startswith("moved ")).removeprefix("moved ")
    saved = next(line for line in first if line.startswith("saved ")).removeprefix("saved ")
    assert saved
    second = _run(tmp_path, 1366, 768, saved)
    frame = next(line for line in second if line.startswith("frame "))
    assert moved == "(30, 40, 904, 604)"
    assert frame.startswith(f"frame {moved} ")
