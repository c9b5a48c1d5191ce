"""An editable table for a list of the case (acts, offences, evidence, attachments).

Each cell holds a field editor, so a finding about `/acts/1/court` can focus exactly that input.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from assistant.case.pointer import tokens as tokens_of
from assistant.i18n import N_, _
from ui.document import CaseDocument
from ui.editors import Editor, rejected_texts, show_rejected_texts
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.translatable import TextBindings

VISIBLE_ROWS = 5
ROW_LABEL = N_("%(field)s, row %(row)d")
MAX_COLUMN_WIDTH = 260


class Column(msgspec.Struct, frozen=True):
    """One field of the listed struct: its name, header and help msgids, and its editor kind."""

    attr: str
    label: str
    help: str
    editor: Callable[[], Editor]


class ListTable(QWidget):
    """Rows of `document.case.<list_name>`; Add and Remove buttons change the list."""

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
    ) -> None:
        super().__init__()
        self.document = document
        self.list_name = list_name
        self.item_type = item_type
        self.columns = columns
        self.texts = TextBindings()
        self.rows: list[dict[str, Editor]] = []
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("/" + list_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.texts.bind(self.add_button.setText, add_label)
        self.texts.bind(self.remove_button.setText, remove_label)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def items(self) -> list[Any]:
        items: list[Any] = getattr(self.document.case, self.list_name)
        return items

    def load(self) -> None:
        """Rebuild every row from the case."""
        self.table.setRowCount(0)
        self.rows = []
        for row, item in enumerate(self.items()):
            self._add_table_row(row, item)
        self._fit_height()
        self.fit_columns()

    def _add_table_row(self, row: int, item: Any) -> None:
        self.table.insertRow(row)
        editors: dict[str, Editor] = {}
        for col, column in enumerate(self.columns):
            editor = column.editor()
            editor.set_value(getattr(item, column.attr))
            editor.widget.setObjectName(f"/{self.list_name}/{row}/{column.attr}")
            editor.edited.connect(lambda r=row, c=column, e=editor: self._write(r, c, e))
            self.table.setCellWidget(row, col, editor.widget)
            editors[column.attr] = editor
        self.rows.append(editors)
        self._retranslate_row(editors)

    def _write(self, row: int, column: Column, editor: Editor) -> None:
        items = self.items()
        if row < len(items):
            setattr(items[row], column.attr, editor.value())
            self.document.touch()

    def add_row(self) -> None:
        self.append_item(self.item_type())

    def append_item(self, item: msgspec.Struct) -> None:
        """Add `item` at the end and put the cursor on its first cell."""
        items = self.items()
        items.append(item)
        self._add_table_row(len(items) - 1, item)
        self._fit_height()
        self.document.touch()
        self.document.commit()
        self.rows_changed.emit()
        self.focus_cell(len(items) - 1, self.columns[0].attr)

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        items = self.items()
        if not 0 <= row < len(items):
            return
        del items[row]
        self.load()
        self.document.touch()
        self.document.commit()
        self.rows_changed.emit()

    def focus_cell(self, row: int, attr: str) -> QWidget | None:
        """Select and focus the input of `attr` in `row`."""
        names = [c.attr for c in self.columns]
        if not 0 <= row < len(self.rows) or attr not in names:
            return None
        col = names.index(attr)
        self.table.setCurrentCell(row, col)
        self.table.scrollTo(self.table.model().index(row, col))
        widget = self.rows[row][attr].widget
        widget.setFocus()
        return widget

    def widget_for(self, pointer: str) -> QWidget | None:
        """The cell input for `/list/<row>/<attr>`, else the table (or Add when it is empty)."""
        names = tokens_of(pointer)
        if len(names) >= 3 and names[1].isdigit():
            row = int(names[1])
            if 0 <= row < len(self.rows) and names[2] in self.rows[row]:
                return self.rows[row][names[2]].widget
        if len(names) >= 2 and names[1].isdigit() and int(names[1]) < len(self.rows):
            return self.rows[int(names[1])][self.columns[0].attr].widget
        return self.table if self.rows else self.add_button

    def rejected_inputs(self) -> list[tuple[str, str]]:
        """(pointer, label) of cells showing text the case cannot hold; the label names the row."""
        return [
            (
                f"/{self.list_name}/{row}/{column.attr}",
                _(ROW_LABEL) % {"field": _(column.label), "row": row + 1},
            )
            for row, editors in enumerate(self.rows)
            for column in self.columns
            if editors[column.attr].rejected()
        ]

    def rejected_texts(self) -> dict[str, str]:
        """Pointer -> text of cells showing text the case cannot hold (see Autosaver)."""
        return rejected_texts(self._cells())

    def show_rejected(self, texts: Mapping[str, str]) -> None:
        """Put recovered texts back into the cells they were typed in."""
        show_rejected_texts(self._cells(), texts)

    def _cells(self) -> dict[str, Editor]:
        return {
            f"/{self.list_name}/{row}/{attr}": editor
            for row, editors in enumerate(self.rows)
            for attr, editor in editors.items()
        }

    def select_for(self, pointer: str) -> None:
        """Make the cell of `pointer` current so that focusing it shows the right row."""
        names = tokens_of(pointer)
        if len(names) >= 3 and names[1].isdigit():
            self.focus_cell(int(names[1]), names[2])

    def _fit_height(self) -> None:
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        shown = max(1, min(self.table.rowCount(), VISIBLE_ROWS))
        self.table.setMinimumHeight(header + row_height * shown + 2 * self.table.frameWidth() + 4)

    def _retranslate_row(self, editors: dict[str, Editor]) -> None:
        for column in self.columns:
            editor = editors[column.attr]
            editor.retranslate()
            editor.widget.setToolTip(_(column.help))
            editor.widget.setAccessibleName(_(column.label))

    def retranslate(self) -> None:
        self.texts.apply()
        self.table.setHorizontalHeaderLabels([_(c.label) for c in self.columns])
        for index, column in enumerate(self.columns):
            header_item = self.table.horizontalHeaderItem(index)
            if header_item is not None:
                header_item.setToolTip(_(column.help))
        for editors in self.rows:
            self._retranslate_row(editors)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its header or its widest input, within reason."""
        header = self.table.horizontalHeader()
        for col in range(len(self.columns)):
            widths = [header.sectionSizeHint(col)]
            widths.extend(
                self.table.cellWidget(row, col).sizeHint().width()
                for row in range(min(self.table.rowCount(), VISIBLE_ROWS))
            )
            self.table.setColumnWidth(col, min(max(widths), MAX_COLUMN_WIDTH))
