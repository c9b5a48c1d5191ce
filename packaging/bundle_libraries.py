"""Which of the libraries PyInstaller collected the bundle keeps: the roots and what they link to.

Used by `kassatsiya.spec`; a module of its own so that the rule is tested without a build
(tests/test_packaging.py). An entry is PyInstaller's (destination, source, typecode).

A Windows bundle holds real copies of one DLL under one name in several folders: Python's
`VCRUNTIME140.dll` at the top, and PySide6's own `vcruntime140.dll`, `msvcp140.dll`,
`concrt140.dll` in `PySide6\\` and `shiboken6\\`. The loader finds a dependency beside the
module that needs it (or one already loaded under that name), so every copy that something links
to is kept: keeping one per name left `python311.dll` without its runtime on a computer that
lacks the Visual C++ Redistributable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]
"""(destination in the bundle, source file, PyInstaller typecode)."""

_LIBRARY = re.compile(r"\.(so(\.\d+)*|dll|pyd|dylib)$")
_PYTHON_LIBRARY = re.compile(r"(lib)?python3\d*(\.\d+)?(\.dll|\.so)")


# Linux libraries every wheel may expect from the system (the manylinux policy, PEP 599: the
# wheels we install, PySide6's included, carry none of them): the bundle leaves them to the
# system too. The C runtime, libGL and libxcb PyInstaller already leaves out; the C++ runtime
# is the system's newer one, which the system's OpenGL drivers need as well.
_MANYLINUX_SYSTEM = re.compile(
    r"lib(gcc_s|stdc\+\+|m|dl|rt|c|nsl|util|pthread|resolv|X11|Xext|Xrender|ICE|SM|GL|"
    r"gobject-2\.0|gthread-2\.0|glib-2\.0)\.so(\.\d+)*"
)


def is_system_library(dest: str) -> bool:
    """A Linux library the manylinux policy assumes every system has (see `_MANYLINUX_SYSTEM`)."""
    return _MANYLINUX_SYSTEM.fullmatch(parts(dest)[-1]) is not None


def parts(dest: str) -> list[str]:
    """The destination's folders and name, whichever slash the build machine writes."""
    return dest.replace("\\", "/").split("/")


def is_root(dest: str, typecode: str) -> bool:
    """Binaries kept for their own sake: Python extensions, Qt plugins, the Python library."""
    name = parts(dest)[-1].lower()
    return (
        typecode == "EXTENSION"
        or "plugins" in parts(dest)
        or _PYTHON_LIBRARY.match(name) is not None
        or not _LIBRARY.search(name)
    )


def linked_closure(
    binaries: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]],
    *,
    case_insensitive: bool,
) -> list[Entry]:
    """Only the roots and the libraries they link to, directly or not, in their given order.

    `imports_of(source)` names the libraries a file links to (PyInstaller's bindepend in the
    spec). Names are matched without case on Windows, where `VCRUNTIME140.dll` and
    `vcruntime140.dll` are one file name. Every copy under a linked name is kept.
    """
    entries = list(binaries)

    def key(name: str) -> str:
        return name.lower() if case_insensitive else name

    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(key(parts(entry[0])[-1]), []).append(entry)
    todo = [entry for entry in entries if is_root(entry[0], entry[2])]
    kept: set[str] = set()
    while todo:
        dest, src, code = todo.pop()
        if dest in kept:
            continue
        kept.add(dest)
        if code == "SYMLINK":  # src is the link's relative target
            linked = [PurePosixPath(src.replace("\\", "/")).name]
        else:
            linked = [PurePosixPath(name.replace("\\", "/")).name for name in imports_of(src)]
        for name in linked:
            todo.extend(by_name.get(key(name), []))
    return [entry for entry in entries if entry[0] in kept]
