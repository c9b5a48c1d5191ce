"""JSON copies of the law's TOML files that the window reads before it is first painted.

Importing `tomllib` and parsing `grounds_help.toml` and `acts.toml` cost ~5 ms of every start;
decoding a JSON copy with msgspec (loaded anyway) costs a fraction of a millisecond. A copy is
only a cache of the parse, like `rules.json` (see compiled_rules): it names the size and CRC-32
of the TOML bytes it was made from, and when the TOML file has been edited since, the TOML file
itself is parsed. `python -m assistant.law.compiled_rules` writes the copies too; a test fails
while one is stale. Only files whose values JSON keeps as they are (no TOML dates) are copied.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import msgspec

COPY_SUFFIX = ".compiled.json"


class _Copy(msgspec.Struct, forbid_unknown_fields=True):
    source: str  # "<size>:<crc32>" of the TOML bytes, line ends normalised
    data: dict[str, Any]


def copy_path(path: Path) -> Path:
    """`acts.toml` → `acts.compiled.json`, beside it."""
    return path.with_name(path.stem + COPY_SUFFIX)


def _source(data: bytes) -> str:
    data = data.replace(b"\r\n", b"\n")  # a Windows checkout holds the same file
    return f"{len(data)}:{zlib.crc32(data):08x}"


def _parse(data: bytes) -> dict[str, Any]:
    import tomllib  # only when a copy is missing or stale

    return tomllib.loads(data.decode("utf-8"))


def _fresh_copy(path: Path, data: bytes) -> dict[str, Any] | None:
    """What the copy of `path` holds, if it was made from `data`; else None."""
    try:
        copy = msgspec.json.decode(copy_path(path).read_bytes(), type=_Copy)
    except (OSError, msgspec.DecodeError):
        return None
    return copy.data if copy.source == _source(data) else None


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed TOML file at `path`, from its copy when that was made from the same bytes.

    Raises OSError, or ValueError for a file that is not UTF-8 TOML (as tomllib does).
    """
    data = path.read_bytes()
    copied = _fresh_copy(path, data)
    return copied if copied is not None else _parse(data)


def copy_is_fresh(path: Path) -> bool:
    return _fresh_copy(path, path.read_bytes()) is not None


def write_copy(path: Path) -> Path:
    """Parse `path` and write its copy; ValueError if JSON would not keep its values as they are."""
    data = path.read_bytes()
    parsed = _parse(data)
    encoded = msgspec.json.encode(_Copy(_source(data), parsed))
    if msgspec.json.decode(encoded, type=_Copy).data != parsed:
        raise ValueError(f"{path}: holds values JSON cannot keep (dates?); not copied")
    target = copy_path(path)
    target.write_bytes(msgspec.json.format(encoded, indent=1) + b"\n")
    return target
