"""PDF export: read the file back with pypdf and check every element of the complaint."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.document.build import build_document
from assistant.export import export_case
from assistant.render.fonts import missing_characters, tinos_codepoints
from assistant.render.pdf import SIGNATURE_FIELD_NAME, render_pdf
from tests.export_samples import (
    docx_body_lines,
    kazakh_case,
    pdf_body_text,
    pdf_full_text,
    russian_case,
    words,
)

KAZAKH = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
TYPOGRAPHY = "№«»—–₸\u202f"


@pytest.mark.parametrize(
    ("make", "language"), [(russian_case, Language.RU), (kazakh_case, Language.KK)]
)
def test_pdf_text_matches_the_model_and_the_docx(tmp_path: Path, make, language: Language) -> None:  # type: ignore[no-untyped-def]
    case = make(tmp_path)
    result = export_case(
        case,
        language=language,
        docx=tmp_path / "c.docx",
        pdf=tmp_path / "c.pdf",
        final=True,
        open_problems=(),
    )
    assert result.files == (tmp_path / "c.docx", tmp_path / "c.pdf")
    assert result.warnings == () and not result.draft
    doc = build_document(case, language, draft=False)
    expected = words(doc.text_lines())
    assert words([pdf_body_text(tmp_path / "c.pdf")]) == expected
    assert words(docx_body_lines(tmp_path / "c.docx")) == expected


def test_russian_pdf_elements_and_attachment_pages(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    render_pdf(build_document(russian_case(tmp_path), Language.RU, draft=False), out)
    text = " ".join(words([pdf_full_text(out)]))
    for phrase in [
        "В Кассационный суд по уголовным делам",
        "Процессуальное положение: осужденный",
        "на приговор Медеуского районного суда г. Алматы от 12 марта 2026 года по делу № 1-123/2026",
        "вступило в законную силу 14 мая 2026 года",
        "Обжалую указанные судебные акты в части",
        "пункт 3) части первой статьи 485 УПК РК",
        "пункт 5) части первой статьи 485 УПК РК",
        "протокол явки с повинной",
        "Прошу рассмотреть жалобу с моим участием.",
        "ПРОШУ:",
        "Приложение:",
        "3. характеристика с места работы, на 3 л.",
        "26 ноября 2026 года",
        "Сапаров Ерлан Маратович",
    ]:
        assert phrase in text, phrase
    assert "ЧЕРНОВИК" not in text


def test_pdf_metadata_fonts_language_and_signature_field(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "kk.pdf"
    render_pdf(build_document(kazakh_case(tmp_path), Language.KK, draft=False), out)
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Кассациялық шағым — Әбдіқадырова Гүлнұр Серікқызы"
    assert reader.metadata.get("/Author") == ""
    assert reader.trailer["/Root"]["/Lang"] == "kk-KZ"
    fields = reader.get_fields()
    assert fields is not None and fields[SIGNATURE_FIELD_NAME]["/FT"] == "/Sig"
    assert fields[SIGNATURE_FIELD_NAME].get("/V") is None  # empty: nothing signed yet
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts <= {"Tinos", "Tinos-Bold"}
    page = reader.pages[0].mediabox
    assert (round(float(page.width)), round(float(page.height))) == (595, 842)


def test_kazakh_letters_are_in_the_font_and_round_trip(tmp_path: Path) -> None:
    covered = tinos_codepoints()
    assert all(ord(char) in covered for char in KAZAKH + TYPOGRAPHY)
    case = kazakh_case(tmp_path)
    case.proceedings_summary = f"{KAZAKH} {TYPOGRAPHY[:-1]} 1\u202f000 ₸"
    out = tmp_path / "letters.pdf"
    render_pdf(build_document(case, Language.KK, draft=False), out)
    text = pdf_full_text(out)
    for char in KAZAKH + TYPOGRAPHY[:-1]:
        assert char in text, f"U+{ord(char):04X}"
    assert "1 000 ₸" in text.replace("\u00a0", " ")


def test_a_narrow_no_break_space_never_ends_a_pdf_line() -> None:
    """babel writes «1 000 ₸» with U+202F; reportlab would break there, so the PDF prints a
    no-break space instead (assistant.render.pdf.printable), at every line length."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from assistant.render.pdf import printable

    style = getSampleStyleSheet()["Normal"]
    for width in range(40, 160, 10):
        for count in range(1, 12):
            paragraph = Paragraph(printable("слово " * count + "1\u202f000 ₸"), style)
            paragraph.wrap(width, 1000)
            lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
            assert not any(line.endswith("1") for line in lines), (width, lines)


def test_draft_watermark_and_header_iff_draft(tmp_path: Path) -> None:
    case = russian_case(tmp_path)
    draft = export_case(
        case,
        language=None,
        docx=None,
        pdf=tmp_path / "d.pdf",
        final=False,
        open_problems=["Нет подписи"],
    )
    assert draft.draft
    text = pdf_full_text(tmp_path / "d.pdf")
    from pypdf import PdfReader

    pages = len(PdfReader(tmp_path / "d.pdf").pages)
    assert text.count("ЧЕРНОВИК — будет возвращена") >= 2 * pages  # header + watermark per page
    assert "Нет подписи" in text
    final = export_case(
        case,
        language=None,
        docx=None,
        pdf=tmp_path / "f.pdf",
        final=True,
        open_problems=["Нет подписи"],
    )
    assert not final.draft and "ЧЕРНОВИК" not in pdf_full_text(tmp_path / "f.pdf")


def test_english_reading_copy_notice_on_first_page(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "en.pdf"
    render_pdf(build_document(russian_case(tmp_path), Language.EN, draft=False), out)
    first = PdfReader(out).pages[0].extract_text()
    assert "Reading copy — not for filing" in first
    assert "I REQUEST:" in pdf_full_text(out)


def test_missing_glyphs_are_marked_and_reported(tmp_path: Path) -> None:
    case = russian_case(tmp_path)
    case.proceedings_summary = "Смайлик 😀 и مرحبا"
    result = export_case(
        case, language=None, docx=None, pdf=tmp_path / "e.pdf", final=True, open_problems=()
    )
    assert any("U+1F600" in warning for warning in result.warnings)
    assert "[U+1F600]" in pdf_full_text(tmp_path / "e.pdf")
    assert missing_characters(["😀 ok"]) == ["😀"]


HOSTILE = st.sampled_from(
    ["<", "&", ">", "<b>", "</para>", "&amp;", "\x00", "\x07", "\x1b", "\t", "\n", "\r\n", "😀", "שלום",
     "مرحبا", "\u200f", "\ufffe", "\ud800", "Ә", "№", " ", "x" * 5000]
)  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), max_size=6).map("".join)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE_TEXT, summary=HOSTILE_TEXT, violation=HOSTILE_TEXT, problem=HOSTILE_TEXT)
def test_hostile_text_renders_to_both_formats(
    tmp_path: Path, name: str, summary: str, violation: str, problem: str
) -> None:
    case = russian_case(tmp_path)
    case.filer.full_name = name
    case.proceedings_summary = summary
    case.grounds[0].violation = violation
    case.attachments[1].title = name
    result = export_case(
        case,
        language=Language.RU,
        docx=tmp_path / "h.docx",
        pdf=tmp_path / "h.pdf",
        final=False,
        open_problems=[problem],
    )
    assert len(result.files) == 2
    assert pdf_full_text(tmp_path / "h.pdf")
    assert docx_body_lines(tmp_path / "h.docx")
    if "\x07" in name + summary + violation + problem:
        assert any("[U+0007]" in warning for warning in result.warnings)


def test_empty_case_renders(tmp_path: Path) -> None:
    doc = build_document(Case(), Language.RU, draft=True, open_problems=["Всё пусто"])
    render_pdf(doc, tmp_path / "empty.pdf")
    assert "Всё пусто" in pdf_full_text(tmp_path / "empty.pdf")


def test_filing_package_merges_with_bookmarks(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from assistant.filing_package import build_filing_package
    from tests.export_samples import make_pdf

    complaint = tmp_path / "c.pdf"
    render_pdf(build_document(russian_case(tmp_path), Language.RU, draft=False), complaint)
    complaint_pages = len(PdfReader(complaint).pages)
    extra = make_pdf(tmp_path / "extra.pdf", 3)
    text = tmp_path / "notes.txt"
    text.write_text("x")
    out = tmp_path / "package.pdf"
    warnings = build_filing_package(
        complaint, [("Характеристика", extra), ("Заметки", text)], out, title="Жалоба"
    )
    reader = PdfReader(out)
    assert len(reader.pages) == complaint_pages + 3
    assert [item.title for item in reader.outline] == ["Жалоба", "Характеристика"]
    assert len(warnings) == 1 and "notes.txt" in warnings[0]


def test_pdf_metadata_holds_no_user_name_or_path(tmp_path: Path) -> None:
    import re

    from pypdf import PdfReader

    out = tmp_path / "m.pdf"
    model = build_document(russian_case(tmp_path), Language.RU, draft=False)
    render_pdf(model, out)
    reader = PdfReader(out)
    assert reader.metadata is not None
    metadata = {str(key): str(value) for key, value in reader.metadata.items()}
    assert set(metadata) <= {
        "/Author", "/CreationDate", "/Creator", "/Keywords", "/ModDate", "/Producer",
        "/Subject", "/Title", "/Trapped",
    }  # fmt: skip
    assert metadata["/Author"] == metadata["/Subject"] == metadata["/Keywords"] == ""
    assert metadata["/Creator"] == "Kassatsiya"
    assert metadata["/Title"] == model.title  # typed by the user: the filer's name is theirs
    assert metadata["/Producer"] == "ReportLab PDF Library - (opensource)"
    date = r"D:\d{14}(Z|[+-]\d\d'\d\d'?)?"
    assert all(re.fullmatch(date, metadata[k]) for k in ("/CreationDate", "/ModDate"))
    assert reader.xmp_metadata is None
    assert str(tmp_path).encode() not in out.read_bytes()
