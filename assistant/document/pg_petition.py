"""Build the petition to the Prosecutor General for a cassation protest (CPC 484(3), 486(2)).

No article lists what such a petition contains; its order follows what 486(2) and 485 make it
show and what a prosecutor's office expects of a written petition: the official it is
addressed to, the petitioner and their standing, the title with the acts in force, what
happened on appeal and when the acts entered into force (why only a protest can reach them,
484(3)), the grounds of 485 (part 1 items and part 2 cases) with the arguments, the evidence,
the request (bring a protest; what it should ask; a suspension of execution under 493), the
attachments, date and signature. Wording per language: `templates/pg-petition/`.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.case.pg_petition import APPEAL_NOT_FOLLOWED, petition_of
from assistant.document.model import (
    AddresseeBlock,
    Block,
    ComplaintDocument,
    Heading,
    Paragraph,
    PartyBlock,
    RequestBlock,
    SignatureBlock,
    Title,
)
from assistant.document.parties import party_lines
from assistant.document.parts import DocumentParts, is_reading_copy, section
from assistant.document.templates import load_template
from assistant.i18n import _


class _PetitionBuilder(DocumentParts):
    """The petition's own blocks; the blocks every document shares are `DocumentParts`'s."""

    def __init__(self, case: Case, language: Language) -> None:
        super().__init__(case, load_template(language, DocumentKind.PG_PETITION))
        self.petition = petition_of(case)

    def addressee(self) -> AddresseeBlock:
        """The official's office from the template, then the filer's own line, if any."""
        lines: list[str] = []
        if self.petition.official is not None:
            lines.extend(self.t.lines(f"addressee.{self.petition.official.value}"))
        own = self.clean.inline(self.petition.addressee, _("Addressee"))
        if own:
            lines.append(own)
        return AddresseeBlock(tuple(lines))

    def title(self) -> Title:
        subtitle = self.t.text("document.subtitle")
        lines = [subtitle] if subtitle else []
        return Title(self.t.text("document.title"), (*lines, *self.act_lines()))

    def appeal_history(self) -> list[str]:
        """For each first-instance act, why the appellate procedure was not followed."""
        return [
            self.t.fill(f"appeal_history.{act.appeal}", act=self.act_phrase(act, "title", index))
            for index, act in enumerate(self.case.acts)
            if act.appeal in APPEAL_NOT_FOLLOWED
        ]

    def proceedings(self) -> list[Block]:
        texts = self.clean.paragraphs(self.case.proceedings_summary, _("Proceedings so far"))
        texts.extend(self.appeal_history())
        texts.extend(self.in_force_lines())
        texts.extend(self.scope_texts(self.petition.scope, self.petition.scope_part))
        return section(self.t.text("sections.proceedings"), [Paragraph(t) for t in texts])

    def special_grounds(self) -> list[Block]:
        """Each case of Art. 485(2) relied on, as a heading, and why it applies."""
        blocks: list[Block] = []
        for index, claim in enumerate(self.petition.special_grounds):
            if claim.item is not None:
                title = self.t.text(f"special_ground_titles.{claim.item.value}")
                heading = self.t.fill("special_ground.heading", item=claim.item.value, title=title)
                blocks.append(Heading(heading))
            where = _("Ground of Art. 485(2) No. %(number)d") % {"number": index + 1}
            paragraphs = self.clean.paragraphs(claim.reasons, where)
            if paragraphs:
                blocks.append(Paragraph(self.t.fill("special_ground.reasons", value=paragraphs[0])))
                blocks.extend(Paragraph(p) for p in paragraphs[1:])
        return blocks

    def grounds(self) -> list[Block]:
        blocks = self.special_grounds() + self.argument_blocks(self.petition.grounds)
        return section(self.t.text("sections.grounds"), blocks)

    def custody(self) -> list[Block]:
        filer = self.case.filer
        institution = self.clean.inline(filer.institution, _("Institution"))
        if not (filer.in_custody and institution):
            return []
        return [Paragraph(self.t.fill("custody.route", value=institution))]

    def outcome(self) -> str:
        """What the protest should ask: the filer's own words when written, else the outcomes."""
        own = " ".join(self.clean.paragraphs(self.petition.request_text, _("Request")))
        if own:
            return own
        kinds = [self.t.text(f"request.kinds.{k.value}") for k in self.petition.request_kinds]
        return self.t.text("request.join").join(kind for kind in kinds if kind)

    def request(self) -> list[Block]:
        items = [self.t.text("request.protest")]
        outcome = self.outcome()
        if outcome:
            items.append(self.t.fill("request.outcome", value=outcome))
        if self.petition.suspend_execution:
            items.append(self.t.text("request.suspend"))
        return [
            Paragraph(self.t.text("request.intro")),
            RequestBlock(self.t.text("request.lead"), tuple(items)),
        ]

    def signature(self) -> SignatureBlock:
        return self.signed(self.petition.signature, self.petition.filing.date)


def build_pg_petition(
    case: Case, language: Language, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The petition in `language`; `draft` adds the draft cover. English is a reading copy,
    except for a filer who does not know the language of the case (CPC 30(3))."""
    builder = _PetitionBuilder(case, language)
    t = builder.t
    reading_copy = is_reading_copy(case, language)
    blocks = builder.opening(reading_copy, draft, open_problems)
    blocks.append(builder.addressee())
    blocks.append(PartyBlock(tuple(party_lines(case, t, builder.clean))))
    blocks.append(builder.title())
    blocks.extend(builder.proceedings())
    blocks.extend(builder.grounds())
    blocks.extend(builder.evidence())
    blocks.extend(builder.custody())
    blocks.extend(builder.request())
    blocks.extend(builder.attachments())
    blocks.append(builder.signature())
    return builder.document(blocks, reading_copy=reading_copy, draft=draft)
