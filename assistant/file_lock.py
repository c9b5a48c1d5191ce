"""A lock that says "a live process is writing this", dropped by the OS when the process dies.

A save's temporary file and an export preview's folder hold the case in plaintext for the
moment they are written. Whoever finds one can take its lock only if the process that made it
is gone, and may then remove it at once, instead of waiting a while in case a save in another
process is still running. POSIX uses `flock`. Windows needs none: a file another process
holds open cannot be deleted there, so the removal itself fails while a writer is alive.
"""

from __future__ import annotations

import os


def lock_or_fail(fd: int) -> bool:
    """Take the exclusive lock of the open file `fd` without waiting; False when a live
    process holds it. Always True where there is no `flock` (Windows, see above)."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def open_for_lock(path: os.PathLike[str] | str) -> int | None:
    """A descriptor of the ordinary file at `path` for `lock_or_fail`, or None when it cannot
    be opened or is not an ordinary file (a symbolic link is never followed)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    import stat

    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd
