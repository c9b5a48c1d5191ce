"""Save, reopen, protect, unsaved changes, recent files and crash recovery."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.casefile import RecoveryStore, is_protected, load_case
from tests.gui.conftest import EXAMPLES, TODAY
from ui import file_controller, startup
from ui.main_window import MainWindow
from ui.qt import QApplication
from ui.settings import Settings, load_settings

pytestmark = pytest.mark.gui


def _type_name(window: MainWindow, text: str) -> None:
    filer = next(s for s in window.sections if s.section_id == "filer")
    filer.editors["/filer/full_name"].widget.insert(text)  # type: ignore[attr-defined]


def test_save_and_reopen_gives_the_same_case(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    startup.open_example(window)
    _type_name(window, " (копия)")
    assert window.isWindowModified()
    target = tmp_path / "my-complaint"
    monkeypatch.setattr(
        file_controller, "choose_save_path", lambda *_a: target.with_suffix(".kassatsiya")
    )
    assert window.files.save()
    saved = target.with_suffix(".kassatsiya")
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("my-complaint.kassatsiya")
    before = msgspec.json.encode(window.document.case)
    assert msgspec.json.encode(load_case(saved)) == before
    window.files.new()
    assert window.document.path is None
    assert window.files.open_path(saved)
    assert msgspec.json.encode(window.document.case) == before
    filer = next(s for s in window.sections if s.section_id == "filer")
    assert filer.editors["/filer/full_name"].value() == window.document.case.filer.full_name
    assert load_settings().recent_files[0] == str(saved)


def test_unsaved_changes_prompt_can_cancel_replacing_the_case(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type_name(window, "Иванов")
    asked: list[str] = []
    monkeypatch.setattr(
        file_controller, "ask_save_changes", lambda _w, name: asked.append(name) or "cancel"
    )
    assert not window.files.new()
    assert window.document.case.filer.full_name == "Иванов"
    monkeypatch.setattr(file_controller, "ask_save_changes", lambda _w, _name: "discard")
    assert window.files.new()
    assert window.document.case.filer.full_name == ""
    assert len(asked) == 1


def test_protected_file_asks_for_the_passphrase_and_derives_its_key_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key_derivations: list[int]
) -> None:
    """scrypt takes ~0.5 s and holds the window: opening pays it, saving and autosaving reuse it."""
    startup.open_example(window)
    target = tmp_path / "secret.kassatsiya"
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: target)
    monkeypatch.setattr(file_controller, "ask_passphrase", lambda *_a, **_k: "верный пароль")
    assert window.files.protect()
    assert is_protected(target.read_bytes())
    assert len(key_derivations) == 1
    window.files.new()
    assert window.files.open_path(target)
    assert window.document.passphrase == "верный пароль"
    assert len(key_derivations) == 2
    window.document.case.filer.full_name = "Новое Имя"
    window.document.touch()
    assert window.autosaver.autosave()
    assert window.files.save()
    assert len(key_derivations) == 2
    assert load_case(target, "верный пароль").filer.full_name == "Новое Имя"
    assert window.autosaver.store.recoverable() == []  # the clean save discarded it
    warnings: list[str] = []
    monkeypatch.setattr(file_controller, "ask_passphrase", lambda *_a, **_k: "wrong")
    monkeypatch.setattr(
        file_controller, "warn", lambda _w, _title, text, *_details: warnings.append(text)
    )
    window.files.new()
    assert not window.files.open_path(target)
    assert len(warnings) == 1


def test_opening_and_saving_show_a_wait_cursor_while_they_work(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deriving a protected case's key holds the window ~0.5 s: the cursor says it is busy."""
    from PySide6.QtCore import Qt

    shapes: list[object] = []

    def cursor_shape() -> object:
        cursor = QApplication.overrideCursor()
        return cursor.shape() if cursor is not None else None

    load, save = file_controller.load_case, file_controller.save_case
    monkeypatch.setattr(
        file_controller, "load_case", lambda *a, **k: shapes.append(cursor_shape()) or load(*a, **k)
    )
    monkeypatch.setattr(
        file_controller, "save_case", lambda *a, **k: shapes.append(cursor_shape()) or save(*a, **k)
    )
    target = tmp_path / "case.kassatsiya"
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: target)
    assert window.files.save_as()
    assert window.files.open_path(target, confirmed=True)
    assert shapes == [Qt.CursorShape.WaitCursor] * 2
    assert QApplication.overrideCursor() is None


def _crash_after_typing(recovery: RecoveryStore, name: str) -> None:
    """A window autosaves what was typed, then the process "dies": no closeEvent, no clean exit."""
    first = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    _type_name(first, name)
    assert first.autosaver.autosave()
    assert len(recovery.recoverable()) == 1
    first.autosaver.periodic.stop()
    first.autosaver.idle.stop()
    first.deleteLater()


def test_a_crash_leaves_a_recovery_file_that_the_next_start_restores(
    qtbot, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _crash_after_typing(recovery, "Пострадавший от сбоя")
    second = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 0)
    assert startup.offer_recovery(second, recovery)
    assert second.document.case.filer.full_name == "Пострадавший от сбоя"
    assert second.isWindowModified()
    assert second.document.is_modified()
    second.document.replace(second.document.case, None)
    second.close()
    assert recovery.recoverable() == []


def test_an_impossible_date_typed_into_a_saved_case_survives_a_crash(
    qtbot, recovery: RecoveryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The case keeps 31.02.2026 as typed, so its autosave keeps it too."""
    saved = tmp_path / "saved.kassatsiya"
    first = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    first.files._save_to(saved, None)
    signature = _section(first, "signature").editors["/signature/date"].widget
    qtbot.keyClicks(signature, "31.02.2026")
    assert first.document.is_modified()  # the typed text is in the case
    assert first.autosaver.autosave()
    acts = _section(first, "acts").list_editor
    acts.add_row()
    qtbot.keyClicks(acts.rows[0]["date"].widget, "12.13.2025")
    assert first.autosaver.autosave()
    first.autosaver.periodic.stop()
    first.autosaver.idle.stop()
    first.deleteLater()  # the "crash": no clean exit
    second = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 0)
    assert startup.offer_recovery(second, recovery)
    signature = _section(second, "signature").editors["/signature/date"].widget
    act_date = _section(second, "acts").list_editor.rows[0]["date"].widget
    assert (signature.text(), act_date.text()) == ("31.02.2026", "12.13.2025")
    assert signature.property("invalid") is True and act_date.property("invalid") is True
    assert second.document.case.typed_texts == {
        "/acts/0/date": "12.13.2025",
        "/signature/date": "31.02.2026",
    }
    second.document.replace(second.document.case, None)
    second.close()


def test_typed_texts_an_earlier_autosave_kept_beside_the_case_are_recovered(
    qtbot, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Recovery files of version 2 kept typed texts beside the case; they go into the case."""
    from assistant.case.model import Case, ContestedAct

    recovery.slot(None).save(
        Case(acts=[ContestedAct(court="Суд")]),
        typed={"/acts/0/date": "12.13.2025", "/signature/date": "31.02.2026"},
    )
    window = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 0)
    assert startup.offer_recovery(window, recovery)
    assert window.document.case.typed_texts == {
        "/acts/0/date": "12.13.2025",
        "/signature/date": "31.02.2026",
    }
    signature = _section(window, "signature").editors["/signature/date"].widget
    assert signature.text() == "31.02.2026"
    window.document.replace(window.document.case, None)
    window.close()


def test_a_clean_save_removes_the_recovery_file(
    window: MainWindow, tmp_path: Path, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type_name(window, "Иванов")
    assert window.autosaver.autosave()
    assert recovery.recoverable()
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: tmp_path / "a.kassatsiya")
    assert window.files.save()
    assert recovery.recoverable() == []


def test_first_start_offers_the_example_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 0)
    assert startup.offer_example(window)
    assert window.document.case == load_case(EXAMPLES / "ready-ru.kassatsiya")
    assert window.document.path is None
    assert not startup.offer_example(window)


def test_once_the_window_is_painted_the_log_opens_then_a_named_file_opens_without_questions(
    window: MainWindow, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.logs import LOGGER_NAME
    from assistant.paths import app_dirs
    from ui import app

    asked: list[object] = []
    monkeypatch.setattr(startup, "ask", lambda *a, **_k: asked.append(a) or 0)
    logger = logging.getLogger(LOGGER_NAME)
    handlers = list(logger.handlers)
    try:
        app._after_first_paint(window, recovery, [EXAMPLES / "ready-kk.kassatsiya"])
        log = (app_dirs().logs / "kassatsiya.log").read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers[len(handlers) :]:
            logger.removeHandler(handler)
            handler.close()
    assert "app_started" in log
    assert window.document.path == EXAMPLES / "ready-kk.kassatsiya"
    assert asked == []  # no recovery to offer, and a named file replaces the example offer


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_any_typed_name_survives_save_and_open(
    window: MainWindow, tmp_path: Path, text: str
) -> None:
    filer = next(s for s in window.sections if s.section_id == "filer")
    line = filer.editors["/filer/full_name"].widget
    line.clear()  # type: ignore[attr-defined]
    line.insert(text)  # type: ignore[attr-defined]
    typed = line.text()  # type: ignore[attr-defined]
    path = tmp_path / "round.kassatsiya"
    window.files._save_to(path, None)
    window.files.open_path(path, confirmed=True)
    assert window.document.case.filer.full_name == typed
    assert filer.editors["/filer/full_name"].value() == typed


def _section(window: MainWindow, section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in window.sections if s.section_id == section_id)


def _type_impossible_dates(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    signature = _section(window, "signature").editors["/signature/date"].widget
    qtbot.keyClicks(signature, "31.02.2026")
    acts = _section(window, "acts").list_editor
    acts.add_row()
    qtbot.keyClicks(acts.rows[0]["date"].widget, "12.13.2025")


def test_an_impossible_date_is_marked_until_it_is_corrected(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    line = _section(window, "signature").editors["/signature/date"].widget
    qtbot.keyClicks(line, "31.02.2026")
    assert line.property("invalid") is True and "border" in line.styleSheet()
    assert window.document.case.typed_texts == {"/signature/date": "31.02.2026"}
    line.selectAll()
    qtbot.keyClicks(line, "28.02.2026")
    assert line.property("invalid") is False and line.styleSheet() == ""
    assert window.document.case.signature.date == dt.date(2026, 2, 28)
    assert window.document.case.typed_texts == {}


def test_impossible_dates_are_saved_as_typed_without_a_question(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Nothing typed is lost: the file keeps what the case cannot read as a date, and reopening
    shows it where it was typed."""
    _type_name(window, "Асанов Ерлан")
    _type_impossible_dates(window, qtbot)
    target = tmp_path / "dates.kassatsiya"
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: target)
    assert window.files.save()
    saved = load_case(target)
    assert saved.filer.full_name == "Асанов Ерлан"
    assert saved.signature.date is None and saved.acts[0].date is None
    assert saved.typed_texts == {"/acts/0/date": "12.13.2025", "/signature/date": "31.02.2026"}
    window.files.new()
    assert window.files.open_path(target)
    signature = _section(window, "signature").editors["/signature/date"].widget
    act_date = _section(window, "acts").list_editor.rows[0]["date"].widget
    assert (signature.text(), act_date.text()) == ("31.02.2026", "12.13.2025")
    assert not window.isWindowModified()


def test_real_dates_are_saved_without_a_question(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    qtbot.keyClicks(_section(window, "signature").editors["/signature/date"].widget, "29.02.2028")
    monkeypatch.setattr(file_controller, "choose_save_path", lambda *_a: tmp_path / "d.kassatsiya")
    assert window.files.save()
    assert load_case(tmp_path / "d.kassatsiya").signature.date == dt.date(2028, 2, 29)


def test_closing_the_recovery_question_keeps_the_recovered_work(
    qtbot, recovery: RecoveryStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Escape, the close button or the idle lock must not delete what a crash left."""
    from ui.qt import QMessageBox

    _crash_after_typing(recovery, "Не потерять")
    second = MainWindow(Settings(), today=lambda: TODAY, recovery=recovery)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.reject() or 0)
    assert not startup.offer_recovery(second, recovery)
    assert len(recovery.recoverable()) == 1
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 2)  # an explicit "Discard"
    assert not startup.offer_recovery(second, recovery)
    assert recovery.recoverable() == []
    second.deleteLater()


def test_closing_asks_before_losing_a_typed_date_that_does_not_exist(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The case keeps the date as typed, so it is an unsaved change like any other."""
    signature = _section(window, "signature").editors["/signature/date"].widget
    qtbot.keyClicks(signature, "31.02.2026")
    assert window.document.is_modified()
    asked: list[str] = []
    monkeypatch.setattr(
        file_controller, "ask_save_changes", lambda _w, name: asked.append(name) or "cancel"
    )
    assert not window.files.confirm_discard()
    assert asked


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("Дело", "Дело.kassatsiya"),
        ("Дело v1.2", "Дело v1.2.kassatsiya"),
        ("дело.KASSATSIYA", "дело.KASSATSIYA"),
        ("notes.txt", "notes.txt.kassatsiya"),
    ],
)
def test_a_case_is_always_saved_with_the_case_file_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, saved: str
) -> None:
    from ui.qt import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / typed), "")
    )
    assert file_controller.choose_save_path(None, "") == tmp_path / saved


@pytest.mark.parametrize(
    "scenario",
    [
        (
            Language.RU,
            {"acts": [{}, {"date": "2026-02-30"}]},
            "(«Акт № 2: Дата» в разделе «Обжалуемые судебные акты»)",
            "/acts/1/date",
        ),
        (
            Language.EN,
            {"acts": [{}, {"date": "2026-02-30"}]},
            "(“Decision 2: Date” in the section “Contested decisions”)",
            "/acts/1/date",
        ),
        (
            Language.KK,
            {"filer": {"full_name": 5}},
            "(«Шағымды кім береді» бөліміндегі «Тегі, аты, әкесінің аты»)",
            "/filer/full_name",
        ),
        (
            Language.EN,
            {"filer": []},
            "(the section “Who files the complaint”)",
            "/filer",
        ),
    ],
)
def test_a_wrong_value_is_named_by_its_label_not_its_pointer(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scenario: tuple[Language, dict[str, object], str, str],
) -> None:
    import json

    language, case, named, pointer = scenario
    path = tmp_path / "typo.kassatsiya"
    document = {"format": "kassatsiya-case", "version": 1, "case": case}
    path.write_text(json.dumps(document), encoding="utf-8")
    window.set_ui_language(language)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        file_controller, "warn", lambda _w, _title, text, details="": told.append((text, details))
    )
    assert not window.files.open_path(path, confirmed=True)
    text, details = told[0]
    assert named in text
    assert pointer not in text
    assert f"at {pointer}" in details


@pytest.mark.parametrize(
    ("interface", "answer", "example"),
    [
        (Language.EN, 0, "ready-ru"),
        (Language.EN, 1, "ready-kk"),
        (Language.KK, 0, "ready-kk"),
        (Language.KK, 1, "ready-ru"),
        (Language.RU, 1, "ready-kk"),
    ],
)
def test_the_first_start_offers_the_example_in_either_language_of_proceedings(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    interface: Language,
    answer: int,
    example: str,
) -> None:
    from assistant.i18n import _

    window.set_ui_language(interface)
    offered: list[list[str]] = []

    def choose(_parent, _title, _text, buttons, **_kw):  # type: ignore[no-untyped-def]
        offered.append([_(b) for b in buttons])
        return answer

    monkeypatch.setattr(startup, "ask", choose)
    assert startup.offer_example(window)
    assert window.document.case == load_case(EXAMPLES / f"{example}.kassatsiya")
    assert len(offered[0]) == 3  # Kazakh, Russian, no
    expected = {
        Language.EN: ["Example in Russian", "Example in Kazakh", "No, thank you"],
        Language.KK: [_("Example in Kazakh"), _("Example in Russian"), _("No, thank you")],
        Language.RU: [_("Example in Russian"), _("Example in Kazakh"), _("No, thank you")],
    }
    assert offered[0] == expected[interface]


def test_declining_the_example_opens_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.document.case
    monkeypatch.setattr(startup, "ask", lambda *_a, **_k: 2)
    assert not startup.offer_example(window)
    assert window.document.case is before
