"""User settings as one small JSON file in the user's config folder (no Qt registry, easy to back up).

`KASSATSIYA_PROFILE_DIR` moves the whole profile (settings and recovery files) elsewhere: tests
and portable installs use it so they never touch the real profile.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from assistant.case.enums import Language
from assistant.casefile.atomic import write_atomically
from assistant.owner_only import private_folder
from assistant.paths import app_dirs, same_file_key
from assistant.regular_file import open_regular
from assistant.user_locale import user_language

MAX_RECENT = 8
DEFAULT_TEXT_SIZE = 10
MIN_TEXT_SIZE = 8
MAX_TEXT_SIZE = 20
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240
MAX_SETTINGS_BYTES = 1024 * 1024  # a few hundred bytes in use; more is not ours


class Settings(msgspec.Struct, kw_only=True):
    """What the app remembers between runs."""

    language: Language = Language.RU
    recent_files: list[str] = msgspec.field(default_factory=list)
    text_size: int = DEFAULT_TEXT_SIZE
    days_off: list[dt.date] = msgspec.field(default_factory=list)
    step_by_step: bool = True
    example_offered: bool = False
    idle_lock_minutes: int = (
        DEFAULT_IDLE_LOCK_MINUTES  # hide the case after this idle time; 0 = off
    )
    window_geometry: str = ""  # the main window's place and size when it was last closed

    def add_recent(self, path: Path) -> None:
        """Put `path` first in the recent files, without duplicates, keeping the list short.

        On Windows "C:\\Дела\\Иванов.kassatsiya" and "c:\\дела\\ИВАНОВ.KASSATSIYA" are one
        file (assistant.paths.same_file_key).
        """
        text = str(path)
        key = same_file_key(text)
        others = (p for p in self.recent_files if same_file_key(p) != key)
        self.recent_files = [text, *others][:MAX_RECENT]


def profile_dir() -> Path:
    """The folder of the settings: the user's profile, or beside a portable copy."""
    return app_dirs().settings


def recovery_dir() -> Path:
    """The folder of autosave/recovery files (same rules as `profile_dir`)."""
    return app_dirs().recovery


def settings_path() -> Path:
    return profile_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; defaults when the file is missing or unreadable (never blocks start),
    the interface then in the language of the user's system when it is kk, ru or en."""
    try:
        with open_regular(settings_path()) as file:  # never a FIFO: it would block the start
            return msgspec.json.decode(file.read(MAX_SETTINGS_BYTES), type=Settings)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return Settings(language=user_language() or Language.RU)


def save_settings(settings: Settings) -> None:
    """Write the settings atomically; a failure to save settings must not lose the user's case."""
    path = settings_path()
    try:
        private_folder(path.parent)
        write_atomically(path, msgspec.json.encode(settings))
    except OSError:
        return
