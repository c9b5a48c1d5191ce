"""Help → Copy diagnostic report: shows exactly what would be copied, and copies only that.

The text is `assistant.logs.diagnostic_report` of the app's log: versions, platform and the
last log lines, which hold event names and counts only (no names, paths or case text). The
user sees every character before anything reaches the clipboard, and sends it themselves.
"""

from __future__ import annotations

from pathlib import Path

from assistant.i18n import N_, _
from assistant.logs import diagnostic_report
from assistant.paths import app_dirs
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFont,
    QGuiApplication,
    QLabel,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)

LOG_FILE_NAME = "kassatsiya.log"
TITLE = N_("Diagnostic report")
INTRO = N_(
    "This is everything the report holds: program versions, the system and recent events, "
    "without names, file paths or the text of your case. Copy it and paste it into a message "
    "to whoever helps you."
)
COPY = N_("Copy")
COPIED = N_("Copied to the clipboard.")


def log_path() -> Path:
    """The app's log file (configured in ui/app.py)."""
    return app_dirs().logs / LOG_FILE_NAME


class DiagnosticDialog(QDialog):
    """Read-only report text with Copy and Close."""

    def __init__(self, parent: QWidget | None, report: str) -> None:
        super().__init__(parent)
        self.setObjectName("diagnostic-dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_(TITLE))
        self.report = report
        intro = QLabel(_(INTRO))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("diagnostic-text")
        self.text.setReadOnly(True)
        self.text.setPlainText(report)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setAccessibleName(_(TITLE))
        self.status = QLabel()
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(_(COPY), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("diagnostic-copy")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def shown_text(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        """Put exactly the shown report on the clipboard."""
        QGuiApplication.clipboard().setText(self.shown_text())
        self.status.setText(_(COPIED))


def show_diagnostic_report(parent: QWidget | None) -> DiagnosticDialog:
    """Open the dialog (not blocking) with the current report; returns it."""
    dialog = DiagnosticDialog(parent, diagnostic_report(log_path()))
    dialog.open()
    return dialog
