"""Where the main window goes: the user's last place, else as large as 1366×768 but always with
its title bar and bottom row (the step navigation) inside the screen's available area.

A window sized to the whole screen is taller than the screen once the window manager adds a
title bar and Windows keeps its taskbar: "Next" ends up below the screen's edge. The frame's
size is only known once the window is shown, so the window is placed with a typical frame
first and moved or shrunk into the available area after it is on screen.
"""

from __future__ import annotations

from ui.qt import QApplication, QRect, QSize, QWidget

PREFERRED_SIZE = QSize(1366, 768)
TYPICAL_FRAME = (8, 31, 8, 8)  # left, top (title bar), right, bottom, before the system says


def initial_rect(available: QRect, frame: tuple[int, int, int, int]) -> QRect:
    """The client area of a new window: PREFERRED_SIZE or less, its frame within `available`,
    centred there."""
    left, top, right, bottom = frame
    width = min(PREFERRED_SIZE.width(), available.width() - left - right)
    height = min(PREFERRED_SIZE.height(), available.height() - top - bottom)
    x = available.x() + left + (available.width() - left - right - width) // 2
    y = available.y() + top + (available.height() - top - bottom - height) // 2
    return QRect(x, y, width, height)


def fitted_rect(client: QRect, framed: QRect, available: QRect) -> QRect:
    """`client` moved (and shrunk if need be) so that its frame `framed` lies in `available`."""
    left, top = client.x() - framed.x(), client.y() - framed.y()
    right, bottom = framed.right() - client.right(), framed.bottom() - client.bottom()
    width = min(client.width(), available.width() - left - right)
    height = min(client.height(), available.height() - top - bottom)
    x = min(max(client.x(), available.x() + left), available.right() - right - width + 1)
    y = min(max(client.y(), available.y() + top), available.bottom() - bottom - height + 1)
    return QRect(x, y, width, height)


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def place_window(window: QWidget, saved: str) -> None:
    """Before the first show: the saved geometry (`saved_geometry`), else `initial_rect`."""
    if saved:
        from ui.qt import QByteArray  # only when a geometry was saved (ui/qt.py: on first use)

        if window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
    window.setGeometry(initial_rect(_available(window), TYPICAL_FRAME))


def keep_on_screen(window: QWidget) -> None:
    """Once shown (its frame known): bring the whole frame into the available area."""
    if window.isMaximized() or window.isFullScreen():
        return
    target = fitted_rect(window.geometry(), window.frameGeometry(), _available(window))
    if target != window.geometry():
        window.setGeometry(target)


def saved_geometry(window: QWidget) -> str:
    """The window's place, size and state as text for the settings file."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")
