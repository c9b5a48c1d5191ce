"""Save screenshots of the real main window (1366×768) with the ready example, per language.

    python scripts/screenshots.py            # writes docs/screenshots/main-{kk,ru,en}.png

Runs offscreen with a throw-away profile, so it needs no display and never touches settings.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
TODAY = dt.date(2026, 11, 26)  # fixed, so the pictures do not change with the clock


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KASSATSIYA_PROFILE_DIR"] = tempfile.mkdtemp(prefix="kassatsiya-shots-")
    sys.path.insert(0, str(ROOT))
    from assistant.case.enums import Language
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.qt import QApplication
    from ui.settings import Settings
    from ui.startup import open_example

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for language in (Language.KK, Language.RU, Language.EN):
        settings = Settings(language=language, step_by_step=False)
        window = MainWindow(
            settings, today=lambda: TODAY, recovery=RecoveryStore(Path(tempfile.mkdtemp()))
        )
        open_example(window)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        target = OUT / f"main-{language.value}.png"
        window.grab().save(str(target))
        print(target.relative_to(ROOT))
        window.document.replace(window.document.case, None)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
