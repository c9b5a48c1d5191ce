"""The app's palette: the theme's colours, with a selection and placeholder that reach the
contrast WCAG 2.1 asks for (ui/colours.py), in a light theme or Windows' dark mode."""

from __future__ import annotations

from ui.colours import Scheme, scheme_for
from ui.qt import QApplication, QColor, QPalette


def current_scheme() -> Scheme:
    """The colour scheme for the theme the app runs with now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return scheme_for("#ffffff")
    return scheme_for(app.palette().color(QPalette.ColorRole.Base).name())


def apply_readable_palette(app: QApplication) -> None:
    """Set the selection and placeholder colours of the scheme that fits the theme."""
    scheme = current_scheme()
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(scheme.selection))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(scheme.selected_text))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(scheme.placeholder))
    app.setPalette(palette)
