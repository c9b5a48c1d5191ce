"""E-filing predicates (row F2): file types the Judicial office service may refuse.

The accepted types are data in `assistant/law/efiling.toml` (UNCONFIRMED there, so rules built
on them only warn). Only the file name is looked at: the engine never touches the disk; sizes
are checked at export (`assistant.efiling`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from assistant.case.model import Case
from assistant.efiling import load_limits
from assistant.law.registry import Context, Hit, NoParams, predicate


@predicate("efiling_unaccepted_type", NoParams)
def efiling_unaccepted_type(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """One hit per attached file whose extension is not among the accepted types."""
    accepted = load_limits().accepted_types
    for index, attachment in enumerate(case.attachments):
        if not attachment.file.strip():
            continue
        suffix = PurePath(attachment.file).suffix.lower().lstrip(".")
        if suffix not in accepted:
            yield Hit(
                fields=(f"/attachments/{index}/file",),
                params={"number": index + 1, "types": ", ".join(sorted(accepted)).upper()},
            )
