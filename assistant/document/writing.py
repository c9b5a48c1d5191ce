"""What every document builder writes the same way: dates, the acts as phrases, page counts,
attached files, the signature, the file title, the reading-copy notice and the draft cover.

`Writer` holds the case, the language's template of the document and the sanitizer; each kind's
builder (`build.py` for the cassation complaint, `execution_petition.py`, ...) adds its own
sections on top. The template keys it reads (`dates.*`, `act_phrase.*`, `acts.*`,
`attachments.pages_*`, `signature.*`, `document.*`) are the same in every document's templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from assistant.case.enums import ActKind, Language
from assistant.case.model import Attachment, Case, ContestedAct
from assistant.document.dates import DateForm, format_legal_date
from assistant.document.grammar import kazakh_genitive, russian_genitive
from assistant.document.model import (
    AttachmentItem,
    Block,
    DraftCover,
    Heading,
    Notice,
    SignatureBlock,
)
from assistant.document.pages import attachment_pages
from assistant.document.sanitize import Sanitizer
from assistant.document.templates import Template
from assistant.i18n import _

_MAX_META_TITLE = 200


class Writer:
    """The case, the template and the sanitizer while a document's blocks are made."""

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
        if self.t.language is Language.KK:
            return self.t.fill("act_phrase.court", value=kazakh_genitive(court))
        declined = russian_genitive(court)
        if declined is None:  # not a phrase we can decline safely: name it in parentheses
            return self.t.fill("act_phrase.court_undeclined", value=court)
        return self.t.fill("act_phrase.court", value=declined)

    def copy_items(self) -> list[AttachmentItem]:
        """ "A copy of …" for each act whose copy is attached, with its pages."""
        items = []
        for index, act in enumerate(self.case.acts):
            if act.copy_attached:
                text = self.t.fill("act_phrase.copy", act=self.act_phrase(act, "copy", index))
                items.append(
                    AttachmentItem(text + self.pages_phrase(act.copy_pages), act.copy_pages)
                )
        return items

    def pages_phrase(self, pages: int | None) -> str:
        if not pages:  # 0 is "not entered", as the window shows it (assistant/case/limits.py)
            return ""
        key = "attachments.pages_one" if pages == 1 else "attachments.pages_other"
        return self.t.text(key).format(n=pages)

    def attachment_item(self, attachment: Attachment) -> AttachmentItem:
        title = self.clean.inline(attachment.title, _("Attachment"))
        counted = attachment_pages(attachment.file, attachment.pages)  # R1.C9.* say why not
        return AttachmentItem(title + self.pages_phrase(counted.pages), counted.pages)

    def signature(self, signed: dt.date | None, name: str) -> SignatureBlock:
        """The date (if any), the signer's name and the line to sign on."""
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
        self, *, reading_copy: bool, draft: bool, open_problems: Sequence[str]
    ) -> list[Block]:
        """The reading-copy notice and the draft cover with its open problems, if any."""
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


def section(heading: str, blocks: Sequence[Block]) -> list[Block]:
    """A heading followed by its blocks, or nothing when there are no blocks."""
    return [Heading(heading), *blocks] if blocks else []
