"""`new`, `schema`, `protect` and `unprotect`: creating and converting case files."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant.case.enums import DocumentKind, Language
from assistant.casefile import case_file_schema, file_is_protected, save_case
from assistant.casefile.save import SaveOutcome
from assistant.cli.common import (
    EXIT_OK,
    CliError,
    ask_passphrase,
    message_language,
    read_case,
)
from assistant.cloud_folders import cloud_upload_warning
from assistant.i18n import gettext_in
from assistant.session import NotDrafted, new_case_for


def run_new(args: argparse.Namespace) -> int:
    """Write an empty case in the given language, drafting the document `--kind`; never
    overwrite an existing file."""
    language = Language(args.lang)
    path = Path(args.file)
    if os.path.lexists(path):  # False, not an error, for a name the OS refuses (too long)
        raise CliError(
            gettext_in(language, "%(file)s already exists; choose another name.") % {"file": path}
        )
    try:
        case = new_case_for(language, DocumentKind(args.kind))
    except NotDrafted:
        raise CliError(
            gettext_in(language, "Kassatsiya does not write this kind of document yet: %(kind)s")
            % {"kind": args.kind}
        ) from None
    outcome = save_case(case, path)
    print(gettext_in(language, "Created %(file)s") % {"file": path})
    warn_about_save(outcome, language, protected=False)
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the case file."""
    print(json.dumps(case_file_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def run_protect(args: argparse.Namespace) -> int:
    """Encrypt a case file in place with a new passphrase."""
    path = Path(args.file)
    language = message_language(args.lang)
    if file_is_protected(path):
        raise CliError(gettext_in(language, "%(file)s is already protected.") % {"file": path})
    case, _ = read_case(path, language)
    passphrase = ask_passphrase(path, language, confirm=True, yes=args.yes)
    if not passphrase:
        raise CliError(
            gettext_in(language, "An empty passphrase protects nothing; nothing was changed.")
        )
    # the plain version becomes an encrypted .bak
    outcome = save_case(case, path, passphrase=passphrase)
    print(gettext_in(language, "%(file)s is now protected with a passphrase.") % {"file": path})
    warn_about_save(outcome, language, protected=True)
    return EXIT_OK


def run_unprotect(args: argparse.Namespace) -> int:
    """Decrypt a protected case file in place."""
    path = Path(args.file)
    language = message_language(args.lang)
    if not file_is_protected(path):
        raise CliError(gettext_in(language, "%(file)s is not protected.") % {"file": path})
    case, _ = read_case(path, language)
    outcome = save_case(case, path, keep_backup=False)
    print(gettext_in(language, "%(file)s is no longer protected.") % {"file": path})
    warn_about_save(outcome, language, protected=False)
    return EXIT_OK


def warn_about_save(outcome: SaveOutcome, language: Language, *, protected: bool) -> None:
    """On stderr: a backup that could not be written, and an upload by OneDrive."""
    warnings = outcome.warnings(language)
    cloud = cloud_upload_warning(outcome.path, protected=protected, language=language)
    for warning in [*warnings, *([cloud] if cloud else [])]:
        print(warning, file=sys.stderr)
