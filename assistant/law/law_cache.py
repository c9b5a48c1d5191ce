"""Where the parsed law is kept between starts: never in the source tree.

Parsing the ~90 rule files and the two TOML files the window reads before its first paint costs
~30 ms at each start; decoding parsed copies costs a few. The copies are caches, not sources:
each names the size and checksum of the files it was made from, so an edited law file is read
again and its copy replaced. A source or pip install writes them into the user's cache folder
the first time it reads the law; a bundle is built with them (the PyInstaller spec runs
`python -m assistant.law.compile_law`) and reads them from beside its modules, where no user
writes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from assistant.resources import package_path

BUNDLED_FOLDER = package_path("law", "compiled")


def is_bundle() -> bool:
    return bool(getattr(sys, "frozen", False))


def cache_folder() -> Path:
    """The bundle's compiled law, or `law/` in the user's cache folder."""
    if is_bundle():
        return BUNDLED_FOLDER
    from assistant.paths import app_dirs  # platformdirs: already loaded by the window

    return app_dirs().cache / "law"


def remember(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all; False when the folder cannot be written.

    A cache that cannot be written only means the next start parses the law again. A bundle
    never writes: its copies are made by the build, and its folder is the program's.
    """
    if is_bundle():
        return False
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True
