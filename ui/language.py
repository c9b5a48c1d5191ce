"""Switching the interface language: our catalogs (assistant.i18n) and Qt's own (qtbase_*.qm).

The installed QTranslator lives as long as the application, not as long as a window: a
translator freed while still installed would crash the next translation lookup.
"""

from __future__ import annotations

from assistant.case.enums import Language
from assistant.i18n import set_language
from ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def apply_language(language: Language) -> bool:
    """Switch both catalogs; False when Qt ships no translation of its dialogs for `language`."""
    set_language(language)
    QLocale.setDefault(QLocale(language.value))
    if QApplication.instance() is None:
        return False
    while _installed:
        QApplication.removeTranslator(_installed.pop())
    if language is Language.EN:
        return True
    translator = QTranslator(QApplication.instance())
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language.value}", folder):
        return False
    QApplication.installTranslator(translator)
    _installed.append(translator)
    return True
