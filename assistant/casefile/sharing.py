"""Another program briefly holding a file, as antivirus, the search indexer, OneDrive and Word do.

On Windows such a program opens a file just saved (to scan, index, upload or show it) without
letting others delete or replace it, and for that moment `os.replace` and `os.unlink` fail with
WinError 5 (access denied) or 32 (sharing violation). It lets go within a second or two, so
these operations are retried for about two seconds before the error is believed. POSIX has no
such locks: an error there carries no `winerror` and is raised at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
HELD_WINERRORS = frozenset({ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION})
RETRIED_WINERRORS = HELD_WINERRORS | {ERROR_ACCESS_DENIED}
RETRY_SECONDS = 2.0
_FIRST_PAUSE = 0.05
_LONGEST_PAUSE = 0.4


def winerror_of(error: BaseException) -> int | None:
    """The Windows error code of an OSError (None on POSIX and for other errors)."""
    code = getattr(error, "winerror", None)
    return code if isinstance(code, int) else None


def held_by_another_program(error: BaseException) -> bool:
    """True for a sharing or lock violation: another program has the file open."""
    return winerror_of(error) in HELD_WINERRORS


def retry_while_held(
    action: Callable[[], T],
    *,
    seconds: float = RETRY_SECONDS,
) -> T:
    """`action()`, tried again while it fails with WinError 5, 32 or 33, for about `seconds`.

    Access denied (5) is retried too, because replacing a file that another program holds
    gives it; a really read-only file then fails two seconds later, which costs little.
    """
    clock, sleep = time.monotonic, time.sleep  # looked up per call: tests replace them
    deadline = clock() + seconds
    pause = _FIRST_PAUSE
    while True:
        try:
            return action()
        except OSError as error:
            if winerror_of(error) not in RETRIED_WINERRORS or clock() >= deadline:
                raise
        sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE)
