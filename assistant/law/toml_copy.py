"""JSON copies of the law's TOML files that the window reads before it is first painted.

Importing `tomllib` and parsing `grounds_help.toml` and `acts.toml` cost ~5 ms of every start;
decoding a JSON copy with msgspec (loaded anyway) costs a fraction of a millisecond. A copy is
only a cache of the parse, kept in the law cache (`law_cache.py`) like `rules.json`: it names the
size and CRC-32 of the TOML bytes it was made from; when the TOML file has been edited since, the
TOML file itself is parsed and the copy written again. Only files whose values JSON keeps as
they are (no TOML dates) are copied.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import msgspec

from assistant.law.law_cache import cache_folder, remember

COPY_SUFFIX = ".json"


class _Copy(msgspec.Struct, forbid_unknown_fields=True):
    source: str  # "<size>:<crc32>" of the TOML bytes, line ends normalised
    data: dict[str, Any]


def copy_path(path: Path, folder: Path | None = None) -> Path:
    """`acts.toml` → `acts.json` in the law cache (or in `folder`)."""
    return (folder or cache_folder()) / (path.stem + COPY_SUFFIX)


def _source(data: bytes) -> str:
    data = data.replace(b"\r\n", b"\n")  # a Windows checkout holds the same file
    return f"{len(data)}:{zlib.crc32(data):08x}"


def _parse(data: bytes) -> dict[str, Any]:
    import tomllib  # only when a copy is missing or stale

    return tomllib.loads(data.decode("utf-8"))


def _fresh_copy(path: Path, data: bytes, folder: Path | None = None) -> dict[str, Any] | None:
    """What the copy of `path` holds, if it was made from `data`; else None."""
    try:
        copy = msgspec.json.decode(copy_path(path, folder).read_bytes(), type=_Copy)
    except (OSError, msgspec.DecodeError):
        return None
    return copy.data if copy.source == _source(data) else None


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed TOML file at `path`, from its copy when that was made from the same bytes;
    otherwise parsed, and the copy written for the next start.

    Raises OSError, or ValueError for a file that is not UTF-8 TOML (as tomllib does).
    """
    data = path.read_bytes()
    copied = _fresh_copy(path, data)
    if copied is not None:
        return copied
    parsed = _parse(data)
    encoded = _encoded_copy(path, data, parsed)
    if encoded is not None:
        remember(copy_path(path), encoded)
    return parsed


def copy_is_fresh(path: Path, folder: Path | None = None) -> bool:
    return _fresh_copy(path, path.read_bytes(), folder) is not None


def _encoded_copy(path: Path, data: bytes, parsed: dict[str, Any]) -> bytes | None:
    """The copy's bytes, or None when JSON would not keep the values as they are (dates)."""
    encoded = msgspec.json.encode(_Copy(_source(data), parsed))
    return encoded if msgspec.json.decode(encoded, type=_Copy).data == parsed else None


def write_copy(path: Path, folder: Path | None = None) -> Path:
    """Parse `path` and write its copy (for a build); ValueError if JSON would change its values."""
    data = path.read_bytes()
    encoded = _encoded_copy(path, data, _parse(data))
    if encoded is None:
        raise ValueError(f"{path}: holds values JSON cannot keep (dates?); not copied")
    target = copy_path(path, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(encoded)
    return target
