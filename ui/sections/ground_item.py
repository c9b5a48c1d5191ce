"""One item of CPC Art. 485(1): a tick box with its explanation, example and argument fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.case.enums import ArgumentSubstance, Ground
from assistant.case.field_catalogue import field_text
from assistant.case.model import GroundArgument
from assistant.i18n import N_, _
from assistant.law.grounds_help import GroundHelp
from ui.document import CaseDocument
from ui.editors import Editor, EnumEditor, MultiLineEditor
from ui.qt import QFrame, QLabel, QVBoxLayout, QWidget
from ui.text_size import form_caption, form_layout
from ui.translatable import TextBindings
from ui.wrapped_check import WrappedCheck

EXAMPLE = N_("Example: %(example)s")
FIELDS = ("violation", "norms", "effect")  # their labels and help: the core's field catalogue


class GroundItem(QFrame):
    """Checked: the list of arguments (`arguments()`, the complaint's `grounds` unless given)
    holds one for this item, of `argument_type`; unchecked: it does not. `with_substance` adds
    "What this argument is about" (the complaint's arguments have it).

    A framed box headed by a tick box with the item's name, which wraps (a checkable group
    box's title would not, and would widen the form at a large text size)."""

    def __init__(
        self,
        document: CaseDocument,
        item: Ground,
        help_entry: GroundHelp,
        *,
        arguments: Callable[[], list[Any]] | None = None,
        argument_type: Callable[..., Any] = GroundArgument,
        with_substance: bool = True,
        list_pointer: str = "/grounds",
    ) -> None:
        super().__init__()
        self.document = document
        self.arguments = arguments or (lambda: self.document.case.grounds)
        self.argument_type = argument_type
        self.item = item
        self.help_entry = help_entry
        self.texts = TextBindings()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"ground-item-{item.value}")
        self.header = WrappedCheck()
        self.header.box.setObjectName(f"ground-{item.value}")
        self.content = QWidget()
        box = QVBoxLayout(self)
        box.addWidget(self.header)
        box.addWidget(self.content)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.example = QLabel()
        self.example.setWordWrap(True)
        italic = self.example.font()
        italic.setItalic(True)  # italic alone: the size still follows the text size
        self.example.setFont(italic)
        layout.addWidget(self.explanation)
        layout.addWidget(self.example)
        form = form_layout()
        layout.addLayout(form)
        self.editors: dict[str, Editor] = {}
        fields: list[tuple[str, Editor]] = [(attr, MultiLineEditor(2)) for attr in FIELDS]
        if with_substance:
            fields.append(("substance", EnumEditor(ArgumentSubstance)))
        for attr, editor in fields:
            label, help_text, _elsewhere = field_text(f"{list_pointer}/*/{attr}")
            caption = form_caption()
            caption.setBuddy(editor.widget)
            self.texts.bind(caption.setText, label)
            editor.help = help_text
            self.texts.bind(editor.widget.setAccessibleName, label)
            form.addRow(caption, editor.widget)
            editor.edited.connect(lambda a=attr, e=editor: self._write(a, e))
            self.editors[attr] = editor
        self.header.box.toggled.connect(self._toggled)
        self.content.setVisible(False)
        self.retranslate()

    def isChecked(self) -> bool:
        return self.header.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.header.box.setChecked(checked)

    def argument(self) -> Any:
        return next((g for g in self.arguments() if g.item == self.item), None)

    def _toggled(self, checked: bool) -> None:
        self.content.setVisible(checked)
        grounds = self.arguments()
        present = self.argument()
        if checked and present is None:
            grounds.append(self.argument_type(item=self.item))
            grounds.sort(key=lambda g: list(Ground).index(g.item) if g.item else len(Ground))
        elif not checked and present is not None:
            grounds.remove(present)
        else:
            return
        self.load()
        self.document.touch()
        self.document.commit()

    def _write(self, attr: str, editor: Editor) -> None:
        argument = self.argument()
        if argument is not None:
            setattr(argument, attr, editor.value())
            self.document.touch()

    def load(self) -> None:
        argument = self.argument()
        self.header.box.blockSignals(True)
        self.setChecked(argument is not None)
        self.header.box.blockSignals(False)
        self.content.setVisible(argument is not None)
        for attr, editor in self.editors.items():
            editor.set_value(getattr(argument, attr) if argument is not None else None)

    def retranslate(self) -> None:
        self.texts.apply()
        for editor in self.editors.values():
            editor.retranslate()
        self.header.setText(_(self.help_entry.label))
        self.header.box.setToolTip(_(self.help_entry.explanation))
        self.header.box.setAccessibleDescription(_(self.help_entry.explanation))
        self.explanation.setText(_(self.help_entry.explanation))
        self.example.setText(_(EXAMPLE) % {"example": _(self.help_entry.example)})
