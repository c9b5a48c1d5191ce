"""DOCX export: read the file back with python-docx and check content, styles and metadata."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.document.build import build_document
from assistant.render.docx import render_docx
from tests.export_samples import (
    as_printed_in_docx,
    docx_body_lines,
    kazakh_case,
    russian_case,
    words,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize(
    ("make", "language", "tag"),
    [(russian_case, Language.RU, "ru-RU"), (kazakh_case, Language.KK, "kk-KZ")],
)
def test_docx_paragraphs_are_the_model_lines(
    tmp_path: Path, make, language: Language, tag: str
) -> None:  # type: ignore[no-untyped-def]
    import docx

    model = build_document(make(tmp_path), language, draft=False)
    out = tmp_path / "c.docx"
    render_docx(model, out)
    assert docx_body_lines(out) == as_printed_in_docx(model.text_lines())
    document = docx.Document(str(out))
    styles = {p.style.name for p in document.paragraphs}
    assert {
        "Kassatsiya Addressee",
        "Kassatsiya Title",
        "Kassatsiya Body",
        "Kassatsiya Heading",
    } <= styles
    assert document.paragraphs[0].style.name == "Kassatsiya Addressee"
    assert document.styles["Kassatsiya Heading"].paragraph_format.keep_with_next
    assert document.styles["Kassatsiya Body"].base_style.name == "Normal"
    props = document.core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert props.language == tag and props.title == model.title
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 20
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 14
    langs = {el.get(f"{W}val") for el in document.element.body.iter(f"{W}lang")}
    assert langs == {tag}
    style_langs = {el.get(f"{W}val") for el in document.styles.element.iter(f"{W}lang")}
    assert tag in style_langs
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml
    assert not "".join(p.text for p in section.header.paragraphs).strip()


def test_signature_is_kept_with_the_last_two_lines_before_it(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "s.docx"
    render_docx(build_document(russian_case(tmp_path), Language.RU, draft=False), out)
    paragraphs = docx.Document(str(out)).paragraphs
    free, item_3, item_4, date, signature = paragraphs[-5:]
    assert words([date.text]) == ["26", "ноября", "2026", "года"]
    assert signature.text.startswith("Сапаров Ерлан Маратович ___")
    assert item_4.text.startswith("4. справка")
    assert all(p.paragraph_format.keep_with_next for p in (item_3, item_4, date))
    assert not free.paragraph_format.keep_with_next
    assert signature.paragraph_format.keep_together


VML = "{urn:schemas-microsoft-com:vml}"


def _diagonal_marks(document: object) -> list[tuple[str, str]]:
    """(text, shape style) of each VML text shape in the first section's header."""
    header = document.sections[0].header._element  # type: ignore[attr-defined]
    return [
        (path.get("string"), shape.get("style"))
        for shape in header.iter(f"{VML}shape")
        for path in shape.iter(f"{VML}textpath")
    ]


@pytest.mark.parametrize(
    ("language", "mark"),
    [(Language.KK, "ЖОБА — қайтарылады"), (Language.RU, "ЧЕРНОВИК — будет возвращена")],
)
def test_a_draft_docx_carries_the_diagonal_mark_the_pdf_has(
    tmp_path: Path, language: Language, mark: str
) -> None:
    import docx

    out = tmp_path / "d.docx"
    render_docx(
        build_document(russian_case(tmp_path), language, draft=True, open_problems=["x"]), out
    )
    marks = _diagonal_marks(docx.Document(str(out)))
    assert len(marks) == 1
    text, style = marks[0]
    assert text == mark
    assert "rotation:315" in style and "mso-position-horizontal:center" in style
    final = tmp_path / "f.docx"
    render_docx(build_document(russian_case(tmp_path), language, draft=False), final)
    assert _diagonal_marks(docx.Document(str(final))) == []


def test_numbered_lines_are_flush_left_with_a_hanging_indent(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    out = tmp_path / "n.docx"
    render_docx(build_document(russian_case(tmp_path), Language.RU, draft=False), out)
    document = docx.Document(str(out))
    request = next(p for p in document.paragraphs if p.text.startswith("1. изменить"))
    assert request.style.name == "Kassatsiya List Item"
    fmt = document.styles["Kassatsiya List Item"].paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert fmt.first_line_indent < 0 < fmt.left_indent
    assert round(fmt.left_indent.mm) == 7 and round(-fmt.first_line_indent.mm) == 7


def test_no_line_breaks_inside_numbers_references_and_dates(tmp_path: Path) -> None:
    import docx

    case = russian_case(tmp_path)
    case.proceedings_summary = (
        "Осужден по ч. 3 ст. 190 УК РК, ущерб 1 850 000 тенге (т. 2, л.д. 45)."
    )
    out = tmp_path / "b.docx"
    render_docx(build_document(case, Language.RU, draft=False), out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    for bound in (
        "ч.\u00a03",
        "ст.\u00a0190",
        "УК\u00a0РК",
        "1\u00a0850\u00a0000\u00a0тенге",
        "т.\u00a02",
        "л.д.\u00a045",
        "12\u00a0марта",
        "2026\u00a0года",
        "№\u00a01\u2011123/2026",
        "2а\u201177/2026",
    ):
        assert bound in text, bound


def test_draft_header_on_every_page_and_reading_copy_notice(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "d.docx"
    model = build_document(
        kazakh_case(tmp_path), Language.KK, draft=True, open_problems=["Қол жоқ"]
    )
    render_docx(model, out)
    document = docx.Document(str(out))
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "ЖОБА — қайтарылады" in header
    assert document.paragraphs[0].text == "ЖОБА — қайтарылады"
    assert "1. Қол жоқ" in docx_body_lines(out)
    english = tmp_path / "en.docx"
    render_docx(build_document(russian_case(tmp_path), Language.EN, draft=False), english)
    assert docx_body_lines(english)[0] == "Reading copy — not for filing"


def test_no_user_name_or_path_in_the_package(tmp_path: Path) -> None:
    out = tmp_path / "p.docx"
    render_docx(build_document(russian_case(tmp_path), Language.RU, draft=False), out)
    with zipfile.ZipFile(out) as package:
        core = package.read("docProps/core.xml").decode()
        everything = b"".join(package.read(name) for name in package.namelist()).decode(
            "utf-8", "replace"
        )
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core
    assert "python-docx" not in core
    assert str(tmp_path) not in everything


HOSTILE = st.sampled_from(
    ["<", "&", "<b>", "\x00", "\x0b", "\x1f", "\t", "\n", "😀", "שלום", "\ufffe", "\ud800", "x" * 5000]
)  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), max_size=6).map("".join)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE_TEXT, summary=HOSTILE_TEXT, request_text=HOSTILE_TEXT)
def test_hostile_text_renders_to_docx(
    tmp_path: Path, name: str, summary: str, request_text: str
) -> None:
    case = russian_case(tmp_path)
    case.filer.full_name = name
    case.proceedings_summary = summary
    case.request.text = request_text
    model = build_document(case, Language.RU, draft=True, open_problems=[name])
    out = tmp_path / "h.docx"
    render_docx(model, out)
    assert docx_body_lines(out) == as_printed_in_docx(model.text_lines())


def test_package_is_dated_by_the_export_and_names_no_other_application(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "d.docx"
    now = dt.datetime(2026, 11, 26, 14, 5, 9, 123456, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    render_docx(build_document(russian_case(tmp_path), Language.RU, draft=False), out, now=now)
    props = docx.Document(str(out)).core_properties
    assert props.created == props.modified == dt.datetime(2026, 11, 26, 9, 5, 9, tzinfo=dt.UTC)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        everything = b"".join(package.read(name) for name in names)
        app = package.read("docProps/app.xml").decode("utf-8")
        content_types = package.read("[Content_Types].xml").decode("utf-8")
    assert "<Application>Kassatsiya</Application>" in app
    assert 'PartName="/docProps/app.xml"' in content_types
    assert b"Macintosh" not in everything and b"2013-12-23" not in everything
