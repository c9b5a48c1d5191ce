"""The colours the app sets, chosen so that people with low vision can read them.

WCAG 2.1 asks for a contrast ratio of 4.5:1 for text (1.4.3) and 3:1 for borders and other
non-text marks (1.4.11). The platform's theme (light, or Windows' dark mode) gives the window,
field and text colours; on top of them the app sets the selection, the placeholder text, the
status line, the mark of a field whose text cannot be read and the outline of a field a finding
sent the user to, from one of two schemes picked by how dark the theme's fields are.
tests/gui/test_accessibility.py computes every pair's ratio from these values.
"""

from __future__ import annotations

import msgspec

TEXT_RATIO = 4.5
BORDER_RATIO = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of "#rrggbb"."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio of two "#rrggbb" colours, from 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(colour: str) -> bool:
    """A background on which dark text would not be readable."""
    return relative_luminance(colour) < relative_luminance("#777777")


class Scheme(msgspec.Struct, frozen=True, kw_only=True):
    """The colours the app sets for one kind of theme (a msgspec struct: the `dataclasses`
    module costs start-up time, README "Performance")."""

    selection: str  # background of a selected item (QPalette Highlight)
    selected_text: str  # its text (HighlightedText)
    placeholder: str  # "DD.MM.YYYY" in an empty date field (PlaceholderText)
    status_return: str  # "Will be returned: …"
    status_undecided: str  # "Cannot confirm yet: …"
    status_ready: str  # "Ready to file"
    invalid_border: str  # a field whose text is not a date or number
    # Whatever the theme, the field a finding sent the user to is outlined on cream with dark
    # text (ui/highlight.py), so these three do not change between the schemes.
    jump_border: str = "#9a4d00"
    jump_background: str = "#fff4e0"
    jump_text: str = "#1f1f1f"

    def status(self, verdict: str) -> str:
        """The status line's colour for a verdict ("return", "undecided", "ready")."""
        colours = {
            "return": self.status_return,
            "undecided": self.status_undecided,
            "ready": self.status_ready,
        }
        return colours[verdict]


LIGHT = Scheme(
    selection="#1f5fa6",
    selected_text="#ffffff",
    placeholder="#595959",
    status_return="#a00000",
    status_undecided="#8a4b00",
    status_ready="#006600",
    invalid_border="#c00000",
)
DARK = Scheme(
    selection="#1f5fa6",
    selected_text="#ffffff",
    placeholder="#a6a6a6",
    status_return="#ff8a8a",
    status_undecided="#ffb457",
    status_ready="#7fd68f",
    invalid_border="#ff6b6b",
)
# The theme colours each scheme is checked against: Fusion's (Linux) and Windows 11's light
# window and field, and Windows 11 dark mode's.
THEME_BACKGROUNDS = {
    LIGHT: ("#efefef", "#ffffff", "#f3f3f3", "#fbfbfb"),
    DARK: ("#202020", "#2b2b2b", "#1c1c1c", "#353535"),
}


def scheme_for(field_background: str) -> Scheme:
    """The scheme that reads well over the theme's field background ("#rrggbb")."""
    return DARK if is_dark(field_background) else LIGHT
