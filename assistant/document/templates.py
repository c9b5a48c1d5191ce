"""The per-language wording of the complaint, read from `templates/{kk,ru,en}.toml`.

Renderer and builder code holds no document wording; a missing key is an installation error
and names the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from assistant.case.enums import DocumentKind, Language
from assistant.resources import data_dir


class TemplateError(LookupError):
    """A template file lacks a key or holds a value of the wrong type."""


@dataclass(frozen=True)
class Template:
    """One language's wording, looked up by dotted path: `t.text("party.name")`."""

    language: Language
    path: Path
    data: dict[str, Any]

    def _value(self, key: str) -> object:
        node: object = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise TemplateError(f"{self.path}: missing key {key!r}")
            node = node[part]
        return node

    def text(self, key: str) -> str:
        """The string at `key`."""
        value = self._value(key)
        if not isinstance(value, str):
            raise TemplateError(f"{self.path}: {key!r} must be a string")
        return value

    def flag(self, key: str) -> bool:
        """The boolean at `key`."""
        value = self._value(key)
        if not isinstance(value, bool):
            raise TemplateError(f"{self.path}: {key!r} must be true or false")
        return value

    def lines(self, key: str) -> tuple[str, ...]:
        """The list of strings at `key`."""
        value = self._value(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise TemplateError(f"{self.path}: {key!r} must be a list of strings")
        return tuple(value)

    def fill(self, key: str, **values: str) -> str:
        """The string at `key` with its {placeholders} filled."""
        return self.text(key).format(**values)


@cache
def load_template(language: Language, kind: DocumentKind = DocumentKind.CASSATION) -> Template:
    """The wording of document `kind` in `language` (`templates/<lang>.toml` for the cassation
    complaint, `templates/<kind>/<lang>.toml` for the others), parsed once per process."""
    folder = data_dir("templates")
    if kind is not DocumentKind.CASSATION:
        folder = folder / kind.value
    path = folder / f"{language.value}.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    if data.get("language") != language.value:
        raise TemplateError(f"{path}: 'language' must be {language.value!r}")
    return Template(language=language, path=path, data=data)
