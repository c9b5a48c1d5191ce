"""Shared CLI plumbing: the message language, passphrases, reading a case, printing errors."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from assistant.calendar_kz import WorkingCalendar
from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.casefile import CaseFileError, ErrorKind, file_is_protected, load_case
from assistant.i18n import gettext_in
from assistant.user_locale import user_language

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
PASSPHRASE_ENV = "KASSATSIYA_PASSPHRASE"
PASSPHRASE_CONFIRM_ENV = "KASSATSIYA_PASSPHRASE_CONFIRM"


class CliError(Exception):
    """A failure the CLI reports on stderr (already in the user's language) with exit code 2."""


def message_language(requested: str | None, case: Case | None = None) -> Language:
    """--lang if given, else the user's locale (`user_language`), else the case's language of
    proceedings, else Russian. The messages are for the person at the terminal."""
    if requested:
        return Language(requested)
    from_locale = user_language()
    if from_locale is not None:
        return from_locale
    if case is not None and case.proceedings_language is not None:
        return case.proceedings_language
    return Language.RU


def parse_today(value: str | None) -> dt.date:
    """--today YYYY-MM-DD (tests and scripts freeze the date with it), else the real date."""
    if value is None:
        return dt.date.today()
    return dt.date.fromisoformat(value)


def calendar_from(days_off: list[str] | None) -> WorkingCalendar:
    """The working calendar with the user's extra days off (--day-off), e.g. a new transfer."""
    return WorkingCalendar(extra_days_off=[dt.date.fromisoformat(d) for d in days_off or []])


def ask_passphrase(
    path: Path, language: Language, *, confirm: bool = False, yes: bool = False
) -> str:
    """The passphrase from KASSATSIYA_PASSPHRASE, or asked on the terminal (never echoed).

    `confirm` (a new passphrase): typed twice; one from the variable must be confirmed too
    (see `confirm_from_environment`) unless `yes`.
    """
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        if confirm and not yes:
            confirm_from_environment(from_env, path, language)
        return from_env
    if not sys.stdin.isatty():
        raise CliError(
            gettext_in(
                language,
                "%(file)s is protected with a passphrase. Set KASSATSIYA_PASSPHRASE or run the "
                "command in a terminal to type it.",
            )
            % {"file": path}
        )
    prompt = gettext_in(language, "Passphrase for %(file)s: ") % {"file": path.name}
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass(gettext_in(language, "Repeat the passphrase: "))
        if again != first:
            raise CliError(gettext_in(language, "The two passphrases differ; nothing was changed."))
    return first


def confirm_from_environment(passphrase: str, path: Path, language: Language) -> None:
    """A new passphrase read from KASSATSIYA_PASSPHRASE must be confirmed: a typing mistake
    there would lock the case for good under a passphrase nobody knows. Confirmed by
    KASSATSIYA_PASSPHRASE_CONFIRM, else by typing it again on a terminal; else CliError."""
    differ = gettext_in(language, "The two passphrases differ; nothing was changed.")
    second = os.environ.get(PASSPHRASE_CONFIRM_ENV)
    if second is not None:
        if second != passphrase:
            raise CliError(differ)
        return
    if not sys.stdin.isatty():
        raise CliError(
            gettext_in(
                language,
                "The passphrase for %(file)s comes from KASSATSIYA_PASSPHRASE, and nothing "
                "confirms it: a typing mistake would lock the case for good. Set "
                "KASSATSIYA_PASSPHRASE_CONFIRM to the same passphrase, or add --yes. Nothing "
                "was changed.",
            )
            % {"file": path}
        )
    again = getpass.getpass(
        gettext_in(language, "Repeat the passphrase set in KASSATSIYA_PASSPHRASE: ")
    )
    if again != passphrase:
        raise CliError(differ)


def read_case(path: Path, language: Language) -> tuple[Case, str | None]:
    """Load a case, asking for the passphrase when the file is protected."""
    passphrase = ask_passphrase(path, language) if file_is_protected(path) else None
    try:
        return load_case(path, passphrase=passphrase), passphrase
    except CaseFileError as exc:
        if exc.kind is ErrorKind.NEEDS_PASSPHRASE and passphrase is None:
            passphrase = ask_passphrase(path, language)
            return load_case(path, passphrase=passphrase), passphrase
        raise


def fail(message: str) -> int:
    """Print `message` on stderr and return the unreadable-file exit code."""
    print(message, file=sys.stderr)
    return EXIT_UNREADABLE
