"""Page images of an exported complaint for the window's preview: in memory, never left on disk.

poppler's `pdftoppm` writes each page as a file, so it works in a private folder (owner only,
named `kassatsiya-preview-…` in the system's temporary folder) that also holds the PDF made
only for the preview of a DOCX export. The images are read into memory and the folder removed
before the preview is shown, so no rendered page (a name, an IIN) outlives the export, for a
protected case too. While it exists the folder's lock file is locked (assistant/file_lock);
a folder whose lock is free was left by a killed process, and `sweep_previews`, run at every
start of the window, removes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from assistant.file_lock import lock_or_fail, open_for_lock

PREFIX = "kassatsiya-preview-"
LOCK_NAME = ".lock"
DPI = 60
TIMEOUT_S = 60


@contextlib.contextmanager
def preview_folder(root: Path | None = None) -> Iterator[Path]:
    """A private folder for one preview, locked while in use and removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))  # mode 700
    lock = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        lock_or_fail(lock)
        yield folder
    finally:
        os.close(lock)
        shutil.rmtree(folder, ignore_errors=True)


def page_images(pdf: Path, folder: Path) -> list[bytes]:
    """PNG images of the pages of `pdf` (via poppler's pdftoppm, run in `folder`), in order;
    [] when pdftoppm is not installed or fails. The image files are removed once read."""
    import subprocess  # lazy: only an export runs programs

    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    root = folder / "page"
    try:
        subprocess.run(
            [tool, "-png", "-r", str(DPI), str(pdf), str(root)],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted(folder.glob("page*.png"), key=lambda p: (len(p.name), p.name))
    try:
        images = [file.read_bytes() for file in files]
    except OSError:
        images = []
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()
    return images


def _abandoned(folder: Path) -> bool:
    """True when no live process holds `folder`'s lock (a folder without one is left alone:
    it is being made right now, or it is not ours)."""
    if os.name == "nt":  # an open file cannot be deleted there: the lock's holder is alive
        try:
            (folder / LOCK_NAME).unlink()
        except OSError:
            return False
        return True
    fd = open_for_lock(folder / LOCK_NAME)
    if fd is None:
        return False
    try:
        return lock_or_fail(fd)
    finally:
        os.close(fd)


def sweep_previews(root: Path | None = None) -> int:
    """Remove the preview folders killed processes left in `root` (default: the system's
    temporary folder); returns how many. Other users' folders are never touched."""
    base = Path(root if root is not None else tempfile.gettempdir())
    removed = 0
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return 0
    for folder in candidates:
        try:
            info = folder.lstat()
        except OSError:
            continue
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if folder.is_dir() and not folder.is_symlink() and mine and _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed
