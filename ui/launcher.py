"""The `kassatsiya` console script: subcommands run headless; no arguments opens the window.

Lives in `ui/` because opening the window needs Qt, which `assistant/` never imports; Qt is
imported only when the window is really opened, so `kassatsiya check` stays Qt-free. With no
arguments, or a single existing `.kassatsiya` file (what a double-click on a case file sends),
the window opens straight away without loading the command-line machinery. The bundle's
windowed program (`Kassatsiya.exe`) always opens the window, and shows there what it could not
do with its arguments (assistant/launch_args.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.launch_args import WindowLaunch, running_window_program, window_launch

CASE_SUFFIX = ".kassatsiya"


def case_file_argument(args: list[str]) -> Path | None:
    """The case file to open when the only argument is an existing `.kassatsiya` file."""
    if len(args) != 1:
        return None
    path = Path(args[0])
    return path if path.suffix.lower() == CASE_SUFFIX and path.is_file() else None


def _open_window(case_file: Path | None = None, launch: WindowLaunch | None = None) -> int:
    from ui.app import run_app

    argv = [sys.argv[0]] + ([str(case_file)] if case_file is not None else [])
    return int(run_app(argv, notice=launch.notice if launch is not None else None))


def main() -> int:
    """Entry point named in pyproject.toml (and used by the packaged launcher)."""
    args = sys.argv[1:]
    if not args:
        return _open_window()
    if running_window_program():
        launch = window_launch(args)
        return _open_window(launch.case_file, launch)
    case_file = case_file_argument(args)
    if case_file is not None:
        return _open_window(case_file)
    from assistant.cli import main as cli_main

    return cli_main(args, open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
