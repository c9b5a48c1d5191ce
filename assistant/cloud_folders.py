"""Is a case saved where a cloud service uploads it? Decided here; the window and CLI say it.

Kassatsiya opens no connection, yet on many clinic laptops Documents is moved into OneDrive
(Known Folder Move), which uploads every file saved there, `.bak` included, and keeps old
versions online. A protected case is uploaded encrypted; an unprotected one in plain text,
which breaks the promise that nothing leaves the computer. OneDrive names its folders in the
user's environment (`OneDrive`, and `OneDriveConsumer` / `OneDriveCommercial` for a personal
and a work account); other services (Google Drive, Dropbox, Yandex Disk) set nothing
comparable and are not detected.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from assistant.case.enums import Language
from assistant.i18n import N_, gettext_in

CLOUD_FOLDER_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
UPLOADED_UNPROTECTED = N_(
    "%(file)s is in a folder that OneDrive copies to the internet (%(folder)s). Kassatsiya "
    "itself sends nothing, but OneDrive uploads this case and its backup copy unencrypted. "
    "Protect the case with a passphrase, or save it in a folder outside OneDrive."
)


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def cloud_synced_folder(path: Path, environ: Mapping[str, str] | None = None) -> Path | None:
    """The OneDrive folder `path` lies in, or None (Windows compares without case)."""
    env = os.environ if environ is None else environ
    inside = _key(str(path))
    for variable in CLOUD_FOLDER_VARIABLES:
        folder = env.get(variable, "").strip()
        if not folder:
            continue
        root = _key(folder).rstrip(os.sep)
        if inside == root or inside.startswith(root + os.sep):
            return Path(folder)
    return None


def cloud_upload_warning(
    path: Path,
    *,
    protected: bool,
    language: Language,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The warning to show after saving an unprotected case at `path`, if OneDrive takes it."""
    if protected:
        return None
    folder = cloud_synced_folder(path, environ)
    if folder is None:
        return None
    return gettext_in(language, UPLOADED_UNPROTECTED) % {"file": path.name, "folder": folder}
