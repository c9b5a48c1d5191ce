"""Realistic fictional cases for the export tests (no real people), and a PDF maker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.case.enums import (
    ActKind,
    AttachmentKind,
    EvidenceKind,
    FilerStatus,
    Ground,
    Instance,
    Language,
    Participation,
    PartyRole,
    RequestKind,
    ScopeKind,
)
from assistant.case.model import (
    Attachment,
    Case,
    ContestedAct,
    Evidence,
    Filer,
    GroundArgument,
    Represented,
    Request,
    Scope,
    Signature,
)

SIGNED = dt.date(2026, 11, 26)


def make_pdf(path: Path, pages: int) -> Path:
    """A real PDF with `pages` pages, written with reportlab."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number in range(pages):
        canvas.drawString(72, 720, f"Page {number + 1}")
        canvas.showPage()
    canvas.save()
    return path


def russian_case(tmp_path: Path) -> Case:
    """A convicted person in custody, complaint in Russian, two acts, one 3-page PDF attached."""
    reference = make_pdf(tmp_path / "harakteristika.pdf", 3)
    return Case(
        proceedings_language=Language.RU,
        complaint_language=Language.RU,
        filer=Filer(
            full_name="Сапаров Ерлан Маратович",
            status=FilerStatus.CONVICTED,
            iin="900101300123",
            phones=["+7 701 000 00 00"],
            email="saparov@example.kz",
            in_custody=True,
            institution="учреждение ЛА-155/12, г. Заречный",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Медеуский районный суд г. Алматы",
                date=dt.date(2026, 3, 12),
                case_number="1-123/2026",
                copy_attached=True,
                copy_pages=12,
            ),
            ContestedAct(
                kind=ActKind.APPELLATE_RULING,
                instance=Instance.APPEAL,
                court="Алматинский городской суд",
                date=dt.date(2026, 5, 14),
                case_number="2а-77/2026",
                entered_into_force=dt.date(2026, 5, 14),
                copy_attached=True,
                copy_pages=5,
            ),
        ],
        scope=Scope(
            kind=ScopeKind.PART, part_description="квалификации деяния и назначенного наказания"
        ),
        grounds=[
            GroundArgument(
                item=Ground.WRONG_QUALIFICATION,
                violation="Суд квалифицировал деяние по части 4 статьи 188 УК РК без признака крупного размера.",
                norms="статья 188 УК РК; статья 24 УПК РК",
                effect="Неверная квалификация повлекла назначение более строгого наказания.",
            ),
            GroundArgument(
                item=Ground.WRONG_PUNISHMENT,
                violation="Не учтены смягчающие обстоятельства: явка с повинной.",
                norms="статья 53 УК РК",
                effect="Наказание не соответствует личности осужденного.",
            ),
        ],
        request=Request(kinds=[RequestKind.REQUALIFY, RequestKind.REDUCE_PUNISHMENT]),
        evidence=[
            Evidence(description="протокол явки с повинной (т. 1, л.д. 45)"),
            Evidence(
                description="характеристика с места работы", kind=EvidenceKind.CHARACTER_REFERENCE
            ),
        ],
        participation=Participation.WITH,
        video_link=True,
        attachments=[
            Attachment(title="характеристика с места работы", file=str(reference)),
            Attachment(title="справка о составе семьи", pages=1, kind=AttachmentKind.OTHER),
        ],
        signature=Signature(date=SIGNED),
        proceedings_summary=(
            "Приговором суда первой инстанции я осужден по части 4 статьи 188 УК РК.\n"
            "Апелляционным постановлением приговор оставлен без изменения."
        ),
    )


def kazakh_case(tmp_path: Path) -> Case:
    """A defender files in Kazakh for a convicted person; one 3-page PDF attached."""
    opinion = make_pdf(tmp_path / "anyqtama.pdf", 3)
    return Case(
        proceedings_language=Language.KK,
        complaint_language=Language.KK,
        filer=Filer(
            full_name="Әбдіқадырова Гүлнұр Серікқызы",
            status=FilerStatus.DEFENDER,
            address="Астана қаласы, Қабанбай батыр даңғылы, 11, 24-пәтер",
            phones=["+7 702 111 22 33"],
            advocate_certificate="№ 0001234, 2019 жылғы 15 қаңтар",
        ),
        represented=Represented(
            full_name="Жұмабаев Нұрлан Өмірұлы",
            role=PartyRole.CONVICTED,
            authority_document="2026 жылғы 1 маусымдағы № 56",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                court="Астана қаласы Есіл аудандық соты",
                date=dt.date(2026, 4, 7),
                case_number="1-456/2026",
                copy_attached=True,
                copy_pages=9,
            ),
            ContestedAct(
                kind=ActKind.APPELLATE_RULING,
                court="Астана қалалық сотының қылмыстық істер жөніндегі сот алқасы",
                date=dt.date(2026, 6, 18),
                case_number="2а-99/2026",
                entered_into_force=dt.date(2026, 6, 18),
                copy_attached=True,
                copy_pages=4,
            ),
        ],
        scope=Scope(kind=ScopeKind.FULL),
        grounds=[
            GroundArgument(
                item=Ground.INNOCENT_CONVICTED,
                violation="Сот айыптау үкімін тек жәбірленушінің айғақтарына негіздеді.",
                norms="ҚР ҚПК 24-бабы, 25-бабы",
                effect="Кінәсіз адам сотталды; шешімде күмән айыпталушының пайдасына шешілмеді.",
            )
        ],
        request=Request(kinds=[RequestKind.QUASH_AND_TERMINATE]),
        evidence=[Evidence(description="куәгер Қасымовтың айғақтары (2-том, 14-парақ)")],
        participation=Participation.WITHOUT,
        attachments=[Attachment(title="маманның қорытындысы", file=str(opinion))],
        signature=Signature(date=SIGNED),
        proceedings_summary="Бірінші сатыдағы сот Жұмабаев Н.Ө. кінәлі деп танылды.",
    )


def words(lines: list[str]) -> list[str]:
    """Normalised word sequence: no-break spaces count as spaces, a non-breaking hyphen (DOCX,
    inside numbers) as a hyphen."""
    text = " ".join(lines).replace("\u00a0", " ").replace("\u202f", " ")
    return text.replace("\u2011", "-").split()


def as_printed_in_docx(lines: list[str]) -> list[str]:
    """The model's lines as the DOCX holds them: with the no-break spaces and non-breaking
    hyphens of `assistant.render.breaks`."""
    from assistant.render.breaks import keep_numbers_whole, keep_together

    return [keep_numbers_whole(keep_together(line)) for line in lines]


def pdf_body_text(path: Path) -> str:
    """Text of every page between the top and bottom margins (no footer, header or mark)."""
    from pypdf import PdfReader

    low, high = 20 * 72 / 25.4 - 2, (297 - 20) * 72 / 25.4 + 2
    chunks: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if low <= y <= high or not text.strip():
            chunks.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
        chunks.append("\n")
    return "".join(chunks)


def pdf_full_text(path: Path) -> str:
    """Everything pypdf extracts, all pages."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_body_lines(path: Path) -> list[str]:
    """The body paragraphs' texts of a DOCX file."""
    import docx

    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def document_lines(case: Case, language: Language) -> list[str]:
    """The lines of the final (unmarked) document `case` drafts, in `language`."""
    from assistant.document.build import build_document

    return build_document(case, language, draft=False).text_lines()


def assert_in_order(lines: list[str], expected: list[str]) -> None:
    """Every expected line is printed, each after the one before it."""
    position = 0
    for line in expected:
        assert line in lines[position:], (line, lines)
        position = lines.index(line, position) + 1
