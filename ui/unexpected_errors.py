"""What the window does with an error its code did not expect: say so, keep the work, go on.

PySide6 hands an exception raised in a slot or an event handler to `sys.excepthook`; the default
prints it to a console that a windowed program does not have, so the user saw nothing while,
say, the findings stayed at "Checking the complaint…". The hook logs where it happened (the
exception's type, module and line: never its message, which may quote the case), tells the user
once per distinct error in their language what to do, and lets the window carry on: the case
is autosaved and can be saved as usual.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from assistant.i18n import N_, _
from assistant.logs import log_event
from ui.menus import DIAGNOSTICS_TEXT, HELP_TITLE
from ui.messages import warn
from ui.qt import QWidget

TITLE = N_("Something went wrong")
TEXT = N_(
    "The program met an error it did not expect. What you typed is kept: it is autosaved, and "
    "you can save the case as usual. To help us fix it, choose %(menu)s and send the report "
    "to whoever gave you the program."
)
OUR_PACKAGES = ("assistant", "ui")


def _place(tb: TracebackType | None) -> tuple[str, int]:
    """The innermost frame of our own code (else the innermost at all): its module and line."""
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if _module_of(f.filename).split(".")[0] in OUR_PACKAGES]
    if not (ours or frames):
        return "unknown", 0
    frame = (ours or frames)[-1]
    return _module_of(frame.filename), frame.lineno or 0


def _module_of(filename: str) -> str:
    """`.../ui/main_window.py` → `ui.main_window` (as far as the path tells)."""
    parts = filename.replace("\\", "/").removesuffix(".py").split("/")
    for index in range(len(parts) - 1, -1, -1):
        if parts[index] in OUR_PACKAGES:
            return ".".join(parts[index:])
    return parts[-1]


class UnexpectedErrors:
    """The `sys.excepthook` of the window; `install()` puts it in place."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self.seen: set[tuple[str, str, int]] = set()
        self.showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: as Python does
            sys.__excepthook__(kind, error, tb)
            return
        module, line = _place(tb)
        log_event("unexpected_error", {"type": kind.__name__, "module": module, "line": line})
        if sys.stderr is not None:  # a developer's console; a windowed program has none
            traceback.print_exception(kind, error, tb)
        key = (kind.__name__, module, line)
        if key in self.seen or self.showing:  # once per error, not at every keystroke
            return
        self.seen.add(key)
        self.showing = True
        try:
            menu = f"{_(HELP_TITLE)} → {_(DIAGNOSTICS_TEXT)}".replace("&", "")
            warn(self.parent, _(TITLE), _(TEXT) % {"menu": menu})
        finally:
            self.showing = False

    def install(self) -> None:
        sys.excepthook = self
