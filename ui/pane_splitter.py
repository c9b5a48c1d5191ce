"""Moving the dividers between the window's panes without a mouse: View → Wider / Narrower
section list and findings (Qt's dividers answer only to the mouse). A menu, not a focusable
divider: Tab stays on inputs, and a screen reader names a menu item, while it names a divider
by no role at all."""

from __future__ import annotations

from ui.qt import QSplitter

STEP_CHARS = 4  # a step is four average characters wide, so it grows with the text


def widen_pane(splitter: QSplitter, pane: int, steps: int) -> None:
    """Give pane `pane` `steps` steps more width (fewer when negative), taken from the form in
    the middle; no pane gets narrower than nothing."""
    sizes = splitter.sizes()
    middle = 1
    if not 0 <= pane < len(sizes) or pane == middle:
        return
    pixels = steps * STEP_CHARS * splitter.fontMetrics().averageCharWidth()
    pixels = max(-sizes[pane], min(pixels, sizes[middle]))
    sizes[pane] += pixels
    sizes[middle] -= pixels
    splitter.setSizes(sizes)
