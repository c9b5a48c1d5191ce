"""File names Windows cannot hold, refused before anything is written.

Windows refuses `< > : " / \\ | ? *` and control characters in a name, and treats CON, PRN,
AUX, NUL, COM1–COM9 and LPT1–LPT9 as devices whatever their extension: "CON.pdf" writes to
nowhere and reports success. It also drops a trailing dot or space. The same rules apply on
every platform, because a complaint exported on Linux is often copied to a Windows computer or
a USB stick formatted for one.
"""

from __future__ import annotations

import re

from assistant.case.enums import Language
from assistant.i18n import N_, gettext_in

FORBIDDEN_CHARACTERS = '<>:"/\\|?*'
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
_CONTROL = re.compile(r"[\x00-\x1f]")

_FORBIDDEN = N_(
    "The file name “%(name)s” contains %(characters)s, which Windows does not allow in a file "
    "name. Remove or replace it."
)
_RESERVED = N_(
    "“%(name)s” cannot be a file name: Windows keeps %(reserved)s for devices. Choose another name."
)
_TRAILING = N_(
    "The file name “%(name)s” ends with a dot or a space, which Windows removes. Remove it."
)


def file_name_problem(name: str, language: Language) -> str | None:
    """Why `name` (a file name, not a path) cannot be used, in `language`; None if it can."""
    bad = sorted({char for char in name if char in FORBIDDEN_CHARACTERS or _CONTROL.match(char)})
    if bad:
        shown = " ".join(f"“{c}”" if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        return gettext_in(language, _FORBIDDEN) % {"name": name, "characters": shown}
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in RESERVED_NAMES:
        return gettext_in(language, _RESERVED) % {"name": name, "reserved": stem}
    if name.endswith((".", " ")):
        return gettext_in(language, _TRAILING) % {"name": name}
    return None
