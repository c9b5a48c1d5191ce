"""A compiled copy of the shipped rule files, so that start-up does not parse 90 TOML files.

`rules.json` (in the law cache, `assistant/law/law_cache.py`) holds every rule as read from its
TOML file, and a fingerprint of the files it was made from. Parsing the TOML costs ~25 ms at each
start (measured on the project's machine); decoding the compiled copy about 2 ms. The copy is
only a cache of the parse: the loader still runs every check on the rules it returns, and when a
rule file has been edited the fingerprint no longer matches, the loader reads the TOML files
themselves and writes the copy again. It is never kept in the source tree.

A frozen bundle trusts its copy without reading the 81 rule files (`read_compiled_trusted`):
its files are read-only program files that cannot change beside it, and opening each at every
start is what costs on an old laptop whose virus scanner looks at every file opened. Instead
each bundle's `--self-test` proves the copy matches the rule files shipped with it.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import msgspec

from assistant.law.law_cache import cache_folder
from assistant.law.rule import Rule

COMPILED_NAME = "rules.json"


def compiled_path() -> Path:
    return cache_folder() / COMPILED_NAME


class CompiledRule(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    path: str  # relative to the rules folder, with forward slashes
    rule: Rule


class CompiledRules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    fingerprint: str
    rules: list[CompiledRule]


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def fingerprint(files: Sequence[Path], folder: Path) -> str:
    """Each file's relative name, size and CRC-32: any edit, addition or removal shows.

    It guards against a stale copy, not against tampering (whoever can change this file can
    change the rule files beside it), so zlib, already loaded at start-up, is enough. Line ends
    are normalised: a Windows checkout (CRLF) holds the same rules.
    """
    parts = []
    for path in files:
        data = path.read_bytes().replace(b"\r\n", b"\n")
        parts.append(f"{_relative(path, folder)}:{len(data)}:{zlib.crc32(data):08x}")
    return f"{len(parts)}-{zlib.crc32(chr(10).join(parts).encode('utf-8')):08x}"


def read_compiled(
    files: Sequence[Path], folder: Path, compiled: Path | None = None
) -> dict[Path, Rule] | None:
    """The rules of `files` from the compiled copy, or None if it is missing, stale or damaged."""
    compiled = compiled or compiled_path()
    try:
        data = msgspec.json.decode(compiled.read_bytes(), type=CompiledRules)
    except (OSError, msgspec.DecodeError):
        return None
    if data.fingerprint != fingerprint(files, folder):
        return None
    by_name = {entry.path: entry.rule for entry in data.rules}
    names = [_relative(path, folder) for path in files]
    if sorted(by_name) != sorted(names):
        return None
    return {path: by_name[name] for path, name in zip(files, names, strict=True)}


def read_compiled_trusted(folder: Path, compiled: Path | None = None) -> dict[Path, Rule] | None:
    """The rules of the compiled copy without opening the rule files (frozen bundles only)."""
    compiled = compiled or compiled_path()
    try:
        data = msgspec.json.decode(compiled.read_bytes(), type=CompiledRules)
    except (OSError, msgspec.DecodeError):
        return None
    return {folder.joinpath(*entry.path.split("/")): entry.rule for entry in data.rules}


def compiled_bytes(rules: dict[Path, Rule], folder: Path) -> bytes:
    """The compiled copy of `rules` (path -> rule as parsed from that file)."""
    files = sorted(rules)
    data = CompiledRules(
        fingerprint(files, folder),
        [CompiledRule(_relative(path, folder), rules[path]) for path in files],
    )
    return msgspec.json.encode(data)


def write_compiled(rules: dict[Path, Rule], folder: Path, compiled: Path) -> None:
    """Write the compiled copy of `rules` to `compiled` (raises OSError: a build must fail)."""
    compiled.parent.mkdir(parents=True, exist_ok=True)
    compiled.write_bytes(compiled_bytes(rules, folder))


def copied_toml_files() -> tuple[Path, ...]:
    """The law files the window reads before its first paint, kept as JSON copies too."""
    from assistant.law.citation import ACTS_FILE
    from assistant.law.grounds_help import GROUNDS_HELP_FILE

    return (ACTS_FILE, GROUNDS_HELP_FILE)
