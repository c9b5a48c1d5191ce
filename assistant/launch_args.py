"""What the window program does with its command line: it always opens the window.

`Kassatsiya.exe` has no console, so a command-line error has nowhere to go: "Open with" on a
`.bak` (which our error messages suggest opening), a case file that was moved, or
`Kassatsiya.exe protect` (which waited for a passphrase on a console it does not have) ended
the program without a word. The window program therefore never runs the command line: it
opens a file it is given, whatever its name, and tells in the window why anything else was
not done. `kassatsiya-cli.exe`, the Linux bundle's single `kassatsiya` and the pip-installed
`kassatsiya` run commands as before.
"""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import msgspec

from assistant.case.enums import Language
from assistant.casefile.errors import CaseFileError, ErrorKind
from assistant.i18n import N_, gettext_in

WINDOW_PROGRAM = "kassatsiya.exe"  # Windows only; the console program is kassatsiya-cli.exe
NOT_A_COMMAND_PROGRAM = N_(
    "Kassatsiya was started with “%(arguments)s”. This program only opens the window and case "
    "files; to run a command, use %(cli)s in the same folder."
)
ONE_CASE_AT_A_TIME = N_("Kassatsiya opens one case at a time: %(name)s was opened.")


def is_window_program(*, frozen: bool, executable: str, has_console: bool) -> bool:
    """True for the Windows bundle's windowed program, and for any run without a console."""
    if not has_console:
        return True
    return frozen and PureWindowsPath(executable).name.lower() == WINDOW_PROGRAM  # / and \\


def running_window_program() -> bool:
    """`is_window_program` for this process (a windowed program's stdout is None)."""
    return is_window_program(
        frozen=bool(getattr(sys, "frozen", False)),
        executable=sys.executable,
        has_console=sys.stdout is not None and sys.stderr is not None,
    )


class WindowLaunch(msgspec.Struct, frozen=True):
    """The case file to open (if any) and what to tell the user about the rest."""

    case_file: Path | None
    arguments: tuple[str, ...] = ()
    problem: str | None = None  # "missing", "command" or "several"

    def notice(self, language: Language, *, windows: bool = sys.platform == "win32") -> str | None:
        """The text the window shows once it is open, in `language`; None when all was done."""
        if self.problem == "missing":
            return CaseFileError(ErrorKind.NOT_FOUND, Path(self.arguments[0])).message(language)
        if self.problem == "several" and self.case_file is not None:
            return gettext_in(language, ONE_CASE_AT_A_TIME) % {"name": self.case_file.name}
        if self.problem == "command":
            cli = "kassatsiya-cli.exe" if windows else "kassatsiya"
            shown = " ".join(self.arguments)
            return gettext_in(language, NOT_A_COMMAND_PROGRAM) % {"arguments": shown, "cli": cli}
        return None


def _is_file(argument: str) -> bool:
    try:
        return Path(argument).is_file()
    except (OSError, ValueError):  # a name the system refuses, a NUL character
        return False


def window_launch(arguments: list[str]) -> WindowLaunch:
    """What the window program makes of `arguments` (without the program's own name)."""
    args = tuple(arguments)
    if not args:
        return WindowLaunch(None)
    files = [Path(arg) for arg in args if _is_file(arg)]
    if len(files) == len(args):
        return WindowLaunch(files[0], args, "several" if len(args) > 1 else None)
    looks_like_a_path = (
        len(args) == 1
        and not args[0].startswith("-")
        and (Path(args[0]).suffix != "" or "/" in args[0] or "\\" in args[0])
    )
    if looks_like_a_path:
        return WindowLaunch(None, args, "missing")
    return WindowLaunch(None, args, "command")
