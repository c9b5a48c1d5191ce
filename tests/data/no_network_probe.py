"""Run start, check, export and save with every network socket creation recorded.

Started by tests/test_no_network.py in a fresh process: the audit hook is installed before
anything of ours is imported, so import-time connections are caught too. Prints one line per
forbidden socket event and exits 1 if there was any.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
import tempfile
from pathlib import Path

FORBIDDEN: list[str] = []
LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", -1)}


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family not in LOCAL_FAMILIES:
            FORBIDDEN.append(f"{event} family={family}")
    elif event in ("socket.connect", "socket.sendto", "socket.getaddrinfo", "socket.gethostbyname"):
        FORBIDDEN.append(f"{event} {args[1:2]}")


sys.addaudithook(_hook)


def main() -> int:
    from assistant.casefile import load_case, save_case
    from assistant.law.engine import evaluate
    from assistant.resources import data_dir

    case = load_case(data_dir("examples") / "ready-ru.kassatsiya")
    evaluate(case, dt.date(2026, 11, 26))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        save_case(case, folder / "c.kassatsiya")
        try:
            from assistant.export import export_case
        except ImportError:
            export_case = None
        if export_case is not None:
            export_case(
                case,
                language=case.complaint_language,
                docx=folder / "c.docx",
                pdf=folder / "c.pdf",
                final=False,
                open_problems=[],
            )
        if os.environ.get("PROBE_GUI") == "1":
            _start_window(folder)
    if os.environ.get("PROBE_SELF_CHECK") == "1":
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()  # must be caught
    for line in FORBIDDEN:
        print(line)
    return 1 if FORBIDDEN else 0


def _start_window(folder: Path) -> None:
    """Create and show the main window offscreen, process events, close it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KASSATSIYA_PROFILE_DIR"] = str(folder / "profile")
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import load_settings

    app = QApplication([])
    window = MainWindow(load_settings())
    window.show()
    window.files.open_path(folder / "c.kassatsiya", confirmed=True)
    app.processEvents()
    window.close()
    app.processEvents()
    if "PySide6.QtNetwork" in sys.modules:
        FORBIDDEN.append("PySide6.QtNetwork was imported")


if __name__ == "__main__":
    sys.exit(main())
