"""Export previews live in a private, locked folder that is gone when the preview is made, and a
folder a killed process left is swept at the next start (issue 16, item 2)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.render.preview import PREFIX, page_images, preview_folder, sweep_previews
from tests.export_samples import make_pdf

ROOT = Path(__file__).resolve().parent.parent

HOLD_A_PREVIEW = """
import sys, time
from pathlib import Path
from assistant.render.preview import preview_folder
with preview_folder(Path(sys.argv[1])) as folder:
    (folder / "page-1.png").write_bytes(b"a page with a name on it")
    print(folder, flush=True)
    time.sleep(600)
"""


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.name.startswith(PREFIX))


def test_the_folder_is_private_and_removed_after_use(tmp_path: Path) -> None:
    with preview_folder(tmp_path) as folder:
        if os.name != "nt":
            assert folder.stat().st_mode & 0o077 == 0
        (folder / "page-1.png").write_bytes(b"x")
        assert sweep_previews(tmp_path) == 0  # in use: never swept
    assert _folders(tmp_path) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is missing")
def test_page_images_are_read_into_memory_and_their_files_removed(tmp_path: Path) -> None:
    with preview_folder(tmp_path) as folder:
        pdf = make_pdf(folder / "preview.pdf", 12)
        images = page_images(pdf, folder)
        assert sorted(p.name for p in folder.iterdir()) == [".lock", "preview.pdf"]
    assert len(images) == 12 and all(i.startswith(b"\x89PNG") for i in images)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_killed_process_preview_is_swept_and_a_live_one_kept(tmp_path: Path) -> None:
    def start() -> tuple[subprocess.Popen[str], Path]:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLD_A_PREVIEW, str(tmp_path)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        return child, Path(child.stdout.readline().strip())

    killed, left = start()
    alive, in_use = start()
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        assert left.exists()
        assert sweep_previews(tmp_path) == 1
        assert not left.exists() and in_use.exists()
        (tmp_path / (PREFIX + "not-a-folder")).write_text("x")
        (tmp_path / (PREFIX + "no-lock")).mkdir()  # being made right now, or not ours
        assert sweep_previews(tmp_path) == 0
    finally:
        for child in (killed, alive):
            child.kill()
            child.wait()
            assert child.stdout is not None
            child.stdout.close()
