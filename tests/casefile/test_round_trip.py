"""Saving and reading back: every field, the layout on disk, owner-only files, links and BOMs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.model import (
    new_case,
)
from assistant.casefile import (
    FORMAT_VERSION,
    load_case,
    loads_case,
    save_case,
)
from assistant.casefile.format import encode_document
from tests.casefile.samples import (
    sample_case,
)


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    case = sample_case()
    path = tmp_path / "дело.kassatsiya"
    save_case(case, path)
    assert load_case(path) == case
    assert load_case(str(path)) == case


def test_plain_file_is_readable_utf8_json_with_envelope_first(tmp_path: Path) -> None:
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "kassatsiya-case",\n  "version": 3,\n  "case": {')
    assert "Әбілқасымова" in text  # not \u-escaped
    assert text.endswith("}\n")
    document = json.loads(text)
    assert document["version"] == FORMAT_VERSION
    assert document["case"]["acts"][0]["date"] == "2026-03-02"


@given(name=st.text(st.characters(codec="utf-8"), max_size=200))
@settings(max_examples=60, deadline=None)
def test_any_valid_text_round_trips(name: str) -> None:
    case = sample_case(name)
    assert loads_case(encode_document(case)) == case


def test_new_file_is_private_to_its_owner(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX permission bits")
    path = tmp_path / "case.kassatsiya"
    save_case(sample_case(), path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_saving_through_a_symlink_replaces_the_target_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.kassatsiya"
    link = tmp_path / "link.kassatsiya"
    save_case(new_case(Language.RU), real)
    link.symlink_to(real)
    save_case(sample_case(), link)
    assert link.is_symlink()
    assert load_case(real) == sample_case()


def test_utf8_bom_written_by_an_editor_is_accepted() -> None:
    case = sample_case()
    assert loads_case(b"\xef\xbb\xbf" + encode_document(case)) == case
