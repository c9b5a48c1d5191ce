"""Argument parsing and dispatch. The subcommands never import Qt; only the bare command does."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant import __version__
from assistant.case.enums import DocumentKind
from assistant.casefile import CaseFileError, ErrorKind
from assistant.cli import check, files
from assistant.cli.argparse_texts import use_our_catalogs
from assistant.cli.common import CliError, fail, message_language
from assistant.cli.streams import make_standard_streams_unicode_safe
from assistant.export_targets import ExportTargetError
from assistant.i18n import N_, _, current_language, set_language
from assistant.write_errors import WriteError

EXIT_USAGE = 2
LANG_CHOICES = ("kk", "ru", "en")
Handler = Callable[[argparse.Namespace], int]
CASE_SUFFIX = ".kassatsiya"
NOT_A_COMMAND = N_('%(prog)s: "%(command)s" is not a command.')
DID_YOU_MEAN = N_('Did you mean "%(suggestion)s"?')
COMMAND_LIST = N_("Commands: %(commands)s. Help on one of them: %(prog)s COMMAND --help")


def _build_parser() -> tuple[argparse.ArgumentParser, tuple[str, ...]]:
    """The parser and the names of its subcommands, in the order its help lists them."""
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
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", help=_("what to do; each command has its own --help")
    )

    p = sub.add_parser("check", help=_("list every reason the court would return the complaint"))
    p.add_argument("file", help=_("the case file (.kassatsiya) to check"))
    p.add_argument("--lang", choices=LANG_CHOICES, help=_("language of the messages"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output (docs/cli.md)"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=_("check as of this date"))
    _add_day_off(p)
    p.set_defaults(handler=check.run)

    p = sub.add_parser("new", help=_("write an empty case file"))
    p.add_argument("file", help=_("the case file to create; an existing file is never replaced"))
    p.add_argument(
        "--lang", choices=LANG_CHOICES, default="ru", help=_("language of the proceedings")
    )
    p.add_argument(
        "--kind",
        choices=[kind.value for kind in DocumentKind],
        default=DocumentKind.CASSATION.value,
        help=_("the document the case is for (docs/cli.md): cassation by default"),
    )
    p.set_defaults(handler=files.run_new)

    p = sub.add_parser("schema", help=_("print the JSON Schema of the case file"))
    p.set_defaults(handler=files.run_schema)

    for name, handler, text, file_text in (
        (
            "protect",
            files.run_protect,
            _("protect a case file with a passphrase"),
            _("the case file to protect; it is replaced by its protected copy"),
        ),
        (
            "unprotect",
            files.run_unprotect,
            _("remove the passphrase protection"),
            _("the protected case file; it is replaced by its unprotected copy"),
        ),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("file", help=file_text)
        p.add_argument("--lang", choices=LANG_CHOICES, help=_("language of the messages"))
        p.set_defaults(handler=handler)
        if name == "protect":
            p.add_argument(
                "--yes",
                action="store_true",
                help=_("accept the passphrase in KASSATSIYA_PASSPHRASE without confirming it"),
            )

    _add_optional_commands(sub)
    return parser, tuple(sub.choices or ())


def _add_optional_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Export and self-test: registered here so the parser stays one place."""
    from assistant.cli import export as export_cmd

    p = sub.add_parser("export", help=_("write the complaint as DOCX and/or PDF"))
    p.add_argument("file", help=_("the case file (.kassatsiya) to export"))
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
        help=_(
            "export without the draft mark; refused while the court would return the complaint, "
            "unless --force"
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=_("with --final: write the final copy even though the court would return it"),
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
    make_standard_streams_unicode_safe()  # before anything is printed
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(message_language(_peek_lang(args_list)))
    use_our_catalogs()
    parser, commands = _build_parser()
    unknown = _unknown_command(args_list, commands)
    if unknown is not None:
        return _refuse_unknown_command(parser, commands, unknown)
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


def _unknown_command(argv: list[str], commands: tuple[str, ...]) -> str | None:
    """The first word of `argv` when it is neither an option nor one of `commands`."""
    for index, arg in enumerate(argv):
        if arg.startswith("-") or (index > 0 and argv[index - 1] == "--lang"):
            continue
        return None if arg in commands else arg
    return None


def _refuse_unknown_command(
    parser: argparse.ArgumentParser, commands: tuple[str, ...], word: str
) -> int:
    """Say that `word` is no command, suggest the closest one, and list them all.

    A word naming a case file that does not exist is told so: `kassatsiya FILE` opens FILE.
    """
    if Path(word).suffix.lower() == CASE_SUFFIX:
        return fail(CaseFileError(ErrorKind.NOT_FOUND, Path(word)).message(current_language()))
    lines = [_(NOT_A_COMMAND) % {"prog": parser.prog, "command": word}]
    close = difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.5)
    if close:
        lines.append(_(DID_YOU_MEAN) % {"suggestion": close[0]})
    lines.append(_(COMMAND_LIST) % {"commands": ", ".join(commands), "prog": parser.prog})
    parser.print_usage(sys.stderr)
    return fail("\n".join(lines))


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
