"""The outline of a field a finding sent the user to stays readable in a dark theme, and the
app icon is set (issue 21, points 8 and 10)."""

from __future__ import annotations

import pytest

from ui.highlight import highlight
from ui.qt import QIcon, QLineEdit

pytestmark = pytest.mark.gui


def _darkest(widget: QLineEdit) -> int:
    image = widget.grab().toImage()
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(4, image.width() - 4)
        for y in range(4, image.height() - 4)
    )


def test_highlighted_text_is_dark_on_the_cream_even_with_a_dark_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit("ҚАЗАҚША МӘТІН")
    field.setStyleSheet("color: white; background: #202020;")  # Windows 11 dark mode's colours
    qtbot.addWidget(field)
    field.resize(240, 40)
    field.show()
    assert _darkest(field) < 60  # the dark background itself
    highlight(field)
    assert field.property("highlighted") is True
    assert _darkest(field) < 100  # the text, drawn dark on cream (white text: no such pixel)


def test_the_app_icon_is_set_for_every_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import set_window_icon
    from ui.qt import QApplication

    QApplication.setWindowIcon(QIcon())
    assert QApplication.windowIcon().isNull()
    set_window_icon()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and icon.pixmap(32, 32).width() == 32
