"""Field editors: one small adapter per kind of case value around a standard Qt input.

Each editor has `widget`, `value()`, `set_value()` (which never emits `edited`), `edited` (the
user changed the value) and `retranslate()`. Sections bind editors to case fields by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from assistant.case.enums import Language
from assistant.case.field_kinds import FieldKind
from assistant.case.limits import MAX_PROSE_CHARS, MAX_PROSE_LINES
from assistant.case.typed_texts import (
    PARSERS,
    format_date,
    format_number,
)
from assistant.i18n import N_, _, current_language
from ui.labels import NOT_CHOSEN, label_of
from ui.palette import current_scheme
from ui.qt import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text_size import keep_lines
from ui.wrapped_check import WrappedCheck

DATE_PLACEHOLDER = N_("DD.MM.YYYY")
MIN_CHOICE_CHARS = 16
UNKNOWN = N_("— not known —")
TOO_LONG_TITLE = N_("The text was not added")
TOO_LONG_TEXT = N_(
    "This field can hold about 300 printed pages of text, and what you pasted would make it "
    "longer. Nothing was added: the field is as it was before. Paste a shorter text."
)
YES = N_("Yes")
NO = N_("No")
INVALID_BORDER = "border: 2px solid %s;"  # the colour: the scheme's (ui/colours.py)


class Editor(QObject):
    """Base adapter; each subclass wraps one widget and defines `value` and `set_value`.

    `help` (a msgid) is the input's tooltip and accessible description; `problems` (what the
    check says about this field, in the interface language) go before it, so a screen reader
    and the tooltip tell them, not a colour alone.
    """

    edited = Signal()
    widget: QWidget
    value: Callable[[], object]  # the input's value, as the case stores it
    set_value: Callable[[object], None]  # show a value from the case in the input
    help = ""
    label = ""  # the caption's msgid, for an input of several boxes (see MultiChoiceEditor)
    problems: tuple[str, ...] = ()

    def focus_widget(self) -> QWidget:
        """The part of the input that takes the cursor (its caption's buddy)."""
        return self.widget

    def row_widget(self) -> QWidget:
        """What the form shows for this input (the input itself, or it with its text)."""
        return self.widget

    def retranslate(self) -> None:
        """Texts inside the input itself (combo items, placeholders) and its help; labels are
        the section's."""
        self.show_help()

    def show_problems(self, problems: tuple[str, ...]) -> None:
        """What the check says about this field now (nothing: none)."""
        if problems != self.problems:
            self.problems = problems
            self.show_help()

    def show_help(self) -> None:
        text = "\n".join([*self.problems, _(self.help)] if self.help else self.problems)
        if text == self.widget.accessibleDescription():
            return  # a check after each keystroke: only the inputs whose text changed
        self.widget.setToolTip(text)
        self.widget.setWhatsThis(text)
        self.widget.setAccessibleDescription(text)

    def typed_text(self) -> str | None:
        """The text shown when the case cannot hold it as a value (it keeps it as typed)."""
        return None

    def show_typed_text(self, text: str) -> None:
        """Show a text the case keeps as typed (inputs that read every text ignore it)."""


class TextEditor(Editor):
    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.widget = self.line
        self.line.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: object) -> None:
        self.line.setText(str(value or ""))


class ListTextEditor(TextEditor):
    """A short list (telephone numbers) typed on one line, separated by commas."""

    def value(self) -> list[str]:  # type: ignore[override]
        return [part.strip() for part in self.line.text().split(",") if part.strip()]

    def set_value(self, value: object) -> None:
        items = value if isinstance(value, list) else []
        self.line.setText(", ".join(str(item) for item in items))


class MultiLineEditor(Editor):
    """Text in the filer's own words. It never holds more than a case may (MAX_PROSE_CHARS):
    a paste that would pass the limit is undone at once, before the case sees it, and a
    message says so; nothing is cut off silently."""

    def __init__(
        self, min_lines: int = 3, limit: int = MAX_PROSE_CHARS, line_limit: int = MAX_PROSE_LINES
    ) -> None:
        super().__init__()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        keep_lines(self.text, min_lines)
        self.widget = self.text
        self.limit = limit
        self.line_limit = line_limit
        self._loading = False
        self.text.textChanged.connect(self._changed)

    def _over_limit(self) -> bool:
        document = self.text.document()  # -1: the separator after the last line
        return document.characterCount() - 1 > self.limit or document.blockCount() > self.line_limit

    def _changed(self) -> None:
        if self._loading:
            return
        if self._over_limit():
            QTimer.singleShot(0, self._refuse)  # undoing inside textChanged is not safe
            return
        self.edited.emit()

    def _refuse(self) -> None:
        """Take back the edit that passed the limit and tell the user why."""
        if not self._over_limit():
            return
        self.text.undo()
        if self._over_limit():  # no undo step to take back: keep what fits
            lines = self.text.toPlainText()[: self.limit].split("\n")[: self.line_limit]
            self.text.setPlainText("\n".join(lines))
        from ui.messages import warn

        warn(self.text.window(), _(TOO_LONG_TITLE), _(TOO_LONG_TEXT))

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: object) -> None:
        text = str(value or "")
        if text == self.text.toPlainText():
            return  # setPlainText rebuilds the document and its layout (~0.2 ms each at start)
        self._loading = True
        try:
            self.text.setPlainText(text)
        finally:
            self._loading = False


class ParsedEditor(Editor):
    """A date or a number typed as text. Text that is not one stays in the input, marked, and
    the case keeps it as typed (`Case.typed_texts`): nothing typed is lost."""

    kind = FieldKind.DATE

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.widget = self.line
        self.line.textEdited.connect(self._mark)
        self.line.textEdited.connect(lambda _text: self.edited.emit())

    def _mark(self, _text: str = "") -> None:
        bad = self.typed_text() is not None
        if self.line.property("invalid") is bad:
            return  # restyling a widget is costly: only when the state changes
        self.line.setProperty("invalid", bad)
        self.line.setStyleSheet(INVALID_BORDER % current_scheme().invalid_border if bad else "")

    def value(self) -> object:
        return PARSERS[self.kind](self.line.text())

    def typed_text(self) -> str | None:
        text = self.line.text()
        return text if text.strip() and PARSERS[self.kind](text) is None else None

    def show_typed_text(self, text: str) -> None:
        if not self.line.text():  # never over a value the case holds
            self.line.setText(text)
            self._mark()

    def _show_text(self, text: str) -> None:
        self.line.setText(text)
        self._mark()


class DateEditor(ParsedEditor):
    """A date typed as DD.MM.YYYY."""

    def __init__(self) -> None:
        super().__init__()
        self.line.setPlaceholderText(_(DATE_PLACEHOLDER))

    def value(self) -> dt.date | None:
        day = super().value()
        return day if isinstance(day, dt.date) else None

    def set_value(self, value: object) -> None:
        self._show_text(format_date(value if isinstance(value, dt.date) else None))

    def retranslate(self) -> None:
        super().retranslate()
        self.line.setPlaceholderText(_(DATE_PLACEHOLDER))


class WholeNumberEditor(ParsedEditor):
    """A count (pages), typed with digits; empty means "not entered"."""

    kind = FieldKind.WHOLE_NUMBER

    def value(self) -> int | None:
        count = super().value()
        return count if isinstance(count, int) else None

    def set_value(self, value: object) -> None:
        count = value if isinstance(value, int) and not isinstance(value, bool) else None
        self._show_text("" if count is None else str(count))


class NumberEditor(ParsedEditor):
    """Years of a sanction, with a decimal comma or point; empty means "not entered"."""

    kind = FieldKind.NUMBER

    def value(self) -> float | None:
        number = super().value()
        return number if isinstance(number, float) else None

    def set_value(self, value: object) -> None:
        number = float(value) if isinstance(value, int | float) else None
        self._show_text(format_number(number, decimal_comma=current_language() is not Language.EN))

    def retranslate(self) -> None:
        """The decimal comma or point follows the interface language."""
        super().retranslate()
        if self.typed_text() is None:
            self.set_value(self.value())


class EnumEditor(Editor):
    """A choice from a vocabulary; `optional` adds "not chosen" for a None value."""

    def __init__(self, enum_type: type[StrEnum], *, optional: bool = True) -> None:
        super().__init__()
        self.combo = QComboBox()
        # As wide as the form allows, not as its longest choice: a long choice would push the
        # field under its label (or out of a narrow window); the open list still shows it whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(MIN_CHOICE_CHARS)
        self.widget = self.combo
        self._values: list[StrEnum | None] = [None] if optional else []
        self._values.extend(enum_type)
        for _item in self._values:
            self.combo.addItem("")
        self.retranslate()
        self.combo.activated.connect(lambda _index: self.edited.emit())

    def value(self) -> StrEnum | None:
        index = self.combo.currentIndex()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: object) -> None:
        index = self._values.index(value) if value in self._values else 0  # type: ignore[arg-type]
        self.combo.setCurrentIndex(index)

    def retranslate(self) -> None:
        super().retranslate()
        for index, item in enumerate(self._values):
            self.combo.setItemText(index, _(NOT_CHOSEN) if item is None else _(label_of(item)))


class BoolEditor(Editor):
    """A tick box whose label is its own, wrapped text (`set_text`)."""

    def __init__(self) -> None:
        super().__init__()
        self.row = WrappedCheck()
        self.check = self.row.box
        self.widget = self.check
        self.check.clicked.connect(lambda _checked: self.edited.emit())

    def row_widget(self) -> QWidget:
        return self.row

    def set_text(self, text: str) -> None:
        self.row.setText(text)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: object) -> None:
        self.check.setChecked(bool(value))


class TriBoolEditor(Editor):
    """Yes / no / not known, for facts the user may not know yet (None in the case)."""

    _VALUES: tuple[bool | None, ...] = (None, True, False)
    _TEXTS = (UNKNOWN, YES, NO)

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.widget = self.combo
        for _item in self._VALUES:
            self.combo.addItem("")
        self.retranslate()
        self.combo.activated.connect(lambda _index: self.edited.emit())

    def value(self) -> bool | None:
        return self._VALUES[max(self.combo.currentIndex(), 0)]

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(self._VALUES.index(value) if value in self._VALUES else 0)

    def retranslate(self) -> None:
        super().retranslate()
        for index, text in enumerate(self._TEXTS):
            self.combo.setItemText(index, _(text))


class MultiChoiceEditor(Editor):
    """Several choices from a vocabulary, one tick box each (a list in the case)."""

    def __init__(self, enum_type: type[StrEnum]) -> None:
        super().__init__()
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[StrEnum, QCheckBox] = {}
        self.rows: dict[StrEnum, WrappedCheck] = {}
        for value in enum_type:
            row = WrappedCheck()
            row.box.setObjectName(value.value)
            row.box.clicked.connect(lambda _checked: self.edited.emit())
            layout.addWidget(row)
            self.boxes[value] = row.box
            self.rows[value] = row
        self.retranslate()

    def value(self) -> list[StrEnum]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = value if isinstance(value, list) else []
        for item, box in self.boxes.items():
            box.setChecked(item in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def show_help(self) -> None:
        """Each box is described by the caption of the group and its help, so a screen reader
        says what a box answers ("I ask the court to") and not only its own text."""
        super().show_help()
        caption = _(self.label) if self.label else ""
        text = "\n".join(part for part in (caption, self.widget.accessibleDescription()) if part)
        for box in self.boxes.values():
            box.setAccessibleDescription(text)
            box.setToolTip(text)

    def retranslate(self) -> None:
        super().retranslate()
        for value, row in self.rows.items():
            row.setText(_(label_of(value)))
