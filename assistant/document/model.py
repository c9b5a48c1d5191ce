"""A format-free model of the complaint: what is said, in which order, with which role.

The renderers (`assistant.render.docx`, `assistant.render.pdf`) read only this model, so both
formats carry the same words in the same order. All text is plain text (no markup); the
builder has already replaced characters that cannot be stored (see `sanitize`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.case.enums import Language


@dataclass(frozen=True)
class Notice:
    """A visible notice at the top of the first page (e.g. an English reading copy)."""

    text: str


@dataclass(frozen=True)
class DraftCover:
    """The draft mark and the open problems, printed first so nobody files the draft."""

    mark: str
    intro: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class AddresseeBlock:
    """The court the complaint is addressed to (printed right-aligned)."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class PartyBlock:
    """The filer and, for a defender or representative, whom they act for."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """The document title and one subtitle line per contested act."""

    main: str
    subtitle: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """A section heading; kept on the page of the text that follows it."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; `emphasis` prints it in bold."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class NumberedList:
    """Items numbered 1., 2., ... in the text itself, so every format numbers them alike."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class RequestBlock:
    """The request: the lead phrase ("ПРОШУ:") and the numbered items."""

    lead: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class AttachmentItem:
    """One attached document: its full line (with the page-count phrase) and the count."""

    text: str
    pages: int | None


@dataclass(frozen=True)
class AttachmentList:
    """The "Приложение" list of attached documents."""

    heading: str
    items: tuple[AttachmentItem, ...]


@dataclass(frozen=True)
class SignatureBlock:
    """Date, full name and the line for the handwritten (or electronic) signature."""

    date: str
    full_name: str
    signature_label: str


Block = (
    Notice
    | DraftCover
    | AddresseeBlock
    | PartyBlock
    | Title
    | Heading
    | Paragraph
    | NumberedList
    | RequestBlock
    | AttachmentList
    | SignatureBlock
)


@dataclass(frozen=True)
class ComplaintDocument:
    """One complaint ready to render; `warnings` lists what the builder had to change."""

    language: Language
    title: str
    is_draft: bool
    reading_copy: bool
    blocks: tuple[Block, ...]
    draft_mark: str = ""
    warnings: tuple[str, ...] = field(default=())

    def text_lines(self) -> list[str]:
        """Every printed line in reading order: the text both renderers must produce."""
        return [line for block in self.blocks for line in block_lines(block)]


def block_lines(block: Block) -> list[str]:
    """The printed lines of one block, in order."""
    match block:
        case Notice(text=text) | Heading(text=text) | Paragraph(text=text):
            return [text]
        case DraftCover(mark=mark, intro=intro, problems=problems):
            return [mark, intro, *numbered(problems)]
        case AddresseeBlock(lines=lines) | PartyBlock(lines=lines):
            return list(lines)
        case Title(main=main, subtitle=subtitle):
            return [main, *subtitle]
        case NumberedList(items=texts):
            return numbered(texts)
        case RequestBlock(lead=lead, items=texts):
            return [lead, *numbered(texts)]
        case AttachmentList(heading=heading, items=items):
            return [heading, *numbered(tuple(item.text for item in items))]
        case SignatureBlock():
            return [block.date, signature_line(block)]
    raise TypeError(f"unknown block {block!r}")


def numbered(items: tuple[str, ...]) -> list[str]:
    """Items prefixed "1. ", "2. ", ... (the numbering is part of the text)."""
    return [f"{number}. {item}" for number, item in enumerate(items, start=1)]


def signature_line(block: SignatureBlock) -> str:
    """The name followed by the line to sign on and its label."""
    return f"{block.full_name} ____________________ ({block.signature_label})"
