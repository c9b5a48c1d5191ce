"""A format-free model of the complaint: what is said, in which order, with which role.

The renderers (`assistant.render.docx`, `assistant.render.pdf`) read only this model, so both
formats carry the same words in the same order. All text is plain text (no markup); the
builder has already replaced characters that cannot be stored (see `sanitize`). Each block's
`text_lines()` is exactly what a reader sees, which the tests compare with both files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.case.enums import Language


def numbered(items: tuple[str, ...]) -> list[str]:
    """Items prefixed "1. ", "2. ", ... (the numbering is part of the text in every format)."""
    return [f"{number}. {item}" for number, item in enumerate(items, start=1)]


@dataclass(frozen=True)
class Notice:
    """A visible notice at the top of the first page (e.g. an English reading copy)."""

    text: str

    def text_lines(self) -> list[str]:
        return [self.text]


@dataclass(frozen=True)
class DraftCover:
    """The draft mark and the open problems, printed first so nobody files the draft."""

    mark: str
    intro: str
    problems: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return [self.mark, self.intro, *numbered(self.problems)]


@dataclass(frozen=True)
class AddresseeBlock:
    """The court the complaint is addressed to (printed right-aligned)."""

    lines: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return list(self.lines)


@dataclass(frozen=True)
class PartyBlock:
    """The filer and, for a defender or representative, whom they act for."""

    lines: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return list(self.lines)


@dataclass(frozen=True)
class Title:
    """The document title and one subtitle line per contested act."""

    main: str
    subtitle: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return [self.main, *self.subtitle]


@dataclass(frozen=True)
class Heading:
    """A section heading; kept on the page of the text that follows it."""

    text: str

    def text_lines(self) -> list[str]:
        return [self.text]


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; `emphasis` prints it in bold."""

    text: str
    emphasis: bool = False

    def text_lines(self) -> list[str]:
        return [self.text]


@dataclass(frozen=True)
class NumberedList:
    """Items numbered 1., 2., ... in the text itself, so every format numbers them alike."""

    items: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return numbered(self.items)


@dataclass(frozen=True)
class RequestBlock:
    """The request: the lead phrase ("ПРОШУ:") and the numbered items."""

    lead: str
    items: tuple[str, ...]

    def text_lines(self) -> list[str]:
        return [self.lead, *numbered(self.items)]


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

    def text_lines(self) -> list[str]:
        return [self.heading, *numbered(tuple(item.text for item in self.items))]


@dataclass(frozen=True)
class SignatureBlock:
    """Date, full name and the line for the handwritten (or electronic) signature."""

    date: str
    full_name: str
    signature_label: str

    @property
    def signature_line(self) -> str:
        """The name followed by the line to sign on and its label."""
        return f"{self.full_name} ____________________ ({self.signature_label})"

    def text_lines(self) -> list[str]:
        return [line for line in (self.date, self.signature_line) if line]


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
        """Every printed line of the body in reading order."""
        return [line for block in self.blocks for line in block.text_lines()]
