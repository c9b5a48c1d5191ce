"""Entry script of the PyInstaller bundle: the same `ui.launcher.main` the console script runs.

It handles subcommands, no arguments (the window) and a lone `.kassatsiya` path, which is what
Windows passes when a user double-clicks a case file (the installer's file association).
"""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
