"""Issue 18 point 3 in the window: the form of each document the app drafts, the Document
menu, and "Draft this document" from a redirect finding and from the first questions."""

from __future__ import annotations

import tomllib
import typing
from pathlib import Path

import msgspec
import pytest

from assistant.case.drafts import (
    AppealDraft,
    Draft,
    ExecutionPetitionDraft,
    NewCircumstancesDraft,
    PgPetitionDraft,
)
from assistant.case.enums import DocumentKind, Language
from assistant.case.field_kinds import FieldKind, FieldType, field_type
from assistant.casefile import load_case
from assistant.i18n import _
from assistant.session import triage_routes
from assistant.triage import Relief, TriageAnswers
from tests.gui.conftest import EXAMPLES, ROOT, TODAY, when_modal
from tests.gui.test_accessibility import (
    _name,
    _reading_order_breaks,
    _tab_stops,
    _walk_tab,
)
from tests.gui.test_language import untranslated, visible_texts
from ui.document_menu import DocumentMenus
from ui.form_view import first_input
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt, QWidget
from ui.sections import SECTIONS_OF
from ui.triage import TriageWizard

pytestmark = pytest.mark.gui

LANGUAGES = list(Language)
KINDS = [
    DocumentKind.APPEAL,
    DocumentKind.PG_PETITION,
    DocumentKind.NEW_CIRCUMSTANCES,
    DocumentKind.EXECUTION_PETITION,
]
EXAMPLE_OF = {
    (DocumentKind.APPEAL, Language.KK): "appeal-kk",
    (DocumentKind.APPEAL, Language.RU): "appeal-ru",
    (DocumentKind.PG_PETITION, Language.KK): "pg-petition-kk",
    (DocumentKind.PG_PETITION, Language.RU): "pg-petition-ru",
    (DocumentKind.NEW_CIRCUMSTANCES, Language.KK): "new-circumstances-kk",
    (DocumentKind.NEW_CIRCUMSTANCES, Language.RU): "new-circumstances-ru",
    (DocumentKind.EXECUTION_PETITION, Language.KK): "execution-petition-kk",
    (DocumentKind.EXECUTION_PETITION, Language.RU): "execution-petition-ru",
}
PART_OF = {
    DocumentKind.APPEAL: "appeal",
    DocumentKind.PG_PETITION: "pg_petition",
    DocumentKind.NEW_CIRCUMSTANCES: "new_circumstances",
    DocumentKind.EXECUTION_PETITION: "execution_petition",
}


def _rule_ids(kind_dir: str) -> set[str]:
    folder = ROOT / "assistant" / "law" / "rules" / kind_dir
    return {tomllib.loads(path.read_text("utf-8"))["id"] for path in folder.glob("*.toml")}


def _open(window: MainWindow, name: str) -> None:
    window.document.replace(load_case(EXAMPLES / f"{name}.kassatsiya"), None)


def _open_kind(window: MainWindow, kind: DocumentKind, language: Language) -> None:
    window.set_ui_language(language, save=False)
    proceedings = Language.KK if language is Language.KK else Language.RU
    _open(window, EXAMPLE_OF[kind, proceedings])
    window.activateWindow()


def _leaf_pointers(struct_type: type[msgspec.Struct], prefix: str) -> list[str]:
    """The pointer of every field of a document part, lists as the list itself."""
    found = []
    hints = typing.get_type_hints(struct_type)
    for name in struct_type.__struct_fields__:
        hint = hints[name]
        if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
            found += _leaf_pointers(hint, f"{prefix}/{name}")
        else:
            found.append(f"{prefix}/{name}")
    return found


# --- the form of each document -----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_switching_shows_the_documents_sections_and_back(window: MainWindow, kind) -> None:  # type: ignore[no-untyped-def]
    _open(window, "ready-ru")
    cassation = [type(s) for s in window.sections]
    window.draft_document(kind)
    assert window.kind is kind and window.document.case.kind is kind
    assert [type(s) for s in window.sections] == list(SECTIONS_OF[kind])
    assert window.form.sections is window.sections and window.navigator.sections is window.sections
    assert window.navigator.count() == len(SECTIONS_OF[kind])
    shown = [s for s in window.sections if s.isVisible()]
    assert shown == [window.sections[0]]  # step by step, from the first
    assert window.windowTitle().count(window.navigator.item(0).text()) == 0
    window.draft_document(DocumentKind.CASSATION)
    assert [type(s) for s in window.sections] == cassation


@pytest.mark.parametrize(
    ("kind", "part_type"),
    [
        (DocumentKind.APPEAL, AppealDraft),
        (DocumentKind.PG_PETITION, PgPetitionDraft),
        (DocumentKind.NEW_CIRCUMSTANCES, NewCircumstancesDraft),
        (DocumentKind.EXECUTION_PETITION, ExecutionPetitionDraft),
    ],
)
def test_every_field_of_the_documents_part_has_an_input(
    window: MainWindow, kind: DocumentKind, part_type: type[Draft]
) -> None:
    _open(window, "ready-ru")
    window.draft_document(kind)
    part = PART_OF[kind]
    for pointer in _leaf_pointers(part_type, f"/{part}"):
        index = window.form.section_index_for(pointer)
        assert index is not None, pointer
        assert window.sections[index].widget_for(pointer) is not None, pointer
        assert window.form.label_for(pointer), pointer


@pytest.mark.parametrize(
    ("example", "kind"),
    [
        ("ready-ru", DocumentKind.CASSATION),
        ("appeal-ru", DocumentKind.APPEAL),
        ("pg-petition-ru", DocumentKind.PG_PETITION),
        ("new-circumstances-ru", DocumentKind.NEW_CIRCUMSTANCES),
        ("execution-petition-ru", DocumentKind.EXECUTION_PETITION),
    ],
)
def test_every_input_is_named_as_the_core_names_its_field(
    window: MainWindow, example: str, kind: DocumentKind
) -> None:
    """The form's label of each input is the field catalogue's, the name the findings and the
    privacy warnings use (issue 15: one catalogue of fields)."""
    from assistant.case.field_catalogue import field_name

    _open(window, example)
    assert window.document.case.kind is kind
    named = 0
    for section in window.sections:
        for pointer in section.inputs():
            assert section.label_for(pointer) == field_name(pointer, Language.RU, kind), pointer
            named += 1
    assert named > 30


def test_typing_in_the_petition_writes_its_part_and_undo_takes_it_back(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open(window, "ready-ru")
    window.draft_document(DocumentKind.PG_PETITION)
    section = next(s for s in window.sections if s.section_id == "pg_petition-official")
    line = section.editors["/pg_petition/addressee"].widget
    qtbot.keyClicks(line, "Ivanov I.I.")
    assert window.document.case.pg_petition is not None
    assert window.document.case.pg_petition.addressee == "Ivanov I.I."
    window.undo()
    assert window.document.case.pg_petition.addressee == ""
    window.undo()  # the switch itself is one step
    assert (
        window.document.case.kind is DocumentKind.CASSATION
        and window.kind is DocumentKind.CASSATION
    )
    assert window.document.case.pg_petition is None


# --- "Draft this document" from a finding -------------------------------------------------------


@pytest.mark.parametrize(
    ("example", "kind", "rules", "expected"),
    [
        ("route-appeal-ru", DocumentKind.APPEAL, "appeal", {"AP1.addressee", "AP6.route"}),
        (
            "route-prosecutor-general-protest-kk",
            DocumentKind.PG_PETITION,
            "pg_petition",
            {"PG4.special", "PG6.consideration"},
        ),
        (
            "route-new-circumstances-ru",
            DocumentKind.NEW_CIRCUMSTANCES,
            "new_circumstances",
            {"NC2.ground", "NC6.unlimited", "NC8.request"},
        ),
        (
            "route-court-of-execution-ru",
            DocumentKind.EXECUTION_PETITION,
            "execution_petition",
            {"PA34.requests"},
        ),
    ],
)
def test_a_redirect_findings_button_drafts_its_document_and_the_findings_check_it(
    window: MainWindow, qtbot, example: str, kind: DocumentKind, *, rules: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    _open(window, example)
    case = window.document.case
    filer = case.filer.full_name
    signer = case.signature.signer_name or filer
    buttons = window.findings.draft_buttons
    assert {b.objectName() for b in buttons} == {f"draft-{kind.value}"}  # one per finding
    assert buttons[0].text() and _name(buttons[0])
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.kind is kind)
    case = window.document.case
    part = getattr(case, PART_OF[kind])
    assert part is not None and part.signature.signer_name == signer  # pre-filled by the core
    assert case.filer.full_name == filer  # the shared facts are the same
    ids = {finding.rule.id for finding in window.report.findings}
    assert expected <= ids
    assert ids & _rule_ids(rules) == {
        i for i in ids if i.split(".")[0][:2] in ("AP", "PG", "NC", "PA")
    }
    assert window.findings.draft_buttons == []  # no button to the document being drafted


def test_enter_on_the_button_row_drafts_too(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.findings_panel import draft_role

    _open(window, "route-new-circumstances-ru")
    rows = [item for item, _depth in window.findings._all_items() if item.data(0, draft_role())]
    assert rows  # under each finding that leads there
    window.findings.tree.itemActivated.emit(rows[0], 0)
    qtbot.waitUntil(lambda: window.kind is DocumentKind.NEW_CIRCUMSTANCES)


# --- the Document menu, New document, save and reopen --------------------------------------------


def _menus(window: MainWindow) -> DocumentMenus:
    window.documents.fill()
    return window.documents


def test_the_document_menu_lists_the_drafted_documents_and_checks_the_current(
    window: MainWindow,
) -> None:
    _open(window, "ready-ru")
    menus = _menus(window)
    assert list(menus.entries) == [DocumentKind.CASSATION, *KINDS]
    assert [k for k, a in menus.entries.items() if a.isChecked()] == [DocumentKind.CASSATION]
    menus.entries[DocumentKind.NEW_CIRCUMSTANCES].trigger()
    assert window.kind is DocumentKind.NEW_CIRCUMSTANCES
    assert [k for k, a in _menus(window).entries.items() if a.isChecked()] == [window.kind]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_document_menus_have_one_mnemonic_per_entry(
    window: MainWindow, language: Language
) -> None:
    from tests.gui.test_accessibility import _mnemonic

    window.set_ui_language(language, save=False)
    menus = _menus(window)
    for menu in (menus.menu, menus.new_menu, window.menu.menus["file"]):
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in keys and len(keys) == len(set(keys)), [a.text() for a in menu.actions()]
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in bar and len(bar) == len(set(bar))


def test_new_document_starts_an_empty_case_of_that_kind(window: MainWindow) -> None:
    _menus(window).new_entries[DocumentKind.PG_PETITION].trigger()
    case = window.document.case
    assert case.kind is DocumentKind.PG_PETITION and case.pg_petition is not None
    assert window.kind is DocumentKind.PG_PETITION and case.filer.full_name == ""
    assert not window.document.is_modified()


def test_nothing_typed_is_lost_switching_and_both_parts_survive_save_and_reopen(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _open(window, "ready-ru")
    complaint_request = window.document.case.request.text
    window.draft_document(DocumentKind.PG_PETITION)
    official = next(s for s in window.sections if s.section_id == "pg_petition-official")
    qtbot.keyClicks(official.editors["/pg_petition/addressee"].widget, "Ivanov I.I.")
    window.draft_document(DocumentKind.NEW_CIRCUMSTANCES)
    ground = next(s for s in window.sections if s.section_id == "new_circumstances-ground")
    qtbot.keyClicks(
        ground.editors["/new_circumstances/circumstance"].widget, "A new expert opinion"
    )
    window.draft_document(DocumentKind.PG_PETITION)
    official = next(s for s in window.sections if s.section_id == "pg_petition-official")
    assert official.editors["/pg_petition/addressee"].widget.text() == "Ivanov I.I."
    saved = tmp_path / "both.kassatsiya"
    window.files._save_to(saved, None)
    window.files.new()
    assert window.kind is DocumentKind.CASSATION
    assert window.files.open_path(saved)
    case = window.document.case
    assert case.kind is DocumentKind.PG_PETITION and window.kind is DocumentKind.PG_PETITION
    assert case.pg_petition is not None and case.pg_petition.addressee == "Ivanov I.I."
    assert case.new_circumstances is not None
    assert case.new_circumstances.circumstance == "A new expert opinion"
    assert case.request.text == complaint_request
    official = next(s for s in window.sections if s.section_id == "pg_petition-official")
    assert official.editors["/pg_petition/addressee"].widget.text() == "Ivanov I.I."


# --- the first questions ------------------------------------------------------------------------


def _answer_new_facts(wizard: TriageWizard) -> None:
    for value in (Language.RU, True):
        page = wizard.questions[wizard.pages.currentIndex()]
        page.group.button(page.values.index(value)).click()
        wizard.next()
    for value in (wizard.questions[2].values[0], Relief.NEW_FACTS):
        page = wizard.questions[wizard.pages.currentIndex()]
        page.group.button(page.values.index(value)).click()
        wizard.next()


def test_the_triage_result_offers_the_document_as_its_default_button(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    case = window.document.case
    wizard = TriageWizard(
        window,
        TriageAnswers(),
        lambda given: triage_routes(case, given, TODAY),
        window.offered_documents,
    )
    wizard.show()
    _answer_new_facts(wizard)
    assert wizard.pages.currentIndex() == len(wizard.questions)
    assert wizard.draft_kind is DocumentKind.NEW_CIRCUMSTANCES
    assert wizard.draft_button.isVisible() and wizard.draft_button.isDefault()
    assert not wizard.continue_button.isDefault()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.result() == wizard.DialogCode.Accepted.value
    assert wizard.draft_kind is DocumentKind.NEW_CIRCUMSTANCES


@pytest.mark.usefixtures("real_modal_dialogs")
def test_draft_this_document_from_the_questions_opens_the_prefilled_form(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def answer(wizard: TriageWizard) -> None:
        _answer_new_facts(wizard)
        wizard.draft_button.click()

    when_modal(answer)
    window.run_triage()
    case = window.document.case
    assert case.kind is DocumentKind.NEW_CIRCUMSTANCES and window.kind is case.kind
    assert case.proceedings_language is Language.RU and case.triage.new_facts_only
    assert {f.rule.id for f in window.report.findings} & _rule_ids("new_circumstances")


# --- accessibility and language of the new forms ----------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_control_of_the_documents_form_has_a_name(
    window: MainWindow, kind: DocumentKind, language: Language, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open_kind(window, kind, language)
    window.set_step_mode(False)
    unnamed = []
    for section in window.sections:
        editor = getattr(section, "list_editor", None)
        for row in range(len(editor.rows) if editor is not None else 1):
            if editor is not None and editor.rows:
                editor.select(row)
            unnamed += [
                w.objectName() or type(w).__name__ for w in _tab_stops(window) if not _name(w)
            ]
    assert unnamed == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_follows_the_visual_order_in_the_documents_sections(
    window: MainWindow, kind: DocumentKind, language: Language, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open_kind(window, kind, language)
    qtbot.waitActive(window)
    for index, section in enumerate(window.sections):
        window.form.show_section(index)
        first = first_input(section)
        assert first is not None, section.section_id
        stops = _walk_tab(first, section, qtbot)
        assert set(stops) == set(_tab_stops(section)), section.section_id
        assert _reading_order_breaks(stops) == [], section.section_id


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", [Language.KK, Language.RU])
def test_no_english_string_is_left_in_the_documents_form(
    window: MainWindow, kind: DocumentKind, language: Language
) -> None:
    _open_kind(window, kind, language)
    window.set_ui_language(language)
    window.documents.fill()
    left = untranslated(visible_texts(window), language)
    assert left == [], "\n".join(left)


# --- the petition to the court at the place of execution: when it may be filed ----------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_petitions_first_days_shown_are_the_cores(
    window: MainWindow, language: Language
) -> None:
    """The findings panel shows first, for each request, the first day and the arithmetic in
    the interface language: the core's words of the check's answer, never computed here."""
    from assistant.law.eligibility_text import eligibility_texts
    from ui.findings_panel import ELIGIBILITY_TITLE

    window.set_ui_language(language, save=False)
    _open(window, "execution-petition-ru")
    assert window.kind is DocumentKind.EXECUTION_PETITION
    assert window.report is not None and window.report.eligibility is not None
    expected = eligibility_texts(window.report.eligibility, language)
    assert len(expected) == 2 and "08.08.2026" in expected[0] and "08.10.2025" in expected[1]
    group = window.findings.eligibility_group
    assert group is not None and window.findings.tree.topLevelItem(0) is group
    assert group.text(0) == _(ELIGIBILITY_TITLE) and group.isExpanded()
    assert [group.child(i).text(0) for i in range(group.childCount())] == list(expected)
    window.set_ui_language(Language.EN if language is not Language.EN else Language.RU)
    group = window.findings.eligibility_group
    assert group is not None and group.child(0).text(0) != expected[0]  # the new language


@pytest.mark.parametrize(
    ("example", "title"),
    [
        ("ready-ru", "Обжалуемые судебные акты"),
        ("new-circumstances-ru", "Судебные акты, о пересмотре которых прошу"),
        ("execution-petition-ru", "Приговор и судебные акты, которыми он изменен"),
    ],
)
def test_the_acts_are_named_for_what_the_document_does_with_them(
    window: MainWindow, example: str, title: str
) -> None:
    """A petition at the place of execution contests nothing: its acts are the verdict served
    and what changed it; an application lists the acts whose review it asks."""
    _open(window, example)
    acts = next(s for s in window.sections if s.section_id == "acts")
    assert acts.list_editor.items_list.accessibleName() == title


def _fits(editor: object, field: FieldType) -> bool:
    """Whether the window's input `editor` takes what the case's field holds."""
    from ui import editors as e

    if isinstance(editor, e.EnumEditor):
        choices = {v for v in editor._values if v is not None}
        return field.kind is FieldKind.CHOICE and choices == set(field.vocabulary or ())
    if isinstance(editor, e.MultiChoiceEditor):
        return field.kind is FieldKind.CHOICES and set(editor.boxes) == set(field.vocabulary or ())
    kinds = [
        (e.ListTextEditor, {FieldKind.LINES}),
        (e.TextEditor, {FieldKind.LINE}),
        (e.MultiLineEditor, {FieldKind.PROSE, FieldKind.LINE}),
        (e.DateEditor, {FieldKind.DATE}),
        (e.WholeNumberEditor, {FieldKind.WHOLE_NUMBER}),
        (e.NumberEditor, {FieldKind.NUMBER}),
        (e.TriBoolEditor, {FieldKind.YES_NO_UNKNOWN}),
        (e.BoolEditor, {FieldKind.YES_NO}),
    ]
    return next(k for cls, k in kinds if isinstance(editor, cls)).__contains__(field.kind)


@pytest.mark.parametrize(
    "example",
    ["ready-ru", "appeal-ru", "pg-petition-ru", "new-circumstances-ru", "execution-petition-ru"],
)
def test_every_input_takes_what_its_field_holds(window: MainWindow, example: str) -> None:
    """The field's kind comes from the case model (assistant/case/field_kinds.py): a date field
    has a date input, a choice the choices of its own vocabulary, prose a multi-line box."""
    _open(window, example)
    inputs = {p: e for section in window.sections for p, e in section.inputs().items()}
    misfits = [
        (pointer, type(editor).__name__, field_type(pointer))
        for pointer, editor in inputs.items()
        if not _fits(editor, field_type(pointer))
    ]
    assert not misfits
    assert len(inputs) > 30


@pytest.mark.parametrize("kind", KINDS)
def test_tab_goes_round_the_window_after_switching_documents(
    window: MainWindow, kind: DocumentKind, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A form built after the window exists is chained where it is on screen: sections list →
    form → Back/Next → status → findings, then round again (not after the findings)."""
    _open(window, EXAMPLE_OF[kind, Language.RU])  # as a file opened at start: no rebuild
    window.show()
    qtbot.waitActive(window)
    for index in (0, len(window.sections) - 2):
        window.form.show_section(index)
        stops = _walk_tab(window.navigator, window, qtbot)
        names = [w.objectName() for w in stops]
        assert stops[1] is window.form.scroll_area
        assert window.sections[index].isAncestorOf(stops[2]), names
        after_form = names.index("findings-status")
        buttons = [b for b in (window.form.back_button, window.form.next_button) if b.isEnabled()]
        assert stops[after_form - len(buttons) : after_form] == buttons
        inputs = stops[2 : after_form - len(buttons)]
        assert all(window.sections[index].isAncestorOf(w) for w in inputs), names
        assert names[after_form + 1] == "findings-tree"
        assert names[after_form + 2 :] == []


@pytest.mark.parametrize("kind", KINDS)
def test_shift_tab_goes_back_round_after_switching_documents(
    window: MainWindow, kind: DocumentKind, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open(window, EXAMPLE_OF[kind, Language.RU])  # as a file opened at start: no rebuild
    window.show()
    qtbot.waitActive(window)
    window.form.show_section(1)
    first = first_input(window.sections[1])
    assert first is not None

    def shift_tab_from(widget: QWidget) -> QWidget | None:
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Backtab)
        return QApplication.focusWidget()

    assert shift_tab_from(window.navigator) is window.findings.tree
    assert shift_tab_from(first) is window.form.scroll_area
    assert window.sections[1].isAncestorOf(shift_tab_from(window.form.back_button))
