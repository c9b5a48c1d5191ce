"""A section whose main input is an editable table of one list of the case (acts, evidence…)."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from ui.document import CaseDocument
from ui.list_table import Column, ListTable
from ui.qt import QWidget
from ui.sections.base import Section


class TableSection(Section):
    """Adds `self.table` for `list_name`; loading, navigation and translation include it."""

    list_name = ""
    add_label = ""
    remove_label = ""

    def __init__(
        self, document: CaseDocument, item_type: type[msgspec.Struct], columns: list[Column]
    ) -> None:
        super().__init__(document)
        self.table = ListTable(
            document,
            self.list_name,
            item_type,
            columns,
            add_label=self.add_label,
            remove_label=self.remove_label,
        )
        self.outer.insertWidget(self.outer.count() - 1, self.table)

    def load(self) -> None:
        super().load()
        self.table.load()

    def widget_for(self, pointer: str) -> QWidget | None:
        if pointer.startswith(f"/{self.list_name}"):
            self.table.select_for(pointer)
            return self.table.widget_for(pointer)
        return super().widget_for(pointer)

    def rejected_inputs(self) -> list[tuple[str, str]]:
        return super().rejected_inputs() + self.table.rejected_inputs()

    def rejected_texts(self) -> dict[str, str]:
        return super().rejected_texts() | self.table.rejected_texts()

    def show_rejected(self, texts: Mapping[str, str]) -> None:
        super().show_rejected(texts)
        self.table.show_rejected(texts)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.retranslate()
