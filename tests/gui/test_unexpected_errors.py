"""An error the code did not expect: logged without personal data, told once, the window goes on."""

from __future__ import annotations

import logging
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.law import engine
from tests.gui.conftest import run_fresh_python
from ui import unexpected_errors
from ui.main_window import MainWindow
from ui.unexpected_errors import UnexpectedErrors

pytestmark = pytest.mark.gui

NAME = "Жасырынбаев Ерлан"  # what an exception's message may quote from the case


def _broken_check(*_args: object, **_kwargs: object) -> None:
    raise KeyError(NAME)


def test_an_error_in_the_window_is_logged_without_its_message_and_told_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.logs import LOGGER_NAME, configure

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        unexpected_errors, "warn", lambda _p, title, text: told.append((title, text))
    )
    monkeypatch.setattr(sys, "excepthook", UnexpectedErrors(window))
    monkeypatch.setattr(engine, "evaluate", _broken_check)
    logger = logging.getLogger(LOGGER_NAME)
    handlers = list(logger.handlers)
    try:
        log = configure(tmp_path / "logs")
        window.document.touch()  # the check runs in a slot, and fails there
        window.document.touch()  # again: the same error is not told twice
        text = log.read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers[len(handlers) :]:
            logger.removeHandler(handler)
            handler.close()
    assert told == [
        (
            "Что-то пошло не так",
            "Программа столкнулась с непредвиденной ошибкой. Всё, что вы ввели, сохранено: работа "
            "сохраняется автоматически, и дело можно сохранить как обычно. Чтобы помочь нам "
            "исправить ошибку, выберите Справка → Копировать диагностический отчет… и отправьте "
            "отчет тому, от кого вы получили программу.",
        )
    ]
    assert text.count("unexpected_error type=KeyError module=assistant.session line=") == 2
    assert NAME not in text
    assert window.isVisible()


def test_keyboard_interrupt_is_left_to_python(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, _e, _tb: passed.append(kind))
    monkeypatch.setattr(unexpected_errors, "warn", lambda *_a: pytest.fail("told the user"))
    UnexpectedErrors(window)(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]


FAIL_AFTER_PAINT = textwrap.dedent(
    """
    from assistant.law import engine
    from ui import app, unexpected_errors

    def broken(*_args, **_kwargs):
        raise KeyError("Жасырынбаев")

    engine.evaluate = broken
    unexpected_errors.warn = lambda _parent, title, _text: print("told:", title, flush=True)
    after_paint = app._after_first_paint

    def then_quit(window, store, files):
        app.QTimer.singleShot(0, app.QApplication.instance().quit)
        after_paint(window, store, files)  # the first check fails here

    app._after_first_paint = then_quit
    print("exit:", app.run_app(["kassatsiya"]))
    """
)


def test_the_launcher_installs_the_hook() -> None:
    assert run_fresh_python("-c", FAIL_AFTER_PAINT)[-2:] == ["told: Что-то пошло не так", "exit: 0"]
