"""Live checks: what the court would return and why, grouped by severity and Art. 489(1) item."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from assistant.case.enums import DocumentKind, Language
from assistant.case.typed_texts import format_date
from assistant.i18n import N_, _, current_language, ngettext
from assistant.law.citation import ground_citation
from assistant.law.rule import SEVERITY_ORDER, Severity
from ui.announce import StatusAnnouncer, reachable_by_tab
from ui.labels import label_of
from ui.palette import current_scheme
from ui.qt import (
    QLabel,
    QPushButton,
    QSize,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.space_wrap import LINE_SEPARATOR, SpaceWrapDelegate, wrapped_role, wrapped_text

if TYPE_CHECKING:  # the panel exists before the engine is loaded (MainWindow `check_now`)
    from assistant.law.engine import Finding, Report
    from assistant.privacy import PersonalDataHit
    from ui.qt import QResizeEvent

UNDECIDED = "undecided"  # the group of findings that say what cannot be checked yet
GROUP_TITLES = {
    Severity.REDIRECT: N_("Cassation is not the right procedure"),
    Severity.RETURN: N_("The court will return the complaint"),
    UNDECIDED: N_("Cannot be checked yet: facts missing"),
    Severity.WARNING: N_("Warnings"),
    Severity.INFO: N_("Advice"),
}
# The same groups for a document other than the cassation complaint.
DOCUMENT_GROUP_TITLES = {
    **GROUP_TITLES,
    Severity.REDIRECT: N_("This document is not the right way"),
    Severity.RETURN: N_("The document will be returned"),
}
GROUP_ORDER = {Severity.REDIRECT: 0, Severity.RETURN: 1, UNDECIDED: 2, Severity.WARNING: 3}
GROUND_TITLE = N_("The court returns it under %(citation)s")
DOCUMENT_GROUND_TITLE = N_("It is returned under %(citation)s")
DRAFT_THIS = N_("Draft this document")
PERSONAL_DATA_TITLE = N_("Personal data")
ELIGIBILITY_TITLE = N_("When the petition may be filed")
CHECKING = N_("Checking the complaint…")
DEADLINE_OPEN = N_("Last day for a request to worsen the position: %(date)s")
DEADLINE_MISSED = N_("The one-year term for a request to worsen the position ended on %(date)s")
DEADLINE_UNSURE = N_(
    "The one-year term for a request to worsen the position surely ran to %(date)s; whether it "
    "ran longer cannot be confirmed yet"
)
SCROLLBAR_ALLOWANCE = 28  # vertical scroll bar, frame and item margins


def pointer_role() -> int:
    """Item data of a finding row: the pointer of the field it leads to (read on first use,
    after the first paint: ui/qt.py)."""
    from ui.qt import Qt

    return Qt.ItemDataRole.UserRole.value


def draft_role() -> int:
    """Item data of a "Draft this document" row: the kind of document its button drafts."""
    return wrapped_role() + 1


def _key(
    report: Report,
    personal: tuple[PersonalDataHit, ...],
    drafts: Mapping[str, DocumentKind],
    kind: DocumentKind,
) -> tuple[object, ...]:
    findings = tuple(
        (f.rule.id, f.fields, tuple(sorted(f.params.items()))) for f in report.findings
    )
    return (findings, personal, tuple(sorted(drafts.items())), kind, _eligibility(report))


def _eligibility(report: Report) -> tuple[str, ...]:
    """A petition to the court at the place of execution: when each request may be filed and
    the arithmetic, as the core words the check's answer (never computed here)."""
    if report.eligibility is None:
        return ()
    from assistant.law.eligibility_text import eligibility_texts

    return eligibility_texts(report.eligibility, current_language())


class FindingsPanel(QWidget):
    """Shows a `Report` and the personal-data warnings below it; `finding_activated(pointer)`
    when the user picks a finding or a warning, `draft_requested(kind)` when they ask to draft
    the document a finding leads to."""

    finding_activated = Signal(str)
    draft_requested = Signal(object)  # a DocumentKind

    def __init__(self) -> None:
        super().__init__()
        self.report: Report | None = None
        self.personal: tuple[PersonalDataHit, ...] = ()
        self.drafts: dict[str, DocumentKind] = {}
        self.kind = DocumentKind.CASSATION
        self.draft_buttons: list[QPushButton] = []
        self.personal_group: QTreeWidgetItem | None = None
        self.eligibility_group: QTreeWidgetItem | None = None
        self._shown_key: tuple[object, ...] | None = None
        self.status = QLabel()
        self.status.setObjectName("findings-status")
        self.status.setWordWrap(True)
        self.status_announcer = StatusAnnouncer(self.status)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.deadline = QLabel()
        self.deadline.setObjectName("findings-deadline")
        self.deadline.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings-tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(False)  # wrapped at spaces by _fit_rows, never by Qt
        self.tree.setItemDelegate(SpaceWrapDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.deadline)
        layout.addWidget(self.tree, 1)

    def finish_setup(self) -> None:
        """The settings that read Qt's enums, made once the window is on screen (ui/qt.py):
        Tab reaches the status, so a screen reader user can hear it again at any time, and no
        row is cut short with "…" (rows are wrapped at spaces instead, `_fit_rows`)."""
        from ui.qt import Qt

        reachable_by_tab(self.status)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)

    def show_report(
        self,
        report: Report,
        personal: Sequence[PersonalDataHit] = (),
        drafts: Mapping[str, DocumentKind] | None = None,
        kind: DocumentKind = DocumentKind.CASSATION,
    ) -> None:
        """Refresh the status and deadline; rebuild the list only when the findings changed.

        `drafts` maps a route to the document the app drafts for it (the core's
        `documents_to_draft`): a finding leading there gets a "Draft this document" button.
        `kind` is the document checked. Personal-data hits are warnings only: they never
        change the status ("Ready to file").
        """
        self.report = report
        self.personal = tuple(personal)
        self.drafts = dict(drafts or {})
        self.kind = kind
        self._show_status(report)
        key = _key(report, self.personal, self.drafts, kind)
        if key != self._shown_key:
            self._shown_key = key
            self._rebuild(report)

    def _show_status(self, report: Report) -> None:
        from assistant.law.verdict import status_line, verdict_of
        from ui.qt import QColor, QPalette

        text = status_line(report, current_language())
        self.status.setText(text)
        palette = self.status.palette()
        colour = QColor(current_scheme().status(verdict_of(report).value))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)  # a palette, not a style sheet: it keeps the text size
        self.status_announcer.status_changed(text)
        deadline = report.deadline
        if deadline is None or not deadline.judgement.term_applies:
            self.deadline.setVisible(False)
            return
        day = format_date(deadline.deadline.safe_last_day)
        if deadline.missed:
            text = _(DEADLINE_MISSED) % {"date": format_date(deadline.deadline.last_day)}
        elif not deadline.met:
            text = _(DEADLINE_UNSURE) % {"date": day}
        elif deadline.days_left >= 0:
            left = ngettext("%(n)d day left", "%(n)d days left", deadline.days_left) % {
                "n": deadline.days_left
            }
            text = f"{_(DEADLINE_OPEN) % {'date': day}} ({left})"
        else:
            text = _(DEADLINE_MISSED) % {"date": day}
        self.deadline.setText(text)
        self.deadline.setVisible(True)

    def _rebuild(self, report: Report) -> None:
        self.tree.clear()
        self.draft_buttons = []
        language = current_language()
        titles = GROUP_TITLES if self.kind is DocumentKind.CASSATION else DOCUMENT_GROUP_TITLES
        ground_title = (
            GROUND_TITLE if self.kind is DocumentKind.CASSATION else DOCUMENT_GROUND_TITLE
        )
        self._add_eligibility(report)
        groups: dict[str, QTreeWidgetItem] = {}
        grounds: dict[str, QTreeWidgetItem] = {}
        for finding in sorted(report.findings, key=_group_rank):
            group = _group_of(finding)
            parent = groups.get(group)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [_(titles[group])])
                parent.setExpanded(True)
                groups[group] = parent
            if finding.severity is Severity.RETURN and finding.ground:
                ground_item = grounds.get(finding.ground)
                if ground_item is None:
                    ground_item = QTreeWidgetItem(
                        parent, [_(ground_title) % {"citation": _ground_text(finding.ground)}]
                    )
                    ground_item.setExpanded(True)
                    grounds[finding.ground] = ground_item
                parent = ground_item
            self._add_finding(parent, finding, language)
        self._add_personal_data(language)
        self._fit_rows()

    def _add_eligibility(self, report: Report) -> None:
        """For a petition to the court at the place of execution, the first group: the first
        day each request may be filed, with the arithmetic, one row per request."""
        self.eligibility_group = None
        texts = _eligibility(report)
        if not texts:
            return
        group = QTreeWidgetItem(self.tree, [_(ELIGIBILITY_TITLE)])
        group.setExpanded(True)
        for text in texts:
            item = QTreeWidgetItem(group, [text])
            item.setToolTip(0, text)
        self.eligibility_group = group

    def _add_personal_data(self, language: Language) -> None:
        """The "Personal data" group after the legal findings, one row per IIN or phone."""
        self.personal_group = None
        if not self.personal:
            return
        from assistant.privacy import personal_data_message

        group = QTreeWidgetItem(self.tree, [_(PERSONAL_DATA_TITLE)])
        group.setExpanded(True)
        for hit in self.personal:
            text = personal_data_message(hit, language)
            item = QTreeWidgetItem(group, [text])
            item.setToolTip(0, text)
            item.setData(0, pointer_role(), hit.field)
        self.personal_group = group

    def _add_finding(self, parent: QTreeWidgetItem, finding: Finding, lang: Language) -> None:
        text = f"{finding.message(lang)}\n→ {finding.hint(lang)}\n{finding.citation_text(lang)}"
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setData(0, pointer_role(), finding.fields[0] if finding.fields else "")
        kind = self.drafts.get(finding.rule.route or "")
        if kind is not None:
            self._add_draft_button(item, kind)

    def _add_draft_button(self, finding_item: QTreeWidgetItem, kind: DocumentKind) -> None:
        """A row under the finding with the button that drafts the document it leads to (Enter
        on the row does the same)."""
        row = QTreeWidgetItem(finding_item, [""])
        row.setData(0, draft_role(), kind.value)
        finding_item.setExpanded(True)
        button = QPushButton(_(DRAFT_THIS))
        button.setObjectName(f"draft-{kind.value}")
        button.setAccessibleDescription(_(label_of(kind)))
        button.setToolTip(_(label_of(kind)))
        button.clicked.connect(lambda _checked=False, k=kind: self._request_draft(k))
        self.tree.setItemWidget(row, 0, button)
        self.draft_buttons.append(button)

    def text_size_changed(self) -> None:
        """Rows are wrapped again for the new size (ui/text_size.py calls this)."""
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped rows need their heights computed again for the new width."""
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Give every row (headings too) its text wrapped at spaces for the tree's current
        width, and the height that takes: nothing is cut, no citation split."""
        rows = self._all_items()
        if not rows:
            return
        from assistant.render.breaks import keep_together  # its patterns: after the first paint

        metrics = self.tree.fontMetrics()
        # Qt lays a text's lines out on whole pixels: each takes the fractional line spacing
        # rounded up (32 px for 31.4), one more than fontMetrics().lineSpacing() at some sizes,
        # which cut the last line of a long finding short
        from ui.qt import QFontMetricsF

        line_pitch = math.ceil(QFontMetricsF(self.tree.font()).lineSpacing())
        for item, depth in rows:
            width = max(
                self.width() - SCROLLBAR_ALLOWANCE - self.tree.indentation() * (depth + 1), 80
            )
            button = self.tree.itemWidget(item, 0)
            if button is not None:  # a "Draft this document" row: the button's own height
                item.setSizeHint(0, QSize(width, button.sizeHint().height() + 4))
                continue
            shown = keep_together(item.text(0))  # «ст. 489», «УПК РК» stay on one line
            wrapped = wrapped_text(shown, metrics.horizontalAdvance, width)
            item.setData(0, wrapped_role(), wrapped)
            lines = wrapped.count(LINE_SEPARATOR) + 1
            item.setSizeHint(0, QSize(width, line_pitch * lines + 6))
        self.tree.doItemsLayout()

    def _all_items(self) -> list[tuple[QTreeWidgetItem, int]]:
        """Every row of the tree with its depth (0 for a group heading)."""
        found: list[tuple[QTreeWidgetItem, int]] = []
        stack = [(self.tree.topLevelItem(i), 0) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item, depth = stack.pop()
            if item is None:
                continue
            found.append((item, depth))
            stack.extend((item.child(i), depth + 1) for i in range(item.childCount()))
        return found

    def _request_draft(self, kind: DocumentKind) -> None:
        """Asked once the click is over: drafting rebuilds this list, the button with it."""
        QTimer.singleShot(0, lambda: self.draft_requested.emit(kind))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, draft_role())
        if kind:
            self._request_draft(DocumentKind(kind))
            return
        pointer = item.data(0, pointer_role())
        if pointer:
            self.finding_activated.emit(str(pointer))

    def finding_items(self) -> list[QTreeWidgetItem]:
        """Every finding row (not the group headings), in display order."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.data(0, pointer_role()) is not None:
                found.append(item)
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    walk(child)

        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                walk(top)
        return found

    def retranslate(self) -> None:
        self.tree.setAccessibleName(_("Problems found"))
        if self.report is None:  # the first check has not run yet
            self.status.setText(_(CHECKING))
            self.deadline.setVisible(False)
        else:
            self._shown_key = None
            self.show_report(self.report, self.personal, self.drafts, self.kind)


def _group_of(finding: Finding) -> str:
    """The heading a finding goes under: its severity, or "cannot be checked yet"."""
    return UNDECIDED if finding.undecided else finding.severity


def _group_rank(finding: Finding) -> int:
    return GROUP_ORDER.get(_group_of(finding), SEVERITY_ORDER[Severity.INFO] + 1)


def _ground_text(ground: str) -> str:
    """The 489(1) item in the interface language, e.g. "п. 3 ч. 1 ст. 489 УПК РК"."""
    return ground_citation(ground).format(current_language())
