"""The list of sections with each one's state: done, or how many problems it has."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from assistant.i18n import _, ngettext
from ui.qt import ACCESSIBLE_TEXT_ROLE, QListWidget, QListWidgetItem, Signal
from ui.sections import Section

if TYPE_CHECKING:
    from assistant.law.engine import Report

OK_MARK = "✓"
NBSP = "\u00a0"  # the state stays on the line of the title's last word


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

    def retranslate(self) -> None:
        self.setAccessibleName(_("Sections"))
        for index, section in enumerate(self.sections):
            item = self.item(index)
            if self.problems is None:
                item.setText(_(section.title))
            else:
                count = self.problems[index]
                state = (
                    OK_MARK
                    if count == 0
                    else ngettext("%(n)d problem", "%(n)d problems", count) % {"n": count}
                )
                item.setText(f"{_(section.title)}{NBSP}—{NBSP}{state.replace(' ', NBSP)}")
            item.setData(ACCESSIBLE_TEXT_ROLE, item.text())
