"""The menu bar: actions with translated texts and shortcuts; the window supplies the slots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.case.enums import Language
from assistant.i18n import N_, _
from ui.labels import LANGUAGE_NAMES
from ui.qt import QAction, QActionGroup, QKeySequence, QMainWindow, QMenu
from ui.translatable import TextBindings

Slot = Callable[[], object]
HELP_TITLE = N_("&Help")
DIAGNOSTICS_TEXT = N_("Copy &diagnostic report…")  # named in the unexpected-error message

Shortcut = QKeySequence.StandardKey | str
# name, menu, msgid, shortcuts
ACTIONS: list[tuple[str, str, str, Shortcut | tuple[str, ...] | None]] = [
    ("new", "file", N_("&New complaint…"), QKeySequence.StandardKey.New),
    ("open", "file", N_("&Open…"), QKeySequence.StandardKey.Open),
    ("save", "file", N_("&Save"), QKeySequence.StandardKey.Save),
    ("save_as", "file", N_("Save &as…"), "Ctrl+Shift+S"),
    ("protect", "file", N_("&Protect with passphrase…"), None),
    ("export_docx", "file", N_("&Export as DOCX…"), "Ctrl+E"),
    ("export_pdf", "file", N_("Export as P&DF…"), "Ctrl+Shift+E"),
    ("quit", "file", N_("&Quit"), "Ctrl+Q"),
    ("undo", "edit", N_("&Undo"), QKeySequence.StandardKey.Undo),
    ("redo", "edit", N_("&Redo"), "Ctrl+Y"),
    ("days_off", "edit", N_("Extra &days off…"), None),
    ("step_mode", "view", N_("&Step by step"), None),
    ("all_mode", "view", N_("&All fields"), None),
    # Ctrl+= too: the key that has "+" on it, without Shift (a US or Russian keyboard); Qt's
    # ZoomIn is Ctrl++ on every platform (Cmd++ on a Mac: Qt reads Ctrl as Cmd there)
    ("larger", "view", N_("&Larger text"), ("Ctrl++", "Ctrl+=")),
    ("smaller", "view", N_("S&maller text"), QKeySequence.StandardKey.ZoomOut),
    # the dividers between the panes, by keyboard (ui/pane_splitter.py)
    ("wider_list", "view", N_("&Wider section list"), None),
    ("narrower_list", "view", N_("&Narrower section list"), None),
    ("wider_findings", "view", N_("Wi&der findings panel"), None),
    ("narrower_findings", "view", N_("Na&rrower findings panel"), None),
    ("lock_now", "view", N_("Loc&k now"), "Ctrl+L"),
    ("idle_lock", "view", N_("Lock after &inactivity…"), None),
    ("field_help", "help", N_("Help on this &field"), QKeySequence.StandardKey.HelpContents),
    ("triage", "help", N_("First &questions again…"), None),
    ("after_filing", "help", N_("&What happens after filing"), None),
    ("diagnostics", "help", DIAGNOSTICS_TEXT, None),
    ("about", "help", N_("&About Kassatsiya"), None),
]
MENUS = [
    ("file", N_("&File")),
    ("edit", N_("&Edit")),
    ("view", N_("&View")),
    ("help", HELP_TITLE),
]
RECENT = N_("&Recent files")
CLEAR_RECENT = N_("&Clear recent files")
LANGUAGE = N_("Lan&guage")
NO_RECENT = N_("(none)")


class MenuBar:
    """Creates the menus of `window`; `retranslate()` re-applies every text."""

    def __init__(
        self,
        window: QMainWindow,
        slots: dict[str, Slot],
        open_recent: Callable[[Path], object],
        choose_language: Callable[[Language], object],
        clear_recent: Callable[[], object],
    ) -> None:
        self.texts = TextBindings()
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._recent_files: list[str] = []
        self._open_recent = open_recent
        self._clear_recent = clear_recent
        for key, title in MENUS:
            menu = window.menuBar().addMenu("")
            menu.setObjectName(f"menu-{key}")
            self.texts.bind(menu.setTitle, title)
            self.menus[key] = menu
        for name, menu_key, text, shortcut in ACTIONS:
            action = QAction(window)
            action.setObjectName(f"action-{name}")
            self.texts.bind(action.setText, text)
            if shortcut is not None:
                set_shortcuts(action, shortcut)
            action.triggered.connect(lambda _checked=False, s=slots[name]: s())
            self.menus[menu_key].addAction(action)
            self.actions[name] = action
            if name == "open":
                self.recent_menu = self.menus["file"].addMenu("")
                self.texts.bind(self.recent_menu.setTitle, RECENT)
                self.recent_menu.aboutToShow.connect(self._fill_recent)
        modes = QActionGroup(window)
        for name in ("step_mode", "all_mode"):
            self.actions[name].setCheckable(True)
            modes.addAction(self.actions[name])
        self.language_menu = self.menus["view"].addMenu("")
        self.texts.bind(self.language_menu.setTitle, LANGUAGE)
        languages = QActionGroup(window)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(LANGUAGE_NAMES[language], window)
            action.setObjectName(f"action-language-{language.value}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, lang=language: choose_language(lang))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

    def all_actions(self) -> dict[str, QAction]:
        """Every action, the submenus' (recent files, language) included, by name."""
        return {
            **self.actions,
            "recent": self.recent_menu.menuAction(),
            "language": self.language_menu.menuAction(),
        }

    def set_recent(self, files: list[str]) -> None:
        self._recent_files = list(files)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        if not self._recent_files:
            empty = self.recent_menu.addAction(_(NO_RECENT))
            empty.setEnabled(False)
            return
        for file in self._recent_files:
            action = self.recent_menu.addAction(file)
            action.triggered.connect(lambda _checked=False, f=file: self._open_recent(Path(f)))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(_(CLEAR_RECENT))
        clear.setObjectName("action-clear-recent")
        clear.triggered.connect(lambda _checked=False: self._clear_recent())

    def retranslate(self) -> None:
        self.texts.apply()
        self._fill_recent()


def set_shortcuts(action: QAction, shortcut: Shortcut | tuple[str, ...]) -> None:
    """setShortcuts, not setShortcut: the latter makes PySide6 build the whole `Qt` namespace
    (see ui/qt.py); a standard key also brings its platform's alternatives."""
    if isinstance(shortcut, tuple):
        action.setShortcuts([QKeySequence(one) for one in shortcut])
    elif isinstance(shortcut, str):
        action.setShortcuts([QKeySequence(shortcut)])
    else:
        action.setShortcuts(shortcut)
