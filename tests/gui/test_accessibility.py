"""Issue 20: nothing typed is lost silently, and the app works by keyboard, by screen reader and
at large text, in kk, ru and en.

What a screen reader gets is read through Qt's accessibility interfaces (the same objects the
AT-SPI and UI Automation bridges read); the Tab order by pressing Tab; sizes in a fresh process
on a 1366×768 screen with a window frame, as tests/gui/test_window_geometry.py does. The
outside-in walk (Xvfb, openbox, AT-SPI) is described in docs/accessibility.md.
"""

from __future__ import annotations

import itertools
import json
import re
import textwrap
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import load_case
from assistant.i18n import gettext_in
from assistant.law.verdict import READY
from tests.gui.conftest import run_fresh_python
from ui import startup
from ui.announce import ANNOUNCEMENTS, STATUS_PAUSE_MS
from ui.colours import (
    BORDER_RATIO,
    DARK,
    LIGHT,
    TEXT_RATIO,
    THEME_BACKGROUNDS,
    contrast_ratio,
    scheme_for,
)
from ui.form_view import first_input
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QAccessible,
    QApplication,
    QDialog,
    QLabel,
    QPalette,
    Qt,
    QWidget,
)

pytestmark = pytest.mark.gui

LANGUAGES = list(Language)


def _name(widget: QWidget) -> str:
    """What names the control for a screen reader: its accessible name, else the label tied to
    it (Qt's "labelled by" relation, which is how AT-SPI names a combo box on Linux: there its
    own name is its current value), else the text of a button or a label."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    labels = interface.relations(QAccessible.RelationFlag.Label)
    if labels:
        return str(labels[0][0].text(QAccessible.Text.Name)).strip()
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text().strip()
    return ""


def _tab_stops(root: QWidget) -> list[QWidget]:
    """The inputs of `root` a Tab can reach now (shown, enabled, taking Tab)."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisibleTo(root)
        and widget.isEnabled()
        and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        and not widget.objectName().startswith("qt_")
    ]


def _open(window: MainWindow, language: Language) -> None:
    window.set_ui_language(language, save=False)
    startup.open_example(window, Language.KK if language is Language.KK else Language.RU)
    window.activateWindow()


def _section(window: MainWindow, section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in window.sections if s.section_id == section_id)


# --- every focusable control has a name ------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_control_of_the_window_has_an_accessible_name(
    window: MainWindow, language: Language
) -> None:
    _open(window, language)
    window.set_step_mode(False)  # every section shown
    unnamed = []
    for section in window.sections:
        editor = getattr(section, "list_editor", None)
        for row in range(len(editor.rows) if editor is not None else 1):
            if editor is not None:
                editor.select(row)
            unnamed += [
                w.objectName() or type(w).__name__ for w in _tab_stops(window) if not _name(w)
            ]
    assert unnamed == []


def _wizard(window: MainWindow) -> QDialog:
    """The first questions, answered by the core as the window asks it."""
    from assistant.session import triage_routes
    from assistant.triage import TriageAnswers
    from tests.gui.conftest import TODAY
    from ui.triage import TriageWizard

    case = window.document.case
    return TriageWizard(window, TriageAnswers(), lambda given: triage_routes(case, given, TODAY))


def _dialogs(window: MainWindow) -> list[QDialog]:
    from ui.days_off_dialog import DaysOffDialog
    from ui.export_options import ExportOptionsDialog
    from ui.help_dialog import HelpDialog
    from ui.help_texts import after_filing_html
    from ui.passphrase_dialog import PassphraseDialog

    return [
        _wizard(window),
        ExportOptionsDialog(window, ".pdf", Language.RU, Path("жалоба.pdf")),
        DaysOffDialog(window, []),
        PassphraseDialog(window, "?", confirm=True),
        HelpDialog(window, "?", after_filing_html()),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_control_of_the_dialogs_has_an_accessible_name(
    window: MainWindow, language: Language
) -> None:
    window.set_ui_language(language, save=False)
    for dialog in _dialogs(window):
        dialog.show()
        pages = getattr(dialog, "pages", None)
        for page in range(pages.count() if pages is not None else 1):
            unnamed = [type(w).__name__ for w in _tab_stops(dialog) if not _name(w)]
            assert unnamed == [], (type(dialog).__name__, page)
            if pages is not None:
                dialog.next()  # type: ignore[attr-defined]  # the wizard: through to the result
        dialog.reject()


# --- Tab follows what is shown ----------------------------------------------------------------


def _walk_tab(start: QWidget, within: QWidget, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from `start` while the focus stays inside `within`; the stops in order."""
    start.setFocus()
    seen = [start]
    for _ in range(200):
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or focused in seen or not within.isAncestorOf(focused):
            break
        seen.append(focused)
    return seen


def _reading_order_breaks(stops: list[QWidget]) -> list[tuple[str, str]]:
    """Pairs of stops where Tab goes up, or left on the same line (a line: half its height)."""
    breaks = []
    for before, after in itertools.pairwise(stops):
        a = before.mapToGlobal(before.rect().topLeft())
        b = after.mapToGlobal(after.rect().topLeft())
        same_line = abs(a.y() - b.y()) < min(before.height(), after.height()) / 2
        if (same_line and b.x() < a.x()) or (not same_line and b.y() < a.y()):
            breaks.append((_name(before), _name(after)))
    return breaks


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_follows_the_visual_order_in_every_section(
    window: MainWindow, language: Language, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open(window, language)
    qtbot.waitActive(window)
    for index, section in enumerate(window.sections):
        window.form.show_section(index)
        first = first_input(section)
        assert first is not None, section.section_id
        stops = _walk_tab(first, section, qtbot)
        assert set(stops) == set(_tab_stops(section)), section.section_id  # all, each once
        assert _reading_order_breaks(stops) == [], section.section_id


def test_tab_goes_round_the_window_left_to_right(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sections list → form → Back/Next → status → findings, then round again."""
    _open(window, Language.RU)
    qtbot.waitActive(window)
    window.form.show_section(1)
    stops = _walk_tab(window.navigator, window, qtbot)
    names = [w.objectName() for w in stops]
    assert names[0] == "navigator"
    assert stops[1] is window.form.scroll_area
    after_form = names.index("findings-status")
    assert stops[after_form - 1] is window.form.next_button
    assert names[after_form + 1] == "findings-tree"
    assert names[after_form + 2 :] == []  # next comes the navigator again


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_follows_the_visual_order_in_every_dialog(
    window: MainWindow, language: Language, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.set_ui_language(language, save=False)
    for dialog in _dialogs(window):
        dialog.show()
        qtbot.waitActive(dialog)
        stops = _walk_tab(_tab_stops(dialog)[0], dialog, qtbot)
        stops = stops[
            stops.index(min(stops, key=lambda w: w.mapToGlobal(w.rect().topLeft()).y())) :
        ]
        assert _reading_order_breaks(stops) == [], type(dialog).__name__
        dialog.reject()


# --- a value that cannot be stored -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_impossible_date_is_a_finding_survives_saving_and_keeps_the_status_from_ready(
    window: MainWindow, language: Language, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _open(window, language)
    assert window.findings.status.text() == gettext_in(language, READY)
    line = _section(window, "signature").editors["/signature/date"].widget
    line.selectAll()
    qtbot.keyClicks(line, "31.02.2026")
    findings = [f for f in window.report.findings if f.rule.id == "INPUT.not_a_date"]
    assert [f.fields for f in findings] == [("/signature/date",)]
    message = findings[0].message(language)
    assert "«31.02.2026»" in message
    assert window.findings.status.text() != gettext_in(language, READY)
    # told on the field itself, not by the colour of its border alone
    assert message in line.accessibleDescription() and message in line.toolTip()
    assert any(message in item.text(0) for item in window.findings.finding_items())
    saved = tmp_path / "typed.kassatsiya"
    window.files._save_to(saved, None)
    assert load_case(saved).typed_texts == {"/signature/date": "31.02.2026"}
    window.files.new()
    assert line.text() == ""
    assert window.files.open_path(saved)
    assert line.text() == "31.02.2026" and line.property("invalid") is True
    assert window.findings.status.text() != gettext_in(language, READY)
    assert message in line.accessibleDescription()


def test_a_count_or_a_number_typed_wrong_is_kept_too(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open(window, Language.RU)
    pages = _section(window, "acts").list_editor.rows[0]["copy_pages"].widget
    pages.selectAll()
    qtbot.keyClicks(pages, "4l")
    years = _section(window, "offence").list_editor.rows[0]["max_imprisonment_years"].widget
    years.selectAll()
    qtbot.keyClicks(years, "7.5")  # a point in a Russian interface is a number too
    case = window.document.case
    assert case.typed_texts == {"/acts/0/copy_pages": "4l"}
    assert case.acts[0].copy_pages is None and case.offences[0].max_imprisonment_years == 7.5
    assert "INPUT.not_a_whole_number" in {f.rule.id for f in window.report.findings}
    window.document.commit()
    window.undo()
    assert pages.text() == "4l"  # the years were the last step undone
    _section(window, "acts").list_editor.items_list.setCurrentRow(0)
    _section(window, "acts").list_editor.remove_current_row()
    assert window.document.case.typed_texts == {}  # gone with its act, not left behind


# --- what changes is told ---------------------------------------------------------------------


def test_a_status_change_is_announced_once_typing_pauses(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open(window, Language.RU)
    told: list[str] = []
    ANNOUNCEMENTS.announced.connect(told.append)
    try:
        window.findings.status_announcer.tell_now()
        told.clear()
        line = _section(window, "signature").editors["/signature/date"].widget
        line.selectAll()
        qtbot.keyClicks(line, "31.02.2026")
        assert told == []  # not at every keystroke
        qtbot.waitUntil(lambda: bool(told), timeout=STATUS_PAUSE_MS * 3)
        assert told == [window.findings.status.text()]
        line.selectAll()
        qtbot.keyClicks(line, "26.11.2026")
        qtbot.waitUntil(lambda: len(told) == 2, timeout=STATUS_PAUSE_MS * 3)
        assert told[-1] == "Готова к подаче"
    finally:
        ANNOUNCEMENTS.announced.disconnect(told.append)


def test_next_puts_the_cursor_in_the_new_section_and_tells_the_step(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open(window, Language.EN)
    qtbot.waitActive(window)
    told: list[str] = []
    ANNOUNCEMENTS.announced.connect(told.append)
    try:
        qtbot.mouseClick(window.form.next_button, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is first_input(window.sections[1])
        title = gettext_in(Language.EN, window.sections[1].title)
        assert told == [f"Step 2 of 12: {title}"]
    finally:
        ANNOUNCEMENTS.announced.disconnect(told.append)


def test_a_dialogs_problem_line_is_told_at_once(window: MainWindow) -> None:
    from ui.days_off_dialog import DaysOffDialog

    told: list[str] = []
    ANNOUNCEMENTS.announced.connect(told.append)
    try:
        dialog = DaysOffDialog(window, [])
        dialog.text.setPlainText("31.02.2026")
        dialog.accept()
        assert dialog.problem.text() and told == [dialog.problem.text()]
        assert "31.02.2026" in told[0]
    finally:
        ANNOUNCEMENTS.announced.disconnect(told.append)


def test_the_triage_questions_are_told_with_their_choices(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(window)
    wizard.show()
    question = wizard.questions[0]
    for button in question.group.buttons():
        assert button.accessibleDescription() == question.label.text()
    assert question.accessibleName() == question.label.text()
    assert wizard.focusWidget() is question.chosen_button()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Enter goes on
    assert wizard.pages.currentIndex() == 1
    for question in wizard.questions[1:]:  # answers that keep to cassation, to the result
        question.group.button(0).setChecked(True)
        wizard.next()
    assert wizard.pages.currentIndex() == len(wizard.questions)
    assert wizard.focusWidget() is wizard.result_label  # Tab-reachable and read first
    wizard.reject()


def test_the_request_caption_describes_each_of_its_boxes(window: MainWindow) -> None:
    from assistant.case.enums import RequestKind

    request = _section(window, "request")
    boxes = list(request.kinds.boxes.values())
    assert len(boxes) == len(RequestKind)
    caption = gettext_in(Language.RU, "I ask the court to")
    for box in boxes:
        assert box.accessibleDescription().startswith(caption + "\n")
    argument = _section(window, "grounds").items
    for item in argument.values():
        for editor in item.editors.values():
            assert editor.widget.accessibleDescription()


# --- keyboard ----------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_has_one_mnemonic_per_entry(window: MainWindow, language: Language) -> None:
    window.set_ui_language(language, save=False)
    menus = [list(window.menuBar().actions())]
    menus += [menu.actions() for menu in window.menu.menus.values()]
    for actions in menus:
        keys = [_mnemonic(a.text()) for a in actions if not a.isSeparator()]
        assert None not in keys and len(keys) == len(set(keys)), [a.text() for a in actions]


def test_ctrl_equals_makes_the_text_larger(window: MainWindow) -> None:
    shortcuts = [s.toString() for s in window.menu.actions["larger"].shortcuts()]
    assert "Ctrl+=" in shortcuts and "Ctrl++" in shortcuts


def test_edit_undo_undoes_what_was_just_typed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    line = _section(window, "filer").editors["/filer/full_name"].widget
    qtbot.keyClicks(line, "Ivanov")
    assert window.document.undo_stack.count() == 0  # not yet a step of its own
    window.menu.actions["undo"].trigger()
    assert line.text() == "" and window.document.case.filer.full_name == ""


def test_the_panes_widen_and_narrow_from_the_view_menu(window: MainWindow) -> None:
    before = window.splitter.sizes()
    window.menu.actions["wider_findings"].trigger()
    window.menu.actions["wider_list"].trigger()
    wider = window.splitter.sizes()
    assert wider[2] > before[2] and wider[0] > before[0] and sum(wider) == sum(before)
    window.menu.actions["narrower_findings"].trigger()
    window.menu.actions["narrower_list"].trigger()
    assert window.splitter.sizes() == before
    for _ in range(5):  # never narrower than the list's longest word
        window.menu.actions["narrower_list"].trigger()
    assert window.splitter.sizes()[0] == window.navigator.minimumWidth()


# --- text size ---------------------------------------------------------------------------------


def test_every_text_follows_the_text_size(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.days_off_dialog import DaysOffDialog
    from ui.settings import MAX_TEXT_SIZE
    from ui.text_size import apply_text_size

    _open(window, Language.RU)
    line = _section(window, "signature").editors["/signature/date"].widget
    qtbot.keyClicks(line, "x")  # a style sheet (the mark of text that is not a date)
    problem = DaysOffDialog(window, []).problem  # a dialog's line of what is wrong
    heading = window.sections[0].findChildren(type(problem))[0]
    acts = _section(window, "acts").list_editor.items_list
    list_height = acts.height()
    try:
        apply_text_size(MAX_TEXT_SIZE)
        window.fit_panes()
        for widget in (line, problem, window.findings.status, window.navigator):
            assert widget.font().pointSize() == MAX_TEXT_SIZE, widget
        assert heading.font().pointSizeF() == MAX_TEXT_SIZE * 1.25
        assert acts.height() > list_height * 1.5
    finally:
        apply_text_size(10)


# --- colours -----------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
def test_the_colours_the_app_sets_reach_wcag_ratios(scheme) -> None:  # type: ignore[no-untyped-def]
    for background in THEME_BACKGROUNDS[scheme]:
        assert scheme_for(background) is scheme
        for text in (scheme.status_return, scheme.status_undecided, scheme.status_ready):
            assert contrast_ratio(text, background) >= TEXT_RATIO, (text, background)
        assert contrast_ratio(scheme.placeholder, background) >= TEXT_RATIO
        assert contrast_ratio(scheme.invalid_border, background) >= BORDER_RATIO
    assert contrast_ratio(scheme.selected_text, scheme.selection) >= TEXT_RATIO
    assert contrast_ratio(scheme.jump_text, scheme.jump_background) >= TEXT_RATIO
    assert contrast_ratio(scheme.jump_border, scheme.jump_background) >= BORDER_RATIO
    assert contrast_ratio(scheme.jump_border, THEME_BACKGROUNDS[LIGHT][1]) >= BORDER_RATIO


@pytest.mark.parametrize(("base", "scheme"), [("#ffffff", LIGHT), ("#1e1e1e", DARK)])
def test_the_palette_set_at_start_uses_those_colours(window: MainWindow, base: str, scheme) -> None:  # type: ignore[no-untyped-def]
    from ui.palette import apply_readable_palette
    from ui.qt import QColor

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        app.setPalette(palette)
        apply_readable_palette(app)
        shown = app.palette()
        role = QPalette.ColorRole
        assert shown.color(role.Highlight).name() == scheme.selection
        assert shown.color(role.HighlightedText).name() == scheme.selected_text
        assert shown.color(role.PlaceholderText).name() == scheme.placeholder
        window.refresh()
        status = window.findings.status.palette().color(role.WindowText).name()
        assert status in (scheme.status_return, scheme.status_undecided, scheme.status_ready)
    finally:
        app.setPalette(original)


def test_a_high_contrast_theme_keeps_its_own_colours(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not palette.keep_high_contrast()  # the test platform asks for no high contrast
    monkeypatch.setattr(palette._State, "high_contrast", True)
    window.refresh()
    status = window.findings.status.palette().color(QPalette.ColorRole.WindowText)
    assert status == app.palette().color(QPalette.ColorRole.WindowText)


# --- the largest text on a 1366×768 screen -----------------------------------------------------

LAYOUT_RUN = textwrap.dedent(
    """
    import datetime as dt, sys, tempfile
    from pathlib import Path
    from assistant.case.enums import Language
    from assistant.casefile import RecoveryStore
    from ui.main_window import MainWindow
    from ui.palette import apply_readable_palette
    from ui.qt import QApplication
    from ui.settings import Settings
    from ui.space_wrap import LINE_SEPARATOR, wrapped_role
    from ui.startup import open_example
    from ui.text_size import Caption, apply_text_size

    app = QApplication(sys.argv[:1])
    apply_readable_palette(app)
    language, size = Language(sys.argv[1]), int(sys.argv[2])
    apply_text_size(size)
    window = MainWindow(Settings(step_by_step=True, language=language),
                        today=lambda: dt.date(2026, 11, 26),
                        recovery=RecoveryStore(Path(tempfile.mkdtemp())))
    if len(sys.argv) > 3:  # a bundled example of another document's form
        from assistant.casefile import load_case
        from assistant.resources import data_dir

        example = data_dir("examples") / f"{sys.argv[3]}.kassatsiya"
        window.document.replace(load_case(example), None)
    else:
        open_example(window, Language.KK if language is Language.KK else Language.RU)
    window.show()
    for _ in range(20):
        app.processEvents()
    form = window.form
    for index, section in enumerate(form.sections):
        form.show_section(index)
        for _ in range(3):
            app.processEvents()
        print("sideways", section.section_id, form.scroll_area.horizontalScrollBar().maximum())
        cut = [cap for cap in section.findChildren(Caption)
               if cap.isVisible() and cap.height() < cap.heightForWidth(cap.width())]
        print("label-cut", section.section_id, len(cut))
    print("sideways navigator", window.navigator.horizontalScrollBar().maximum())
    print("sideways findings", window.findings.tree.horizontalScrollBar().maximum())
    window.set_step_mode(False)
    for _ in range(5):
        app.processEvents()
    print("sideways all-fields", form.scroll_area.horizontalScrollBar().maximum())
    tree, pitch = window.findings.tree, window.findings.tree.fontMetrics().lineSpacing()
    for item, _depth in window.findings._all_items():
        lines = (item.data(0, wrapped_role()) or "").count(LINE_SEPARATOR) + 1
        print("finding-cut", int(tree.visualItemRect(item).height() < lines * pitch))
    screen = window.screen().availableGeometry()
    from assistant.triage import TriageAnswers
    from ui.triage import TriageWizard
    from ui.export_options import ExportOptionsDialog
    for dialog in (TriageWizard(window, TriageAnswers(), lambda given: []),
                   ExportOptionsDialog(window, ".pdf", language, Path("complaint.pdf"))):
        dialog.show()
        app.processEvents()
        print("dialog-wider", type(dialog).__name__,
              int(dialog.minimumSizeHint().width() > screen.width()))
        dialog.reject()
    window.document.replace(window.document.case, None)
    window.close()
    """
)


def _layout(
    tmp_path: Path, language: Language, size: int, example: str | None = None
) -> list[list[str]]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": True}))
    lines = run_fresh_python(
        "-c",
        LAYOUT_RUN,
        language.value,
        str(size),
        *([example] if example else []),
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
    )
    return [
        line.split()
        for line in lines
        if line.split()[0] in ("sideways", "label-cut", "finding-cut", "dialog-wider")
    ]


def _problems(rows: list[list[str]]) -> list[list[str]]:
    return [row for row in rows if row[-1] != "0"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_the_largest_text_nothing_scrolls_sideways_or_is_cut(
    tmp_path: Path, language: Language
) -> None:
    from ui.settings import MAX_TEXT_SIZE

    rows = _layout(tmp_path, language, MAX_TEXT_SIZE)
    assert len([row for row in rows if row[0] == "sideways"]) == 12 + 3
    assert _problems(rows) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_petitions_form_at_the_largest_text_neither_scrolls_sideways_nor_is_cut(
    tmp_path: Path, language: Language
) -> None:
    """The form of the petition to the court at the place of execution, and the first days
    shown above its findings, at the largest text on a 1366×768 screen."""
    from ui.settings import MAX_TEXT_SIZE

    example = "execution-petition-kk" if language is Language.KK else "execution-petition-ru"
    rows = _layout(tmp_path, language, MAX_TEXT_SIZE, example)
    assert len([row for row in rows if row[0] == "sideways"]) == 14 + 3
    assert len([row for row in rows if row[0] == "finding-cut"]) > 6  # the first days too
    assert _problems(rows) == []


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "example", [None, "execution-petition", "appeal", "pg-petition", "new-circumstances"]
)
def test_at_every_text_size_nothing_scrolls_sideways_or_is_cut(
    tmp_path: Path, language: Language, example: str | None
) -> None:
    """Every document's form (the parole petition's long labels pushed its form 14 px
    sideways at 12 points in Kazakh before form labels wrapped: ui/text_size.py `Caption`)."""
    from ui.settings import MAX_TEXT_SIZE, MIN_TEXT_SIZE

    if example is not None:
        example += "-kk" if language is Language.KK else "-ru"
    for size in range(MIN_TEXT_SIZE, MAX_TEXT_SIZE):
        assert _problems(_layout(tmp_path, language, size, example)) == [], size
