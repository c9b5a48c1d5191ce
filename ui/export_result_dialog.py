"""After export: open the file, show it in its folder, and a preview of the pages."""

from __future__ import annotations

from pathlib import Path

from assistant.i18n import N_, _
from ui.export_worker import ExportOutcome
from ui.qt import (
    QDesktopServices,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)

PREVIEW_NOTE = N_("Preview: the pages as they will print. Check the file itself before filing.")
TEXT_PREVIEW_NOTE = N_(
    "Text preview: the words of the document without its page layout (no page images available)."
)
DRAFT_NOTE = N_("This is a draft: problems remain, so each page is marked as a draft.")


class ExportResultDialog(QDialog):
    """Shows what was written; `preview` holds page images or the preview text."""

    def __init__(self, parent: QWidget | None, outcome: ExportOutcome) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(_("The complaint was exported"))
        layout = QVBoxLayout(self)
        for file in outcome.files:
            layout.addWidget(QLabel(str(file)))
        notes = [_(DRAFT_NOTE)] if outcome.draft else []
        notes.extend(outcome.warnings)
        for note in notes:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(QLabel(_(PREVIEW_NOTE if outcome.preview_images else TEXT_PREVIEW_NOTE)))
        self.preview = self._preview_widget(outcome)
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        open_button = QPushButton(_("Open file"))
        folder_button = QPushButton(_("Show in folder"))
        close_button = QPushButton(_("Close"))
        open_button.clicked.connect(self.open_file)
        folder_button.clicked.connect(self.show_folder)
        close_button.clicked.connect(self.accept)
        for button in (open_button, folder_button, close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(720, 640)

    def _preview_widget(self, outcome: ExportOutcome) -> QWidget:
        if not outcome.preview_images:
            browser = QTextBrowser()
            browser.setPlainText(outcome.preview_text)
            browser.setAccessibleName(_("Text preview"))
            return browser
        pages = QWidget()
        column = QVBoxLayout(pages)
        for image in outcome.preview_images:
            pixmap = QPixmap()
            pixmap.loadFromData(image, "PNG")
            page = QLabel()
            page.setPixmap(pixmap)
            page.setFrameShape(QLabel.Shape.Box)
            column.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setAccessibleName(_("Preview"))
        return scroll

    def _first_file(self) -> Path | None:
        return self.outcome.files[0] if self.outcome.files else None

    def open_file(self) -> None:
        file = self._first_file()
        if file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(file)))

    def show_folder(self) -> None:
        file = self._first_file()
        if file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(file.parent)))
