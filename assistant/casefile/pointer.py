"""msgspec validation paths (`$.acts[0].date`) as JSON pointers (`/acts/0/date`, RFC 6901).

A pointer, unlike msgspec's path syntax, is what the GUI and other tools understand: it names
the field to highlight.
"""

from __future__ import annotations

import re

from assistant.case.pointer import escape

_AT = re.compile(r" - at `(?P<path>\$[^`]*)`$")
_STEP = re.compile(r"\.(?P<name>[^.\[]+)|\[(?P<index>-?\d+)\]")
_ENUM_VALUE = re.compile(r"^Invalid enum value .*$", re.DOTALL)
_FIELD_IN_MESSAGE = re.compile(
    r"^Object (?:contains unknown|missing required) field `(?P<f>[^`]+)`"
)


def pointer_from_path(path: str) -> str:
    """`$.acts[0].date` → `/acts/0/date`; `$` → `` (the whole value)."""
    tokens: list[str] = []
    for step in _STEP.finditer(path.removeprefix("$")):
        name = step.group("name")
        tokens.append(escape(name) if name is not None else step.group("index"))
    return "".join(f"/{token}" for token in tokens)


def split_validation_message(message: str) -> tuple[str, str]:
    """The JSON pointer a msgspec ValidationError message points at, and the message without it.

    For an unknown or missing field the pointer names that field, not the object holding it.
    The message keeps no value from the file, so it can go to a log.
    """
    found = _AT.search(message)
    path = found.group("path") if found else "$"
    text = message[: found.start()] if found else message
    text = _ENUM_VALUE.sub("Invalid enum value", text)  # the value could be anything the user typed
    pointer = pointer_from_path(path)
    field = _FIELD_IN_MESSAGE.match(text)
    if field is not None:
        pointer += "/" + escape(field.group("f"))
    return pointer, text
