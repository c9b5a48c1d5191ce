"""Prove that a Windows bundle carries the Visual C++ runtime its own files link to.

    python packaging/check_windows_dlls.py dist/kassatsiya

GitHub's Windows runners have the Visual C++ Redistributable in System32, so a bundle that
lacks its own `vcruntime140.dll` still starts there, and then fails on a clinic laptop without
it. System32 cannot be hidden from a process and Windows Sandbox does not run on the hosted
runners, so this reads every program and library of the bundle instead (with pefile, which
PyInstaller uses on Windows) and fails when:

* a file links to a runtime DLL (vcruntime*, msvcp*, concrt*, vccorlib*, vcomp*) that is not
  beside it or at the top of `_internal` (where the bootloader points the DLL search), or
* a file links to a DLL found neither in the bundle nor in the system folder.

Prints one line per problem and `DLLS OK <n files>` when there is none; exit status 1 on a
problem. The rule is tested without Windows (tests/test_packaging.py).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

RUNTIME_DLL = re.compile(r"(vcruntime|msvcp|concrt|vccorlib|vcomp)\d+.*\.dll", re.IGNORECASE)
PE_SUFFIXES = (".exe", ".dll", ".pyd")
CONTENTS = "_internal"


def pe_files(bundle: Path) -> list[Path]:
    """Every program and library in the bundle, in a stable order."""
    return sorted(p for p in bundle.rglob("*") if p.suffix.lower() in PE_SUFFIXES and p.is_file())


def _names(folder: Path) -> set[str]:
    try:
        return {entry.name.lower() for entry in folder.iterdir()}
    except OSError:
        return set()


def problems(
    bundle: Path, imports_of: Callable[[Path], Iterable[str]], system_dlls: set[str]
) -> list[str]:
    """What would stop the bundle on a computer without the runtime, one line each."""
    everywhere = {p.name.lower() for p in bundle.rglob("*") if p.is_file()}
    top = _names(bundle / CONTENTS) | _names(bundle)
    found: list[str] = []
    for file in pe_files(bundle):
        beside = _names(file.parent)
        for name in imports_of(file):
            key = name.lower()
            where = file.relative_to(bundle).as_posix()
            if RUNTIME_DLL.fullmatch(key):
                if key not in beside and key not in top:
                    found.append(
                        f"{where}: needs {name}, which is neither beside it nor in {CONTENTS}"
                    )
            elif (
                key not in everywhere
                and key not in system_dlls
                and not key.startswith(("api-ms-win-", "ext-ms-"))
            ):
                found.append(f"{where}: needs {name}, found neither in the bundle nor in Windows")
    return found


def _pefile_imports(path: Path) -> list[str]:
    import pefile  # PyInstaller's own dependency on Windows

    pe = pefile.PE(str(path), fast_load=True)
    try:
        pe.parse_data_directories(
            directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]]
        )
        return [entry.dll.decode("ascii") for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])]
    finally:
        pe.close()


def _system_dlls() -> set[str]:
    """The system folder's DLLs, less the redistributable runtime a clean Windows lacks."""
    system = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"
    return {name for name in _names(system) if not RUNTIME_DLL.fullmatch(name)}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_windows_dlls.py <bundle folder>", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    found = problems(bundle, _pefile_imports, _system_dlls())
    for line in found:
        print(line)
    if found:
        return 1
    print(f"DLLS OK {len(pe_files(bundle))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
