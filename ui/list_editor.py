"""An editor for one list of the case (acts, offences, evidence, attachments): a short list of
the items, each summed up in a line, and below it the chosen item's fields, each with its label
at the full width of the form, so a court's whole name is seen.

Every item keeps inputs of its own (one page per item), so a finding about `/acts/1/court`
focuses exactly that input, and a date the case cannot hold survives choosing another item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from assistant.case.field_catalogue import ITEM_FIELD, field_text
from assistant.case.pointer import struct_at
from assistant.case.pointer import tokens as tokens_of
from assistant.case.typed_texts import keep_typed_text, renumber_after_removal
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import BoolEditor, Editor
from ui.flow_layout import FlowLayout
from ui.qt import (
    QFont,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text_size import form_caption, form_layout
from ui.translatable import TextBindings

NOT_FILLED = N_("not filled in yet")
SUMMARY_SEPARATOR = " · "
VISIBLE_ITEMS = 4


class Column(msgspec.Struct, frozen=True):
    """One field of the listed struct: its name and its editor kind (its label and help are
    the core's field catalogue's, under the list's pointer)."""

    attr: str
    editor: Callable[[], Editor]


Summary = Callable[[Any], list[str]]


class ListEditor(QWidget):
    """Items of the list at `list_name` below the case (`acts`, or `pg_petition/grounds` for
    a list of a document's part); Add and Remove change the list.

    `item_label` is a msgid with `%(number)d` ("Decision %(number)d"); `summary(item)` gives
    the pieces of the item's line in the list, already in the interface language.
    """

    rows_changed = Signal()

    def __init__(
        self,
        document: CaseDocument,
        list_name: str,
        item_type: type[msgspec.Struct],
        columns: list[Column],
        *,
        add_label: str,
        remove_label: str,
        item_label: str,
        list_label: str,
        summary: Summary,
    ) -> None:
        super().__init__()
        self.document = document
        self.list_name = list_name
        self.list_depth = len(list_name.split("/"))  # tokens before an item's number in a pointer
        self.item_type = item_type
        self.columns = columns
        self.field_texts = {c.attr: field_text(f"/{list_name}/*/{c.attr}") for c in columns}
        self.item_label = item_label
        self.summary = summary
        self.texts = TextBindings()
        self.rows: list[dict[str, Editor]] = []
        self.headings: list[QLabel] = []
        self.labels: list[dict[str, QLabel]] = []
        self.items_list = QListWidget()
        self.items_list.setObjectName("/" + list_name)
        self.items_list.setWordWrap(True)
        self.texts.bind(self.items_list.setAccessibleName, list_label)
        self.items_list.currentRowChanged.connect(self._show_item)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.texts.bind(self.add_button.setText, add_label)
        self.texts.bind(self.remove_button.setText, remove_label)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.pages = QStackedWidget()
        buttons = FlowLayout()  # Add and Remove, one under the other when the form is narrow
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items_list)
        layout.addLayout(buttons)
        layout.addWidget(self.pages)
        self._update_list_state()

    def items(self) -> list[Any]:
        *owner, name = self.list_name.split("/")
        items: list[Any] = getattr(struct_at(self.document.case, owner), name)
        return items

    def _index_of(self, pointer: str) -> tuple[int | None, str | None]:
        """The item number and field name of `pointer` in this list (None where it has none)."""
        names = tokens_of(pointer)[self.list_depth :]
        row = int(names[0]) if names and names[0].isdigit() else None
        return row, names[1] if row is not None and len(names) > 1 else None

    def load(self) -> None:
        """Rebuild every item from the case, keeping the chosen one where it still exists."""
        chosen = self.items_list.currentRow()
        self.items_list.blockSignals(True)
        self.items_list.clear()
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        self.rows, self.headings, self.labels = [], [], []
        for row, item in enumerate(self.items()):
            self._add_item(row, item)
        self.items_list.blockSignals(False)
        if self.rows:
            self.select(min(max(chosen, 0), len(self.rows) - 1))
        self._chain_tab_order()
        self._update_list_state()

    def _add_item(self, row: int, item: Any) -> None:
        """One line in the list and one page of inputs for `item`, the `row`-th."""
        page = QWidget()
        page.setObjectName(f"/{self.list_name}/{row}")
        heading = QLabel()
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        form = form_layout()
        editors: dict[str, Editor] = {}
        labels: dict[str, QLabel] = {}
        typed = self.document.case.typed_texts
        for column in self.columns:
            editor = column.editor()
            editor.help = self.field_texts[column.attr].help
            pointer = f"/{self.list_name}/{row}/{column.attr}"
            editor.set_value(getattr(item, column.attr))
            if pointer in typed:
                editor.show_typed_text(typed[pointer])
            editor.widget.setObjectName(pointer)
            editor.edited.connect(lambda r=row, c=column, e=editor: self._write(r, c, e))
            if isinstance(editor, BoolEditor):
                form.addRow(editor.row_widget())
            else:
                caption = form_caption()
                caption.setBuddy(editor.widget)
                form.addRow(caption, editor.widget)
                labels[column.attr] = caption
            editors[column.attr] = editor
        column_layout = QVBoxLayout(page)
        column_layout.setContentsMargins(0, 6, 0, 0)
        column_layout.addWidget(heading)
        column_layout.addLayout(form)
        self.pages.addWidget(page)
        self.items_list.addItem(QListWidgetItem())
        self.rows.append(editors)
        self.headings.append(heading)
        self.labels.append(labels)
        self._retranslate_item(row)

    def _chain_tab_order(self) -> None:
        """Tab goes list → Add → Remove → the chosen item's inputs in the order shown, then on
        to what follows this editor (pages created later would otherwise come last)."""
        previous: QWidget = self.remove_button
        for editors in self.rows:
            for column in self.columns:
                widget = editors[column.attr].widget
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _write(self, row: int, column: Column, editor: Editor) -> None:
        items = self.items()
        if row < len(items):
            setattr(items[row], column.attr, editor.value())
            pointer = f"/{self.list_name}/{row}/{column.attr}"
            keep_typed_text(self.document.case, pointer, editor.typed_text())
            self.document.touch()
            self.show_summary(row)

    def add_row(self) -> None:
        self.append_item(self.item_type())

    def append_item(self, item: msgspec.Struct) -> None:
        """Add `item` at the end, choose it and put the cursor in its first input."""
        items = self.items()
        items.append(item)
        self._add_item(len(items) - 1, item)
        self._chain_tab_order()
        self._update_list_state()
        self.document.touch()
        self.document.commit()
        self.rows_changed.emit()
        self.focus_cell(len(items) - 1, self.columns[0].attr)

    def remove_current_row(self) -> None:
        row = self.items_list.currentRow()
        items = self.items()
        if not 0 <= row < len(items):
            return
        del items[row]
        renumber_after_removal(self.document.case, self.list_name, row)
        self.load()
        self.document.touch()
        self.document.commit()
        self.rows_changed.emit()

    def select(self, row: int) -> None:
        """Show item `row` (list line and page)."""
        self.items_list.setCurrentRow(row)
        self._show_item(row)

    def _show_item(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)

    def text_size_changed(self) -> None:
        """The list of items stays as many lines high (ui/text_size.py calls this)."""
        self._update_list_state()

    def _update_list_state(self) -> None:
        count = len(self.rows)
        self.remove_button.setEnabled(count > 0)
        self.pages.setVisible(count > 0)
        self.items_list.setVisible(count > 0)
        lines = max(1, min(count, VISIBLE_ITEMS))
        height = self.items_list.fontMetrics().lineSpacing() * 2 * lines
        self.items_list.setFixedHeight(height + 2 * self.items_list.frameWidth() + 6)

    def focus_cell(self, row: int, attr: str) -> QWidget | None:
        """Choose item `row` and focus the input of `attr` in it."""
        if not 0 <= row < len(self.rows) or attr not in self.rows[row]:
            return None
        self.select(row)
        widget = self.rows[row][attr].widget
        widget.setFocus()
        return widget

    def widget_for(self, pointer: str) -> QWidget | None:
        """The input for `/list/<row>/<attr>` (its item chosen), else the item's first input,
        else the list (or Add when it is empty)."""
        row, attr = self._index_of(pointer)
        if row is not None and row < len(self.rows):
            attr = attr if attr in self.rows[row] else None
            self.select(row)
            return self.rows[row][attr or self.columns[0].attr].widget
        return self.items_list if self.rows else self.add_button

    def label_for(self, pointer: str) -> str | None:
        """ "Decision 2: Court" for `/acts/1/court`; "Decision 2" for `/acts/1`."""
        row, attr = self._index_of(pointer)
        if row is None:
            return None
        item = _(self.item_label) % {"number": row + 1}
        column = next((c for c in self.columns if c.attr == attr), None)
        if column is None:
            return item
        return ITEM_FIELD % {"item": item, "field": _(self.field_texts[column.attr].label)}

    def inputs(self) -> dict[str, Editor]:
        """Pointer -> editor of every item's inputs."""
        return {
            f"/{self.list_name}/{row}/{attr}": editor
            for row, editors in enumerate(self.rows)
            for attr, editor in editors.items()
        }

    def show_summary(self, row: int) -> None:
        items = self.items()
        line = self.items_list.item(row)
        if line is None or row >= len(items):
            return
        from ui.qt import Qt  # cases are opened after the first paint (ui/qt.py)

        pieces = [piece for piece in self.summary(items[row]) if piece.strip()]
        shown = SUMMARY_SEPARATOR.join(pieces) if pieces else _(NOT_FILLED)
        line.setText(f"{row + 1}. {shown}")
        line.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{_(self.item_label) % {'number': row + 1}}: {shown}",
        )

    def _retranslate_item(self, row: int) -> None:
        item = _(self.item_label) % {"number": row + 1}
        self.headings[row].setText(item)
        for column in self.columns:
            editor = self.rows[row][column.attr]
            editor.retranslate()
            if isinstance(editor, BoolEditor):
                editor.set_text(_(self.field_texts[column.attr].label))
            else:
                self.labels[row][column.attr].setText(_(self.field_texts[column.attr].label))
            editor.widget.setAccessibleName(  # after set_text, which names the box by its text
                ITEM_FIELD % {"item": item, "field": _(self.field_texts[column.attr].label)}
            )
        self.show_summary(row)

    def retranslate(self) -> None:
        self.texts.apply()
        for row in range(len(self.rows)):
            self._retranslate_item(row)
