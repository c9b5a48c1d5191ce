"""What the filer asks the court to do, and in which direction (CPC 488(1), 487, 494)."""

from __future__ import annotations

from assistant.case.enums import Direction, RequestKind
from assistant.i18n import N_
from ui.document import CaseDocument
from ui.editors import EnumEditor, MultiChoiceEditor, MultiLineEditor
from ui.qt import QLabel, QWidget
from ui.sections.base import Section

WORSENING_NOTE = N_(
    "The court can make the convicted person's position worse only on a prosecutor's protest or "
    "a victim's complaint that asks for it (Resolution No. 1, para. 12). Such a complaint must be "
    "filed within one year after the decision entered into force; it may be decided later "
    "(CPC Art. 487(2)). The app judges a request by what it asks: quashing an acquittal or a "
    "termination, a graver offence or a harsher punishment worsen the position whatever is chosen "
    "below. A defender's complaint never leads to a harsher sentence."
)


class RequestSection(Section):
    section_id = "request"
    title = N_("What you ask the court")
    intro = N_(
        "Choose what the Court of Cassation should do and explain it in your own words. The court "
        "returns a complaint that does not say what it asks for (CPC Art. 488(1))."
    )
    prefixes = ("/request",)

    def __init__(self, document: CaseDocument) -> None:
        super().__init__(document)
        self.kinds = MultiChoiceEditor(RequestKind)
        self.add_field("/request/kinds", self.kinds)
        self.add_field("/request/text", MultiLineEditor())
        self.add_field("/request/direction", EnumEditor(Direction))
        note = QLabel()
        note.setWordWrap(True)
        self.texts.bind(note.setText, WORSENING_NOTE)
        self.outer.addWidget(note)

    def widget_for(self, pointer: str) -> QWidget | None:
        if pointer == "/request/kinds":
            return self.kinds.focus_widget()
        return super().widget_for(pointer)
