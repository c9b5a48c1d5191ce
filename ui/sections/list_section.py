"""A section whose main input is one list of the case (acts, offences, evidence, attachments)."""

from __future__ import annotations

import msgspec

from assistant.case.field_catalogue import item_msgid
from ui.document import CaseDocument
from ui.editors import Editor
from ui.list_editor import Column, ListEditor, Summary
from ui.qt import QWidget
from ui.sections.base import Section


class ListSection(Section):
    """Adds `self.list_editor` for `list_name`; loading, navigation and translation include it."""

    list_name = ""
    add_label = ""
    remove_label = ""

    def __init__(
        self,
        document: CaseDocument,
        item_type: type[msgspec.Struct],
        columns: list[Column],
        summary: Summary,
    ) -> None:
        super().__init__(document)
        self.list_editor = ListEditor(
            document,
            self.list_name,
            item_type,
            columns,
            add_label=self.add_label,
            remove_label=self.remove_label,
            item_label=item_msgid(f"/{self.list_name}"),
            list_label=self.title,
            summary=summary,
        )
        self.outer.insertWidget(self.outer.count() - 1, self.list_editor)

    def load(self) -> None:
        super().load()
        self.list_editor.load()

    def widget_for(self, pointer: str) -> QWidget | None:
        if pointer.startswith(f"/{self.list_name}"):
            return self.list_editor.widget_for(pointer)
        return super().widget_for(pointer)

    def label_for(self, pointer: str) -> str | None:
        if pointer.startswith(f"/{self.list_name}/"):
            return self.list_editor.label_for(pointer)
        return super().label_for(pointer)

    def inputs(self) -> dict[str, Editor]:
        return super().inputs() | self.list_editor.inputs()

    def retranslate(self) -> None:
        super().retranslate()
        self.list_editor.retranslate()
