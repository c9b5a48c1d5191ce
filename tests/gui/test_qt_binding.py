"""The installed Qt binding must keep Python's reference counts right.

PySide6 6.12.0 under Python 3.11 returns None from every void Qt method without taking a
reference to it. Each `setText`, `setEnabled`, `setToolTip`… lowers None's count by one, and once
it reaches zero the interpreter aborts ("Fatal Python error: none_dealloc") — in the app, after a
few thousand edits. pyproject.toml excludes that release; this test keeps the next one honest.
(From Python 3.12 on, None is immortal and its count never moves.)
"""

from __future__ import annotations

import gc
import sys

import pytest

pytestmark = pytest.mark.gui

CALLS = 20_000


def test_void_qt_calls_do_not_drop_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.qt import QLabel, QLineEdit

    line, label = QLineEdit(), QLabel()
    qtbot.addWidget(line)
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for index in range(CALLS):
        line.setText(str(index % 10))
        label.setEnabled(index % 2 == 0)
    gc.collect()
    assert sys.getrefcount(None) - before > -CALLS // 100
