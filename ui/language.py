"""Switching the interface language: our catalogs (assistant.i18n) and Qt's own (qtbase_*.qm).

Qt's catalogs lag behind its texts: Qt 6.11's file chooser says "&Look in:" where qtbase_ru.qm
still translates "Look in:", and calls a folder "Folder" in a context qtbase_ru.qm lacks. `QtTextsMissing` gives those texts from our catalogs, and
tests/gui/test_qt_texts.py finds any new gap in the Qt dialogs the app opens.

The installed QTranslators live as long as the application, not as long as a window: a
translator freed while still installed would crash the next translation lookup.
"""

from __future__ import annotations

from assistant.case.enums import Language
from assistant.i18n import NP_, pgettext, set_language
from ui.qt import QApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []

QT_TEXTS_MISSING = frozenset(
    {
        NP_("QFileDialog", "&Look in:"),
        NP_("QFileDialog", "Files of &type:"),
        # the file chooser's "Type" column (Qt 6 moved these to a new context)
        NP_("QAbstractFileIconProvider", "Drive"),
        NP_("QAbstractFileIconProvider", "Folder"),
        NP_("QAbstractFileIconProvider", "File Folder"),  # Windows
        NP_("QAbstractFileIconProvider", "Shortcut"),
        NP_("QAbstractFileIconProvider", "Unknown"),
        NP_("QAbstractFileIconProvider", "%1 File"),
        NP_("QAbstractFileIconProvider", "File"),
    }
)
"""(Qt's context, Qt's text) of texts Qt shows that a qtbase_*.qm of ours lacks."""


class QtTextsMissing(QTranslator):
    """Translates `QT_TEXTS_MISSING` with our catalogs; Qt asks it before qtbase_*.qm (the
    translator installed last is asked first), and None (a null text, unlike "", which would
    be the translation) passes the question on."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: Qt's null text
        if (context, source_text) not in QT_TEXTS_MISSING:
            return None
        return pgettext(context, source_text)


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
    missing = QtTextsMissing(QApplication.instance())
    QApplication.installTranslator(missing)
    _installed.append(missing)
    return True
