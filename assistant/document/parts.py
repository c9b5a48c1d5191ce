"""The parts every document of a case shares: dates, the acts and their courts, their entry
into force, the scope, the arguments with their item of Art. 485(1), evidence, participation,
attachments, the signature, the file's title and the draft cover.

Each document's builder (`build.py` for the cassation complaint, `pg_petition.py`,
`new_circumstances.py`, …)
derives from `DocumentParts` and adds its own blocks. Every wording comes from the document's
template under the same keys (`dates.*`, `acts.*`, `act_phrase.*`, `sections.evidence`,
`participation.*`, `attachments.*`, `signature.*`, `document.*`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from assistant.case.drafts import DraftSignature
from assistant.case.enums import ActKind, AttachmentKind, FilerStatus, Ground, Language, ScopeKind
from assistant.case.model import Attachment, Case, ContestedAct, Signature
from assistant.document.dates import DateForm, format_legal_date
from assistant.document.grammar import kazakh_genitive, russian_genitive
from assistant.document.model import (
    AttachmentItem,
    AttachmentList,
    Block,
    ComplaintDocument,
    DraftCover,
    Heading,
    Notice,
    NumberedList,
    Paragraph,
    SignatureBlock,
)
from assistant.document.pages import attachment_pages
from assistant.document.sanitize import Sanitizer
from assistant.document.templates import Template
from assistant.i18n import _

REPRESENTING = {FilerStatus.DEFENDER, FilerStatus.LEGAL_REPRESENTATIVE, FilerStatus.REPRESENTATIVE}
_ATTACHMENT_ORDER = list(AttachmentKind)
_MAX_META_TITLE = 200


def is_reading_copy(case: Case, language: Language) -> bool:
    """An English export is for reading only, unless it is the filer's own document under
    CPC 30(3): they do not know the language of the case and write in English."""
    if language is not Language.EN:
        return False
    return case.filer.knows_case_language or case.complaint_language is not Language.EN


class Reasoning(Protocol):
    """What an argument says: what is wrong, which norms, how it affected the decision."""

    @property
    def violation(self) -> str: ...

    @property
    def norms(self) -> str: ...

    @property
    def effect(self) -> str: ...


class Argument(Reasoning, Protocol):
    """One argument of a document with its item of Art. 485(1) (the complaint's
    `GroundArgument`, the petition's own)."""

    @property
    def item(self) -> Ground | None: ...


def section(heading: str, blocks: list[Block]) -> list[Block]:
    """A heading followed by its blocks, or nothing when there are no blocks."""
    return [Heading(heading), *blocks] if blocks else []


def join_pieces(pieces: Iterable[str]) -> str:
    """Phrase pieces joined by spaces; a piece that starts with a comma follows without one."""
    text = ""
    for piece in pieces:
        if not piece:
            continue
        text = f"{text}{piece}" if piece.startswith(",") or not text else f"{text} {piece}"
    return text


class DocumentParts:
    """Holds the case, the template and the sanitizer while the blocks are made."""

    def __init__(self, case: Case, template: Template) -> None:
        self.case = case
        self.t = template
        self.clean = Sanitizer()

    def date(self, value: dt.date, form: DateForm) -> str:
        return format_legal_date(value, self.t.language, form, self.t.text(f"dates.{form}"))

    def act_phrase(self, act: ContestedAct, usage: str, index: int) -> str:
        """The act as the title ("title"), the copies list ("copy") or a subject ("subject")."""
        kind = act.kind.value if isinstance(act.kind, ActKind) else "unspecified"
        where = _("Contested act %(number)d") % {"number": index + 1}
        pieces: dict[str, str] = {"kind": self.t.text(f"acts.{kind}.{usage}")}
        court = self.clean.inline(act.court, where)
        if court:
            pieces["court"] = self.court_phrase(court)
        if act.date is not None:
            pieces["date"] = self.t.fill(
                "act_phrase.date", value=self.date(act.date, DateForm.ATTRIBUTIVE)
            )
        number = self.clean.inline(act.case_number, where)
        if number:
            pieces["number"] = self.t.fill("act_phrase.number", value=number)
        order = self.t.lines("act_phrase.order")
        return " ".join(pieces[key] for key in order if key in pieces)

    def court_phrase(self, court: str) -> str:
        """The issuing court as the act phrase needs it: in the genitive where the language
        declines it («Алмалинского районного суда», «… сотының»), else as the template says."""
        if not self.t.flag("act_phrase.court_genitive"):
            return self.t.fill("act_phrase.court", value=court)
        declined = self.genitive(court)
        if declined is None:  # not a phrase we can decline safely: name it in parentheses
            return self.t.fill("act_phrase.court_undeclined", value=court)
        return self.t.fill("act_phrase.court", value=declined)

    def genitive(self, name: str) -> str | None:
        """A court's name in the genitive of the document's language; None when it cannot be
        declined safely (English needs no declension: the name as it is)."""
        if self.t.language is Language.KK:
            return kazakh_genitive(name)
        if self.t.language is Language.RU:
            return russian_genitive(name)
        return name

    def act_lines(self) -> list[str]:
        """One title line per contested act: "на приговор …", "и на постановление …"."""
        return [
            self.t.fill(
                "act_phrase.title_first" if index == 0 else "act_phrase.title_next",
                value=self.act_phrase(act, "title", index),
            )
            for index, act in enumerate(self.case.acts)
        ]

    def subject(self, act: ContestedAct, index: int) -> str:
        """The act as the subject of a sentence, with a capital letter."""
        subject = self.act_phrase(act, "subject", index)
        return subject[:1].upper() + subject[1:]

    def in_force_lines(self) -> list[str]:
        """ "<Act> entered into force on <date>." for every act whose date is given."""
        lines: list[str] = []
        for index, act in enumerate(self.case.acts):
            if act.entered_into_force is not None:
                kind = act.kind.value if isinstance(act.kind, ActKind) else "unspecified"
                lines.append(
                    self.t.fill(
                        "act_phrase.in_force",
                        act=self.subject(act, index),
                        entered=self.t.text(f"acts.{kind}.entered"),
                        date=self.date(act.entered_into_force, DateForm.LOCATIVE),
                    )
                )
        return lines

    def scope_texts(self, kind: ScopeKind | None, description: str) -> list[str]:
        """The scope sentence: in full, or in which part (without saying "in part" twice)."""
        if kind is ScopeKind.FULL:
            return [self.t.text("scope.full")]
        if kind is ScopeKind.PART:
            part = self.clean.inline(description, _("Scope")).rstrip(" .")
            if not part:
                return []
            marker = self.t.text("scope.part_marker").casefold()
            says_part = marker in part.casefold()
            return [self.t.fill("scope.part_own" if says_part else "scope.part", value=part)]
        return []

    def argument_blocks(self, arguments: Sequence[Argument]) -> list[Block]:
        """Each argument: its Art. 485(1) item as a heading, then violation, norms, effect."""
        blocks: list[Block] = []
        for index, argument in enumerate(arguments):
            where = _("Ground %(number)d") % {"number": index + 1}
            if argument.item is not None:
                title = self.t.text(f"ground_titles.{argument.item.value}")
                blocks.append(
                    Heading(self.t.fill("ground.heading", item=argument.item.value, title=title))
                )
            blocks.extend(self.argument_paragraphs(argument, where, "ground"))
        return blocks

    def argument_paragraphs(self, argument: Reasoning, where: str, keys: str) -> list[Block]:
        """What is wrong, the norms, the effect: the first paragraph of each after its lead-in
        (`<keys>.violation` etc. of the template), the user's further paragraphs as written."""
        blocks: list[Block] = []
        for key, text in (
            ("violation", argument.violation),
            ("norms", argument.norms),
            ("effect", argument.effect),
        ):
            paragraphs = self.clean.paragraphs(text, where)
            if paragraphs:
                blocks.append(Paragraph(self.t.fill(f"{keys}.{key}", value=paragraphs[0])))
                blocks.extend(Paragraph(p) for p in paragraphs[1:])
        return blocks

    def evidence(self) -> list[Block]:
        items = [self.clean.inline(e.description, _("Evidence")) for e in self.case.evidence]
        items = [item for item in items if item]
        return section(
            self.t.text("sections.evidence"), [NumberedList(tuple(items))] if items else []
        )

    def participation(self) -> list[Block]:
        texts: list[str] = []
        if self.case.participation is not None:
            texts.append(self.t.text(f"participation.{self.case.participation.value}"))
        if self.case.video_link:
            texts.append(self.t.text("participation.video"))
        filer = self.case.filer
        if filer.in_custody and filer.institution:
            # The template ends the sentence: «…, Қарағанды қ.» must not end in two stops.
            institution = self.clean.inline(filer.institution, _("Institution")).rstrip(" .")
            texts.append(self.t.fill("participation.detention_route", value=institution))
        return section(self.t.text("sections.participation"), [Paragraph(t) for t in texts])

    def pages_phrase(self, pages: int | None) -> str:
        if not pages:  # 0 is "not entered", as the window shows it (assistant/case/limits.py)
            return ""
        key = "attachments.pages_one" if pages == 1 else "attachments.pages_other"
        return self.t.text(key).format(n=pages)

    def act_copy_items(self) -> list[AttachmentItem]:
        """A copy of each act marked as attached, with its page count."""
        items: list[AttachmentItem] = []
        for index, act in enumerate(self.case.acts):
            if act.copy_attached:
                text = self.t.fill("act_phrase.copy", act=self.act_phrase(act, "copy", index))
                items.append(
                    AttachmentItem(text + self.pages_phrase(act.copy_pages), act.copy_pages)
                )
        return items

    def authority_item(self) -> list[AttachmentItem]:
        document = self.case.represented.authority_document
        has_own = any(a.kind is AttachmentKind.AUTHORITY for a in self.case.attachments)
        if self.case.filer.status not in REPRESENTING or not document or has_own:
            return []
        value = self.clean.inline(document, _("Authority document"))
        key = "notice" if self.case.filer.status is FilerStatus.DEFENDER else "authority"
        return [AttachmentItem(self.t.fill(f"attachments.{key}", value=value), None)]

    def attachment_item(self, attachment: Attachment) -> AttachmentItem:
        title = self.clean.inline(attachment.title, _("Attachment"))
        counted = attachment_pages(attachment.file, attachment.pages)  # R1.C9.* say why not
        return AttachmentItem(title + self.pages_phrase(counted.pages), counted.pages)

    def user_attachment_items(self) -> list[AttachmentItem]:
        """The user's own attachments, in the order of `AttachmentKind`."""
        ordered = sorted(self.case.attachments, key=lambda a: _ATTACHMENT_ORDER.index(a.kind))
        return [self.attachment_item(attachment) for attachment in ordered]

    def attachments(self) -> list[Block]:
        """The attachments list: act copies, the authority document, the user's attachments."""
        items = [*self.act_copy_items(), *self.authority_item(), *self.user_attachment_items()]
        return self.attachment_list(items)

    def attachment_list(self, items: list[AttachmentItem]) -> list[Block]:
        if not items:
            return []
        return [AttachmentList(self.t.text("attachments.heading"), tuple(items))]

    def signature_block(self, signed: dt.date | None, name: str) -> SignatureBlock:
        return SignatureBlock(
            date=self.t.fill("signature.date", value=self.date(signed, DateForm.PLAIN))
            if signed
            else "",
            full_name=self.clean.inline(name, _("Signature")),
            signature_label=self.t.text("signature.label"),
        )

    def signed(
        self, signature: Signature | DraftSignature, filed_on: dt.date | None
    ) -> SignatureBlock:
        """The signature block of every document: dated the day it is signed, else the day it
        is filed; in the signer's name, else the filer's."""
        return self.signature_block(
            signature.date or filed_on, signature.signer_name or self.case.filer.full_name
        )

    def document(
        self, blocks: list[Block], *, reading_copy: bool, draft: bool
    ) -> ComplaintDocument:
        """The finished document of `blocks`, with its title and the cleaner's warnings."""
        return ComplaintDocument(
            language=self.t.language,
            title=self.meta_title(reading_copy),
            is_draft=draft,
            reading_copy=reading_copy,
            blocks=tuple(blocks),
            draft_mark=self.t.text("document.draft_mark") if draft else "",
            warnings=tuple(self.clean.warnings),
        )

    def meta_title(self, reading_copy: bool) -> str:
        """The file's title property; DOCX allows at most 255 characters there."""
        key = "document.meta_title_reading" if reading_copy else "document.meta_title"
        name = self.clean.inline(self.case.filer.full_name, _("Filer"))
        if not name:
            return self.t.text(key)
        title = self.t.fill(f"{key}_with_name", name=name)
        return title if len(title) <= _MAX_META_TITLE else title[: _MAX_META_TITLE - 1] + "…"

    def opening(self, reading_copy: bool, draft: bool, open_problems: Sequence[str]) -> list[Block]:
        """The reading-copy notice and the draft cover, which come before everything else."""
        blocks: list[Block] = []
        if reading_copy:
            blocks.append(Notice(self.t.text("document.reading_copy_notice")))
        if draft:
            problems = tuple(self.clean.inline(p, _("Open problem")) for p in open_problems)
            blocks.append(
                DraftCover(
                    self.t.text("document.draft_mark"),
                    self.t.text("document.draft_intro"),
                    problems,
                )
            )
        return blocks
