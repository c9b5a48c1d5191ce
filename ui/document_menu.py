"""Which document of the case is being drafted: the Document menu (the documents the app can
draft, the current one checked) and File → New document (a new case drafting one of them).

The menus are filled when they open: the list of documents the core can write comes with its
document builders, which start-up does not load (benchmarks/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.case.enums import DocumentKind
from assistant.i18n import N_, _
from ui.labels import label_of
from ui.qt import QAction, QActionGroup, QMainWindow, QMenu
from ui.translatable import TextBindings

DOCUMENT_MENU = N_("&Document")
NEW_DOCUMENT = N_("Ne&w document")
Choose = Callable[[DocumentKind], object]


def entry_text(number: int, kind: DocumentKind) -> str:
    """ "&1 Cassation complaint": numbered, so every language has its mnemonics."""
    return f"&{number} {_(label_of(kind))}"


class DocumentMenus:
    """The Document menu of `window` (before the menu of `before_menu`) and the New document submenu of
    File (after New complaint). `offered()` lists the kinds to offer and `current()` the one
    being drafted; `choose(kind)` switches to it, `new(kind)` starts a new case of it."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        file_menu: QMenu,
        before_file_entry: QAction,
        before_menu: QAction,
        offered: Callable[[], list[DocumentKind]],
        current: Callable[[], DocumentKind],
        choose: Choose,
        new: Choose,
    ) -> None:
        self.texts = TextBindings()
        self._offered = offered
        self._current = current
        self._choose = choose
        self._new = new
        self.menu = QMenu(window)
        self.menu.setObjectName("menu-document")
        self.texts.bind(self.menu.setTitle, DOCUMENT_MENU)
        window.menuBar().insertMenu(before_menu, self.menu)
        self.new_menu = QMenu(file_menu)
        self.new_menu.setObjectName("menu-new-document")
        self.texts.bind(self.new_menu.setTitle, NEW_DOCUMENT)
        file_menu.insertMenu(before_file_entry, self.new_menu)
        self.menu.aboutToShow.connect(self.fill)
        self.new_menu.aboutToShow.connect(self.fill)
        self.entries: dict[DocumentKind, QAction] = {}
        self.new_entries: dict[DocumentKind, QAction] = {}
        self._group: QActionGroup | None = None

    def fill(self) -> None:
        """Both menus as they are now: every offered document, the current one checked."""
        self.menu.clear()
        self.new_menu.clear()
        self._group = QActionGroup(self.menu)
        self.entries, self.new_entries = {}, {}
        current = self._current()
        for number, kind in enumerate(self._offered(), start=1):
            entry = self.menu.addAction(entry_text(number, kind))
            entry.setObjectName(f"action-document-{kind.value}")
            entry.setCheckable(True)
            entry.setChecked(kind is current)
            self._group.addAction(entry)
            entry.triggered.connect(lambda _checked=False, k=kind: self._choose(k))
            self.entries[kind] = entry
            new = self.new_menu.addAction(entry_text(number, kind) + "…")
            new.setObjectName(f"action-new-{kind.value}")
            new.triggered.connect(lambda _checked=False, k=kind: self._new(k))
            self.new_entries[kind] = new

    def retranslate(self) -> None:
        self.texts.apply()
        if self.entries:
            self.fill()
