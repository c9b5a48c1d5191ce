"""A local rotating log for troubleshooting, which never holds personal data.

Only event names, error kinds, versions and timings are logged — never names, IINs,
addresses, file paths or case text. `log_event` is the only way code writes to it, and it
accepts only a fixed event name and numeric/enum details, so personal data has no way in.
`diagnostic_report()` is what the "copy diagnostic report" action shows before copying.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from collections.abc import Mapping
from pathlib import Path

from assistant import __version__
from assistant.calendar_kz import holidays_version
from assistant.owner_only import private_folder, restrict_to_owner

LOGGER_NAME = "kassatsiya"
MAX_BYTES = 256 * 1024
BACKUPS = 3
_SAFE_DETAIL = (int, float, bool)


def _make_private(path: Path) -> None:
    """Create `path` if it is missing, the owner's only (assistant/owner_only.py: 0600, or an
    owner-only access list on Windows), and make an existing one so (earlier versions left it
    0644)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    restrict_to_owner(path)


def _rotate_privately(source: str, dest: str) -> None:
    """The handler's `rotator`: move the full log aside, and create the new one private before
    the handler opens it (it would be created with the process's umask, usually 0644)."""
    if os.path.exists(source):
        os.replace(source, dest)
    _make_private(Path(source))


def configure(log_dir: Path) -> Path:
    """Attach the rotating file handler (once); returns the log file's path.

    The folder and every log file, rotated ones included, are the owner's only (0700 and 0600
    on POSIX, an owner-only access list on Windows): the log names no one, but its timestamps
    alone tell when and how often someone worked on a case (docs/security.md, section 6).
    """
    private_folder(log_dir)
    restrict_to_owner(log_dir)  # also one an earlier version left readable by all
    path = log_dir / "kassatsiya.log"
    for file in [path, *(log_dir / f"{path.name}.{n}" for n in range(1, BACKUPS + 1))]:
        if file == path or file.exists():
            _make_private(file)
    from logging.handlers import RotatingFileHandler  # lazy: ~8 ms, and the GUI opens it late

    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.rotator = _rotate_privately
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path


def log_event(event: str, details: Mapping[str, int | float | bool | str] | None = None) -> None:
    """Log a fixed event name with safe details (numbers, booleans, short identifiers).

    Strings in details must be identifiers such as an error kind or a rule id (ASCII letters,
    digits, `._-`), which rules out names, addresses and free text.
    """
    parts = [event]
    for key, value in (details or {}).items():
        if isinstance(value, _SAFE_DETAIL) or (isinstance(value, str) and _is_identifier(value)):
            parts.append(f"{key}={value}")
        else:
            parts.append(f"{key}=<withheld>")
    logging.getLogger(LOGGER_NAME).info(" ".join(parts))


def _is_identifier(value: str) -> bool:
    return len(value) <= 40 and all(c.isascii() and (c.isalnum() or c in "._-()") for c in value)


def diagnostic_report(log_path: Path | None, tail_lines: int = 50) -> str:
    """Versions, platform and the last log lines: exactly what the user is shown and copies."""
    lines = [
        f"Kassatsiya {__version__}",
        f"Python {sys.version.split()[0]} on {platform.system()} {platform.release()} "
        f"({platform.machine()})",
        f"holidays calendar {holidays_version()}",
    ]
    if log_path is not None and log_path.exists():
        text = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        lines.append("--- log ---")
        lines.extend(text[-tail_lines:])
    return "\n".join(lines)
