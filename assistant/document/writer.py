"""What every document of a case writes alike, whatever its kind (issue 18).

The contested acts as phrases («приговор Алмалинского районного суда г. Алматы от …»), dates,
the evidence, the participation statement, the "Приложение" list with page counts, the
signature, the file's title and the reading-copy notice and draft cover come from the facts
all documents share; each kind's builder (`build.py` for the cassation complaint,
`appeal.py`, …) adds what is its own. The wording is the kind's template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from assistant.case.enums import ActKind, AttachmentKind, FilerStatus, Language
from assistant.case.model import Attachment, Case, ContestedAct
from assistant.document.dates import DateForm, format_legal_date
from assistant.document.grammar import kazakh_genitive, russian_genitive
from assistant.document.model import (
    AttachmentItem,
    AttachmentList,
    Block,
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

_REPRESENTING = {FilerStatus.DEFENDER, FilerStatus.LEGAL_REPRESENTATIVE, FilerStatus.REPRESENTATIVE}
_ATTACHMENT_ORDER = list(AttachmentKind)
_MAX_META_TITLE = 200
_PAGE_PROBLEMS = {
    "encrypted": "%(name)s: the PDF is encrypted; its pages could not be counted",
    "unreadable": "%(name)s: the PDF cannot be read; its pages could not be counted",
    "missing": "%(name)s: the file was not found; its pages could not be counted",
}


def section(heading: str, blocks: list[Block]) -> list[Block]:
    """A heading followed by its blocks, or nothing when there are no blocks."""
    return [Heading(heading), *blocks] if blocks else []


def is_reading_copy(case: Case, language: Language) -> bool:
    """An English export is for reading only, unless it is the filer's own document under
    CPC 30(3): they do not know the language of the case and write in English."""
    if language is not Language.EN:
        return False
    return case.filer.knows_case_language or case.complaint_language is not Language.EN


class DocumentWriter:
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

    def title_lines(self) -> tuple[str, ...]:
        """One subtitle line per contested act: «на приговор …», «и на апелляционное …»."""
        return tuple(
            self.t.fill(
                "act_phrase.title_first" if index == 0 else "act_phrase.title_next",
                value=self.act_phrase(act, "title", index),
            )
            for index, act in enumerate(self.case.acts)
        )

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
        if pages is None:
            return ""
        key = "attachments.pages_one" if pages == 1 else "attachments.pages_other"
        return self.t.text(key).format(n=pages)

    def attachments(self) -> list[Block]:
        items: list[AttachmentItem] = []
        for index, act in enumerate(self.case.acts):
            if act.copy_attached:
                text = self.t.fill("act_phrase.copy", act=self.act_phrase(act, "copy", index))
                items.append(
                    AttachmentItem(text + self.pages_phrase(act.copy_pages), act.copy_pages)
                )
        items.extend(self.authority_item())
        ordered = sorted(self.case.attachments, key=lambda a: _ATTACHMENT_ORDER.index(a.kind))
        items.extend(self.attachment_item(attachment) for attachment in ordered)
        if not items:
            return []
        return [AttachmentList(self.t.text("attachments.heading"), tuple(items))]

    def authority_item(self) -> list[AttachmentItem]:
        document = self.case.represented.authority_document
        has_own = any(a.kind is AttachmentKind.AUTHORITY for a in self.case.attachments)
        if self.case.filer.status not in _REPRESENTING or not document or has_own:
            return []
        value = self.clean.inline(document, _("Authority document"))
        key = "notice" if self.case.filer.status is FilerStatus.DEFENDER else "authority"
        return [AttachmentItem(self.t.fill(f"attachments.{key}", value=value), None)]

    def attachment_item(self, attachment: Attachment) -> AttachmentItem:
        title = self.clean.inline(attachment.title, _("Attachment"))
        counted = attachment_pages(attachment.file, attachment.pages)
        if counted.problem:
            name = self.clean.inline(attachment.file, _("Attachment"))
            self.clean.warnings.append(_(_PAGE_PROBLEMS[counted.problem]) % {"name": name})
        return AttachmentItem(title + self.pages_phrase(counted.pages), counted.pages)

    def signature_block(self, signed: dt.date | None, signer: str) -> SignatureBlock:
        """The date (of signing, else of filing) and the signer (else the filer)."""
        name = signer or self.case.filer.full_name
        return SignatureBlock(
            date=self.t.fill("signature.date", value=self.date(signed, DateForm.PLAIN))
            if signed
            else "",
            full_name=self.clean.inline(name, _("Signature")),
            signature_label=self.t.text("signature.label"),
        )

    def meta_title(self, reading_copy: bool) -> str:
        """The file's title property; DOCX allows at most 255 characters there."""
        key = "document.meta_title_reading" if reading_copy else "document.meta_title"
        name = self.clean.inline(self.case.filer.full_name, _("Filer"))
        if not name:
            return self.t.text(key)
        title = self.t.fill(f"{key}_with_name", name=name)
        return title if len(title) <= _MAX_META_TITLE else title[: _MAX_META_TITLE - 1] + "…"

    def front_matter(
        self, reading_copy: bool, draft: bool, open_problems: Sequence[str]
    ) -> list[Block]:
        """The reading-copy notice and, for a draft, the mark and the open problems."""
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
