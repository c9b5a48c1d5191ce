"""A compiled copy of the shipped rule files, so that start-up does not parse 80 TOML files.

`rules.json` (beside the `rules/` folder) holds every rule as read from its TOML file, and a
fingerprint of the files it was made from. Parsing the TOML costs ~25 ms at each start (measured
on the project's machine); decoding the compiled copy about 2 ms. The copy is only a cache of
the parse: the loader still runs every check on the rules it returns, and when a rule file has
been edited the fingerprint no longer matches and the loader reads the TOML files themselves.
`python -m assistant.law.compiled_rules` writes it again, with the JSON copies of the other law
files read at start (`toml_copy`); a test fails while one is stale, as it does for the message
catalogs.

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

from assistant.law.rule import Rule
from assistant.resources import package_path

COMPILED_PATH = package_path("law", "rules.json")


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
    files: Sequence[Path], folder: Path, compiled: Path = COMPILED_PATH
) -> dict[Path, Rule] | None:
    """The rules of `files` from the compiled copy, or None if it is missing, stale or damaged."""
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


def read_compiled_trusted(folder: Path, compiled: Path = COMPILED_PATH) -> dict[Path, Rule] | None:
    """The rules of the compiled copy without opening the rule files (frozen bundles only)."""
    try:
        data = msgspec.json.decode(compiled.read_bytes(), type=CompiledRules)
    except (OSError, msgspec.DecodeError):
        return None
    return {folder.joinpath(*entry.path.split("/")): entry.rule for entry in data.rules}


def write_compiled(rules: dict[Path, Rule], folder: Path, compiled: Path = COMPILED_PATH) -> None:
    """Write the compiled copy of `rules` (path -> rule as parsed from that file)."""
    files = sorted(rules)
    data = CompiledRules(
        fingerprint(files, folder),
        [CompiledRule(_relative(path, folder), rules[path]) for path in files],
    )
    compiled.write_bytes(msgspec.json.format(msgspec.json.encode(data), indent=1) + b"\n")


def copied_toml_files() -> tuple[Path, ...]:
    """The law files the window reads before its first paint, kept as JSON copies too."""
    from assistant.law.citation import ACTS_FILE
    from assistant.law.grounds_help import GROUNDS_HELP_FILE

    return (ACTS_FILE, GROUNDS_HELP_FILE)


def main() -> int:
    """Re-read every shipped rule file, check it all, and write the compiled copy; then the
    JSON copies of the other law files read at start."""
    from assistant.law.grounds_help import load_grounds_help
    from assistant.law.loader import RULES_DIR, build_rulebook, parse_rule_files
    from assistant.law.toml_copy import write_copy

    parsed = parse_rule_files(RULES_DIR)
    build_rulebook(parsed)  # a rule that fails a check is never compiled
    write_compiled(parsed, RULES_DIR, COMPILED_PATH)
    print(f"wrote {COMPILED_PATH}")
    for path in copied_toml_files():
        print(f"wrote {write_copy(path)}")
    load_grounds_help()  # what the copies now hold passes the grounds help checks
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
