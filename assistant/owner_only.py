"""Files and folders that only their owner can open: saves, recovery files, settings and logs.

A case names a person, their conviction and their story; the recovery files hold the same, and
the settings and logs name the files worked on. On POSIX the owner-only bits are 0600 for a
file and 0700 for a folder. On Windows, where those bits do nothing, the access list is made
owner-only instead (assistant/windows_acl.py). Where the file system has no permissions at all
(FAT or exFAT: most USB sticks) nothing can be restricted; that is reported, never an error,
because saving the user's work matters more than hardening it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


def restrict_to_owner(path: Path, *, platform: str = sys.platform) -> bool:
    """Let only the current user open `path` (a file or a folder); False where the file
    system cannot do it. A folder passes the restriction on to what is created in it later
    (Windows); on POSIX its 0700 keeps others out of everything inside."""
    try:
        folder = path.is_dir()
        if platform == "win32":
            from assistant.windows_acl import restrict_to_current_user

            restrict_to_current_user(str(path), folder=folder)
        else:
            os.chmod(path, OWNER_ONLY_FOLDER if folder else OWNER_ONLY_FILE)
    except OSError:
        return False
    return True


def private_folder(path: Path, *, platform: str = sys.platform) -> Path:
    """`path`, created with its parents if missing and then restricted to the owner.

    A folder that already exists is left as it is: the user (or an administrator) may have
    set its permissions on purpose. OSError when it cannot be created.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        restrict_to_owner(path, platform=platform)
    return path


def keep_access_of(previous: Path, new: Path, *, platform: str = sys.platform) -> None:
    """Windows: a file that replaces `previous` keeps its deliberate (protected) access list,
    so that a case restricted once stays restricted after every save. Best effort, as above;
    POSIX keeps the permission bits through the save's `mode` instead."""
    if platform != "win32":
        return
    try:
        from assistant.windows_acl import copy_protected_access

        copy_protected_access(str(previous), str(new))
    except OSError:
        return


def protect_replacement(
    fd: int, replacement: Path, target: Path, mode: int, *, platform: str = sys.platform
) -> None:
    """Before any data is written to `replacement` (open as `fd`), which will replace `target`:
    POSIX gives it `mode`; Windows makes a new file owner-only and lets a replacing one keep
    the old file's deliberate access list. Best effort, as above: a USB stick's FAT refuses."""
    if platform != "win32":
        try:
            os.fchmod(fd, mode)
        except OSError:
            return
    elif target.exists():
        keep_access_of(target, replacement, platform=platform)
    else:
        restrict_to_owner(replacement, platform=platform)
