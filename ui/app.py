"""Start the desktop app: settings, language, the main window, then recovery or the example."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.case.enums import Language
from assistant.casefile import RecoveryStore
from assistant.i18n import current_language
from assistant.logs import configure as configure_logs
from assistant.logs import log_event
from assistant.paths import app_dirs
from ui.main_window import MainWindow
from ui.palette import apply_readable_palette, keep_high_contrast
from ui.qt import QApplication, QTimer
from ui.settings import load_settings, recovery_dir
from ui.text_size import apply_text_size
from ui.unexpected_errors import UnexpectedErrors

Notice = Callable[[Language], str | None]
APP_TITLE = "Kassatsiya"
EXIT_AFTER_SHOW_ENV = "KASSATSIYA_EXIT_AFTER_SHOW"
LAUNCH_TIME_ENV = "KASSATSIYA_LAUNCH_TIME"  # time.time() of the launch, set by the benchmark


def _report_startup(app: QApplication, window: MainWindow) -> None:
    """Benchmark hook: print ms since launch on the event-loop turn after `show()` (as the bare
    window of benchmarks/startup.py does), then, once painted, the first check's findings; quit.
    """
    launched = float(os.environ.get(LAUNCH_TIME_ENV, "0") or 0)
    QTimer.singleShot(0, lambda: _print_ms("STARTUP_MS", launched))

    def findings_then_quit() -> None:
        window.refresh()
        _print_ms("FINDINGS_MS", launched)
        app.quit()

    window.after_first_paint(findings_then_quit)


def _print_ms(label: str, launched: float) -> None:
    if launched and sys.stdout is not None:  # a windowed Windows program has no stdout
        sys.stdout.write(f"{label} {(time.time() - launched) * 1000:.1f}\n")
        sys.stdout.flush()


def run_app(argv: Sequence[str], notice: Notice | None = None) -> int:
    """Run the GUI until the window closes; argv[1] may name a case file to open; `notice`
    gives, in the window's language, what the launch could not do (shown once it is open)."""
    app = QApplication(list(argv))
    app.setApplicationName("Kassatsiya")
    app.setOrganizationName("Kassatsiya")
    apply_readable_palette(app)
    settings = load_settings()
    apply_text_size(settings.text_size)
    store = RecoveryStore(recovery_dir())
    window = MainWindow(settings, recovery=store, check_now=False)
    UnexpectedErrors(window).install()
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        _report_startup(app, window)
    else:
        files = [Path(arg) for arg in argv[1:] if not arg.startswith("-")]
        window.after_first_paint(lambda: _after_first_paint(window, store, files))
        if notice is not None:
            window.after_first_paint(lambda: _show_notice(window, notice))
    return app.exec()


def _show_notice(window: MainWindow, notice: Notice) -> None:
    """What the launch could not do (a moved file, a command), once the window is ready."""
    text = notice(current_language())
    if text:
        from ui.messages import warn

        warn(window, APP_TITLE, text)


def set_window_icon() -> None:
    """The app's icon on every window's title bar and the taskbar (Windows shows a blank one
    otherwise); after the first paint, as it is not needed to see the window."""
    from assistant.resources import app_icon_file
    from ui.qt import QIcon

    icon = app_icon_file()
    if icon is not None:
        QApplication.setWindowIcon(QIcon(str(icon)))


def _after_first_paint(window: MainWindow, store: RecoveryStore, files: list[Path]) -> None:
    """What the first window does not need, once it is on screen: the first check, the log,
    then the case.

    The rule engine with its rules (~30 ms), the log file (logging.handlers: ~8 ms) and the
    start-up questions with their dialogs wait until the window has been painted, so the user
    sees it sooner; until the check has run, the findings panel says it is checking. Export
    previews a killed run left behind are removed here too.
    """
    from ui.startup import open_at_start  # lazy: dialogs and case-file loading

    window.refresh()
    if keep_high_contrast():  # after the first check: it builds PySide6's `Qt` namespace
        window.findings.retranslate()  # the status line in the system's colours

    set_window_icon()
    with contextlib.suppress(OSError):  # a read-only profile must not stop the app
        configure_logs(app_dirs().logs)
    from assistant.render.preview import sweep_previews

    log_event("app_started", {"previews_removed": sweep_previews()})
    open_at_start(window, store, files)
