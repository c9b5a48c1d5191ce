"""The form: every section in one scroll area ("all fields") or one at a time ("step by step")."""

from __future__ import annotations

from collections.abc import Mapping

from assistant.i18n import N_, _
from ui.announce import announce
from ui.highlight import highlight
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.sections import Section
from ui.translatable import TextBindings

STEP_OF = N_("Step %(step)d of %(count)d")
FORM_NAME = N_("Complaint form")
STEP_TOLD = N_("Step %(step)d of %(count)d: %(section)s")
FIELD_IN_SECTION = N_("“%(field)s” in the section “%(section)s”")
SECTION_ONLY = N_("the section “%(section)s”")


class FormView(QWidget):
    """Shows sections; `current_changed(index)` when another section comes to the front."""

    current_changed = Signal(int)

    def __init__(
        self, sections: list[Section], *, step_mode: bool = True, name: str = FORM_NAME
    ) -> None:
        super().__init__()
        self.sections = sections
        self.texts = TextBindings()
        self.step_mode = step_mode
        self.current = 0
        self.name = name
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self._fill(sections)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.step_label = QLabel()
        self.texts.bind(self.back_button.setText, N_("< Back"))
        self.texts.bind(self.next_button.setText, N_("Next >"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addStretch(1)
        steps.addWidget(self.step_label)
        steps.addStretch(1)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(steps)
        self.set_step_mode(step_mode)

    def _fill(self, sections: list[Section]) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        for index, section in enumerate(sections):
            column.addWidget(section)
            # hidden before the scroll area lays them out: ~18 ms less at start in step mode
            section.setVisible(self._shown(index))
        column.addStretch(1)
        self.scroll_area.setWidget(container)  # the former container is deleted with its own
        self.scroll_area.setAccessibleName(_(self.name))

    def set_sections(self, sections: list[Section], name: str) -> None:
        """Show the sections of another document (`name`: its form's msgid), from its first."""
        self.sections = sections
        self.name = name
        self.current = 0
        self._fill(sections)
        self.set_step_mode(self.step_mode)
        self.scroll_area.verticalScrollBar().setValue(0)

    def tab_correction(
        self,
        before: QWidget | None,
        after: QWidget | None,
        forward: bool,
        ends: tuple[QWidget, QWidget],
    ) -> QWidget | None:
        """Where Tab (or Shift+Tab) from `before` should have gone, if Qt's step to `after`
        crossed the form's edge out of the order shown; None when it was right.

        Shown order: `ends[0]` (the section list), the scroll area, the section's inputs,
        Back, Next, …, `ends[1]` (the findings), round again. A form built after the window
        exists sits at the end of the window's Tab chain, hence the corrections."""
        if before is None or after is None or self.scroll_area.widget() is None:
            return None
        if forward:
            return self._forward_correction(before, after, ends)
        return self._backward_correction(before, after, ends)

    def _inside(self, widget: QWidget) -> bool:
        container = self.scroll_area.widget()
        return container is not None and container.isAncestorOf(widget)

    def _buttons(self) -> list[QWidget]:
        shown = (self.back_button, self.next_button)
        return [b for b in shown if b.isVisible() and b.isEnabled()]

    def _forward_correction(
        self, before: QWidget, after: QWidget, ends: tuple[QWidget, QWidget]
    ) -> QWidget | None:
        list_end, findings = ends
        buttons = self._buttons()
        after_form = buttons[0] if buttons else None
        leaving = self._inside(before) and not self._inside(after) and after not in buttons
        if before is self.scroll_area and not self._inside(after):
            section = self.sections[self.current] if self.sections else None
            return (first_input(section) if section else None) or after_form
        if leaving:
            return after_form
        if (before is findings or findings.isAncestorOf(before)) and self._inside(after):
            return list_end
        return None

    def _backward_correction(
        self, before: QWidget, after: QWidget, ends: tuple[QWidget, QWidget]
    ) -> QWidget | None:
        list_end, findings = ends
        section = self.sections[self.current] if self.sections else None
        if before is list_end and not (after is findings or findings.isAncestorOf(after)):
            return findings
        if self._inside(before) and not self._inside(after) and after is not self.scroll_area:
            return self.scroll_area if section and before is first_input(section) else None
        if before in self._buttons()[:1] and not self._inside(after) and section is not None:
            return last_input(section) or self.scroll_area
        return None

    def set_step_mode(self, step_mode: bool) -> None:
        """Step by step for petitioners, all fields for advocates."""
        self.step_mode = step_mode
        for index, section in enumerate(self.sections):
            section.setVisible(self._shown(index))
        for widget in (self.back_button, self.next_button, self.step_label):
            widget.setVisible(step_mode)
        self._update_steps()

    def _shown(self, index: int) -> bool:
        """All sections for advocates; only the current one step by step."""
        return not self.step_mode or index == self.current

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            return
        self.current = index
        if self.step_mode:
            for i, section in enumerate(self.sections):
                section.setVisible(self._shown(i))
            self.scroll_area.verticalScrollBar().setValue(0)
        else:
            self.scroll_area.ensureWidgetVisible(self.sections[index], 0, 0)
            top = self.sections[index].pos().y()
            self.scroll_area.verticalScrollBar().setValue(top)
        self._update_steps()
        self.current_changed.emit(index)

    def step(self, delta: int) -> None:
        """Back or Next: the section comes to the front, the cursor goes to its first input and
        a screen reader is told which step this is."""
        self.show_section(self.current + delta)
        section = self.sections[self.current]
        first = first_input(section)
        if first is not None:
            first.setFocus()
        told = _(STEP_TOLD) % {
            "step": self.current + 1,
            "count": len(self.sections),
            "section": _(section.title),
        }
        announce(self, told)

    def section_index_for(self, pointer: str) -> int | None:
        for index, section in enumerate(self.sections):
            if section.owns(pointer):
                return index
        return None

    def label_for(self, pointer: str) -> str | None:
        """Where `pointer` is in the form, in words of the interface language: the field's label
        and its section, or the section alone; None outside every section."""
        index = self.section_index_for(pointer)
        if index is None:
            return None
        section = self.sections[index]
        title = _(section.title)
        field = section.label_for(pointer)
        if field:
            return _(FIELD_IN_SECTION) % {"field": field, "section": title}
        return _(SECTION_ONLY) % {"section": title}

    def show_problems(self, problems: Mapping[str, tuple[str, ...]]) -> None:
        """Tell each input what the check says about its field (pointer -> lines), in its
        tooltip and accessible description; inputs with no finding lose theirs."""
        for section in self.sections:
            for pointer, editor in section.inputs().items():
                editor.show_problems(problems.get(pointer, ()))

    def focus_pointer(self, pointer: str) -> QWidget | None:
        """Bring the section of `pointer` to the front and focus and outline its input."""
        index = self.section_index_for(pointer)
        if index is None:
            return None
        self.show_section(index)
        widget = self.sections[index].widget_for(pointer)
        if widget is None:
            return None
        self.scroll_area.ensureWidgetVisible(widget, 20, 40)
        widget.setFocus()
        highlight(widget)
        return widget

    def _update_steps(self) -> None:
        self.back_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.sections) - 1)
        self.step_label.setText(
            _(STEP_OF) % {"step": self.current + 1, "count": len(self.sections)}
        )

    def retranslate(self) -> None:
        self.texts.apply()
        self.scroll_area.setAccessibleName(_(self.name))
        self._update_steps()
        for section in self.sections:
            section.retranslate()


def tab_stops_at(widget: QWidget) -> bool:
    """Whether the widget's focus policy lets Tab stop there (TabFocus is a bit of each such
    policy); used on Tab presses, after the first paint (ui/qt.py)."""
    from ui.qt import Qt

    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def first_input(section: QWidget) -> QWidget | None:
    """The first input of `section` that Tab can reach, in Tab order."""
    widget = section.nextInFocusChain()
    while widget is not None and widget is not section:
        if (
            section.isAncestorOf(widget)
            and widget.isVisibleTo(section)
            and widget.isEnabled()
            and tab_stops_at(widget)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def last_input(section: QWidget) -> QWidget | None:
    """The last input of `section` that Tab can reach, in Tab order."""
    last = None
    widget = first_input(section)
    while widget is not None and section.isAncestorOf(widget):
        if widget.isVisibleTo(section) and widget.isEnabled() and tab_stops_at(widget):
            last = widget
        widget = widget.nextInFocusChain()
    return last
