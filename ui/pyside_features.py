"""PySide6's `__feature__` import hook, told that this app never opts in.

PySide6 hooks `import` so that a module may opt into `from __feature__ import snake_case`; to
tell, it reads the source of every module imported after it. `ui/qt.py` calls
`skip_feature_scan()` once PySide6 is imported. The gain is measured by
`benchmarks/startup_phases.py`; `tests/gui/test_qt_namespace.py` proves in a fresh process that
no module source is read after it, and notices if a PySide6 release renames the hook.
"""

from __future__ import annotations

import sys


def _uses_no_pyside_features(_module: object) -> bool:
    return False


def skip_feature_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 hooks `import` so that a module may opt into `from __feature__ import snake_case`;
    to tell, it reads each newly imported module's source file and looks for "PySide6" in it
    (13-25 ms of our start-up from a pip install: ~95 modules; a bundle has no sources). This
    app never opts in, so every module is answered "no" without reading it (napari#8584 found
    the same cost). The hook is PySide6's private code: if a release renames it, this does
    nothing and start-up is only slower; tests/gui/test_qt_namespace.py notices.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_pyside_features  # type: ignore[attr-defined]
