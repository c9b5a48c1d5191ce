"""Entry script of the PyInstaller bundle: the `kassatsiya` command, plus "open this case file".

Windows starts `Kassatsiya.exe "<path>.kassatsiya"` when a user double-clicks a case file (the
installer's file association). The command line parser only knows subcommands, so a lone
existing `.kassatsiya` path is handed straight to the window; everything else goes to
`ui.launcher.main` unchanged, the function the `kassatsiya` console script runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

CASE_SUFFIX = ".kassatsiya"


def case_file_argument(args: list[str]) -> Path | None:
    """The case file to open when the only argument is an existing `.kassatsiya` file."""
    if len(args) != 1:
        return None
    path = Path(args[0])
    return path if path.suffix.lower() == CASE_SUFFIX and path.is_file() else None


def main() -> int:
    """Open a double-clicked case file in the window, or run the command line."""
    case_file = case_file_argument(sys.argv[1:])
    if case_file is not None:
        from ui.app import run_app

        return int(run_app([sys.argv[0], str(case_file)]))
    from ui.launcher import main as console_main

    return int(console_main())


if __name__ == "__main__":
    sys.exit(main())
