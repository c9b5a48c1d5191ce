"""The findings panel and the section list wrap at spaces only: a heading is shown whole, a
citation such as «489(1)(1)» is never split, and a section's "— ✓" stays with its title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.casefile import load_case
from tests.gui.conftest import EXAMPLES
from ui.main_window import MainWindow
from ui.space_wrap import LINE_SEPARATOR, wrap_at_spaces, wrapped_role

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("width", [240, 340])
def test_every_row_is_wrapped_at_spaces_and_shown_whole(
    window: MainWindow, qtbot, language: Language, width: int
) -> None:  # type: ignore[no-untyped-def]
    window.set_ui_language(language)
    window.document.replace(load_case(EXAMPLES / "missing-copies-ru.kassatsiya"), None)
    window.findings.resize(width, 600)
    window.findings._fit_rows()
    metrics = window.findings.tree.fontMetrics()
    rows = window.findings._all_items()
    assert any(depth == 1 and item.childCount() for item, depth in rows)  # a 489(1) heading
    for item, _depth in rows:
        text = item.text(0)
        lines = item.data(0, wrapped_role()).replace("\n", LINE_SEPARATOR).split(LINE_SEPARATOR)
        assert " ".join(lines).replace("\u00a0", " ") == text.replace("\n", " "), text
        room = item.sizeHint(0).width()
        for line in lines:
            assert metrics.horizontalAdvance(line) <= room or " " not in line, (line, room)
        assert item.sizeHint(0).height() >= metrics.lineSpacing() * len(lines)


def test_a_citation_is_never_split_in_english(window: MainWindow) -> None:
    window.set_ui_language(Language.EN)
    window.document.replace(load_case(EXAMPLES / "missing-copies-ru.kassatsiya"), None)
    window.findings.resize(200, 600)
    window.findings._fit_rows()
    lines = [
        line
        for item, _depth in window.findings._all_items()
        for line in item.data(0, wrapped_role()).split(LINE_SEPARATOR)
    ]
    assert any("489(1)(1)" in line for line in lines)
    assert not any(line.endswith(("489(1)", "(1)(")) for line in lines)


@given(st.lists(st.text(alphabet="ab(1)-/ ", min_size=1, max_size=12), min_size=1, max_size=12))
def test_wrapping_breaks_only_at_spaces(words: list[str]) -> None:
    text = " ".join(words)
    lines = wrap_at_spaces(text, lambda s: len(s) * 7, 70)
    assert " ".join(lines) == text
    for line in lines:
        assert len(line.rstrip()) * 7 <= 70 or " " not in line.strip()


def test_the_state_of_a_section_stays_with_its_title(window: MainWindow) -> None:
    """On the line of the title's last word; in a list too narrow for that (a small window,
    large text), whole on the next line."""
    window.refresh()
    texts = [window.navigator.item(i).text() for i in range(window.navigator.count())]
    for text in texts:
        title, _sep, state = text.replace("\n—", "\u00a0—").rpartition("\u00a0—\u00a0")
        assert title and state and " " not in state and "\n" not in title
