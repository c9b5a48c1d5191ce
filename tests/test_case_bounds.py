"""A case file is refused, with the field named, when it repeats a key, holds more text than a
case may or an impossible page count; long texts export in linear time, whole.

Issue 16: item 7 (a second `"case": {}` emptied the case), item 10 (one 160,000-character word
took 23 s to export, a 2 MB paragraph 160 s) and item 11 (-999999999 pages were printed into a
complaint marked ready).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.limits import MAX_LINE_CHARS, MAX_PAGES, MAX_PROSE_CHARS, MAX_PROSE_LINES
from assistant.case.model import Case
from assistant.casefile import CaseFileError, ErrorKind, loads_case
from assistant.casefile.duplicate_keys import first_repeated_key
from assistant.casefile.format import FORMAT_VERSION
from assistant.cli import main
from assistant.document.build import build_document
from assistant.render.long_text import PIECE_CHARS, layout_pieces
from assistant.render.pdf import render_pdf

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ready-ru.kassatsiya"


def _document() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _refused(data: bytes) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        loads_case(data)
    return caught.value


# --- item 7: a key given twice -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "pointer"),
    [
        ('"case": {', '"case": {}, "case": {', "/case"),
        ('"full_name": ', '"full_name": "Другой", "full_name": ', "/case/filer/full_name"),
        (
            '"copy_attached": ',
            '"copy_attached": false, "copy_attached": ',
            "/case/acts/0/copy_attached",
        ),
        (
            f'"version": {FORMAT_VERSION}',
            f'"version": {FORMAT_VERSION}, "version": {FORMAT_VERSION}',
            "/version",
        ),
    ],
)
def test_a_key_given_twice_is_refused_by_name(before: str, after: str, pointer: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert before in text
    error = _refused(text.replace(before, after, 1).encode("utf-8"))
    assert error.kind is ErrorKind.DUPLICATE_KEY
    assert error.pointer == pointer
    assert pointer in error.message(Language.EN)
    assert "twice" in error.message(Language.EN)


def test_the_cli_names_the_repeated_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.kassatsiya"
    text = EXAMPLE.read_text(encoding="utf-8").rstrip()
    path.write_text(text[:-1] + ', "case": {}}', encoding="utf-8")
    assert main(["check", str(path), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "/case" in captured.err and "twice" in captured.err


def test_keys_escaped_in_the_pointer_and_none_repeated() -> None:
    assert first_repeated_key(b'{"a/b": {"x~": 1, "x~": 2}}') == "/a~1b/x~0"
    assert first_repeated_key(b'[{"a": 1}, {"a": 1}, {"b": [1e999, 12345678901234567890]}]') is None


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(max_size=3), st.integers(), min_size=1, max_size=5), st.data())
def test_any_object_with_a_repeated_key_is_found(
    pairs: dict[str, int], data: st.DataObject
) -> None:
    key = data.draw(st.sampled_from(sorted(pairs)))
    members = [f"{json.dumps(k)}: {v}" for k, v in pairs.items()] + [f"{json.dumps(key)}: 0"]
    text = '{"outer": [{' + ", ".join(members) + "}]}"
    found = first_repeated_key(text.encode("utf-8"))
    assert found == "/outer/0/" + key.replace("~", "~0").replace("/", "~1")


# --- items 10 and 11: bounds of the model ------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "value", "pointer"),
    [
        (("acts", 0, "copy_pages"), -999_999_999, "/acts/0/copy_pages"),
        (("acts", 0, "copy_pages"), 2**63 - 1, "/acts/0/copy_pages"),
        (("attachments", 0, "pages"), MAX_PAGES + 1, "/attachments/0/pages"),
        (("attachments", 0, "pages"), -1, "/attachments/0/pages"),
    ],
)
def test_an_impossible_page_count_is_refused_with_its_field(
    where: tuple[str | int, ...], value: int, pointer: str
) -> None:
    document = _document()
    node: Any = document["case"]
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = value
    error = _refused(json.dumps(document).encode("utf-8"))
    assert (error.kind, error.pointer) == (ErrorKind.WRONG_TYPE, pointer)
    assert f"between 0 and {MAX_PAGES}" in error.message(Language.EN)
    assert pointer in error.message(Language.RU)


@pytest.mark.parametrize(
    ("field", "length"),
    [("full_name", MAX_LINE_CHARS + 1), ("address", MAX_LINE_CHARS + 1)],
)
def test_a_line_longer_than_a_case_may_hold_is_refused(field: str, length: int) -> None:
    document = _document()
    document["case"]["filer"][field] = "ж" * length
    error = _refused(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    assert error.pointer == f"/filer/{field}"
    assert "more text in the field" in error.message(Language.EN)


def test_prose_up_to_the_limit_loads_and_one_more_character_is_refused() -> None:
    document = _document()
    document["case"]["proceedings_summary"] = "ж" * MAX_PROSE_CHARS
    assert len(loads_case(json.dumps(document).encode()).proceedings_summary) == MAX_PROSE_CHARS
    document["case"]["proceedings_summary"] += "ж"
    assert _refused(json.dumps(document).encode()).pointer == "/proceedings_summary"


@pytest.mark.parametrize("end", ["\n", "\r", "\r\n"])
def test_prose_of_more_lines_than_a_field_may_hold_is_refused(end: str) -> None:
    """500,000 one-letter lines were 16,000 pages and two minutes of export."""
    document = _document()
    document["case"]["grounds"][0]["effect"] = end.join(["а"] * MAX_PROSE_LINES)
    assert loads_case(json.dumps(document).encode()).grounds[0].effect.startswith("а")
    document["case"]["grounds"][0]["effect"] += end + "а"
    error = _refused(json.dumps(document).encode())
    assert (error.kind, error.pointer) == (ErrorKind.WRONG_TYPE, "/grounds/0/effect")
    assert "more text in the field /grounds/0/effect" in error.message(Language.EN)


@pytest.mark.parametrize(
    ("example", "part", "field"),
    [
        ("new-circumstances-ru", "new_circumstances", "circumstance"),
        ("pg-petition-ru", "pg_petition", "request_text"),
    ],
)
def test_the_line_bound_holds_in_every_document_of_the_file(
    example: str, part: str, field: str
) -> None:
    """A document's own prose is bounded too, even while the file drafts another document."""
    path = Path(__file__).resolve().parent.parent / "examples" / f"{example}.kassatsiya"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["case"]["kind"] = "cassation"
    document["case"][part][field] = "\n".join(["а"] * (MAX_PROSE_LINES + 1))
    error = _refused(json.dumps(document).encode())
    assert (error.kind, error.pointer) == (ErrorKind.WRONG_TYPE, f"/{part}/{field}")


def test_zero_pages_are_not_printed(ready_ru: Case) -> None:
    """0 is what an earlier version stored for an empty PDF: it loads, and means "not entered"."""
    ready_ru.attachments[0].pages = 0
    ready_ru.attachments[0].file = ""
    lines = build_document(ready_ru, Language.RU, draft=False).text_lines()
    title = ready_ru.attachments[0].title
    [line] = [line for line in lines if title in line]
    assert not re.search(r"\b0 л", line)


def test_the_schema_states_the_bounds() -> None:
    schema = (Path(__file__).resolve().parent.parent / "docs" / "case-file.schema.json").read_text()
    assert f'"maxLength": {MAX_PROSE_CHARS}' in schema
    assert f'"maximum": {MAX_PAGES}' in schema


# --- item 10: long texts, linear and whole -----------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("жa .!?\n…»"), max_size=3000), st.integers(5, 400))
def test_pieces_join_back_into_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = layout_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces) or pieces == [""]


def test_a_long_paragraph_is_cut_after_a_sentence() -> None:
    sentence = "Суд не устранил противоречия между показаниями свидетелей. "
    pieces = layout_pieces(sentence * 1000)
    assert len(pieces) > 1
    assert all(piece.endswith(". ") for piece in pieces[:-1])
    assert max(len(p) for p in pieces) <= PIECE_CHARS


def _pdf_seconds(case: Case, out: Path) -> float:
    doc = build_document(case, Language.RU, draft=False)
    start = time.perf_counter()
    render_pdf(doc, out)
    return time.perf_counter() - start


def test_one_long_word_and_one_long_paragraph_export_quickly(
    ready_ru: Case, tmp_path: Path
) -> None:
    """Before: 23 s for one 160,000-character word; ~40 s for a 1 MB paragraph."""
    ready_ru.attachments[0].file = ""
    ready_ru.proceedings_summary = "ж" * 160_000
    assert _pdf_seconds(ready_ru, tmp_path / "word.pdf") < 8
    sentence = "Суд первой инстанции не устранил противоречия между показаниями свидетелей. "
    ready_ru.proceedings_summary = (sentence * 13_000)[:1_000_000]
    assert _pdf_seconds(ready_ru, tmp_path / "paragraph.pdf") < 15


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_nothing_of_a_long_paragraph_is_lost(ready_ru: Case, tmp_path: Path) -> None:
    ready_ru.attachments[0].file = ""
    numbered = "".join(f"Довод номер {n} изложен полностью. " for n in range(3000))
    ready_ru.proceedings_summary = numbered + "ж" * 5000 + " конец"
    out = tmp_path / "long.pdf"
    render_pdf(build_document(ready_ru, Language.RU, draft=False), out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [page.strip() for page in text.split("\f") if page.strip()]
    for number, page in enumerate(pages, start=1):  # each page ends with its number
        assert page.endswith(str(number))
    flat = "".join(re.sub(r"\s+", "", page.removesuffix(str(n))) for n, page in enumerate(pages, 1))
    assert re.sub(r"\s+", "", numbered) in flat
    assert "ж" * 5000 + "конец" in flat


def test_docx_time_grows_linearly_with_the_paragraphs(ready_ru: Case, tmp_path: Path) -> None:
    """python-docx's add_paragraph made 40,000 paragraphs take 31 s (10,000: 3.9 s)."""
    from assistant.render.docx import render_docx

    def seconds(lines: int) -> float:
        ready_ru.grounds[0].violation = "\n".join(["Довод."] * lines)
        ready_ru.grounds[0].effect = ready_ru.grounds[0].violation
        doc = build_document(ready_ru, Language.RU, draft=False)
        start = time.perf_counter()
        render_docx(doc, tmp_path / "c.docx")
        return time.perf_counter() - start

    small, large = seconds(2_500), seconds(10_000)  # 5,000 and 20,000 paragraphs
    assert large / small < 9, (small, large)  # the square of 4 would be 16
