"""Export runs off the GUI thread and writes real DOCX and PDF files with a preview."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.case.enums import Language
from ui import startup
from ui.export_result_dialog import ExportResultDialog
from ui.export_worker import ExportOutcome
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _export(window: MainWindow, qtbot, **paths: Path | None) -> ExportOutcome:  # type: ignore[no-untyped-def]
    window.exporter.show_results = False
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000) as blocker:
        window.exporter.start(
            Language.RU, docx=paths.get("docx"), pdf=paths.get("pdf"), final=False
        )
    outcome = blocker.args[0]
    assert isinstance(outcome, ExportOutcome)
    return outcome


def test_export_docx_and_pdf_of_the_example(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from pypdf import PdfReader

    startup.open_example(window)
    name = window.document.case.filer.full_name
    docx = tmp_path / "complaint.docx"
    outcome = _export(window, qtbot, docx=docx)
    assert outcome.files == (docx,)
    assert outcome.draft is False
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert name in text
    assert outcome.preview_images or name in outcome.preview_text

    pdf = tmp_path / "complaint.pdf"
    outcome = _export(window, qtbot, pdf=pdf)
    assert outcome.files == (pdf,)
    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert name.split()[0] in pdf_text
    dialog = ExportResultDialog(window, outcome)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None


def test_export_with_problems_is_a_draft(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    window.document.case.signature.signer_name = ""
    outcome = _export(window, qtbot, pdf=tmp_path / "draft.pdf")
    assert outcome.draft is True


def test_the_export_file_is_typed_as_the_user_means_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A bare name lands in the suggested folder, a dot in the name survives, nothing is refused
    silently."""
    from assistant.i18n import _
    from ui.export_options import NO_FILE, REPLACES, SAVED_AS, ExportOptionsDialog
    from ui.qt import QDialog

    dialog = ExportOptionsDialog(None, ".docx", Language.RU, tmp_path / "case.docx")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText("Жалоба v1.2")
    assert dialog.path() == tmp_path / "Жалоба v1.2.docx"
    assert dialog.target.text() == _(SAVED_AS) % {"path": tmp_path / "Жалоба v1.2.docx"}
    (tmp_path / "Жалоба v1.2.docx").write_bytes(b"earlier export")
    dialog.file.setText("Жалоба v1.2.docx")
    assert dialog.target.text().endswith(_(REPLACES))  # no silent overwrite
    dialog.file.setText(str(tmp_path / "sub" / "final.DOCX"))
    assert dialog.path() == tmp_path / "sub" / "final.DOCX"
    dialog.file.setText("Қ" * 300)  # longer than a file name may be: no exception while typing
    assert dialog.target.text() == _(SAVED_AS) % {"path": tmp_path / ("Қ" * 300 + ".docx")}
    dialog.file.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() == _(NO_FILE)
    dialog.file.setText("ok")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value


def test_an_export_that_cannot_be_written_says_why_in_the_interface_language(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    startup.open_example(window)
    window.exporter.show_results = False
    target = tmp_path / "missing" / "c.pdf"
    with qtbot.waitSignal(window.exporter.failed, timeout=60_000) as blocker:
        window.exporter.start(Language.RU, docx=None, pdf=target, final=False)
    assert blocker.args[0].startswith(f"Не удалось записать жалобу в файл {target}")


@pytest.mark.usefixtures("real_modal_dialogs")
def test_the_idle_lock_closes_the_export_options_and_unlocking_brings_them_back(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import when_modal
    from ui.export_options import ExportOptionsDialog

    typed = str(tmp_path / "для суда")

    def choose_then_lock(dialog: ExportOptionsDialog) -> None:
        dialog.languages.setCurrentIndex(list(Language).index(Language.KK))
        dialog.file.setText(typed)
        dialog.final_box.setChecked(True)
        window.lock.lock()

    window.document.case.proceedings_language = Language.RU
    when_modal(choose_then_lock)
    window.export(".pdf")  # returns when the lock closes the dialog
    assert window.lock.locked
    seen: list[tuple[Language, str, bool]] = []

    def look(dialog: ExportOptionsDialog) -> None:
        seen.append((dialog.language(), dialog.file.text(), dialog.final()))
        dialog.reject()

    when_modal(look)
    assert window.lock.try_unlock("")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(Language.KK, typed, True)]
    assert not list(tmp_path.iterdir())  # nothing exported: the user cancelled this time
    seen.clear()
    when_modal(look)
    window.export(".pdf")  # closed by the user before: the suggestions come back
    assert seen and seen[0][1] != typed and not seen[0][2]


@pytest.mark.usefixtures("real_modal_dialogs")
@pytest.mark.parametrize(("button", "draft"), [(0, True), (1, False)])
def test_a_final_copy_of_a_case_the_court_would_return_is_asked_about(
    window: MainWindow, qtbot, tmp_path: Path, button: int, draft: bool
) -> None:  # type: ignore[no-untyped-def]
    """The window asks what the command line refuses: the findings are listed, and the user
    picks a draft or the final copy anyway."""
    from tests.gui.conftest import when_modal
    from ui.export_options import ExportOptionsDialog
    from ui.qt import QMessageBox

    startup.open_example(window)
    window.document.case.acts[1].copy_attached = False
    window.exporter.show_results = False
    target = tmp_path / "complaint.pdf"
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.buttons()[button].click()

    def choose_final(dialog: ExportOptionsDialog) -> None:
        dialog.file.setText(str(target))
        dialog.final_box.setChecked(True)
        when_modal(answer)
        dialog.accept()

    when_modal(choose_final)
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000) as blocker:
        window.export(".pdf")
    assert len(asked) == 1
    assert "Обжалуемый акт № 2: его копия не приложена." in asked[0]
    assert "п. 1 ч. 1 ст. 489 УПК РК" in asked[0]
    assert blocker.args[0].draft is draft
    assert blocker.args[0].files == (target,)


@pytest.mark.usefixtures("real_modal_dialogs")
def test_a_final_copy_of_a_ready_case_is_written_without_asking(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import when_modal
    from ui.export_options import ExportOptionsDialog

    startup.open_example(window)
    window.exporter.show_results = False
    target = tmp_path / "complaint.pdf"

    def choose_final(dialog: ExportOptionsDialog) -> None:
        dialog.file.setText(str(target))
        dialog.final_box.setChecked(True)
        dialog.accept()

    when_modal(choose_final)
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000) as blocker:
        window.export(".pdf")
    assert blocker.args[0].draft is False


def test_a_case_without_a_language_is_not_exported_in_the_interface_language(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No language of the proceedings: the user is told to choose it; nothing is guessed."""
    from ui import export_controller

    told: list[str] = []
    monkeypatch.setattr(export_controller, "warn", lambda _w, _title, text: told.append(text))
    window.set_ui_language(Language.EN, save=False)
    assert window.document.case.proceedings_language is None
    assert window.exporter.ask_and_export(".pdf") is None
    assert told == [
        "The language of the proceedings is not set, so the complaint cannot be written yet: "
        "choose the language in which the case was heard (Kazakh or Russian)."
    ]


def _previews_left(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("kassatsiya-preview-"))


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_preview_of_a_protected_case_leaves_nothing_on_disk(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, item 2: page images and the DOCX export's preview.pdf stayed in a temporary
    folder after the app had exited. The pages are now in memory, the folder is gone."""
    import shutil
    import tempfile

    from assistant.casefile import save_case

    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler's pdftoppm is not installed: no page images to leave")
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_root))
    startup.open_example(window)
    case_file = tmp_path / "protected.kassatsiya"
    save_case(window.document.case, case_file, passphrase="pass phrase", kdf_n=2**10)
    window.document.replace(window.document.case, case_file, "pass phrase")
    out = tmp_path / f"complaint.{kind}"
    outcome = _export(window, qtbot, **{kind: out})
    assert outcome.preview_images and all(p.startswith(b"\x89PNG") for p in outcome.preview_images)
    assert _previews_left(temp_root) == []
    dialog = ExportResultDialog(window, outcome)
    qtbot.addWidget(dialog)
    from ui.qt import QLabel

    shown = [label.pixmap() for label in dialog.preview.findChildren(QLabel)]
    assert len(shown) == len(outcome.preview_images) and all(not p.isNull() for p in shown)


def test_the_window_refuses_to_export_over_the_open_case(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from assistant.casefile import save_case

    startup.open_example(window)
    case_file = tmp_path / "case.kassatsiya"
    save_case(window.document.case, case_file)
    window.document.replace(window.document.case, case_file)
    before = case_file.read_bytes()
    window.exporter.show_results = False
    with qtbot.waitSignal(window.exporter.failed, timeout=60_000) as blocker:
        window.exporter.start(Language.RU, docx=None, pdf=case_file, final=False)
    assert blocker.args[0].startswith(str(case_file))  # in Russian: it is the case file itself
    assert case_file.read_bytes() == before
