"""The main window: navigator | form | live findings, wired to the file, export and help actions.

Dialogs (help, about, days off, diagnostics) are imported when first opened: start-up pays
only for what the first window shows (benchmarks/startup.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.calendar_kz import WorkingCalendar
from assistant.case.enums import DocumentKind, Language
from assistant.casefile import RecoveryStore
from assistant.i18n import _, current_language
from assistant.triage import TriageAnswers, answers_from_case, apply_answers
from ui.autosave import Autosaver
from ui.document import CaseDocument
from ui.document_menu import DocumentMenus
from ui.export_controller import ExportController
from ui.field_problems import problems_by_field
from ui.file_controller import FileController
from ui.findings_panel import FindingsPanel
from ui.form_view import FORM_NAME, FormView
from ui.idle_lock import LOCKED_TITLE
from ui.labels import label_of
from ui.language import apply_language
from ui.menus import MenuBar
from ui.navigator import Navigator
from ui.qt import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QTimer,
    QWidget,
    Signal,
)
from ui.screen_lock import ScreenLock, ask_idle_minutes
from ui.sections import SECTIONS_OF, build_sections, shown_kinds
from ui.settings import MAX_TEXT_SIZE, MIN_TEXT_SIZE, Settings, recovery_dir, save_settings
from ui.text_size import apply_text_size
from ui.window_geometry import keep_on_screen, place_window, saved_geometry

if TYPE_CHECKING:
    from assistant.case.model import Case
    from assistant.law.engine import Report
    from assistant.session import CheckResult
    from ui.export_options import ExportChoices
    from ui.qt import QAction, QCloseEvent, QPaintEvent

APP_NAME = "Kassatsiya"
FINDINGS_MIN_CHARS = 30
NAVIGATOR_PANE, FINDINGS_PANE = 0, 2  # in the splitter: list | form | findings
NAVIGATOR_SHARE = 24  # per cent of the window the section list may take to keep "— ✓" inline
FIRST_PAINT_AT_LATEST_MS = 1000  # a window started minimised is not painted until restored


class MainWindow(QMainWindow):
    """One open case. `today` is injectable so tests never depend on the clock."""

    language_changed = Signal(Language)

    def __init__(
        self,
        settings: Settings,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        recovery: RecoveryStore | None = None,
        check_now: bool = True,
    ) -> None:
        """`check_now=False` leaves the first check to the caller (`refresh`): the launcher
        runs it once the window is on screen, so the rule engine loads after the first paint."""
        super().__init__()
        self._after_paint: list[Callable[[], object]] | None = []  # None once painted
        self.settings = settings
        self.today = today
        self.report: Report | None = None
        self._problems_key: object = None  # what the inputs were last told (see refresh)
        self.calendar = WorkingCalendar(extra_days_off=settings.days_off)
        self.document = CaseDocument(self)
        self.kind = DocumentKind.CASSATION  # the document whose form is shown
        self.sections = build_sections(self.document, self.kind)
        self.form = FormView(self.sections, step_mode=settings.step_by_step)
        self.navigator = Navigator(self.sections)
        self.findings = FindingsPanel()
        self.files = FileController(self.document, settings, self, self.form)
        self.exporter = ExportController(self.document, self.check, self)
        self.autosaver = Autosaver(self.document, recovery or RecoveryStore(recovery_dir()))
        splitter = self.splitter = QSplitter()  # horizontal
        for widget in (self.navigator, self.form, self.findings):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        self.menu = MenuBar(
            self, self._slots(), self.open_recent, self.set_ui_language, self.clear_recent
        )
        self.documents = DocumentMenus(
            self,
            file_menu=self.menu.menus["file"],
            before_file_entry=self.menu.actions["open"],
            before_menu=self.menu.menus["view"].menuAction(),
            offered=self.offered_documents,
            current=lambda: self.document.case.kind,
            choose=self.draft_document,
            new=self.new_document,
        )
        self.lock = ScreenLock(
            self, splitter, self.document, self._all_actions, self.autosaver.autosave
        )
        self.lock.watcher.set_timeout_minutes(settings.idle_lock_minutes)
        self.menu.set_recent(settings.recent_files)
        self._connect()
        self.set_ui_language(settings.language, save=False)
        self.set_step_mode(settings.step_by_step)
        place_window(self, settings.window_geometry)
        self.fit_panes()
        self.after_first_paint(lambda: keep_on_screen(self))
        self.after_first_paint(self.findings.finish_setup)
        self.load_sections()
        if check_now:
            self.refresh()

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the window is first on screen, so the user sees it sooner.

        A zero-delay timer started after `show()` would fire before the first paint; this waits
        for the paint itself (or FIRST_PAINT_AT_LATEST_MS, for a window started minimised).
        """
        if self._after_paint is None:
            QTimer.singleShot(0, callback)
            return
        if not self._after_paint:
            QTimer.singleShot(FIRST_PAINT_AT_LATEST_MS, self._painted)
        self._after_paint.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            QTimer.singleShot(0, self._painted)  # after this paint has reached the screen

    def _painted(self) -> None:
        callbacks, self._after_paint = self._after_paint or [], None
        for callback in callbacks:
            callback()

    def _slots(self) -> dict[str, Callable[[], object]]:
        return {
            "new": self.new_complaint,
            "open": self.files.open_dialog,
            "save": self.files.save,
            "save_as": self.files.save_as,
            "protect": self.files.protect,
            "export_docx": lambda: self.export(".docx"),
            "export_pdf": lambda: self.export(".pdf"),
            "quit": self.close,
            "undo": self.undo,
            "redo": self.document.undo_stack.redo,
            "days_off": self.edit_days_off,
            "step_mode": lambda: self.set_step_mode(True),
            "all_mode": lambda: self.set_step_mode(False),
            "larger": lambda: self.change_text_size(1),
            "smaller": lambda: self.change_text_size(-1),
            "wider_list": lambda: self.widen_pane(NAVIGATOR_PANE, 1),
            "narrower_list": lambda: self.widen_pane(NAVIGATOR_PANE, -1),
            "wider_findings": lambda: self.widen_pane(FINDINGS_PANE, 1),
            "narrower_findings": lambda: self.widen_pane(FINDINGS_PANE, -1),
            "lock_now": self.lock_now,
            "idle_lock": self.edit_idle_lock,
            "field_help": self.show_field_help,
            "triage": self.run_triage,
            "after_filing": self.show_after_filing,
            "diagnostics": self.show_diagnostics,
            "about": self.show_about,
        }

    def widen_pane(self, pane: int, steps: int) -> None:
        """View → Wider/Narrower section list or findings: the divider moves by keyboard."""
        from ui.pane_splitter import widen_pane

        widen_pane(self.splitter, pane, steps)

    def undo(self) -> None:
        """Edit → Undo: what was typed just now is one step too, so it is what goes first."""
        self.document.commit()
        self.document.undo_stack.undo()

    def _connect(self) -> None:
        self.document.changed.connect(self.refresh)
        self.document.reloaded.connect(self.reload)
        self.document.file_changed.connect(self.update_title)
        self.findings.finding_activated.connect(self.go_to_field)
        self.navigator.section_chosen.connect(self.form.show_section)
        self.form.current_changed.connect(self.navigator.select_quietly)
        self.files.saved.connect(lambda _path: self.menu.set_recent(self.settings.recent_files))
        self.files.opened.connect(lambda _path: self.menu.set_recent(self.settings.recent_files))
        self.lock.locked_changed.connect(lambda _locked: self.update_title())
        self._to_reopen: Callable[[], object] | None = None
        self.lock.locked_changed.connect(self._unlocked)
        self.findings.draft_requested.connect(self.draft_document)
        self._connect_sections()

    def _connect_sections(self) -> None:
        for section in self.sections:
            rebuilt = getattr(section, "list_editor", None)
            if rebuilt is not None:
                rebuilt.rows_changed.connect(self._inputs_rebuilt)

    def _all_actions(self) -> dict[str, QAction]:
        """Every action of the menus, the Document menus' included (the lock disables them)."""
        return {
            **self.menu.all_actions(),
            "document": self.documents.menu.menuAction(),
            "new_document": self.documents.new_menu.menuAction(),
        }

    def offered_documents(self) -> list[DocumentKind]:
        """The documents the core can write and the window has a form for."""
        from assistant.document.kinds import drafted_kinds  # with the builders: not at start

        drafted = drafted_kinds()
        return [kind for kind in shown_kinds() if kind in drafted]

    def draft_document(self, kind: DocumentKind) -> None:
        """Draft document `kind` of this case: the core starts its part, pre-filled from what
        the case knows, when it is new; the other documents keep what they hold. One undo step."""
        from assistant.case.documents import start_document

        if kind is self.document.case.kind:
            return
        self.document.commit()  # what was typed just now is a step of its own
        start_document(self.document.case, kind)
        self.document.touch()
        self.document.commit()
        self.reload()

    def new_document(self, kind: DocumentKind) -> None:
        """File → New document: an empty case drafting `kind`."""
        from assistant.case.model import Case
        from assistant.session import start_draft

        self.files.new(start_draft(Case(), kind))

    def _show_kind(self, kind: DocumentKind) -> None:
        """Put the form of document `kind` in place of the one shown."""
        self.kind = kind
        self.sections = build_sections(self.document, kind)
        self.form.set_sections(self.sections, self._form_name())
        self.navigator.set_sections(self.sections)
        self._connect_sections()
        self.fit_panes()
        self.update_title()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in the order shown: a form built after the window exists sits at the end of the
        window's Tab chain (after the findings), so Qt's own step is corrected where it would
        cross the form's edge (`tab_correction`)."""
        before = QApplication.focusWidget()
        moved = super().focusNextPrevChild(next)
        target = self.form.tab_correction(before, QApplication.focusWidget(), next, self._ends())
        if target is not None:
            from ui.qt import Qt  # on first use: reading Qt builds all its enums (ui/qt.py)

            target.setFocus(Qt.FocusReason.TabFocusReason)
        return moved

    def _ends(self) -> tuple[QWidget, QWidget]:
        """What comes before the form (the section list) and after it (the findings)."""
        return self.navigator, self.findings.tree

    def _form_name(self) -> str:
        """The msgid that names the form: the document's name, or "Complaint form"."""
        return FORM_NAME if self.kind is DocumentKind.CASSATION else label_of(self.kind)

    def _inputs_rebuilt(self) -> None:
        """A list's items got new inputs: tell them the findings again."""
        self._problems_key = None
        self._show_field_problems()

    def reload(self) -> None:
        """The whole case was replaced (open, new, undo): every section shows it again, in the
        form of the document it drafts."""
        kind = self.document.case.kind
        if kind is not self.kind and kind in SECTIONS_OF:
            self._show_kind(kind)
        self.load_sections()
        self._problems_key = None  # list items' inputs were built anew
        self.refresh()

    def load_sections(self) -> None:
        for section in self.sections:
            section.load()

    def check(self, case: Case) -> CheckResult:
        """The core's check of `case` today, with the user's days off."""
        # Imported here, not above, so that the window can be shown before the engine loads.
        from assistant.session import check

        return check(case, self.today(), self.calendar)

    def refresh(self) -> None:
        """Re-check the case (the engine is fast) and update findings, navigator and title."""
        checked = self.check(self.document.case)
        self.report = checked.report
        drafts = {
            route.id: kind
            for route, kind in checked.documents_to_draft()
            if kind in SECTIONS_OF and kind is not checked.case.kind
        }
        self.findings.show_report(checked.report, checked.personal_data, drafts, self.kind)
        self.navigator.update_report(checked.report)
        self._show_field_problems()
        self.setWindowModified(self.document.is_modified())

    def _show_field_problems(self) -> None:
        """Each input says what the check found about its field (only when that changed)."""
        if self.report is None:
            return
        language = current_language()
        key = (language, [(f.rule.id, f.fields, f.params) for f in self.report.findings])
        if key != self._problems_key:
            self._problems_key = key
            self.form.show_problems(problems_by_field(self.report, language))

    def update_title(self) -> None:
        if self.lock.locked:  # the file name alone can tell whose case it is
            self.setWindowTitle(f"{_(LOCKED_TITLE)} — {APP_NAME}")
            return
        document = _(label_of(self.kind))
        self.setWindowTitle(f"{self.document.display_name()}[*] — {document} — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())

    def set_ui_language(self, language: Language, *, save: bool = True) -> None:
        """Switch every text of the window to `language` at once."""
        apply_language(language)
        self.settings.language = language
        self.menu.language_actions[language].setChecked(True)
        if save:
            save_settings(self.settings)
        self.retranslate()
        self.language_changed.emit(language)

    def retranslate(self) -> None:
        self.menu.retranslate()
        self.documents.retranslate()
        self.form.retranslate()
        self.navigator.retranslate()
        self.findings.retranslate()
        self._show_field_problems()
        self.update_title()

    def set_step_mode(self, step_mode: bool) -> None:
        self.settings.step_by_step = step_mode
        self.menu.actions["step_mode" if step_mode else "all_mode"].setChecked(True)
        self.form.set_step_mode(step_mode)

    def change_text_size(self, delta: int) -> None:
        size = min(max(self.settings.text_size + delta, MIN_TEXT_SIZE), MAX_TEXT_SIZE)
        self.settings.text_size = size
        apply_text_size(size)
        self.fit_panes()
        save_settings(self.settings)

    def fit_panes(self) -> None:
        """Pane widths for the text size: the section list as wide as its longest word needs,
        the findings a quarter of the window (at least FINDINGS_MIN_CHARS), the form the rest."""
        width = max(self.splitter.width(), self.width())
        navigator = self.navigator.needed_width(width * NAVIGATOR_SHARE // 100)
        self.navigator.setMinimumWidth(navigator)
        chars = self.findings.fontMetrics().averageCharWidth() * FINDINGS_MIN_CHARS
        findings = max(width // 4, chars)
        self.splitter.setSizes([navigator, max(width - navigator - findings, 0), findings])

    def new_complaint(self) -> None:
        """Start an empty case and ask the first questions."""
        if self.files.new():
            self.run_triage()

    def go_to_field(self, pointer: str) -> None:
        """Take the user to the input of `pointer`; triage answers live in the triage wizard."""
        if pointer.startswith("/triage/"):
            self.run_triage()
        else:
            self.form.focus_pointer(pointer)

    def run_triage(self, resume: tuple[TriageAnswers, int] | None = None) -> None:
        """Ask the first questions; `resume` reopens them with earlier answers at a page."""
        from assistant.session import triage_routes
        from ui.triage import TriageWizard  # lazy: its radio buttons' classes load on first use

        answers, page = resume or (answers_from_case(self.document.case), 0)
        wizard = TriageWizard(
            self,
            answers,
            lambda given: triage_routes(self.document.case, given, self.today()),
            self.offered_documents,
        )
        wizard.go_to(page)
        if wizard.exec() == QDialog.DialogCode.Accepted:
            apply_answers(self.document.case, wizard.answers)
            self.document.touch()
            self.document.commit()
            self.reload()
            if wizard.draft_kind is not None:
                self.draft_document(wizard.draft_kind)
        elif self.lock.locked:  # closed by the idle lock, not by the user: reopen after unlock
            place = wizard.interrupted()
            self._reopen_after_unlock(lambda: self.run_triage(place))

    def export(self, suffix: str, shown: ExportChoices | None = None) -> None:
        """Export to DOCX or PDF; `shown` reopens the options as the idle lock left them."""
        closed_with = self.exporter.ask_and_export(suffix, shown)
        if closed_with is not None and self.lock.locked:
            self._reopen_after_unlock(lambda: self.export(suffix, closed_with))

    def _reopen_after_unlock(self, reopen: Callable[[], object]) -> None:
        """A dialog the idle lock closed comes back as it was once the user unlocks."""
        self._to_reopen = reopen

    def _unlocked(self, locked: bool) -> None:
        if not locked and self._to_reopen is not None:
            reopen, self._to_reopen = self._to_reopen, None
            QTimer.singleShot(0, reopen)

    def open_recent(self, path: Path) -> None:
        self.files.open_path(path)

    def clear_recent(self) -> None:
        """Forget the recent files: their names often name clients (docs/security.md)."""
        self.settings.recent_files = []
        save_settings(self.settings)
        self.menu.set_recent([])

    def edit_days_off(self, typed: str | None = None) -> None:
        """The user's own days off; `typed` reopens the dialog with unconfirmed text."""
        from ui.days_off_dialog import DaysOffDialog

        dialog = DaysOffDialog(self, self.settings.days_off, typed)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.days_off = dialog.days()
            save_settings(self.settings)
            self.calendar = WorkingCalendar(extra_days_off=self.settings.days_off)
            self.refresh()
        elif self.lock.locked:
            text = dialog.text.toPlainText()
            self._reopen_after_unlock(lambda: self.edit_days_off(text))

    def lock_now(self) -> None:
        self.lock.lock()

    def edit_idle_lock(self) -> None:
        minutes = ask_idle_minutes(self, self.settings.idle_lock_minutes)
        if minutes is not None:
            self.settings.idle_lock_minutes = minutes
            save_settings(self.settings)
            self.lock.watcher.set_timeout_minutes(minutes)

    def show_field_help(self) -> None:
        widget = QApplication.focusWidget()
        text = widget.whatsThis() or widget.toolTip() if widget is not None else ""
        if widget is not None and text:
            from ui.qt import QWhatsThis  # a dialog's class: built on first use (ui/qt.py)

            QWhatsThis.showText(widget.mapToGlobal(widget.rect().bottomLeft()), text, widget)
        else:
            self.show_after_filing()

    def show_after_filing(self) -> None:
        from ui.help_texts import AFTER_FILING_TITLE, after_filing_html

        self._help(AFTER_FILING_TITLE, after_filing_html())

    def show_about(self) -> None:
        from ui.help_texts import ABOUT_TITLE, about_html

        self._help(ABOUT_TITLE, about_html())

    def show_diagnostics(self) -> None:
        from ui.diagnostic_dialog import show_diagnostic_report

        show_diagnostic_report(self)

    def _help(self, title: str, html: str) -> None:
        from ui.help_dialog import HelpDialog

        HelpDialog(self, _(title), html).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.autosaver.discard()
        self.settings.window_geometry = saved_geometry(self)
        save_settings(self.settings)
        self.lock.watcher.stop()
        event.accept()
