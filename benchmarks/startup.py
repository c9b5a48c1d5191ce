"""Start-up and per-keystroke cost of the desktop app.

    python benchmarks/startup.py [--runs 15]

(a) process start to the first shown main window of `kassatsiya` (the console script pip
installed, else `python -m ui.launcher`; the app prints the time when
KASSATSIYA_EXIT_AFTER_SHOW=1 and quits), interleaved with (b) a bare PySide6 window holding the
same number of widgets, both timed on the event-loop turn after `show()`; (c) one keystroke's
check-and-refresh on a large case (50 acts, 200 attachments, long arguments). The app runs its
first check once the window has been painted; the time until those findings are in the panel
is printed too (not part of the ratio). Runs offscreen with a throw-away profile, shared by the
runs as a user's profile is by their starts: the first start fills the law cache
(assistant/law/law_cache.py) and is timed on its own; the timed runs read it. Last line:
RESULT app_ms=<median> bare_ms=<median> ratio=<app/bare> keystroke_ms=<median>
first_start_ms=<the run with an empty law cache>
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)

# The bare window: as many plain line edits as the app has widgets (sys.argv[1]), same size.
BARE_WINDOW = """
window = QMainWindow()
central = QWidget()
layout = QVBoxLayout(central)
for _ in range(int(sys.argv[1])):
    layout.addWidget(QLineEdit())
window.setCentralWidget(central)
window.resize(1366, 768)
"""

BARE = (
    """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget, QVBoxLayout, QLineEdit
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
"""
    + BARE_WINDOW
    + """
window.show()
def done():
    launched = float(os.environ["KASSATSIYA_LAUNCH_TIME"])
    print(f"STARTUP_MS {(time.time() - launched) * 1000:.1f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""
)


PROFILE = tempfile.mkdtemp(prefix="kassatsiya-bench-")  # one user's profile for every run


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KASSATSIYA_PROFILE_DIR=PROFILE,
        KASSATSIYA_EXIT_AFTER_SHOW="1",
        KASSATSIYA_LAUNCH_TIME=repr(time.time()),
    )
    return env


def compile_bytecode() -> None:
    """Compile our modules once, as `pip install .` does, so no run pays for compilation."""
    import compileall

    for package in ("assistant", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def app_command() -> list[str]:
    """`kassatsiya` itself: the console script pip installed beside this Python, if any."""
    scripts = Path(sys.executable).parent
    for name in ("kassatsiya", "kassatsiya.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    return [sys.executable, "-m", "ui.launcher"]  # not installed: the same entry point


def _timed(command: list[str]) -> dict[str, float]:
    """The times a run printed: STARTUP_MS (window shown) and, for the app, FINDINGS_MS."""
    out = subprocess.run(
        command, env=child_env(), capture_output=True, text=True, check=True, cwd=ROOT
    )
    lines = out.stdout.splitlines()
    pairs = (x.split() for x in lines if x.startswith(("STARTUP_MS ", "FINDINGS_MS ")))
    return {label: float(ms) for label, ms in pairs}


def _large_case():  # type: ignore[no-untyped-def]
    from assistant.case.enums import Ground, Language
    from assistant.case.model import Attachment, ContestedAct, GroundArgument
    from assistant.casefile import load_case

    case = load_case(ROOT / "examples" / "ready-ru.kassatsiya")
    case.complaint_language = Language.RU
    long_text = "Суд не дал оценки показаниям свидетелей защиты. " * 200
    case.acts = [
        ContestedAct(court=f"Суд № {i}", case_number=f"7599-26-00-1/{i}", date=TODAY)
        for i in range(50)
    ]
    case.attachments = [Attachment(title=f"Документ {i}", pages=2) for i in range(200)]
    case.grounds = [
        GroundArgument(item=g, violation=long_text, norms=long_text, effect=long_text)
        for g in Ground
    ]
    return case


def widget_count_and_keystroke_ms(keystrokes: int) -> tuple[int, list[float]]:
    """Widgets of the real window; per-keystroke times of typing into the name on a large case."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KASSATSIYA_PROFILE_DIR"] = tempfile.mkdtemp(prefix="kassatsiya-bench-")
    sys.path.insert(0, str(ROOT))
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QWidget
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(
        Settings(), today=lambda: TODAY, recovery=RecoveryStore(Path(tempfile.mkdtemp()))
    )
    widgets = len(window.findChildren(QWidget))
    window.document.replace(_large_case(), None)
    window.show()
    app.processEvents()
    line = window.sections[0].editors["/filer/full_name"].widget
    times = []
    for index in range(keystrokes):
        start = time.perf_counter()
        line.insert("абвгд"[index % 5])  # type: ignore[attr-defined]
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    window.document.replace(window.document.case, None)
    window.close()
    window.deleteLater()
    app.processEvents()
    app.shutdown()  # tear Qt down before the interpreter finalizes its objects
    return widgets, times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)  # the machine is noisy: ±10 %
    args = parser.parse_args()
    widgets, keystrokes = widget_count_and_keystroke_ms(60)
    app_cmd = app_command()
    bare_cmd = [sys.executable, "-c", BARE, str(widgets)]
    compile_bytecode()
    first_start = _timed(app_cmd)["STARTUP_MS"]  # empty law cache; also warms the file cache
    _timed(bare_cmd)
    app_ms, findings_ms, bare_ms = [], [], []
    for run in range(args.runs):
        app = _timed(app_cmd)
        app_ms.append(app["STARTUP_MS"])
        findings_ms.append(app["FINDINGS_MS"])
        bare_ms.append(_timed(bare_cmd)["STARTUP_MS"])
        print(
            f"run {run + 1}: app {app_ms[-1]:.0f} ms (findings {findings_ms[-1]:.0f} ms), "
            f"bare {bare_ms[-1]:.0f} ms ({widgets} widgets)"
        )
    app_median = statistics.median(app_ms)
    bare_median = statistics.median(bare_ms)
    key_median = statistics.median(keystrokes[5:])
    print(f"first start (empty law cache): {first_start:.0f} ms")
    print(f"first findings in the panel: median {statistics.median(findings_ms):.0f} ms")
    print(
        f"keystroke on a large case: median {key_median:.2f} ms, max {max(keystrokes[5:]):.2f} ms"
    )
    print(
        f"RESULT app_ms={app_median:.0f} bare_ms={bare_median:.0f} "
        f"ratio={app_median / bare_median:.2f} keystroke_ms={key_median:.2f} "
        f"first_start_ms={first_start:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
