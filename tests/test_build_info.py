"""The About box's build date comes from the bundle's build-info.json, or says 'from source'."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import __version__
from assistant.build_info import BUILD_INFO_FILE, build_info, windows_file_version


def test_packaged_build_reports_its_date(tmp_path: Path) -> None:
    (tmp_path / BUILD_INFO_FILE).write_text('{"build_date": "2026-11-26"}', encoding="utf-8")
    info = build_info(tmp_path)
    assert info.version == __version__
    assert info.build_date == "2026-11-26"


def test_source_copy_or_damaged_file_has_no_date(tmp_path: Path) -> None:
    assert build_info(tmp_path).build_date is None
    (tmp_path / BUILD_INFO_FILE).write_text("{not json", encoding="utf-8")
    assert build_info(tmp_path).build_date is None


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", "0.1.0.0"),
        ("0.2.0rc1", "0.2.0.0"),
        ("1.4", "1.4.0.0"),
        ("2.0.1.dev3", "2.0.1.0"),
        ("3.1.2+local.7", "3.1.2.0"),
    ],
)
def test_the_windows_file_version_has_four_numbers_and_no_suffix(
    version: str, numbers: str
) -> None:
    assert windows_file_version(version) == numbers
