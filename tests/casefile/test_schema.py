"""The committed JSON schema is the generated one, and saved files satisfy it."""

from __future__ import annotations

import json

import jsonschema

from assistant.case.model import (
    Case,
)
from assistant.casefile import (
    case_file_schema,
)
from assistant.casefile.format import encode_document
from assistant.casefile.schema import case_file_schema_text
from tests.casefile.samples import (
    ROOT,
    sample_case,
)


def test_committed_schema_equals_generated() -> None:
    committed = (ROOT / "docs" / "case-file.schema.json").read_text(encoding="utf-8")
    assert committed == case_file_schema_text(), "run: python scripts/write_schema.py"


def test_saved_files_satisfy_the_schema_and_strangers_do_not() -> None:
    schema = case_file_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    for case in (sample_case(), Case()):
        validator.validate(json.loads(encode_document(case)))
    for bad in (
        {"format": "kassatsiya-case", "version": 0, "case": {}},
        {"format": "kassatsiya-case", "version": 1, "case": {"filer": {"ful_name": ""}}},
        {"format": "kassatsiya-case", "version": 1, "case": {}, "extra": 1},
    ):
        assert not validator.is_valid(bad)
