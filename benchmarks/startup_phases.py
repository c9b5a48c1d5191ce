"""Where start-up time goes, phase by phase, beside the bare window's phases.

    python benchmarks/startup_phases.py [--runs 7]

Each run starts a fresh process (offscreen, throw-away profile) that times, inside itself, the
phases from the first import to the first event-loop turn after `show()`, importing in the
launcher's order (the Qt-free core, PySide6, then the widget modules), and the first check
the launcher runs once the window is on screen (reported apart); the bare PySide6
window with the same number of widgets is timed the same way, interleaved. The fastest run of
each phase is reported: on a noisy machine it is the best estimate of what the phase costs
(`benchmarks/startup.py` gives the end-to-end medians). Last line:
RESULT app_ms=<sum> bare_ms=<sum> core_before_qt_ms=<..> pyside6_import_ms=<..> ... (one per app phase)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from startup import BARE_WINDOW, child_env, compile_bytecode  # the same bare window and setup

ROOT = Path(__file__).resolve().parent.parent

APP = """
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
# In the launcher's order: ui/app.py imports the Qt-free core first, then the widgets (Qt).
import assistant.casefile, assistant.logs, assistant.paths
mark("core_before_qt")
import PySide6.QtWidgets
mark("pyside6_import")
import ui.app as app_module
mark("ui_and_later_imports")
import ui.main_window as main_window
from ui.qt import QApplication, QTimer
app = QApplication(sys.argv[:1])
mark("qapplication")
settings = main_window.Settings()
store = app_module.RecoveryStore(app_module.recovery_dir())
build_sections = main_window.build_sections
def timed_build(*args):
    mark("window_before_form")
    sections = build_sections(*args)
    mark("form_sections")
    return sections
main_window.build_sections = timed_build
window = main_window.MainWindow(settings, recovery=store, check_now=False)
mark("window_after_form")
window.show()
QTimer.singleShot(0, lambda: mark("show_and_first_loop"))
def check_after_paint():  # as the launcher does once the window is on screen
    mark("first_paint")
    window.refresh()
    mark("first_check_after_paint")
    phases = {name: (t - prev) * 1000 for (name, t), (_, prev) in zip(marks[1:], marks)}
    phases["widgets"] = len(window.findChildren(PySide6.QtWidgets.QWidget))
    print("PHASES " + json.dumps(phases), flush=True)
    app.quit()
window.after_first_paint(check_after_paint)
app.exec()
"""

BARE = (
    """
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget, QVBoxLayout, QLineEdit
from PySide6.QtCore import QTimer
mark("pyside6_import")
app = QApplication(sys.argv[:1])
mark("qapplication")
"""
    + BARE_WINDOW
    + """
mark("widgets")
window.show()
def done():
    mark("show_and_first_loop")
    phases = {name: (t - prev) * 1000 for (name, t), (_, prev) in zip(marks[1:], marks)}
    print("PHASES " + json.dumps(phases), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""
)


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=child_env(),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("PHASES "))
    phases: dict[str, float] = json.loads(line.removeprefix("PHASES "))
    return phases


def _fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    return {name: min(run[name] for run in runs) for name in runs[0]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_bytecode()
    widgets = int(_run(APP)["widgets"])
    app_runs, bare_runs = [], []
    for _ in range(args.runs):
        app_runs.append(_run(APP))
        bare_runs.append(_run(BARE, str(widgets)))
    app, bare = _fastest(app_runs), _fastest(bare_runs)
    app.pop("widgets")
    paint, check = app.pop("first_paint"), app.pop("first_check_after_paint")
    print(f"fastest of {args.runs} runs, ms (both after Python itself has started)")
    for name, value in app.items():
        print(f"  app   {name:22s} {value:7.1f}")
    print(f"  app   (then the first paint: {paint:.1f}, and the first check: {check:.1f})")
    for name, value in bare.items():
        print(f"  bare  {name:22s} {value:7.1f}   ({widgets} line edits)")
    app_total, bare_total = sum(app.values()), sum(bare.values())
    print(f"  app total {app_total:.0f} ms, bare total {bare_total:.0f} ms")
    pairs = " ".join(f"{name}_ms={value:.0f}" for name, value in app.items())
    print(f"RESULT app_ms={app_total:.0f} bare_ms={bare_total:.0f} {pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
