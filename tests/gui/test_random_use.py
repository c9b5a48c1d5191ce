"""Random use of the whole window, dialogs included: no action may raise.

A seeded "monkey" picks among the menu actions, the visible inputs of the window and of any
dialog that opens (which it fills in and accepts or cancels at random), language switches and
example cases; file dialogs answer with real paths in a scratch folder. pytest-qt fails the test
on any exception raised inside a Qt slot or event handler. Written after such a run found two
faults no scripted test had: unlocking reached for an input of a dialog the lock had deleted,
and the export dialog wrote a bare file name into the process's working folder.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from assistant.casefile import load_case
from tests.gui.conftest import EXAMPLES
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]

STEPS = 600
MAX_DIALOG_DEPTH = 3
TEXTS = [
    "",
    "31.02.2026",
    "01.03.2026",
    "Қасымова Әйгерім",
    "Қ" * 300,
    "2026-13-01",
    "  ",
    "\u202e",
    "900101300017",
    "+7 701 555 12 34",
    "v1.2",
    "5",
]
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QListWidget, QAbstractButton)


class Monkey:
    """Seeded random input; `poke(root, n)` does n things to the inputs of `root`."""

    def __init__(self, seed: int, scratch: Path) -> None:
        self.rng = random.Random(seed)
        self.scratch = scratch
        self.depth = 0

    def poke(self, root: QWidget, count: int) -> None:
        for _ in range(count):
            inputs = [
                widget
                for widget in root.findChildren(QWidget)
                if isinstance(widget, INPUTS)
                and widget.isVisible()
                and widget.isEnabled()
                and not widget.objectName().startswith("qt_")  # e.g. the menu bar's » button
            ]
            if not inputs or not root.isVisible():
                return
            self._use(self.rng.choice(inputs))
            QApplication.processEvents()

    def _use(self, widget: QWidget) -> None:
        rng = self.rng
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            widget.selectAll()
            widget.insert(rng.choice(TEXTS))
            widget.textEdited.emit(widget.text())
            if rng.random() < 0.2:
                widget.returnPressed.emit()
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(rng.choice(TEXTS))
        elif isinstance(widget, QComboBox) and widget.count():
            index = rng.randrange(widget.count())
            widget.setCurrentIndex(index)
            widget.activated.emit(index)
        elif isinstance(widget, QSpinBox):
            widget.setValue(rng.randrange(-5, 60))
        elif isinstance(widget, QListWidget) and widget.count():
            widget.setCurrentRow(rng.randrange(widget.count()))
        elif isinstance(widget, QAbstractButton):
            widget.click()

    def run_dialog(self, dialog: QDialog) -> int:
        """Stands in for `QDialog.exec`: use the dialog a little, then accept or cancel it."""
        if self.depth >= MAX_DIALOG_DEPTH:
            dialog.reject()
            return int(dialog.result())
        self.depth += 1
        try:
            dialog.show()
            QApplication.processEvents()
            self.poke(dialog, self.rng.randrange(0, 8))
            if dialog.isVisible():
                dialog.accept() if self.rng.random() < 0.5 else dialog.reject()
            return int(dialog.result())
        finally:
            self.depth -= 1

    def save_name(self, *_args: object, **_kwargs: object) -> tuple[str, str]:
        if self.rng.random() < 0.3:
            return "", ""
        names = ["a.kassatsiya", "b.docx", "c.pdf", "sub/d.kassatsiya", "e"]
        return str(self.scratch / self.rng.choice(names)), ""

    def open_name(self, *_args: object, **_kwargs: object) -> tuple[str, str]:
        if self.rng.random() < 0.3:
            return "", ""
        pool = [*self.scratch.glob("*"), self.scratch / "missing.kassatsiya"]
        return str(self.rng.choice(pool)), ""

    def open_names(self, *_args: object, **_kwargs: object) -> tuple[list[str], str]:
        files = sorted(self.scratch.glob("*.kassatsiya"))
        return [str(f) for f in self.rng.sample(files, min(len(files), 2))], ""


@pytest.mark.parametrize("seed", [3, 14])
def test_random_use_never_raises(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot, seed: int
) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path / "scratch"
    shutil.copytree(EXAMPLES, scratch)
    home, working = tmp_path / "home", tmp_path / "working-folder"
    home.mkdir()
    working.mkdir()
    for variable in ("HOME", "USERPROFILE"):  # an untitled case is exported to the home folder
        monkeypatch.setenv(variable, str(home))
    monkeypatch.chdir(working)  # a file written by a relative name would show up in here
    monkey = Monkey(seed, scratch)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: monkey.run_dialog(dialog))  # noqa: PLW0108 (a bound method would not receive the dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", monkey.save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", monkey.open_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", monkey.open_names)
    examples = sorted(EXAMPLES.glob("*.kassatsiya"))
    actions = [name for name in window.menu.actions if name != "quit"]
    rng = monkey.rng
    for _ in range(STEPS):
        roll = rng.random()
        if roll < 0.04:
            window.document.replace(load_case(rng.choice(examples)), None)
        elif roll < 0.18:
            action = window.menu.actions[rng.choice(actions)]
            if action.isEnabled():
                action.trigger()
        elif roll < 0.2:
            rng.choice(list(window.menu.language_actions.values())).trigger()
        else:
            monkey.poke(window, 1)
        QApplication.processEvents()
        if window.lock.locked:
            assert window.lock.try_unlock(window.document.passphrase or "")
    qtbot.waitUntil(lambda: window.exporter.running is None, timeout=60_000)
    assert list(working.iterdir()) == []
