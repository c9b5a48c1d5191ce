"""The interface's text size (View → Larger / Smaller text), followed by every text.

`QApplication.setFont` reaches every widget whose font does not fix a size, but not a font set
with a size of its own (a heading 1.25 times the text) nor a widget with a style sheet (Qt keeps
its font until the sheet is set again), and a height set in lines stays the pixels it was.
Headings are therefore given a *scale* of the text (`scale_text`), multi-line inputs a height
in lines (`keep_lines`), and after each change of size every scaled font and height is computed
again and every style sheet set again, so all text follows the chosen size.
"""

from __future__ import annotations

from ui.qt import QApplication, QFont, QWidget

SCALE = "kassatsiyaTextScale"  # a widget property: its text size as a multiple of the app's
LINES = "kassatsiyaMinLines"  # a widget property: its least height, in lines of its text


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


def apply_text_size(points: int) -> None:
    """Scale the whole interface's text (View → Larger/Smaller text)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    font.setPointSize(points)
    app.setFont(font)
    for widget in QApplication.allWidgets():
        if widget.property(SCALE) is not None:
            _apply_scale(widget)
        if widget.property(LINES) is not None:
            _apply_lines(widget)
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)
