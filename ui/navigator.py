"""The list of sections with each one's state: done, or how many problems it has."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from assistant.i18n import _, ngettext
from ui.qt import QListWidget, QListWidgetItem, Signal
from ui.sections import Section

if TYPE_CHECKING:
    from assistant.law.engine import Report
    from ui.qt import QResizeEvent

OK_MARK = "✓"
NBSP = "\u00a0"  # the state stays on the line of the title's last word
PLURAL_SAMPLES = (1, 2, 5, 22)  # one count of each plural form of kk, ru and en
ITEM_MARGINS = 16  # the item's padding and the list's frame, both sides
# A scroll bar and the list's frame: a constant, as asking the list for them before the first
# paint makes PySide6 build the enums of its scroll-area classes (~10 ms of start-up)
SCROLL_BAR_AND_FRAME = 24
LINE_BREAK = "\n"  # before a state that does not fit beside the title's last word


class Navigator(QListWidget):
    """Click a section to go there; `section_chosen(index)`."""

    section_chosen = Signal(int)

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections
        self.problems: list[int] | None = None  # None until the first check: no state shown
        for _section in sections:
            self.addItem(QListWidgetItem())
        self.setObjectName("navigator")
        self.setWordWrap(True)
        self.currentRowChanged.connect(self._chosen)
        self.retranslate()

    def set_sections(self, sections: list[Section]) -> None:
        """List the sections of another document (their states come with the next check)."""
        self.blockSignals(True)
        self.problems = None  # first: clearing may resize the list, which redraws the states
        self.clear()
        self.sections = sections
        for _section in sections:
            self.addItem(QListWidgetItem())
        self.setCurrentRow(0)
        self.blockSignals(False)
        self.retranslate()

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.section_chosen.emit(row)

    def select_quietly(self, index: int) -> None:
        """Follow the form without emitting `section_chosen` back."""
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    def update_report(self, report: Report) -> None:
        """Count blocking and undecided findings per section by their fields' sections."""
        counts: Counter[int] = Counter()
        for finding in (*report.blocking, *report.undecided):
            for index, section in enumerate(self.sections):
                if any(section.owns(pointer) for pointer in finding.fields):
                    counts[index] += 1
                    break
        self.problems = [counts[i] for i in range(len(self.sections))]
        self.retranslate()

    def _states(self) -> list[str]:
        """ "— ✓" and "— N problems" for a count of each plural form, as the list shows them."""
        counts = [ngettext("%(n)d problem", "%(n)d problems", n) % {"n": n} for n in PLURAL_SAMPLES]
        return [_state_piece(state) for state in (OK_MARK, *counts)]

    def needed_width(self, budget: int) -> int:
        """The list's width: every title with its state on the line of its last word, if that
        fits in `budget` pixels; else the widest word or state ("— 12 problems"), the state then
        going on a line of its own where it must (large text)."""
        metrics = self.fontMetrics()
        words = [word for section in self.sections for word in _(section.title).split(" ")]
        lasts = [_(section.title).split(" ")[-1] for section in self.sections]
        states = self._states()
        alone = max(metrics.horizontalAdvance(piece) for piece in [*words, *states])
        glued = max(metrics.horizontalAdvance(f"{last}{NBSP}{s}") for last in lasts for s in states)
        extra = ITEM_MARGINS + SCROLL_BAR_AND_FRAME
        return max(alone, glued if glued + extra <= budget else 0) + extra

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Whether a state fits beside its title's last word depends on the width."""
        super().resizeEvent(event)
        if self.problems is not None:
            self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(_("Sections"))
        if self.problems is None:  # before the first check: titles only
            # the items are new (__init__, set_sections), so a screen reader reads this text too
            for index, section in enumerate(self.sections):
                self.item(index).setText(_(section.title))
            return
        from ui.qt import Qt  # after the first paint, with the first check's states (ui/qt.py)

        metrics = self.fontMetrics()
        # a list not yet on screen has no width of its own: it is measured again when shown
        room = self.width() - ITEM_MARGINS - SCROLL_BAR_AND_FRAME if self.isVisible() else 1 << 30
        for index, section in enumerate(self.sections):
            item = self.item(index)
            title = _(section.title)
            count = self.problems[index]
            state = (
                OK_MARK
                if count == 0
                else ngettext("%(n)d problem", "%(n)d problems", count) % {"n": count}
            )
            piece = _state_piece(state)
            last = title.split(" ")[-1]
            fits = metrics.horizontalAdvance(f"{last}{NBSP}{piece}") <= room
            item.setText(f"{title}{NBSP if fits else LINE_BREAK}{piece}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title} — {state}")


def _state_piece(state: str) -> str:
    """ "— 2 problems", never broken inside."""
    return f"—{NBSP}{state.replace(' ', NBSP)}"
