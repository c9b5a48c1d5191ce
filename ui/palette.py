"""The app's palette: the theme's colours, with a selection and placeholder that reach the
contrast WCAG 2.1 asks for (ui/colours.py), in a light theme or Windows' dark mode.

Where the system asks for high contrast (a Windows high-contrast theme), its own colours are
kept: the palette goes back to the system's once that is known, after the first paint (reading
the preference builds PySide6's `Qt` namespace, which start-up avoids: ui/qt.py), and the status
line and marks then take their colours from it.
"""

from __future__ import annotations

from ui.colours import Scheme, scheme_for
from ui.qt import QApplication, QColor, QPalette


class _State:
    """The system's palette before ours, and whether a high-contrast theme asked for it back."""

    system: QPalette | None = None
    high_contrast = False


def current_scheme() -> Scheme:
    """The colour scheme for the theme the app runs with now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return scheme_for("#ffffff")
    palette = app.palette()
    if _State.high_contrast:
        return _from_palette(palette)
    return scheme_for(palette.color(QPalette.ColorRole.Base).name())


def _from_palette(palette: QPalette) -> Scheme:
    """The system's own colours, for a high-contrast theme."""
    role = QPalette.ColorRole
    text = palette.color(role.WindowText).name()
    return Scheme(
        selection=palette.color(role.Highlight).name(),
        selected_text=palette.color(role.HighlightedText).name(),
        placeholder=palette.color(role.PlaceholderText).name(),
        status_return=text,
        status_undecided=text,
        status_ready=text,
        invalid_border=palette.color(role.Highlight).name(),
    )


def apply_readable_palette(app: QApplication) -> None:
    """Set the selection and placeholder colours of the scheme that fits the theme."""
    _State.system = app.palette()  # a copy (QPalette(...) would build the `Qt` namespace)
    scheme = current_scheme()
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(scheme.selection))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(scheme.selected_text))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(scheme.placeholder))
    app.setPalette(palette)


def keep_high_contrast() -> bool:
    """After the first paint: under a high-contrast theme, give the system's palette back.
    True when it did."""
    from ui.qt import Qt

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    style_hints = app.styleHints()  # kept: the accessibility hints belong to it
    preference = style_hints.accessibility().contrastPreference()
    if preference != Qt.ContrastPreference.HighContrast:
        return False
    if _State.system is not None:
        app.setPalette(_State.system)
    _State.high_contrast = True
    return True
