"""The About box's build date comes from the bundle's build-info.json, or says 'from source'."""

from __future__ import annotations

from pathlib import Path

from assistant import __version__
from assistant.build_info import BUILD_INFO_FILE, build_info


def test_packaged_build_reports_its_date(tmp_path: Path) -> None:
    (tmp_path / BUILD_INFO_FILE).write_text('{"build_date": "2026-11-26"}', encoding="utf-8")
    info = build_info(tmp_path)
    assert info.version == __version__
    assert info.build_date == "2026-11-26"


def test_source_copy_or_damaged_file_has_no_date(tmp_path: Path) -> None:
    assert build_info(tmp_path).build_date is None
    (tmp_path / BUILD_INFO_FILE).write_text("{not json", encoding="utf-8")
    assert build_info(tmp_path).build_date is None
