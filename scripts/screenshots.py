"""Screenshots of the real window as a clinic laptop shows it: 1366×768, a window manager's
title bar, step by step at the contested decisions, with the ready example, per language.

    python scripts/screenshots.py            # writes docs/screenshots/main-{kk,ru,en}.png
    python scripts/screenshots.py --out /tmp/shots --sizes 8,20 --sections acts,grounds
        # every language × text size × section: /tmp/shots/{lang}-{size}pt-{section}.png
    python scripts/screenshots.py --documents [--kinds execution-petition]
        # each other document's form with its example, every section:
        # docs/screenshots/{kind}-{lang}-{section}.png

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


# The example each other document's screenshots show, by the language of the proceedings
DOCUMENT_EXAMPLES = {
    "appeal": {"kk": "appeal-kk", "ru": "appeal-ru"},
    "pg-petition": {"kk": "pg-petition-kk", "ru": "pg-petition-ru"},
    "new-circumstances": {"kk": "new-circumstances-kk", "ru": "new-circumstances-ru"},
    "execution-petition": {"kk": "execution-petition-kk", "ru": "execution-petition-ru"},
}


def shoot(
    language: str,
    target: Path,
    size: int | None = None,
    section: str = "acts",
    example: str | None = None,
) -> None:
    """In this process (on the X display): open the window in `language` at text size `size`
    (the settings' default when None) on `section`, and grab the screen. `example`: the
    bundled example to open (default: the ready complaint)."""
    os.environ["KASSATSIYA_PROFILE_DIR"] = tempfile.mkdtemp(prefix="kassatsiya-shots-")
    sys.path.insert(0, str(ROOT))
    from assistant.case.enums import Language
    from assistant.casefile import RecoveryStore, load_case
    from assistant.resources import data_dir
    from ui.main_window import MainWindow
    from ui.palette import apply_readable_palette
    from ui.qt import QApplication
    from ui.settings import Settings, load_settings
    from ui.startup import open_example
    from ui.text_size import apply_text_size

    app = QApplication(sys.argv[:1])
    apply_readable_palette(app)
    apply_text_size(size or load_settings().text_size)
    settings = Settings(language=Language(language), step_by_step=True)
    window = MainWindow(
        settings, today=lambda: TODAY, recovery=RecoveryStore(Path(tempfile.mkdtemp()))
    )
    if example is None:
        open_example(window)
    else:
        case = load_case(data_dir("examples") / f"{example}.kassatsiya")
        window.document.replace(case, None)
    window.show()
    shown = next(i for i, s in enumerate(window.sections) if s.section_id == section)
    window.form.show_section(shown)
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


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _shoot_documents(out: Path, env: dict[str, str], size: str, kinds: list[str]) -> None:
    """Every section of each other document's form (those of `kinds`), in each interface
    language."""
    sys.path.insert(0, str(ROOT))
    from assistant.case.enums import DocumentKind
    from ui.sections import SECTIONS_OF

    for kind, examples in DOCUMENT_EXAMPLES.items():
        if kind not in kinds:
            continue
        for language in LANGUAGES:
            example = examples["kk" if language == "kk" else "ru"]
            for section_type in SECTIONS_OF[DocumentKind(kind)]:
                section = section_type.section_id
                target = out / f"{kind}-{language}-{section}.png"
                command = [sys.executable, __file__, "--shoot", language, str(target)]
                subprocess.run([*command, size, section, example], env=env, check=True)
                print(target)


def main() -> int:
    if len(sys.argv) in {6, 7} and sys.argv[1] == "--shoot":
        size = int(sys.argv[4]) if sys.argv[4] != "-" else None
        example = sys.argv[6] if len(sys.argv) == 7 else None
        shoot(sys.argv[2], Path(sys.argv[3]), size, sys.argv[5], example)
        return 0
    out = Path(_option("--out", str(OUT)))
    sizes = _option("--sizes", "-").split(",")
    sections = _option("--sections", "acts").split(",")
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb"}
    server = _start(["Xvfb", DISPLAY, "-screen", "0", SCREEN, "-nolisten", "tcp"], env)
    time.sleep(1.0)
    manager = _start(["openbox"], env)
    time.sleep(1.0)
    try:
        if "--documents" in sys.argv:
            kinds = _option("--kinds", ",".join(DOCUMENT_EXAMPLES)).split(",")
            _shoot_documents(out, env, sizes[0], kinds)
            return 0
        for language in LANGUAGES:
            for size in sizes:
                for section in sections:
                    if out == OUT:
                        target = out / f"main-{language}.png"
                    else:
                        target = out / f"{language}-{size}pt-{section}.png"
                    command = [sys.executable, __file__, "--shoot", language, str(target)]
                    subprocess.run([*command, size, section], env=env, check=True)
                    print(target)
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(10)
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
