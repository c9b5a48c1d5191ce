"""The grounds of review: the nine items of CPC Art. 485(1), with an argument for each chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.case.enums import Ground
from assistant.case.field_catalogue import field_name
from assistant.case.model import GroundArgument
from assistant.case.pointer import struct_at
from assistant.case.pointer import tokens as tokens_of
from assistant.i18n import N_, current_language
from assistant.law.grounds_help import default_grounds_help
from ui.document import CaseDocument
from ui.editors import Editor
from ui.qt import QWidget
from ui.sections.base import Section
from ui.sections.ground_item import GroundItem


class GroundsSection(Section):
    section_id = "grounds"
    title = N_("Why the decision is wrong")
    intro = N_(
        "Tick every item of CPC Art. 485 part 1 that fits your case. For each, say what is "
        "wrong, which rules were broken and how this changed the decision. The court returns a "
        "complaint that names no item (CPC Art. 488(1))."
    )
    prefixes = ("/grounds",)
    list_name = "grounds"  # the list of arguments below the case: `pg_petition/grounds` too
    argument_type: Callable[..., Any] = GroundArgument
    with_substance = True

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        helps = default_grounds_help()
        self.list_depth = len(self.list_name.split("/"))
        self.items = {
            ground: GroundItem(
                document,
                ground,
                helps[ground],
                arguments=self.arguments,
                argument_type=self.argument_type,
                with_substance=self.with_substance,
                list_pointer=f"/{self.list_name}",
            )
            for ground in Ground
        }
        for item in self.items.values():
            self.outer.addWidget(item)

    def arguments(self) -> list[Any]:
        """The list of arguments of the document this section belongs to."""
        *owner, name = self.list_name.split("/")
        found: list[Any] = getattr(struct_at(self.document.case, owner), name)
        return found

    def load(self) -> None:
        for item in self.items.values():
            item.load()

    def widget_for(self, pointer: str) -> QWidget | None:
        names = tokens_of(pointer)[self.list_depth :]
        grounds = self.arguments()
        if names and names[0].isdigit() and int(names[0]) < len(grounds):
            chosen = grounds[int(names[0])].item
            if chosen is not None:
                item = self.items[chosen]
                if len(names) >= 2 and names[1] in item.editors:
                    return item.editors[names[1]].widget
                return item.header.box
        return self.items[Ground.INNOCENT_CONVICTED].header.box

    def label_for(self, pointer: str) -> str | None:
        """The core's name of an argument's field ("Ground 1: What is wrong"), as the findings
        and the privacy warnings give it."""
        if pointer in self.inputs():
            return field_name(pointer, current_language(), self.document.case.kind)
        return None

    def inputs(self) -> dict[str, Editor]:
        """The inputs of each chosen item, by the pointer of its argument in the case."""
        found: dict[str, Editor] = {}
        for index, argument in enumerate(self.arguments()):
            if argument.item is not None:
                for attr, editor in self.items[argument.item].editors.items():
                    found[f"/{self.list_name}/{index}/{attr}"] = editor
        return found

    def retranslate(self) -> None:
        super().retranslate()
        for item in self.items.values():
            item.retranslate()
