"""The interface's text size (View → Larger / Smaller text), followed by every text.

`QApplication.setFont` reaches every widget whose font does not fix a size, but not a font set
with a size of its own (a heading 1.25 times the text) nor a widget with a style sheet (Qt keeps
its font until the sheet is set again), and a height set in lines stays the pixels it was.
Headings are therefore given a *scale* of the text (`scale_text`), multi-line inputs a height
in lines (`keep_lines`), and after each change of size every scaled font and height is computed
again and every style sheet set again, so all text follows the chosen size; a widget that lays
itself out by its text's size refits in its `text_size_changed()`. Forms put their
labels above their inputs from LABELS_ABOVE_FROM points on (`form_layout`, `form_caption`).
"""

from __future__ import annotations

from ui.qt import QApplication, QEvent, QFont, QFormLayout, QLabel, QSize, QWidget

SCALE = "kassatsiyaTextScale"  # a widget property: its text size as a multiple of the app's
LINES = "kassatsiyaMinLines"  # a widget property: its least height, in lines of its text
# From this text size on, a form's labels stand above their inputs: beside them, labels of
# several lines would leave the inputs narrow.
LABELS_ABOVE_FROM = 13


def scale_text(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Show the text of `widget` at `scale` times the interface's text size, now and later."""
    widget.setProperty(SCALE, scale)
    widget.setProperty(f"{SCALE}Bold", bold)
    _apply_scale(widget)


def _apply_scale(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * float(widget.property(SCALE)))
    font.setBold(bool(widget.property(f"{SCALE}Bold")))
    widget.setFont(font)


def keep_lines(widget: QWidget, lines: int) -> None:
    """Keep `widget` at least `lines` lines of its text high (plus one for its frame and
    margins), at every text size."""
    widget.setProperty(LINES, lines)
    _apply_lines(widget)


def _apply_lines(widget: QWidget) -> None:
    lines = int(widget.property(LINES))
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * (lines + 1))


def labels_above() -> bool:
    """Whether forms put their labels above their inputs at the current text size."""
    return QApplication.font().pointSizeF() >= LABELS_ABOVE_FROM


def form_layout() -> QFormLayout:
    """A form for the current text size (see `fit_form`)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    fit_form(form)
    return form


class Caption(QLabel):
    """A form's label. It wraps, so a label too long for the form's width (a row whose input
    went below it) takes more lines instead of pushing the form sideways; it still asks for
    the width of its whole text, so it keeps one line where there is room (a wrapping QLabel
    asks for a narrow width of its own choosing and would break "Full name" over two lines in
    an empty form)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))


def form_caption() -> QLabel:
    """A label for a form's row (see `Caption`)."""
    return Caption()


def fit_form(form: QFormLayout) -> None:
    """Labels beside the inputs (a row too long for that puts its input below), or above them
    at a large text size."""
    wrap = QFormLayout.RowWrapPolicy
    form.setRowWrapPolicy(wrap.WrapAllRows if labels_above() else wrap.WrapLongRows)


def apply_text_size(points: int) -> None:
    """Scale the whole interface's text (View → Larger/Smaller text)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    font.setPointSize(points)
    app.setFont(font)
    # Qt posts the change to each widget; deliver it now, so that what measures text right
    # after this (the panes' widths) measures the new size
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange.value)
    for widget in QApplication.allWidgets():
        _follow_text_size(widget)
    for widget in QApplication.allWidgets():  # what lays itself out by its text's size
        refit = getattr(widget, "text_size_changed", None)
        if callable(refit):
            refit()


def _follow_text_size(widget: QWidget) -> None:
    """What the new application font does not reach by itself in `widget`."""
    if widget.property(SCALE) is not None:
        _apply_scale(widget)
    if widget.property(LINES) is not None:
        _apply_lines(widget)
    sheet = widget.styleSheet()
    if sheet:
        widget.setStyleSheet(sheet)
    if widget.isWindow():  # forms are found as QObjects, never through layout items (PySide
        for form in widget.findChildren(QFormLayout):  # may free an item its copy wraps)
            fit_form(form)
