"""Field editors: one small adapter per kind of case value around a standard Qt input.

Each editor has `widget`, `value()`, `set_value()` (which never emits `edited`), `edited` (the
user changed the value) and `retranslate()`. Sections bind editors to case fields by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum

from assistant.case.limits import MAX_PROSE_CHARS, MAX_PROSE_LINES
from assistant.i18n import N_, _
from ui.labels import NOT_CHOSEN, label_of
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

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


def parse_date(text: str) -> dt.date | None:
    """A date typed as DD.MM.YYYY (or ISO YYYY-MM-DD); None when empty or not a real date."""
    text = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def format_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


def rejected_texts(editors: Mapping[str, Editor]) -> dict[str, str]:
    """Pointer -> shown text of each input whose text the case cannot hold."""
    return {p: text for p, e in editors.items() if (text := e.rejected_text()) is not None}


def show_rejected_texts(editors: Mapping[str, Editor], texts: Mapping[str, str]) -> None:
    """Put recovered texts back into the inputs (pointer -> editor) they were typed in."""
    for pointer, editor in editors.items():
        if pointer in texts:
            editor.show_rejected(texts[pointer])


class Editor(QObject):
    """Base adapter; each subclass wraps one widget and defines `value` and `set_value`."""

    edited = Signal()
    widget: QWidget
    value: Callable[[], object]  # the input's value, as the case stores it
    set_value: Callable[[object], None]  # show a value from the case in the input

    def retranslate(self) -> None:
        """Texts inside the input itself (combo items, placeholders); labels are the section's."""

    def rejected(self) -> bool:
        """True while the input shows text the case cannot hold (it would be lost on saving)."""
        return False

    def rejected_text(self) -> str | None:
        """The text shown while `rejected()`, for the recovery file; else None."""
        return None

    def show_rejected(self, text: str) -> None:
        """Show a recovered text the case could not hold (inputs that never reject ignore it)."""


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
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * (min_lines + 1))
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


class DateEditor(TextEditor):
    """A date typed as DD.MM.YYYY; an incomplete date keeps the text and stores no date."""

    def __init__(self) -> None:
        super().__init__()
        self.line.setMaxLength(10)
        self.line.setPlaceholderText(_(DATE_PLACEHOLDER))
        self.line.textEdited.connect(self._mark)

    def _mark(self, _text: str) -> None:
        bad = self.rejected()
        if self.line.property("invalid") is bad:
            return  # restyling a widget is costly: only when the state changes
        self.line.setProperty("invalid", bad)
        self.line.setStyleSheet("border: 1px solid #c00;" if bad else "")

    def value(self) -> dt.date | None:  # type: ignore[override]
        return parse_date(self.line.text())

    def rejected(self) -> bool:
        text = self.line.text()
        return bool(text.strip()) and parse_date(text) is None

    def rejected_text(self) -> str | None:
        return self.line.text() if self.rejected() else None

    def show_rejected(self, text: str) -> None:
        if not self.line.text():  # never over a date the case holds
            self.line.setText(text)
            self._mark(text)

    def set_value(self, value: object) -> None:
        self.line.setText(format_date(value if isinstance(value, dt.date) else None))
        self._mark(self.line.text())

    def retranslate(self) -> None:
        self.line.setPlaceholderText(_(DATE_PLACEHOLDER))


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
        for index, item in enumerate(self._values):
            self.combo.setItemText(index, _(NOT_CHOSEN) if item is None else _(label_of(item)))


class BoolEditor(Editor):
    def __init__(self) -> None:
        super().__init__()
        self.check = QCheckBox()
        self.widget = self.check
        self.check.clicked.connect(lambda _checked: self.edited.emit())

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
        for index, text in enumerate(self._TEXTS):
            self.combo.setItemText(index, _(text))


class IntEditor(Editor):
    """A count (pages); 0 shows as a dash and means "not entered"."""

    def __init__(self, maximum: int = 9999) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        self.spin.setSpecialValueText("—")
        self.widget = self.spin
        self.spin.valueChanged.connect(lambda _value: self.edited.emit())

    def value(self) -> int | None:
        return self.spin.value() or None

    def set_value(self, value: object) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value if isinstance(value, int) else 0)
        self.spin.blockSignals(False)


class FloatEditor(Editor):
    """Years of a sanction; 0 shows as a dash and means "not entered"."""

    def __init__(self) -> None:
        super().__init__()
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSpecialValueText("—")
        self.widget = self.spin
        self.spin.valueChanged.connect(lambda _value: self.edited.emit())

    def value(self) -> float | None:
        return self.spin.value() or None

    def set_value(self, value: object) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(float(value) if isinstance(value, int | float) else 0.0)
        self.spin.blockSignals(False)


class MultiChoiceEditor(Editor):
    """Several choices from a vocabulary, one tick box each (a list in the case)."""

    def __init__(self, enum_type: type[StrEnum]) -> None:
        super().__init__()
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[StrEnum, QCheckBox] = {}
        for value in enum_type:
            box = QCheckBox()
            box.setObjectName(value.value)
            box.clicked.connect(lambda _checked: self.edited.emit())
            layout.addWidget(box)
            self.boxes[value] = box
        self.retranslate()

    def value(self) -> list[StrEnum]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = value if isinstance(value, list) else []
        for item, box in self.boxes.items():
            box.setChecked(item in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def retranslate(self) -> None:
        for value, box in self.boxes.items():
            box.setText(_(label_of(value)))
            box.setAccessibleName(_(label_of(value)))
