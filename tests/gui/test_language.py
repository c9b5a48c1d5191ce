"""Switching the interface language re-translates every visible text of the window at once.

A visible string in kk or ru that equals (or, with placeholders filled, matches) an English msgid
of the code or the law data is an untranslated string: the test lists them all.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.i18n import current_language, translations
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


@cache
def english_msgids() -> frozenset[str]:
    """Every msgid (singular and plural) that scripts/catalogs.py extracts."""
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ids: set[str] = set()
    for message in module.extract():
        if isinstance(message.id, tuple):
            ids.update(message.id)
        elif message.id:
            ids.add(message.id)
    return frozenset(ids)


@cache
def _pattern(msgids: frozenset[str]) -> re.Pattern[str]:
    parts = []
    for msgid in sorted(msgids):
        if PLACEHOLDER.search(msgid):
            pieces = PLACEHOLDER.split(msgid)[::2]
            parts.append(".+?".join(re.escape(piece) for piece in pieces))
    return re.compile("|".join(f"(?:{p})" for p in parts), re.DOTALL)


def _item_texts(widget: QWidget) -> list[str]:
    """Texts held in items rather than in the widget: table headers, list and tree rows."""
    texts: list[str] = []
    if isinstance(widget, QTableWidget):
        for col in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(col)
            if header is not None:
                texts.extend([header.text(), header.toolTip()])
    if isinstance(widget, QListWidget):
        texts.extend(widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QTreeWidget):
        root = widget.invisibleRootItem()
        stack = [root.child(i) for i in range(root.childCount())]
        while stack:
            node = stack.pop()
            texts.append(node.text(0))
            stack.extend(node.child(i) for i in range(node.childCount()))
    return texts


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.whatsThis(), widget.accessibleName(), widget.windowTitle()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QMenu):
        texts.append(widget.title())
        texts.extend(action.text() for action in widget.actions())
    texts.extend(_item_texts(widget))
    return [t for t in texts if t and any(ch.isalpha() for ch in t)]


def visible_texts(window: MainWindow) -> list[str]:
    """Every user-facing string of the window, hidden sections and menus included."""
    texts = _texts_of(window)
    for widget in window.findChildren(QWidget):
        texts.extend(_texts_of(widget))
    return texts


def untranslated(texts: list[str], language: Language) -> list[str]:
    msgids = english_msgids()
    catalog = translations(language)
    pattern = _pattern(msgids)
    found = []
    for text in texts:
        kept_on_purpose = catalog.gettext(text) == text and text in getattr(catalog, "_catalog", {})
        if kept_on_purpose:
            continue
        if text in msgids or pattern.fullmatch(text):
            found.append(text)
    return sorted(set(found))


def test_switching_language_retranslates_menus_labels_and_findings(window: MainWindow) -> None:
    window.set_ui_language(Language.EN)
    english = visible_texts(window)
    assert "&File" in english
    window.set_ui_language(Language.RU)
    assert current_language() is Language.RU
    assert (
        window.menu.menus["file"].title() != "&File"
        or "&File" not in translations(Language.RU)._catalog
    )  # type: ignore[attr-defined]
    window.set_ui_language(Language.EN)
    assert sorted(visible_texts(window)) == sorted(english)


@pytest.mark.parametrize("language", [Language.KK, Language.RU])
def test_no_english_string_is_left_in(window: MainWindow, language: Language) -> None:
    from ui.startup import open_example

    open_example(window)
    window.document.case.filer.full_name = ""
    window.reload()  # some findings too, so their texts are walked
    window.set_ui_language(language)
    left = untranslated(visible_texts(window), language)
    assert left == [], f"{len(left)} English strings left in {language.value}:\n" + "\n".join(left)


def test_language_choice_is_remembered(window: MainWindow) -> None:
    from ui.settings import load_settings

    window.set_ui_language(Language.KK)
    assert load_settings().language is Language.KK
    assert window.menu.language_actions[Language.KK].isChecked()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("kk_KZ.UTF-8", Language.KK), ("en_US.UTF-8", Language.EN), ("C.UTF-8", Language.RU)],
)
def test_a_first_start_speaks_the_systems_language(
    monkeypatch: pytest.MonkeyPatch, locale: str, expected: Language
) -> None:
    """No settings yet: the interface starts in the system's language (else Russian); once
    chosen, the saved choice wins over the system's."""
    from ui.settings import load_settings, save_settings, settings_path

    monkeypatch.setenv("LANG", locale)
    assert not settings_path().exists()
    settings = load_settings()
    assert settings.language is expected
    settings.language = Language.RU
    save_settings(settings)
    assert load_settings().language is Language.RU
