"""How the exported PDF reads on paper: no heading left as the last line of a page, no line
break inside «ст. 190» or a case number, numbered items flush left, the signature with the list.

Every bundled example is exported as the command line exports it (a draft while the check
finds problems) and read back page by page with pypdf.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.casefile import load_case
from assistant.document import model
from assistant.document.build import build_document
from assistant.export import document_language
from assistant.law.engine import evaluate
from assistant.render.breaks import NBSP, NON_BREAKING_HYPHEN, keep_numbers_whole, keep_together
from assistant.render.pdf import render_pdf
from tests.export_samples import russian_case

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.kassatsiya"))
TODAY = dt.date(2026, 11, 26)
BODY_BOTTOM, BODY_TOP = 20 * 72 / 25.4 - 2, (297 - 20) * 72 / 25.4 + 2


def page_lines(path: Path, *, bold_only: bool = False) -> list[list[str]]:
    """Per page, the text lines of the body (between the margins, not the diagonal draft
    mark), top to bottom; with `bold_only`, only the words set in bold."""
    from pypdf import PdfReader

    pages: list[list[str]] = []
    for page in PdfReader(path).pages:
        rows: dict[int, list[tuple[float, str]]] = defaultdict(list)

        def visit(text: str, cm: list[float], tm: list[float], font: object, *_: object) -> None:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            upright = abs(cm[1]) < 1e-6 and abs(tm[1]) < 1e-6
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            if bold_only and "Bold" not in name:
                text = " "
            if text.strip() and upright and BODY_BOTTOM <= y <= BODY_TOP:
                rows[round(y)].append((x, text))  # noqa: B023 - used while this page is read

        page.extract_text(visitor_text=visit)
        lines = [" ".join(t for _x, t in sorted(rows[y])) for y in sorted(rows, reverse=True)]
        pages.append([" ".join(line.split()) for line in lines])
    return pages


def heading_texts(doc: model.ComplaintDocument) -> list[str]:
    """Every line printed as a heading: section headings and the request and list leads."""
    texts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, model.Heading):
            texts.append(block.text)
        elif isinstance(block, model.RequestBlock):
            texts.append(block.lead)
        elif isinstance(block, model.AttachmentList):
            texts.append(block.heading)
    return [" ".join(text.split()) for text in texts]


def exported(path: Path, out: Path) -> model.ComplaintDocument:
    case = load_case(path)
    language = document_language(case, None)
    blocking = evaluate(case, TODAY).blocking
    problems = [f"{f.message(language)} ({f.citation_text(language)})" for f in blocking]
    doc = build_document(case, language, draft=bool(problems), open_problems=problems)
    render_pdf(doc, out)
    return doc


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_page_ends_with_a_heading(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    headings = heading_texts(exported(example, out))
    assert stranded_headings(out, headings) == []


def stranded_headings(pdf: Path, headings: list[str]) -> list[tuple[int, str]]:
    """(page, heading) for each page but the last whose last line is a line of a heading."""
    found: list[tuple[int, str]] = []
    pages, bold = page_lines(pdf), page_lines(pdf, bold_only=True)
    for number, (lines, bold_lines) in enumerate(zip(pages[:-1], bold, strict=False), start=1):
        last = lines[-1]
        if bold_lines and bold_lines[-1] == last:
            found.extend((number, h) for h in headings if last in h)
    return found


def test_the_check_sees_a_heading_left_at_the_bottom(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading above can fail: a page break forced right after the first heading is seen."""
    from reportlab.platypus import PageBreak

    import assistant.render.pdf as pdf_module

    build = pdf_module.build_story

    def heading_then_break(*args: Any, **kwargs: Any) -> list[Any]:
        story = build(*args, **kwargs)
        index = next(
            i
            for i, f in enumerate(story)
            if getattr(f, "style", None) is not None and f.style.name == "KassatsiyaHeading"
        )
        return [*story[: index + 1], PageBreak(), *story[index + 1 :]]

    monkeypatch.setattr(pdf_module, "build_story", heading_then_break)
    out = tmp_path / "c.pdf"
    doc = exported(EXAMPLES[0], out)
    assert stranded_headings(out, heading_texts(doc))[:1] == [(1, heading_texts(doc)[0])]


def test_signature_page_carries_more_than_one_line_of_the_list(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    exported(next(p for p in EXAMPLES if p.stem == "ready-ru"), out)
    pages = page_lines(out)
    last = pages[-1]
    signature_at = next(i for i, line in enumerate(last) if "(подпись)" in line)
    before = [line for line in last[: signature_at - 1] if line[:1].isdigit()]
    assert len(before) >= 2 or len(pages) == 1


BOUND = ["ч. 3", "ст. 190", "т. 2", "л.д. 45", "№ 7511-26-00-1/215", "1 850 000 тенге",
         "12 марта", "2026 года", "Сериков А.Б."]  # fmt: skip


def broken_groups(tmp_path: Path) -> list[str]:
    """The groups of BOUND that a narrow justified text full of them splits over two lines."""
    case = russian_case(tmp_path)
    case.proceedings_summary = " ".join(
        f"Довод {n}: по {BOUND[n % len(BOUND)]} и далее слово." for n in range(80)
    )
    out = tmp_path / "c.pdf"
    render_pdf(build_document(case, Language.RU, draft=False), out)
    text = "\n".join(line for page in page_lines(out) for line in page)
    broken = []
    for group in BOUND:
        words = group.split(" ")
        for cut in range(1, len(words)):
            if " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) in text:
                broken.append(group)
    return broken


def test_no_line_breaks_inside_references_numbers_and_dates(tmp_path: Path) -> None:
    assert broken_groups(tmp_path) == []


def test_without_the_rules_those_groups_do_break(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.render.pdf as pdf_module

    monkeypatch.setattr(pdf_module, "keep_together", lambda text: text)
    assert broken_groups(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("по ч. 3 ст. 190 УК РК", f"по ч.{NBSP}3 ст.{NBSP}190 УК{NBSP}РК"),
        ("(т. 2, л.д. 45–58)", f"(т.{NBSP}2, л.д.{NBSP}45–58)"),
        ("по делу № 7511-26", f"по делу №{NBSP}7511-26"),
        ("Сериков А.Б. и А. Б. Сериков", f"Сериков{NBSP}А.Б. и А.{NBSP}Б.{NBSP}Сериков"),
        ("от 12 марта 2026 года", f"от 12{NBSP}марта 2026{NBSP}года"),
        ("2026 жылғы 9 ақпандағы", f"2026{NBSP}жылғы 9{NBSP}ақпандағы"),
        ("ущерб 1 850 000 тенге", f"ущерб 1{NBSP}850{NBSP}000{NBSP}тенге"),
        ("+7 701 555 12 34", f"+7{NBSP}701{NBSP}555{NBSP}12{NBSP}34"),
        ("ҚР ҚПК 485-бабы", f"ҚР{NBSP}ҚПК{NBSP}485-бабы"),
        ("на 12 л.", f"на 12{NBSP}л."),
        ("in case No. 7599-26, Art. 485", f"in case No.{NBSP}7599-26, Art.{NBSP}485"),
        ("Суд не учёл доводы защиты", "Суд не учёл доводы защиты"),
    ],
)
def test_keep_together_binds_what_a_line_must_not_split(text: str, expected: str) -> None:
    assert keep_together(text) == expected


def test_numbers_keep_their_hyphens_whole_for_word_processors() -> None:
    assert keep_numbers_whole("№ 7511-26-00-1/215, 485-бабы, северо-запад") == (
        f"№ 7511{NON_BREAKING_HYPHEN}26{NON_BREAKING_HYPHEN}00{NON_BREAKING_HYPHEN}1/215, "
        f"485{NON_BREAKING_HYPHEN}бабы, северо-запад"
    )


def _plain(text: str) -> list[str]:
    return text.replace(NBSP, " ").replace(NON_BREAKING_HYPHEN, "-").split()


@given(st.text(max_size=200))
def test_the_break_rules_only_ever_change_spaces_and_hyphens(text: str) -> None:
    assert _plain(keep_numbers_whole(keep_together(text))) == _plain(text)
