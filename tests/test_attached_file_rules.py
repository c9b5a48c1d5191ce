"""The attached files as found on disk, judged by the F2 and R1.C9 rules through the front door."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.case.enums import FilingChannel, Language
from assistant.case.model import Attachment, Case
from assistant.law.engine import evaluate
from assistant.law.file_facts import facts_of
from assistant.session import check
from tests.export_samples import make_pdf

TODAY = dt.date(2026, 11, 26)


def _found(case: Case) -> dict[str, list[tuple[str, ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for finding in check(case, TODAY).report.findings:
        found.setdefault(finding.rule.id, []).append(finding.fields)
    return found


def _locked_pdf(tmp_path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf(tmp_path / "plain.pdf", 2)))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    return locked


def test_missing_locked_and_damaged_files_are_each_named_on_their_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    good = make_pdf(tmp_path / "good.pdf", 3)
    case = Case(
        attachments=[
            Attachment(title="закрытый", file=str(_locked_pdf(tmp_path)), pages=4),
            Attachment(title="битый", file=str(broken)),
            Attachment(title="нет", file=str(tmp_path / "gone.pdf")),
            Attachment(title="хороший", file=str(good)),
        ]
    )
    found = _found(case)
    assert found["R1.C9.pdf_encrypted"] == [("/attachments/0/file",)]
    assert found["R1.C9.pdf_unreadable"] == [("/attachments/1/file",)]
    assert found["R1.C9.file_missing"] == [("/attachments/2/file",)]
    assert not any("/attachments/3/file" in fields for ids in found.values() for fields in ids)


def test_the_engine_alone_reads_no_disk_so_file_rules_stay_silent(tmp_path: Path) -> None:
    case = Case(attachments=[Attachment(title="нет", file=str(tmp_path / "gone.pdf"))])
    ids = {f.rule.id for f in evaluate(case, TODAY).findings}
    assert not ids & {"R1.C9.file_missing", "F2.file_size"}


def test_efiling_limits_warn_only_when_filed_electronically(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x")
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    just_under = tmp_path / "under.docx"
    with just_under.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    case = Case(
        attachments=[
            Attachment(file=str(text)),
            Attachment(file=str(big)),
            Attachment(file=str(just_under)),
        ]
    )
    assert "F2.file_type" not in _found(case)  # on paper the service's limits do not apply
    case.filing.channel = FilingChannel.E_FILING
    found = _found(case)
    assert found["F2.file_type"] == [("/attachments/0/file",)]
    assert found["F2.file_size"] == [("/attachments/1/file",)]  # 20 MB itself is allowed
    result = check(case, TODAY)
    size = next(f for f in result.report.findings if f.rule.id == "F2.file_size")
    assert size.rule.status == "UNCONFIRMED" and size.severity == "warning"
    assert "scan.pdf" in size.message(Language.RU) and "20" in size.message(Language.RU)
    assert any("notes.txt" in w and "488" in w for w in result.file_warnings(Language.EN))


def test_a_file_changed_on_disk_is_judged_again(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"not a pdf")
    assert facts_of(str(pdf)).pdf_problem == "unreadable"
    make_pdf(pdf, 1)
    assert facts_of(str(pdf)).pdf_problem == ""
