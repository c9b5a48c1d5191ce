"""Briefly outline a widget the user was sent to from a finding, so the eye finds it."""

from __future__ import annotations

from ui.qt import QTimer, QWidget

HIGHLIGHT_MS = 2500
# Dark text with the cream: in a dark theme (Windows 11 dark mode) the text is white and
# would vanish on the cream background.
HIGHLIGHT_STYLE = "border: 2px solid #d98200; background: #fff4e0; color: #1f1f1f;"


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
