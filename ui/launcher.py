"""The `kassatsiya` console script: subcommands run headless; no arguments opens the window.

Lives in `ui/` because opening the window needs Qt, which `assistant/` never imports; Qt is
imported only when the window is really opened, so `kassatsiya check` stays Qt-free.
"""

from __future__ import annotations

import sys

from assistant.cli import main as cli_main


def _open_window() -> int:
    from ui.app import run_app

    return int(run_app(sys.argv[:1]))


def main() -> int:
    """Entry point named in pyproject.toml."""
    return cli_main(open_window=_open_window)


if __name__ == "__main__":
    sys.exit(main())
