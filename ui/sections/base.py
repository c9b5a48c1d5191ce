"""A form section: a titled widget whose inputs are bound to fields of the case by pointer."""

from __future__ import annotations

from assistant.case.field_catalogue import field_text, label_msgid
from assistant.case.pointer import drop_empty_optional, struct_at, value_at
from assistant.case.pointer import tokens as tokens_of
from assistant.case.typed_texts import keep_typed_text
from ui.document import CaseDocument
from ui.editors import BoolEditor, Editor
from ui.qt import QLabel, QVBoxLayout, QWidget, Signal
from ui.text_size import form_caption, form_layout, scale_text
from ui.translatable import TextBindings

HEADING_SCALE = 1.25


class Section(QWidget):
    """Base of every section. Subclasses set `section_id`, `title`, `intro`, `prefixes`."""

    section_id = ""
    title = ""
    intro = ""
    prefixes: tuple[str, ...] = ()

    focus_requested = Signal(QWidget)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__()
        self.document = document
        self.texts = TextBindings()
        self.editors: dict[str, Editor] = {}
        self.setObjectName(f"section-{self.section_id}")
        self.outer = QVBoxLayout(self)
        heading = QLabel()
        heading.setWordWrap(True)
        scale_text(heading, HEADING_SCALE, bold=True)
        self.texts.bind(heading.setText, self.title)
        self.outer.addWidget(heading)
        if self.intro:
            intro = QLabel()
            intro.setWordWrap(True)
            self.texts.bind(intro.setText, self.intro)
            self.outer.addWidget(intro)
        self.form = form_layout()
        self.outer.addLayout(self.form)

    def owns(self, pointer: str) -> bool:
        return any(pointer == p or pointer.startswith(p + "/") for p in self.prefixes)

    def add_field(self, pointer: str, editor: Editor) -> Editor:
        """Put `editor` on the form with its label, tooltip and accessible name (the core's
        field catalogue: the findings name the field alike); bind it."""
        label = label_msgid(pointer, self.document.case.kind)
        widget = editor.widget
        widget.setObjectName(pointer)
        editor.help = field_text(pointer).help
        editor.label = label
        self.texts.bind(widget.setAccessibleName, label)
        if isinstance(editor, BoolEditor):
            self.texts.bind(editor.set_text, label)
            self.form.addRow(editor.row_widget())
        else:
            caption = form_caption()
            caption.setBuddy(editor.focus_widget())
            self.texts.bind(caption.setText, label)
            self.form.addRow(caption, editor.row_widget())
        self.editors[pointer] = editor
        editor.edited.connect(lambda p=pointer, e=editor: self._write(p, e))
        return editor

    def _write(self, pointer: str, editor: Editor) -> None:
        names = tokens_of(pointer)
        owner = struct_at(self.document.case, names[:-1])
        setattr(owner, names[-1], editor.value())
        keep_typed_text(self.document.case, pointer, editor.typed_text())
        drop_empty_optional(self.document.case, names[:-1])
        self.document.touch()

    def load(self) -> None:
        """Show the values of the document's case, and the texts it keeps as typed."""
        typed = self.document.case.typed_texts
        for pointer, editor in self.editors.items():
            editor.set_value(value_at(self.document.case, tokens_of(pointer)))
            if pointer in typed:
                editor.show_typed_text(typed[pointer])

    def widget_for(self, pointer: str) -> QWidget | None:
        """The input a finding about `pointer` should take the user to."""
        editor = self.editors.get(pointer)
        if editor is not None:
            return editor.widget
        for known, candidate in self.editors.items():
            if pointer.startswith(known + "/") or known.startswith(pointer + "/"):
                return candidate.widget
        return None

    def label_for(self, pointer: str) -> str | None:
        """The label of the input of `pointer`, in the interface language; None if it has none."""
        editor = self.editors.get(pointer)
        return editor.widget.accessibleName() if editor is not None else None

    def inputs(self) -> dict[str, Editor]:
        """Pointer -> editor of every input of the section (a finding's fields name them)."""
        return self.editors

    def retranslate(self) -> None:
        self.texts.apply()
        for editor in self.editors.values():
            editor.retranslate()
