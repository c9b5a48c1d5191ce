"""Where the data files are: beside the source tree, or inside the installed wheel or bundle.

The wheel maps the top-level `locales/`, `templates/` and `examples/` folders into
`assistant/_data/` (see pyproject.toml); a checkout or an editable install reads them in place.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder `name` (locales, templates, examples) wherever this installation keeps it."""
    candidates = [
        _PACKAGE_DIR / "_data" / name,
        _PACKAGE_DIR.parent / name,
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} not found in {[str(c) for c in candidates]}")


def package_path(*parts: str) -> Path:
    """A file shipped inside the `assistant` package (rules, fonts)."""
    return _PACKAGE_DIR.joinpath(*parts)


APP_ICON = "kassatsiya.png"


def app_icon_file() -> Path | None:
    """The app's icon (256 px PNG): in a bundle's or wheel's `icons/`, or in a checkout's
    `packaging/icons/`; None if this installation has none."""
    try:
        folder = data_dir("icons")
    except FileNotFoundError:
        folder = _PACKAGE_DIR.parent / "packaging" / "icons"
    icon = folder / APP_ICON
    return icon if icon.is_file() else None
