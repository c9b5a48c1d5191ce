"""The list of attachments: drop files here; PDF pages are counted (CPC 488(2); Res. No. 1, 7)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.case.enums import AttachmentKind
from assistant.case.model import Attachment
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import EnumEditor, TextEditor, WholeNumberEditor
from ui.labels import label_of
from ui.list_editor import Column
from ui.page_counter import PageCounter
from ui.qt import QPushButton
from ui.sections.list_section import ListSection

if TYPE_CHECKING:
    from ui.qt import QDragEnterEvent, QDropEvent

COLUMNS = [
    Column("title", TextEditor),
    Column("kind", lambda: EnumEditor(AttachmentKind, optional=False)),
    Column("pages", WholeNumberEditor),
    Column("file", TextEditor),
]
ADD_FILES = N_("Add files…")
PAGES = N_("pages: %(pages)d")


def attachment_summary(attachment: Attachment) -> list[str]:
    """The attachment's line in the list: its title, kind and pages."""
    pages = _(PAGES) % {"pages": attachment.pages} if attachment.pages else ""
    return [attachment.title, _(label_of(attachment.kind)), pages]


class AttachmentsSection(ListSection):
    section_id = "attachments"
    title = N_("Attachments")
    intro = N_(
        "Everything you send with the complaint: copies of the contested decisions, the document "
        "of authority, supporting documents, each with its number of pages. You can drop files "
        "here."
    )
    list_name = "attachments"
    add_label = N_("Add attachment")
    remove_label = N_("Remove attachment")
    prefixes = ("/attachments",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document, Attachment, COLUMNS, attachment_summary)
        self.setAcceptDrops(True)
        self.counter = PageCounter(self)
        self.counter.counted.connect(self._pages_counted)
        self.add_files_button = QPushButton()
        self.texts.bind(self.add_files_button.setText, ADD_FILES)
        self.add_files_button.clicked.connect(self._choose_files)
        self.outer.insertWidget(self.outer.count() - 1, self.add_files_button)

    def add_files(self, paths: list[Path]) -> None:
        """One attachment per file, titled by its name; PDF pages are counted in the background."""
        for path in paths:
            self.list_editor.append_item(Attachment(title=path.stem, file=str(path)))
            self.counter.count(path)

    def _pages_counted(self, file: str, pages: int) -> None:
        for row, attachment in enumerate(self.document.case.attachments):
            if attachment.file == file and attachment.pages is None:
                attachment.pages = pages
                self.list_editor.rows[row]["pages"].set_value(pages)
                self.document.touch()
                self.list_editor.show_summary(row)

    def _choose_files(self) -> None:
        from ui.qt import QFileDialog  # a dialog's class: built on first use (ui/qt.py)

        names, _filter = QFileDialog.getOpenFileNames(self, _(ADD_FILES))
        self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()
