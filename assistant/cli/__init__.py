"""The `kassatsiya` command: no arguments opens the window; subcommands work headless."""

from assistant.cli.main import main

__all__ = ["main"]
