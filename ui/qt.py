"""The one gateway to Qt: every widget imports Qt classes from here, so an upgrade touches one file.

Only names the window needs at start are imported eagerly: PySide6 builds a class (and its
enums) on first access, so each name read here costs start-up time. Names that only dialogs
opened later use are resolved on first use (`_LATER`, PEP 562). `Qt` itself is one of them:
reading it makes PySide6 build all 93 of its enums at once (15–30 ms, more than any other
start-up step of ours), so what runs before the first paint does not read it, and settings
that need its enums are made once the window is on screen. tests/gui/test_qt_namespace.py
keeps it so.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QRect,
    QRunnable,
    QSize,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.pyside_features import skip_feature_scan

__all__ = [
    "QAbstractButton",
    "QAccessible",
    "QAccessibleAnnouncementEvent",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDragEnterEvent",
    "QDropEvent",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontMetricsF",
    "QFormLayout",
    "QFrame",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QIcon",
    "QInputDialog",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLayoutItem",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QMouseEvent",
    "QObject",
    "QPaintEvent",
    "QPalette",
    "QPixmap",
    "QPlainTextEdit",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSize",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStyledItemDelegate",
    "QTableWidget",
    "QTextBrowser",
    "QThreadPool",
    "QTimer",
    "QTranslator",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWhatsThis",
    "QWidget",
    "Qt",
    "Signal",
]

skip_feature_scan()

_LATER = {
    "QAbstractButton": "PySide6.QtWidgets",
    "QAccessible": "PySide6.QtGui",
    "QAccessibleAnnouncementEvent": "PySide6.QtGui",
    "QButtonGroup": "PySide6.QtWidgets",
    "QByteArray": "PySide6.QtCore",
    "QCloseEvent": "PySide6.QtGui",
    "QColor": "PySide6.QtGui",
    "QDesktopServices": "PySide6.QtGui",
    "QDialogButtonBox": "PySide6.QtWidgets",
    "QDragEnterEvent": "PySide6.QtGui",
    "QDropEvent": "PySide6.QtGui",
    "QFileDialog": "PySide6.QtWidgets",
    "QFontMetricsF": "PySide6.QtGui",
    "QGroupBox": "PySide6.QtWidgets",
    "QIcon": "PySide6.QtGui",
    "QInputDialog": "PySide6.QtWidgets",
    "QLayoutItem": "PySide6.QtWidgets",
    "QMessageBox": "PySide6.QtWidgets",
    "QMouseEvent": "PySide6.QtGui",
    "QPaintEvent": "PySide6.QtGui",
    "QPalette": "PySide6.QtGui",
    "QPixmap": "PySide6.QtGui",
    "QRadioButton": "PySide6.QtWidgets",
    "QResizeEvent": "PySide6.QtGui",
    "QSpinBox": "PySide6.QtWidgets",
    "QTableWidget": "PySide6.QtWidgets",
    "QTextBrowser": "PySide6.QtWidgets",
    "QUrl": "PySide6.QtCore",
    "QWhatsThis": "PySide6.QtWidgets",
    "Qt": "PySide6.QtCore",
}

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, Qt, QUrl
    from PySide6.QtGui import (
        QAccessible,
        QAccessibleAnnouncementEvent,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QDragEnterEvent,
        QDropEvent,
        QFontMetricsF,
        QIcon,
        QMouseEvent,
        QPaintEvent,
        QPalette,
        QPixmap,
        QResizeEvent,
    )
    from PySide6.QtWidgets import (
        QAbstractButton,
        QButtonGroup,
        QDialogButtonBox,
        QFileDialog,
        QGroupBox,
        QInputDialog,
        QLayoutItem,
        QMessageBox,
        QRadioButton,
        QSpinBox,
        QTableWidget,
        QTextBrowser,
        QWhatsThis,
    )


def __getattr__(name: str) -> Any:
    """`from ui.qt import QTextBrowser` in a dialog module: import it only then."""
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
