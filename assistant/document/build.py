"""Build the complaint's document model from the case and the language's template.

The order follows statutes.md §13 (CPC 488 with 423(1); Resolution No. 1, para. 7): addressee,
filer, title with the contested acts, the proceedings and entry into force, scope, each
Art. 485(1) ground with violation, norms and effect, evidence, participation, the request,
the attachments list with page counts, date and signature. The language is always explicit:
the interface language never decides it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.document.model import (
    AddresseeBlock,
    Block,
    ComplaintDocument,
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


class _Builder(DocumentParts):
    """The cassation complaint's own blocks, over the parts every document shares."""

    def title(self) -> Title:
        return Title(self.t.text("document.title"), tuple(self.act_lines()))

    def proceedings(self) -> list[Block]:
        texts = self.clean.paragraphs(self.case.proceedings_summary, _("Proceedings so far"))
        texts.extend(self.in_force_lines())
        texts.extend(self.scope_texts(self.case.scope.kind, self.case.scope.part_description))
        return section(self.t.text("sections.proceedings"), [Paragraph(t) for t in texts])

    def grounds(self) -> list[Block]:
        return section(self.t.text("sections.grounds"), self.argument_blocks(self.case.grounds))

    def request(self) -> list[Block]:
        """The filer's own wording of the request when written; else the chosen outcomes.

        Both at once would say the same thing twice ("reduce the sentence" and "change the
        verdict and reduce the sentence"), so the precise own wording wins.
        """
        own = " ".join(self.clean.paragraphs(self.case.request.text, _("Request")))
        kinds = [self.t.text(f"request.kinds.{kind.value}") for kind in self.case.request.kinds]
        items = [own] if own else [item for item in kinds if item]
        if not items:
            return []
        return [
            Paragraph(self.t.text("request.intro")),
            RequestBlock(self.t.text("request.lead"), tuple(items)),
        ]

    def signature(self) -> SignatureBlock:
        return self.signed(self.case.signature, self.case.filing.date)


def build_document(
    case: Case, language: Language, *, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The document the case is drafting (`case.kind`) in `language`, by its kind's builder."""
    from assistant.document.kinds import builder_for

    return builder_for(case.kind)(case, language, draft, open_problems)


def build_cassation_complaint(
    case: Case, language: Language, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The complaint in `language`; `draft` adds the draft cover. English is a reading copy,
    except for a filer who does not know the language of the case, who may complain in
    English (CPC 30(3))."""
    builder = _Builder(case, load_template(language))
    t = builder.t
    reading_copy = is_reading_copy(case, language)
    blocks: list[Block] = builder.opening(reading_copy, draft, open_problems)
    blocks.append(AddresseeBlock(t.lines("addressee.lines")))
    blocks.append(PartyBlock(tuple(party_lines(case, t, builder.clean))))
    blocks.append(builder.title())
    blocks.extend(builder.proceedings())
    blocks.extend(builder.grounds())
    blocks.extend(builder.evidence())
    blocks.extend(builder.participation())
    blocks.extend(builder.request())
    blocks.extend(builder.attachments())
    blocks.append(builder.signature())
    return builder.document(blocks, reading_copy=reading_copy, draft=draft)
