"""Briefly outline a widget the user was sent to from a finding, so the eye finds it."""

from __future__ import annotations

from ui.colours import LIGHT
from ui.qt import QTimer, QWidget

HIGHLIGHT_MS = 2500
# Dark text with the cream: in a dark theme (Windows 11 dark mode) the text is white and
# would vanish on the cream background. The colours reach WCAG's ratios (ui/colours.py).
HIGHLIGHT_STYLE = (
    f"border: 2px solid {LIGHT.jump_border}; background: {LIGHT.jump_background}; "
    f"color: {LIGHT.jump_text};"
)


def highlight(widget: QWidget) -> None:
    """Outline `widget` for a moment; the previous style comes back afterwards."""
    previous = widget.styleSheet()
    if HIGHLIGHT_STYLE in previous:
        return
    widget.setStyleSheet(previous + HIGHLIGHT_STYLE)
    widget.setProperty("highlighted", True)

    def restore() -> None:
        widget.setStyleSheet(previous)
        widget.setProperty("highlighted", False)

    QTimer.singleShot(HIGHLIGHT_MS, widget, restore)
