"""The launcher shows the window first and runs the first check once the window is painted.

The rule engine and its rules load after the first paint (MainWindow `check_now=False`); until
the check has run, the findings panel says it is checking, in the interface language.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import RecoveryStore
from tests.gui.conftest import TODAY, run_fresh_python

pytestmark = pytest.mark.gui


def test_until_the_first_check_the_panel_says_it_is_checking_in_each_language(
    qtbot, recovery: RecoveryStore
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.settings import Settings

    window = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery, check_now=False)
    qtbot.addWidget(window)
    assert window.report is None
    assert window.findings.status.text() == "Идёт проверка жалобы…"
    assert window.findings.finding_items() == []
    navigator = [window.navigator.item(i).text() for i in range(window.navigator.count())]
    assert navigator[0] == "Кто подает жалобу"  # no "— ✓" before anything was checked
    assert not any("✓" in text or "проблем" in text for text in navigator)
    window.set_ui_language(Language.KK, save=False)
    assert window.findings.status.text() == "Шағым тексерілуде…"
    window.set_ui_language(Language.EN, save=False)
    assert window.findings.status.text() == "Checking the complaint…"

    window.refresh()  # what the launcher does after the first paint

    assert window.report is not None and window.report.blocking
    assert window.findings.status.text().startswith("Will be returned:")
    assert window.findings.finding_items()
    assert window.navigator.item(0).text().startswith("Who files the complaint\u00a0—\u00a0")


SHOW_THEN_CHECK = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    from pathlib import Path
    import ui.launcher, ui.app  # what `kassatsiya` imports before it builds the window
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings

    LATER = ("tomllib", "dataclasses", "logging.handlers", "json", "calendar", "locale",
             "babel", "ssl", "_hashlib", "cryptography", "reportlab", "docx", "pymorphy3")
    ENGINE = ("assistant.law.engine", "assistant.law.loader", "assistant.privacy")
    app = QApplication(sys.argv[:1])
    window = MainWindow(
        Settings(), today=lambda: dt.date(2026, 11, 26),
        recovery=RecoveryStore(Path(tempfile.mkdtemp())), check_now=False,
    )
    window.show()
    app.processEvents()
    print("loaded:", *[name for name in LATER if name in sys.modules])
    print("shown:", *[name for name in ENGINE if name in sys.modules])
    window.refresh()
    print("checked:", *[name for name in ENGINE if name in sys.modules])
    """
)


def test_the_engine_loads_only_for_the_first_check() -> None:
    assert run_fresh_python("-c", SHOW_THEN_CHECK)[-2:] == [
        "shown:",
        "checked: assistant.law.engine assistant.law.loader assistant.privacy",
    ]


def test_the_launcher_reports_the_shown_window_then_its_findings() -> None:
    """The benchmark hook of `kassatsiya` (benchmarks/startup.py reads both lines)."""
    lines = run_fresh_python(
        "-m",
        "ui.launcher",
        KASSATSIYA_EXIT_AFTER_SHOW="1",
        KASSATSIYA_LAUNCH_TIME=repr(time.time()),
    )
    assert [line.split()[0] for line in lines] == ["STARTUP_MS", "FINDINGS_MS"]
    shown, checked = (float(line.split()[1]) for line in lines)
    assert 0 < shown <= checked


OPEN_A_FILE = textwrap.dedent(
    """
    import sys
    from ui import app

    after_paint = app._after_first_paint

    def then_report(window, store, files):
        after_paint(window, store, files)
        print("opened:", window.document.path.name, "checked:", window.report is not None)
        print("after the paint:", window._after_paint is None)
        app.QApplication.instance().quit()

    app._after_first_paint = then_report
    sys.exit(app.run_app(["kassatsiya", "examples/ready-ru.kassatsiya"]))
    """
)


def test_the_launcher_opens_a_named_file_after_the_first_paint() -> None:
    """What a double-click on a case file does: window, first paint, check, then the file."""
    assert run_fresh_python("-c", OPEN_A_FILE)[-2:] == [
        "opened: ready-ru.kassatsiya checked: True",
        "after the paint: True",
    ]


def _window(recovery: RecoveryStore):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.settings import Settings

    return MainWindow(Settings(), today=lambda: TODAY, recovery=recovery, check_now=False)


def test_after_first_paint_waits_for_the_paint_not_just_the_next_turn(
    qtbot, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui import main_window
    from ui.qt import QEvent, QObject

    # Offscreen, after some other tests, the first paint can take a second to come; the
    # fallback for a minimised window must not fire first here.
    monkeypatch.setattr(main_window, "FIRST_PAINT_AT_LATEST_MS", 20_000)

    events: list[str] = []

    class PaintRecorder(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    window = _window(recovery)
    qtbot.addWidget(window)
    recorder = PaintRecorder()
    window.installEventFilter(recorder)
    window.after_first_paint(lambda: events.append("after paint"))
    window.show()
    qtbot.waitUntil(lambda: "after paint" in events, timeout=15_000)
    assert "paint" in events[: events.index("after paint")]
    window.after_first_paint(lambda: events.append("late"))  # once painted: the next turn
    assert "late" not in events
    qtbot.waitUntil(lambda: "late" in events)
    assert events.count("after paint") == 1


def test_a_window_never_painted_still_runs_its_after_paint_work(
    qtbot, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A window started minimised is not painted until restored; its first check runs anyway."""
    from ui import main_window

    monkeypatch.setattr(main_window, "FIRST_PAINT_AT_LATEST_MS", 50)
    window = _window(recovery)
    qtbot.addWidget(window)
    window.after_first_paint(window.refresh)  # never shown
    qtbot.waitUntil(lambda: window.report is not None, timeout=2000)


def test_what_start_up_leaves_for_later_is_not_loaded_before_the_window_shows(
    tmp_path: Path,
) -> None:
    """README, Performance: each of these was measured to cost start-up time. The first start
    reads the law's TOML files to fill the user's law cache; the next ones do not."""
    profile = str(tmp_path / "profile")
    first = run_fresh_python("-c", SHOW_THEN_CHECK, KASSATSIYA_PROFILE_DIR=profile)
    assert first[-3] == "loaded: tomllib"
    assert run_fresh_python("-c", SHOW_THEN_CHECK, KASSATSIYA_PROFILE_DIR=profile)[-3] == "loaded:"
