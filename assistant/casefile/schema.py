"""JSON Schema (draft 2020-12) of the plain case file, for other tools and for reviewers.

Generated from the model, so it cannot drift; docs/case-file.schema.json is its committed copy
(scripts/write_schema.py writes it, a test compares them).
"""

from __future__ import annotations

from typing import Any

import msgspec

from assistant.case.model import Case
from assistant.casefile.format import FILE_SUFFIX, FORMAT_NAME, FORMAT_VERSION

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def case_file_schema() -> dict[str, Any]:
    """The schema of a whole plain `.kassatsiya` file: the envelope and the case inside it."""
    case_schema = msgspec.json.schema(Case)
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "Kassatsiya case file",
        "description": (
            f"A plain (not passphrase-protected) {FILE_SUFFIX} file, format version "
            f"{FORMAT_VERSION}: one cassation complaint in a criminal case (CPC RK Arts. "
            "484-489). UTF-8 JSON. Protected files are not JSON; see docs/case-file.md."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "case": {"$ref": case_schema["$ref"]},
        },
        "required": ["format", "version", "case"],
        "additionalProperties": False,
        "$defs": case_schema["$defs"],
    }


def case_file_schema_text() -> str:
    """The schema as the committed file holds it: indented, UTF-8, with a final newline."""
    import json  # lazy: only the `schema` command writes it, and the GUI starts without json

    return json.dumps(case_file_schema(), indent=2, ensure_ascii=False) + "\n"
