"""When and from what this copy was built, for the About box and diagnostic reports.

A packaged build carries `build-info.json` (written by packaging/kassatsiya.spec) at the root
of its data; a copy run from source or installed with pip has none and says so.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant import __version__

BUILD_INFO_FILE = "build-info.json"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: str | None  # ISO date (UTC) of a packaged build; None when run from source


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def build_info(root: Path | None = None) -> BuildInfo:
    """The version and, for a packaged build, its build date."""
    folder = root if root is not None else _bundle_root()
    if folder is not None:
        try:
            data = json.loads((folder / BUILD_INFO_FILE).read_text(encoding="utf-8"))
            return BuildInfo(version=__version__, build_date=str(data["build_date"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return BuildInfo(version=__version__, build_date=None)


def windows_file_version(version: str = __version__) -> str:
    """`version` as Windows' four numbers ("0.2.0rc1" → "0.2.0.0"), which the installer's
    VersionInfoVersion and the programs' version resource require: a pre-release suffix is
    refused there. The first three numbers, as packaging/kassatsiya.spec takes them."""
    numbers = [int(n) for n in re.findall(r"\d+", version.partition("+")[0])[:3]]
    if not numbers:
        raise ValueError(f"no version number in {version!r}")
    return ".".join(str(n) for n in [*numbers, *[0] * (4 - len(numbers))])
