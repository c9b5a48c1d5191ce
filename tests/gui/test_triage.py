"""The "New complaint" questions lead to the right procedure and fill the case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import AppealHistory, Language
from assistant.case.model import Case, new_case
from assistant.law.routes import Route, load_routes
from assistant.session import triage_routes
from assistant.triage import Relief, TriageAnswers, answers_from_case, apply_answers
from tests.gui.conftest import TODAY, when_modal
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.triage import TriageWizard


def _wizard(answers: TriageAnswers | None = None) -> TriageWizard:
    """The wizard for a new, empty case, asking the core where answers lead."""
    case = Case()

    def routes_for(given: TriageAnswers) -> list[Route]:
        return triage_routes(case, given, TODAY)

    return TriageWizard(None, answers or TriageAnswers(), routes_for)


pytestmark = pytest.mark.gui


def _answer(qtbot, wizard: TriageWizard, choices: list[object]) -> None:  # type: ignore[no-untyped-def]
    """Pick each answer by clicking its radio button, then Next, until the result shows."""
    for value in choices:
        page = wizard.questions[wizard.pages.currentIndex()]
        button = page.group.button(page.values.index(value))
        button.click()  # the page may not be laid out yet, so no mouse position to aim at
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        if wizard.pages.currentIndex() == len(wizard.questions):
            return
    raise AssertionError("the wizard did not reach its result")


@pytest.mark.parametrize(
    ("choices", "route_id"),
    [
        ([Language.RU, False], "appeal"),
        ([Language.KK, True, AppealHistory.NOT_APPEALED], "prosecutor_general_protest"),
        ([Language.RU, True, AppealHistory.APPEAL_WITHDRAWN], "prosecutor_general_protest"),
        ([Language.RU, True, AppealHistory.APPEAL_RETURNED_LATE], "prosecutor_general_protest"),
        ([None, True, AppealHistory.REVIEWED_FOR_OTHERS_ONLY], "prosecutor_general_protest"),
        ([Language.RU, True, AppealHistory.REVIEWED, Relief.NEW_FACTS], "new_circumstances"),
        ([Language.KK, True, AppealHistory.REVIEWED, Relief.MILDER_LAW], "court_of_execution"),
        ([Language.RU, True, AppealHistory.REVIEWED, Relief.EXECUTION], "court_of_execution"),
        (
            [Language.KK, True, AppealHistory.REVIEWED, Relief.CIVIL_ARITHMETIC],
            "civil_claim_correction",
        ),
        ([Language.RU, True, AppealHistory.REVIEWED, Relief.REVIEW], None),
    ],
)
def test_each_answer_path_shows_its_route(
    qtbot, choices: list[object], route_id: str | None
) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _answer(qtbot, wizard, choices)
    assert wizard.route_id == route_id
    text = wizard.result_label.text()
    if route_id is None:
        assert "488" in text
    else:
        assert load_routes()[route_id].describe(Language.RU) in text
    assert wizard.continue_button.isVisible()


def test_continue_fills_the_case_so_the_form_does_not_ask_again(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = window.document.case
    wizard = TriageWizard(
        window, answers_from_case(case), lambda given: triage_routes(case, given, TODAY)
    )
    _answer(qtbot, wizard, [Language.KK, True, AppealHistory.REVIEWED, Relief.NEW_FACTS])
    apply_answers(window.document.case, wizard.answers)
    window.document.touch()
    window.reload()
    case = window.document.case
    assert case.acts[0].in_force is True
    assert case.acts[0].appeal is AppealHistory.REVIEWED
    assert case.triage.new_facts_only is True
    assert (case.proceedings_language, case.complaint_language) == (Language.KK, Language.KK)
    acts = next(s for s in window.sections if s.section_id == "acts")
    assert acts.list_editor.rows[0]["in_force"].value() is True
    again = TriageWizard(window, answers_from_case(case), lambda given: [])
    assert again.questions[3].value() is Relief.NEW_FACTS
    assert again.questions[0].value() is Language.KK


def test_back_from_the_result_returns_to_the_deciding_question(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard()
    qtbot.addWidget(wizard)
    _answer(qtbot, wizard, [Language.RU, True, AppealHistory.NOT_APPEALED])
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2


@given(
    language=st.sampled_from([Language.KK, Language.RU, None]),
    in_force=st.sampled_from([True, False, None]),
    appeal=st.sampled_from([None, *AppealHistory]),
    relief=st.sampled_from(list(Relief)),
)
def test_answers_survive_the_round_trip_through_the_case(
    language: Language | None, in_force: bool | None, appeal: AppealHistory | None, relief: Relief
) -> None:
    answers = TriageAnswers(language=language, in_force=in_force, appeal=appeal, relief=relief)
    case = Case()
    apply_answers(case, answers)
    assert answers_from_case(case) == answers
    assert triage_routes(case, answers_from_case(case), TODAY) == triage_routes(
        Case(), answers, TODAY
    )


def test_the_wizard_and_the_findings_agree_because_the_core_decides_both() -> None:
    """Where the answers lead is what the rule engine's redirects say for the case."""
    answers = TriageAnswers(language=Language.RU, in_force=True, appeal=AppealHistory.NOT_APPEALED)
    case = new_case(Language.RU)
    apply_answers(case, answers)
    from assistant.session import check

    redirects = [f.rule.route for f in check(case, TODAY).report.blocking if f.rule.route]
    assert [route.id for route in triage_routes(Case(), answers, TODAY)] == redirects[:1]


@pytest.mark.usefixtures("real_modal_dialogs")
def test_the_idle_lock_closes_the_questions_and_unlocking_reopens_them_where_they_were(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def answer_two_then_lock(wizard: TriageWizard) -> None:
        _answer_page(wizard, Language.RU)
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        _answer_page(wizard, True)
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        _answer_page(wizard, AppealHistory.REVIEWED)  # chosen, Next not pressed yet
        window.lock.lock()

    when_modal(answer_two_then_lock)
    window.run_triage()  # returns when the lock closes the wizard
    assert window.lock.locked
    seen: list[tuple[int, object, object]] = []

    def look(wizard: TriageWizard) -> None:
        seen.append((wizard.pages.currentIndex(), *(q.value() for q in wizard.questions[:3])))
        wizard.reject()

    when_modal(look)
    assert window.lock.try_unlock("")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(2, Language.RU, True, AppealHistory.REVIEWED)]
    assert answers_from_case(window.document.case) == TriageAnswers()  # applied only on Continue
    seen.clear()
    when_modal(look)
    window.run_triage()  # closed by the user before: it starts from the case again
    assert seen == [(0, None, None, None)]


def _answer_page(wizard: TriageWizard, value: object) -> None:
    page = wizard.questions[wizard.pages.currentIndex()]
    page.group.button(page.values.index(value)).click()


@pytest.mark.parametrize(
    "choices",
    [[Language.RU, True, AppealHistory.REVIEWED, Relief.REVIEW], [Language.RU, False]],
    ids=["cassation", "elsewhere"],
)
def test_enter_on_the_result_continues_to_the_form(qtbot, choices: list[object]) -> None:  # type: ignore[no-untyped-def]
    """Enter on the result page is "Continue to the form", never "Close"."""
    wizard = _wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    _answer(qtbot, wizard, choices)
    assert wizard.continue_button.isDefault()
    assert not wizard.close_button.isDefault() and not wizard.close_button.autoDefault()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.result() == wizard.DialogCode.Accepted.value


def test_enter_on_a_question_goes_to_the_next(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.next_button.isDefault()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 1
