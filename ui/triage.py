"""The "New complaint" wizard: four plain questions, then where to go (cassation or elsewhere).

The wizard decides nothing: after each answer it asks the core where the answers so far lead
(`assistant.session.triage_routes`, the same cited rules that check the form) and shows the
result as soon as they lead elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from assistant.case.enums import AppealHistory, DocumentKind, Language
from assistant.i18n import N_, _, current_language
from assistant.triage import Relief, TriageAnswers
from ui.announce import reachable_by_tab
from ui.labels import LANGUAGE_NAMES, label_of
from ui.qt import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from ui.translatable import TextBindings

if TYPE_CHECKING:
    from assistant.law.routes import Route
    from ui.qt import QMouseEvent

RoutesFor = Callable[[TriageAnswers], "list[Route]"]
Offered = Callable[[], list[DocumentKind]]

LANGUAGE_CHOICES: list[tuple[Any, str]] = [
    (Language.KK, LANGUAGE_NAMES[Language.KK]),
    (Language.RU, LANGUAGE_NAMES[Language.RU]),
    (None, N_("I do not know")),
]
IN_FORCE_CHOICES: list[tuple[Any, str]] = [
    (True, N_("Yes, it has entered into force")),
    (False, N_("No, not yet (it was announced less than 15 days ago or an appeal is pending)")),
    (None, N_("I do not know")),
]
APPEAL_CHOICES: list[tuple[Any, str]] = [(value, label_of(value)) for value in AppealHistory]
APPEAL_CHOICES.append(
    (None, N_("I do not know, or the contested decision is itself an appeal decision"))
)
RELIEF_CHOICES: list[tuple[Any, str]] = [
    (Relief.REVIEW, N_("The court made mistakes: I want the decision reviewed")),
    (Relief.NEW_FACTS, N_("Only new facts or expert opinions found after the decision")),
    (Relief.MILDER_LAW, N_("Only a milder new law or an amnesty")),
    (Relief.EXECUTION, N_("Parole, replacing or reducing the sentence")),
    (Relief.CIVIL_ARITHMETIC, N_("Only an arithmetic error in the amount of the civil claim")),
]
QUESTIONS = [
    (
        N_(
            "In which language was the case heard? It is the language of the verdict. The "
            "complaint is written in it."
        ),
        LANGUAGE_CHOICES,
        "language",
    ),
    (N_("Has the court decision entered into legal force?"), IN_FORCE_CHOICES, "in_force"),
    (
        N_(
            "Did the appeal court review the first-instance verdict as to you? It counts "
            "whoever appealed: you, your defender, the prosecutor or the victim."
        ),
        APPEAL_CHOICES,
        "appeal",
    ),
    (N_("What do you want to achieve?"), RELIEF_CHOICES, "relief"),
]
CASSATION_FITS = N_(
    "A cassation complaint is the right procedure. Continue to the form: it checks every "
    "requirement of CPC Art. 488 as you type."
)
WIDTH_CHARS = 64  # the wizard's size, in average characters and lines of its text
HEIGHT_LINES = 18
MIN_WIDTH, MIN_HEIGHT = 640, 360
ELSEWHERE = N_(
    "A cassation complaint would be returned or left without consideration. Go this way instead:"
)
DRAFT_THIS = N_("Draft this document")
DRAFT_WHICH = N_("“Draft this document” starts: %(document)s.")


class _Choice(QWidget):
    """A radio button whose text wraps (a QRadioButton's own text never does, so a long choice
    at a large text size would widen the dialog past the screen); a click on the text chooses."""

    def __init__(self, button: QRadioButton) -> None:
        super().__init__()
        self.button = button
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setBuddy(button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button, 0)
        row.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.button.click()
        self.button.setFocus()
        event.accept()


class _Question(QWidget):
    """One question with radio buttons; `value()` is the chosen value.

    The question names the group and describes each button, so a screen reader says "I do not
    know" together with what it answers."""

    def __init__(self, question: str, choices: list[tuple[Any, str]], texts: TextBindings) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("triage-question")
        texts.bind(self.label.setText, question)
        texts.bind(self.setAccessibleName, question)
        layout.addWidget(self.label)
        self.group = QButtonGroup(self)
        self.values = [value for value, _text in choices]
        for index, (_value, text) in enumerate(choices):
            button = QRadioButton()
            choice = _Choice(button)
            texts.bind(choice.text.setText, text)
            texts.bind(button.setAccessibleName, text)
            texts.bind(button.setAccessibleDescription, question)
            self.group.addButton(button, index)
            layout.addWidget(choice)
        self.label.setBuddy(self.group.button(0))
        layout.addStretch(1)
        self.group.button(0).setChecked(True)

    def chosen_button(self) -> QAbstractButton:
        return self.group.checkedButton() or self.group.button(0)

    def value(self) -> Any:
        return self.values[max(self.group.checkedId(), 0)]

    def set_value(self, value: Any) -> None:
        if value in self.values:
            self.group.button(self.values.index(value)).setChecked(True)


class TriageWizard(QDialog):
    """Accepted (Continue to the form) leaves the answers in `answers`; `routes_for` is the
    core's answer to "where do these answers lead?" for the case being drafted. When they lead
    to a document of `offered()` (those the app drafts), "Draft this document" accepts too,
    with that document in `draft_kind`."""

    def __init__(
        self,
        parent: QWidget | None,
        answers: TriageAnswers,
        routes_for: RoutesFor,
        offered: Offered = list,
    ) -> None:
        super().__init__(parent)
        self.texts = TextBindings()
        self.texts.bind(self.setWindowTitle, N_("New complaint: first questions"))
        self.answers = answers
        self.routes_for = routes_for
        self.offered = offered
        self.routes: list[Route] = []
        self.draft_kind: DocumentKind | None = None  # what the result offers to draft
        self.last_question = 0
        self.pages = QStackedWidget()
        self.questions = [_Question(q, choices, self.texts) for q, choices, _attr in QUESTIONS]
        for question, (_q, _c, attr) in zip(self.questions, QUESTIONS, strict=True):
            question.set_value(getattr(answers, attr))
            self.pages.addWidget(question)
        self.result_label = QLabel()
        self.result_label.setObjectName("triage-result")
        self.result_label.setWordWrap(True)
        reachable_by_tab(self.result_label)
        self.pages.addWidget(self.result_label)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.continue_button = QPushButton()
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("triage-draft")
        self.close_button = QPushButton()
        for button in (self.back_button, self.close_button):
            button.setAutoDefault(False)  # Enter never goes back or closes
        for button, text in (
            (self.back_button, N_("< Back")),
            (self.next_button, N_("Next >")),
            (self.continue_button, N_("Continue to the form")),
            (self.draft_button, DRAFT_THIS),
            (self.close_button, N_("Close")),
        ):
            self.texts.bind(button.setText, text)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.continue_button.clicked.connect(self._continue)
        self.draft_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.back_button,
            self.next_button,
            self.continue_button,
            self.draft_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scrolled(self.pages), 1)
        layout.addLayout(buttons)
        metrics = self.fontMetrics()  # grows with the text; the window manager keeps it on screen
        self.resize(
            max(MIN_WIDTH, metrics.averageCharWidth() * WIDTH_CHARS),
            max(MIN_HEIGHT, metrics.lineSpacing() * HEIGHT_LINES),
        )
        self._update_buttons()

    @staticmethod
    def _scrolled(pages: QStackedWidget) -> QScrollArea:
        """The pages in a scroll area that scrolls down, never sideways: at a large text size
        a long question or result keeps its height instead of being squeezed and cut."""
        from ui.qt import Qt

        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(pages)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its radio buttons and result take Tab
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def interrupted(self) -> tuple[TriageAnswers, int]:
        """The answers as they stand and the page shown, to reopen the wizard where it was."""
        self._collect()
        return self.answers, self.pages.currentIndex()

    def go_to(self, page: int) -> None:
        """Walk forward with the answers given until page `page` (or an earlier result) shows."""
        while self.pages.currentIndex() < min(page, len(self.questions)):
            self.next()

    def _collect(self) -> None:
        for question, (_q, _c, attr) in zip(self.questions, QUESTIONS, strict=True):
            setattr(self.answers, attr, question.value())

    @property
    def route_id(self) -> str | None:
        """The first route the answers lead to; None: cassation fits so far."""
        return self.routes[0].id if self.routes else None

    def next(self) -> None:
        """Next question, or the result as soon as the answers so far lead elsewhere."""
        self._collect()
        index = self.pages.currentIndex()
        partial = TriageAnswers()
        for _q, _c, attr in QUESTIONS[: index + 1]:
            setattr(partial, attr, getattr(self.answers, attr))
        routes = self.routes_for(partial)
        if routes or index == len(self.questions) - 1:
            self._show_result(routes)
        else:
            self.pages.setCurrentIndex(index + 1)
        self._update_buttons()

    def back(self) -> None:
        index = self.pages.currentIndex()
        if index == len(self.questions):
            index = self.last_question
        else:
            index -= 1
        self.pages.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def _continue(self) -> None:
        """Continue to the form of the document being drafted, drafting nothing else."""
        self.draft_kind = None
        self.accept()

    def _show_result(self, routes: list[Route]) -> None:
        self.last_question = self.pages.currentIndex()
        self.routes = routes
        offered = self.offered() if routes else []
        self.draft_kind = next((r.drafts for r in routes if r.drafts in offered), None)
        self.pages.setCurrentIndex(len(self.questions))
        self._retranslate_result()

    def _retranslate_result(self) -> None:
        if not self.routes:
            self.result_label.setText(_(CASSATION_FITS))
            return
        described = "\n\n".join(route.describe(current_language()) for route in self.routes)
        text = f"{_(ELSEWHERE)}\n\n{described}"
        if self.draft_kind is not None:
            document = _(label_of(self.draft_kind))
            text += "\n\n" + _(DRAFT_WHICH) % {"document": document}
            self.draft_button.setAccessibleDescription(document)
            self.draft_button.setToolTip(document)
        self.result_label.setText(text)

    def _update_buttons(self) -> None:
        """Enter goes on: "Next" on a question, "Draft this document" on a result that offers
        it, else "Continue to the form", never "Close" (which would throw the answers away)."""
        on_result = self.pages.currentIndex() == len(self.questions)
        drafting = on_result and self.draft_kind is not None
        self.back_button.setEnabled(self.pages.currentIndex() > 0)
        self.next_button.setVisible(not on_result)
        self.continue_button.setVisible(on_result)
        self.draft_button.setVisible(drafting)
        ahead = self.next_button
        if on_result:
            ahead = self.draft_button if drafting else self.continue_button
        for button in (self.next_button, self.continue_button, self.draft_button):
            button.setDefault(button is ahead)
        if on_result:
            self.result_label.setFocus()
        else:  # the chosen answer, read with its question; Enter goes on
            self.questions[self.pages.currentIndex()].chosen_button().setFocus()

    def retranslate(self) -> None:
        self.texts.apply()
        self._retranslate_result()
