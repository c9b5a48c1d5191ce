"""The packaging rules that can be checked without Windows (issue 21, points 1 and 9).

The spec's library closure and the workflow's DLL check are plain functions tested on fake
bundles here; the Windows workflow runs the DLL check on the real bundle.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle_libraries = _load("bundle_libraries")
check_windows_dlls = _load("check_windows_dlls")

# A Windows bundle as PyInstaller lists it: (destination, source, typecode).
WINDOWS_BINARIES = [
    ("python311.dll", "C:/py/python311.dll", "BINARY"),
    ("VCRUNTIME140.dll", "C:/py/VCRUNTIME140.dll", "BINARY"),
    ("PySide6/QtCore.pyd", "C:/s/PySide6/QtCore.pyd", "EXTENSION"),
    ("PySide6/Qt6Core.dll", "C:/s/PySide6/Qt6Core.dll", "BINARY"),
    ("PySide6/vcruntime140.dll", "C:/s/PySide6/vcruntime140.dll", "BINARY"),
    ("PySide6/MSVCP140.dll", "C:/s/PySide6/MSVCP140.dll", "BINARY"),
    ("shiboken6/Shiboken.pyd", "C:/s/shiboken6/Shiboken.pyd", "EXTENSION"),
    ("shiboken6/msvcp140.dll", "C:/s/shiboken6/msvcp140.dll", "BINARY"),
    ("PySide6/Qt6Network.dll", "C:/s/PySide6/Qt6Network.dll", "BINARY"),  # nothing links to it
]
WINDOWS_IMPORTS = {
    "C:/py/python311.dll": ["KERNEL32.dll", "VCRUNTIME140.dll"],
    "C:/s/PySide6/QtCore.pyd": ["Qt6Core.dll", "python311.dll", "VCRUNTIME140.dll"],
    "C:/s/PySide6/Qt6Core.dll": ["MSVCP140.dll", "VCRUNTIME140.dll", "KERNEL32.dll"],
    "C:/s/shiboken6/Shiboken.pyd": ["MSVCP140.dll", "python311.dll"],
}


def _imports(src: str) -> list[str]:
    return WINDOWS_IMPORTS.get(src, [])


def test_every_copy_of_a_linked_library_is_kept_and_unlinked_ones_go() -> None:
    kept = bundle_libraries.linked_closure(WINDOWS_BINARIES, _imports, case_insensitive=True)
    names = [dest for dest, _, _ in kept]
    assert names == [dest for dest, _, _ in WINDOWS_BINARIES if dest != "PySide6/Qt6Network.dll"]
    # Both runtimes of each name: Python's at the top and PySide6's and shiboken6's own.
    assert {"VCRUNTIME140.dll", "PySide6/vcruntime140.dll"} <= set(names)
    assert {"PySide6/MSVCP140.dll", "shiboken6/msvcp140.dll"} <= set(names)


def test_on_linux_names_keep_their_case_and_symbolic_links_keep_their_target() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("libfoo.so.1", "libfoo.so.1.2", "SYMLINK"),
        ("libfoo.so.1.2", "/usr/lib/libfoo.so.1.2", "BINARY"),
        ("LIBFOO.so.1", "/usr/lib/LIBFOO.so.1", "BINARY"),
    ]

    def imports_of(src: str) -> list[str]:
        return ["libfoo.so.1"] if src == "/s/QtGui.abi3.so" else []

    kept = bundle_libraries.linked_closure(binaries, imports_of, case_insensitive=False)
    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtGui.abi3.so",
        "libfoo.so.1",
        "libfoo.so.1.2",
    ]


def _bundle(tmp_path: Path, files: list[str]) -> Path:
    bundle = tmp_path / "kassatsiya"
    for name in ["Kassatsiya.exe", *files]:
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ")
    return bundle


BUNDLE_IMPORTS = {
    "Kassatsiya.exe": ["KERNEL32.dll"],
    "_internal/python311.dll": [
        "KERNEL32.dll",
        "VCRUNTIME140.dll",
        "api-ms-win-crt-heap-l1-1-0.dll",
    ],
    "_internal/PySide6/Qt6Core.dll": ["MSVCP140.dll", "VCRUNTIME140_1.dll", "USER32.dll"],
}
SYSTEM = {"kernel32.dll", "user32.dll"}


def _bundle_imports(bundle: Path) -> object:
    return lambda path: BUNDLE_IMPORTS.get(path.relative_to(bundle).as_posix(), [])


def test_a_bundle_with_its_runtime_beside_each_user_passes(tmp_path: Path) -> None:
    bundle = _bundle(
        tmp_path,
        [
            "_internal/python311.dll",
            "_internal/VCRUNTIME140.dll",
            "_internal/PySide6/Qt6Core.dll",
            "_internal/PySide6/msvcp140.dll",
            "_internal/PySide6/vcruntime140_1.dll",
        ],
    )
    assert check_windows_dlls.problems(bundle, _bundle_imports(bundle), SYSTEM) == []


def test_a_runtime_kept_in_one_folder_only_is_found_missing(tmp_path: Path) -> None:
    """What one copy per name did: python311.dll lost its VCRUNTIME140.dll to PySide6's."""
    bundle = _bundle(
        tmp_path,
        [
            "_internal/python311.dll",
            "_internal/PySide6/Qt6Core.dll",
            "_internal/PySide6/msvcp140.dll",
            "_internal/PySide6/vcruntime140.dll",
            "_internal/PySide6/vcruntime140_1.dll",
        ],
    )
    found = check_windows_dlls.problems(
        bundle, _bundle_imports(bundle), SYSTEM | {"vcruntime140.dll"}
    )
    assert found == [
        "_internal/python311.dll: needs VCRUNTIME140.dll, which is neither beside it nor in _internal"
    ]


def test_a_library_found_nowhere_is_reported(tmp_path: Path) -> None:
    bundle = _bundle(
        tmp_path, ["_internal/python311.dll", "_internal/VCRUNTIME140.dll", "_internal/x.pyd"]
    )
    imports = {**BUNDLE_IMPORTS, "_internal/x.pyd": ["libcrypto-3.dll", "KERNEL32.dll"]}
    found = check_windows_dlls.problems(
        bundle, lambda path: imports.get(path.relative_to(bundle).as_posix(), []), SYSTEM
    )
    assert found == [
        "_internal/x.pyd: needs libcrypto-3.dll, found neither in the bundle nor in Windows"
    ]


@pytest.mark.parametrize(
    ("name", "runtime"),
    [
        ("VCRUNTIME140.dll", True),
        ("vcruntime140_1.dll", True),
        ("MSVCP140_2.dll", True),
        ("concrt140.dll", True),
        ("ucrtbase.dll", False),
        ("Qt6Core.dll", False),
    ],
)
def test_which_names_are_the_redistributable_runtime(name: str, runtime: bool) -> None:
    assert bool(check_windows_dlls.RUNTIME_DLL.fullmatch(name.lower())) is runtime


WORKFLOW = ROOT / ".github" / "workflows" / "windows-build.yml"
INSTALLER = ROOT / "packaging" / "windows" / "kassatsiya.iss"


def _workflow_steps() -> dict[str, dict[str, object]]:
    import yaml

    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = data["jobs"]["windows"]["steps"]
    return {str(step.get("name", step.get("uses"))): step for step in steps}


def test_the_windows_workflow_parses_and_keeps_its_checks() -> None:
    """It cannot run here; this keeps it valid YAML and keeps the promises of
    packaging/README.md: the whole suite, the runtime check, the cp1251 CLI, bounded starts."""
    steps = _workflow_steps()
    names = " | ".join(steps)
    for promised in (
        "Whole test suite on Windows",
        "carries its own Visual C++ runtime",
        "code page (cp1251)",
        "Start-up smoke test (each start bounded",
        "Installer round trip",
        "Sizes",
    ):
        assert promised in names
    assert "PYTHONUTF8" not in yaml_env_names(steps)
    runtime = next(step for name, step in steps.items() if "Visual C++ runtime" in name)
    assert "check_windows_dlls.py" in str(runtime["run"])
    start = next(step for name, step in steps.items() if name.startswith("Start-up smoke"))
    assert "WaitForExit" in str(start["run"]) and "timeout-minutes" in start


def yaml_env_names(steps: dict[str, dict[str, object]]) -> set[str]:
    import yaml

    job = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["windows"]
    names = set(job.get("env", {}))
    for step in steps.values():
        names |= set(step.get("env", {}) or {})  # type: ignore[call-overload]
    return names


def test_the_installer_keeps_prerelease_numbers_out_of_the_version_resource() -> None:
    text = INSTALLER.read_text(encoding="utf-8")
    assert "VersionInfoVersion={#FileVersion}" in text
    assert "uninsdeletekeyifempty" in text
    assert "SuppressibleMsgBox" in text and "IDNO" in text  # a silent uninstall keeps autosaves
    assert "#ifdef SignTool" in text


def test_linux_libraries_of_the_manylinux_policy_are_left_to_the_system() -> None:
    system = ["libstdc++.so.6", "libgcc_s.so.1", "libX11.so.6", "libglib-2.0.so.0", "libc.so.6"]
    bundled = [
        "libX11-xcb.so.1",
        "libxcb-cursor.so.0",
        "libQt6Core.so.6",
        "libpython3.11.so.1.0",
        "libglib-2.0-extra.so.0",
        "libmd.so.0",
        "libdbus-1.so.3",
    ]
    assert all(bundle_libraries.is_system_library(f"_internal/{name}") for name in system)
    assert not any(bundle_libraries.is_system_library(name) for name in bundled)


# --- Qt's ICU data, trimmed for the Linux bundle (packaging/icu_data.py) ----------------------

icu_data = _load("icu_data")

ICU_PROBE = """
import functools, json
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
words = ["ұлт", "үй", "ақ", "әке", "бала", "ғалым", "қала", "іс", "ішкі", "ит", "өмір", "оқу",
         "һ", "яр", "ёж", "ель", "ещё", "Zebra", "apple", "Äpfel", "Ärger", "azure"]
def order(locale):
    return sorted(words, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))
almaty = QTimeZone(b"Asia/Almaty")
names = [almaty.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
         QLocale(locale)) for locale in ("kk_KZ", "ru_RU", "en_US")]
print(json.dumps({
    "orders": [order(locale) for locale in ("kk_KZ", "ru_RU", "en_US", "C")],
    "upper": [QLocale(locale).toUpper("іңғүұқөһә iı") for locale in ("kk_KZ", "ru_RU", "tr_TR")],
    "zones": names,
    "cyrillic codecs": [QStringDecoder(name).isValid()
                        for name in ("windows-1251", "IBM866", "KOI8-R", "ISO-8859-5")],
    "dropped codec": QStringDecoder("Shift_JIS").isValid(),
}, ensure_ascii=False))
"""


def _icu_probe(preload: Path | None = None) -> dict[str, object]:
    import json
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    out = subprocess.run(
        [sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_icu_items_not_kept_are_removed() -> None:
    items = ["icudt73l/root.res", "icudt73l/coll/kk.res", "icudt73l/coll/de.res", "icudt73l/af.res"]
    kept = ("root.res", "coll/kk*.res")
    assert icu_data.removed_items(items, "icudt73l", kept) == ["coll/de.res", "af.res"]


def test_a_kept_icu_item_that_is_missing_stops_the_build() -> None:
    with pytest.raises(icu_data.IcuDataError, match=r"coll/kk\.res"):
        icu_data.removed_items(["icudt74l/root.res"], "icudt74l", ("root.res", "coll/kk.res"))


def test_the_icu_package_is_named_for_the_library() -> None:
    assert icu_data.package_name(Path("lib/libicudata.so.73")) == "icudt73l"
    with pytest.raises(icu_data.IcuDataError):
        icu_data.package_name(Path("libicuuc.so.73"))


@pytest.mark.skipif(sys.platform != "linux", reason="only the Linux wheel ships ICU")
def test_qt_answers_the_same_with_the_trimmed_icu_data(tmp_path: Path) -> None:
    """Collation, case mapping, zone names and the Cyrillic code pages, for kk, ru and en, are
    what the wheel's full ICU data gives; the dropped codec proves the trimmed library ran."""
    import PySide6

    wheel_library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = tmp_path / wheel_library.name
    kept = icu_data.trim(wheel_library, trimmed)
    assert sorted(kept) == sorted(icu_data.KEPT)  # each pattern names one item today
    assert trimmed.stat().st_size < wheel_library.stat().st_size / 8
    full, small = _icu_probe(), _icu_probe(trimmed)
    assert full.pop("dropped codec") is True and small.pop("dropped codec") is False
    assert small == full
    assert small["cyrillic codecs"] == [True, True, True, True]
    kazakh_order = small["orders"][0]  # type: ignore[index]
    assert kazakh_order.index("ит") < kazakh_order.index("іс")  # Kazakh: і after и and й
