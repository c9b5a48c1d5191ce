"""An export that cannot be written says why in the user's language, and keeps the old file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from assistant.case.enums import Language
from assistant.casefile import atomic
from assistant.export import WriteError, export_case
from tests.export_samples import russian_case


def _export(case_dir: Path, **paths: Path) -> None:
    export_case(
        russian_case(case_dir),
        language=Language.RU,
        docx=paths.get("docx"),
        pdf=paths.get("pdf"),
        final=False,
        open_problems=[],
    )


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_missing_folder_is_named_in_the_users_language(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "no such folder" / f"жалоба.{kind}"
    with pytest.raises(WriteError) as raised:
        _export(tmp_path, **{kind: target})
    assert raised.value.message(Language.RU) == (
        f"Не удалось записать жалобу в файл {target}: такой папки нет. Выберите существующую папку."
    )
    assert "қалта жоқ" in raised.value.message(Language.KK)


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        (errno.EACCES, "open in another program"),  # Windows: the last export is open in Word
        (errno.ENOSPC, "disk is full"),
        (errno.ENAMETOOLONG, "name is too long"),
        (errno.EIO, "a system error (Input/output error)"),
    ],
)
def test_each_system_error_gets_its_way_out(code: int, fragment: str) -> None:
    error = WriteError(Path("c.docx"), OSError(code, os.strerror(code)))
    assert fragment in error.message(Language.EN)


def test_a_failed_export_leaves_the_earlier_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "complaint.pdf"
    target.write_bytes(b"%PDF- the earlier export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_flush_to_disk", disk_full)
    with pytest.raises(WriteError) as raised:
        _export(tmp_path, pdf=target)
    assert "disk is full" in raised.value.message(Language.EN)
    assert target.read_bytes() == b"%PDF- the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
