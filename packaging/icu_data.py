"""Qt's ICU data cut to what Qt uses for this app: the Linux bundle's `libicudata`, 32 MB → 2.5 MB.

PySide6's Linux wheel ships ICU, whose data library holds every locale's names, currencies,
units, time zones, number spellings, break rules, transliterators and ~200 legacy encodings:
a fifth of the bundle. Qt calls ICU for four things only (the `_73` symbols `libQt6Core` imports:
`objdump -T`): collation (QCollator, which Qt's file dialog sorts with), locale-aware case
mapping, time-zone ids and names, and encodings Qt does not build in (QStringConverter). The
items those need for kk, ru and en are `KEPT`; a locale without its items falls back to the root
ones (ICU's own fallback), so a German system sorts by the root order instead of failing.

The library is rebuilt the way ICU packages its data, with ICU's and binutils' own tools:
`objcopy` takes the data package out of the wheel's library (the library's only content is
that package, the symbol `icudt<N>_dat`), `icupkg` (apt: icu-devtools) removes the other items,
and `objcopy` + `ld` link the smaller package into a library of the same name and symbol.
tests/test_icu_data.py proves that Qt gives the same answers with it for what the app uses.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from fnmatch import fnmatchcase
from pathlib import Path

KEPT = (
    # the package's own index and the data every lookup starts from
    "res_index.res",
    "pool.res",
    "root.res",
    "icustd.res",
    "icuver.res",
    # locale ids: canonical forms, aliases, likely subtags, keyword types (ucol_open, ucal_open)
    "metadata.res",
    "likelySubtags.res",
    "keyTypeData.res",
    "supplementalData.res",
    # the three languages of the app, with the regions they are used in
    "kk.res",
    "kk_KZ.res",
    "ru.res",
    "ru_KZ.res",
    "ru_RU.res",
    "en.res",
    "en_US.res",
    "en_US_POSIX.res",
    # collation (QCollator, QString::localeAwareCompare): the root order and its tailorings
    "coll/res_index.res",
    "coll/root.res",
    "coll/ucadata.icu",
    "coll/kk.res",
    "coll/ru.res",
    "coll/en.res",
    "coll/en_US.res",
    "coll/en_US_POSIX.res",
    # time zones (QTimeZone ids and display names)
    "zoneinfo64.res",
    "timezoneTypes.res",
    "metaZones.res",
    "windowsZones.res",
    "zone/res_index.res",
    "zone/pool.res",
    "zone/root.res",
    "zone/kk.res",
    "zone/ru.res",
    "zone/en.res",
    # encodings: the alias table, and the Cyrillic code pages older Kazakh files are in
    # (windows-1251, cp866, KOI8-R, ISO-8859-5); UTF-8/16/32 and Latin-1 are built into Qt
    "cnvalias.icu",
    "ibm-5347_P100-1998.cnv",
    "ibm-866_P100-1995.cnv",
    "ibm-878_P100-1996.cnv",
    "ibm-915_P100-1995.cnv",
    # normalization and character properties not compiled into libicuuc
    "nfkc.nrm",
    "nfkc_cf.nrm",
    "uts46.nrm",
    "uemoji.icu",
    "ulayout.icu",
)
"""Items kept, as `icupkg -l` names them without the package prefix (fnmatch patterns)."""

_SONAME = re.compile(r"libicudata\.so\.(\d+)$")
_ICU_MAGIC = b"\xda\x27"  # the two bytes after the header size of every ICU data file
_COMMON_DATA = b"CmnD"  # the data format of a package of items


class IcuDataError(RuntimeError):
    """The wheel's ICU data is not laid out as expected, or a tool is missing or failed."""


def tool(name: str) -> str:
    """The path of an ICU or binutils tool; Debian puts icupkg in /usr/sbin, outside a
    non-root user's PATH."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if found is None:
        package = "icu-devtools" if name == "icupkg" else "binutils"
        raise IcuDataError(f"{name} is needed to trim Qt's ICU data: apt install {package}")
    return found


def package_name(library: Path) -> str:
    """icudt73l for libicudata.so.73: ICU's name for a little-endian package of version 73."""
    match = _SONAME.search(library.name)
    if match is None:
        raise IcuDataError(f"{library.name} is not named libicudata.so.<version>")
    return f"icudt{match.group(1)}l"


def removed_items(items: list[str], package: str, kept: tuple[str, ...] = KEPT) -> list[str]:
    """The items of `items` (as `icupkg -l` lists them) that no `kept` pattern names.

    Every pattern must name at least one item: a kept item that a new ICU renamed or dropped
    would otherwise silently leave Qt without it."""
    prefix = f"{package}/"
    names = [item.removeprefix(prefix) for item in items]
    unmatched = [pattern for pattern in kept if not any(fnmatchcase(n, pattern) for n in names)]
    if unmatched:
        raise IcuDataError(f"ICU data {package} lacks the kept items {', '.join(unmatched)}")
    return [n for n in names if not any(fnmatchcase(n, pattern) for pattern in kept)]


def _run(*command: str, cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise IcuDataError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
    return result.stdout


def _extract(library: Path, package: str, folder: Path) -> Path:
    """The data package inside the wheel's library, as the file icupkg reads."""
    data = folder / f"{package}.dat"
    _run(
        tool("objcopy"),
        "-O",
        "binary",
        "--only-section=.rodata",
        str(library),
        str(data),
        cwd=folder,
    )
    head = data.read_bytes()[:64]
    if head[2:4] != _ICU_MAGIC or _COMMON_DATA not in head:
        raise IcuDataError(f"{library.name}: its .rodata is not one ICU data package")
    return data


def _object_format(library: Path) -> tuple[str, str]:
    """(BFD format, architecture) of `library`, e.g. ("elf64-x86-64", "i386:x86-64")."""
    described = _run(tool("objdump"), "-f", str(library), cwd=library.parent)
    found = re.search(r"file format (\S+)\s+architecture: ([^,\s]+)", described)
    if found is None:
        raise IcuDataError(f"objdump cannot tell the format of {library.name}")
    return found.group(1), found.group(2)


def _link(data: Path, like: Path, symbol: str, target: Path) -> None:
    """A shared library named and built like `like` whose only content is `data`, as `symbol`."""
    folder = data.parent
    bfd_format, architecture = _object_format(like)
    stem = re.sub(r"\W", "_", data.name)  # objcopy names the data's start _binary_<stem>_start
    obj = folder / "icudata.o"
    _run(
        tool("objcopy"),
        "-I", "binary",
        "-O", bfd_format,
        "-B", architecture,
        "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
        "--redefine-sym", f"_binary_{stem}_start={symbol}",
        "--strip-symbol", f"_binary_{stem}_end",
        "--strip-symbol", f"_binary_{stem}_size",
        data.name, obj.name,
        cwd=folder,
    )  # fmt: skip
    _run(tool("ld"), "-shared", "-soname", like.name, "-o", str(target), obj.name, cwd=folder)


def trim(library: Path, target: Path, kept: tuple[str, ...] = KEPT) -> list[str]:
    """Write to `target` a copy of the ICU data library `library` with only the `kept` items;
    return the names of the items kept."""
    package = package_name(library)
    with tempfile.TemporaryDirectory(prefix="icu-data-") as tmp:
        folder = Path(tmp)
        full = _extract(library, package, folder)
        items = _run(tool("icupkg"), "-l", full.name, cwd=folder).split()
        removed = removed_items(items, package, kept)
        (folder / "removed.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        small = folder / "out" / full.name  # icupkg wants the package's own name
        small.parent.mkdir()
        _run(tool("icupkg"), "-r", "removed.txt", full.name, str(small), cwd=folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(small, library, f"{package.removesuffix('l')}_dat", target)
        return _run(tool("icupkg"), "-l", str(small), cwd=folder).split()
