"""Screenshots of the real window as a clinic laptop shows it: 1366×768, a window manager's
title bar, step by step at the contested decisions, with the ready example, per language.

    python scripts/screenshots.py            # writes docs/screenshots/main-{kk,ru,en}.png

Starts its own X server (Xvfb) with a window manager (openbox) at 1366×768, opens the window
there in each language with a throw-away profile (so it never touches settings), and grabs
the whole screen: title bar, navigation row and all. Needs the `xvfb` and `openbox` packages.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = "1366x768x24"
DISPLAY = ":77"
TODAY = dt.date(2026, 11, 26)  # fixed, so the pictures do not change with the clock
SETTLE_S = 2.0  # time for the window manager to frame and place the window
LANGUAGES = ("kk", "ru", "en")


def shoot(language: str, target: Path) -> None:
    """In this process (on the X display): open the window in `language` and grab the screen."""
    os.environ["KASSATSIYA_PROFILE_DIR"] = tempfile.mkdtemp(prefix="kassatsiya-shots-")
    sys.path.insert(0, str(ROOT))
    from assistant.case.enums import Language
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings, load_settings
    from ui.startup import open_example
    from ui.text_size import apply_text_size

    app = QApplication(sys.argv[:1])
    apply_text_size(load_settings().text_size)
    settings = Settings(language=Language(language), step_by_step=True)
    window = MainWindow(
        settings, today=lambda: TODAY, recovery=RecoveryStore(Path(tempfile.mkdtemp()))
    )
    open_example(window)
    window.show()
    acts = next(i for i, s in enumerate(window.sections) if s.section_id == "acts")
    window.form.show_section(acts)
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(target))  # the root window: the frame is drawn by openbox
    window.document.replace(window.document.case, None)
    window.close()


def _start(command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    if shutil.which(command[0]) is None:
        raise SystemExit(f"{command[0]} is not installed (apt-get install xvfb openbox)")
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--shoot":
        shoot(sys.argv[2], Path(sys.argv[3]))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb"}
    server = _start(["Xvfb", DISPLAY, "-screen", "0", SCREEN, "-nolisten", "tcp"], env)
    time.sleep(1.0)
    manager = _start(["openbox"], env)
    time.sleep(1.0)
    try:
        for language in LANGUAGES:
            target = OUT / f"main-{language}.png"
            subprocess.run(
                [sys.executable, __file__, "--shoot", language, str(target)], env=env, check=True
            )
            print(target.relative_to(ROOT))
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(10)
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
