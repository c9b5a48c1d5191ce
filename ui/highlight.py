"""Briefly outline a widget the user was sent to from a finding, so the eye finds it."""

from __future__ import annotations

from ui.qt import QTimer, QWidget

HIGHLIGHT_MS = 2500
HIGHLIGHT_STYLE = "border: 2px solid #d98200; background: #fff4e0;"


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
