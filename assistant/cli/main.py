"""Argument parsing and dispatch. The subcommands never import Qt; only the bare command does."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from assistant import __version__
from assistant.casefile import CaseFileError
from assistant.cli import check, files
from assistant.cli.argparse_texts import use_our_catalogs
from assistant.cli.common import CliError, fail, message_language
from assistant.export_targets import ExportTargetError
from assistant.i18n import _, set_language
from assistant.write_errors import WriteError

EXIT_USAGE = 2
LANG_CHOICES = ("kk", "ru", "en")
Handler = Callable[[argparse.Namespace], int]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kassatsiya",
        description=_("Draft and check a cassation complaint in a criminal case (CPC RK 484-489)."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kassatsiya {__version__}",
        help=_("show the program's version and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check and export the bundled example in every language"),
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("check", help=_("list every reason the court would return the complaint"))
    p.add_argument("file")
    p.add_argument("--lang", choices=LANG_CHOICES, help=_("language of the messages"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output (docs/cli.md)"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=_("check as of this date"))
    _add_day_off(p)
    p.set_defaults(handler=check.run)

    p = sub.add_parser("new", help=_("write an empty case file"))
    p.add_argument("file")
    p.add_argument(
        "--lang", choices=LANG_CHOICES, default="ru", help=_("language of the proceedings")
    )
    p.set_defaults(handler=files.run_new)

    p = sub.add_parser("schema", help=_("print the JSON Schema of the case file"))
    p.set_defaults(handler=files.run_schema)

    for name, handler, text in (
        ("protect", files.run_protect, _("protect a case file with a passphrase")),
        ("unprotect", files.run_unprotect, _("remove the passphrase protection")),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("file")
        p.add_argument("--lang", choices=LANG_CHOICES, help=_("language of the messages"))
        p.set_defaults(handler=handler)
        if name == "protect":
            p.add_argument(
                "--yes",
                action="store_true",
                help=_("accept the passphrase in KASSATSIYA_PASSPHRASE without confirming it"),
            )

    _add_optional_commands(sub)
    return parser


def _add_optional_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Export and self-test: registered here so the parser stays one place."""
    from assistant.cli import export as export_cmd

    p = sub.add_parser("export", help=_("write the complaint as DOCX and/or PDF"))
    p.add_argument("file")
    p.add_argument("--docx", metavar="OUT", help=_("DOCX file to write"))
    p.add_argument("--pdf", metavar="OUT", help=_("PDF file to write"))
    p.add_argument(
        "--package",
        metavar="OUT",
        help=_("also one PDF for the court: the complaint followed by the attached PDFs"),
    )
    p.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        help=_("language of the document (default: the complaint's)"),
    )
    p.add_argument(
        "--final",
        action="store_true",
        help=_("export without the draft mark even if problems remain"),
    )
    p.add_argument("--today", metavar="YYYY-MM-DD", help=_("check as of this date"))
    _add_day_off(p)
    p.set_defaults(handler=export_cmd.run)


def _add_day_off(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--day-off",
        action="append",
        metavar="YYYY-MM-DD",
        help=_("an official day off the calendar does not know yet (repeatable)"),
    )


def main(argv: Sequence[str] | None = None, open_window: Callable[[], int] | None = None) -> int:
    """Parse and run a subcommand; with none, open the window (the GUI passes `open_window`).

    The core never imports the GUI: `ui.launcher` (the console script) hands itself in.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(args_list)
    if lang is not None:
        set_language(message_language(lang))
    use_our_catalogs()
    parser = _build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        from assistant.cli.selftest import run_self_test

        return int(run_self_test())
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if open_window is None:
            parser.print_help()
            return EXIT_USAGE
        return open_window()
    return _run_handler(handler, args)


def _run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a subcommand; every expected failure becomes a message on stderr and exit code 2."""
    try:
        return handler(args)
    except (CaseFileError, WriteError, ExportTargetError) as exc:
        return fail(exc.message(message_language(getattr(args, "lang", None))))
    except (CliError, ValueError) as exc:  # ValueError: e.g. a malformed --today
        return fail(str(exc))


def _peek_lang(argv: list[str]) -> str | None:
    """--lang before parsing, so that help texts come out in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANG_CHOICES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANG_CHOICES:
            return arg.split("=", 1)[1]
    return None


if __name__ == "__main__":
    sys.exit(main())
