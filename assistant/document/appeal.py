"""Build the appeal (апелляционная жалоба, CPC 414-423) against a first-instance act not yet in
force, from the case and `templates/appeal/{kk,ru,en}.toml`.

The order follows 423(1): the appellate court it is addressed to, and the court that issued
the act, through which it is filed (item 1; 417); the filer (item 2); the contested acts
(item 3); the proceedings, the day a convicted person in custody received the copy (418(1))
and the scope (item 4); the arguments (item 5); the evidence, including evidence the first
instance did not examine (item 6); the reason a missed term should be restored (419, 50(2));
participation; the request (item 5); the list of attachments (item 7); date and signature
(item 8). Kazakh and Russian are filing copies, English a reading copy (as for the cassation
complaint, CPC 30(3) aside).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.case.appeal import appeal_draft, custody_term, trial_act_index
from assistant.case.drafts import AppealDraft
from assistant.case.enums import DocumentKind, Language, ScopeKind
from assistant.case.model import Case
from assistant.document.dates import DateForm
from assistant.document.model import (
    AddresseeBlock,
    Block,
    ComplaintDocument,
    Heading,
    Paragraph,
    PartyBlock,
    RequestBlock,
    Title,
)
from assistant.document.parties import party_lines
from assistant.document.parts import DocumentParts, is_reading_copy, section
from assistant.document.templates import load_template
from assistant.i18n import _


class _AppealWriter(DocumentParts):
    """The parts of the appeal that are its own; `draft` is the case's appeal."""

    def __init__(self, case: Case, language: Language) -> None:
        super().__init__(case, load_template(language, DocumentKind.APPEAL))
        self.draft: AppealDraft = appeal_draft(case)

    def addressee(self) -> AddresseeBlock:
        """The appellate panel of the court the filer names, and the trial court it goes
        through. A name that already names the panel, or that cannot be declined safely, is
        printed as given after a label, so no ending is guessed."""
        name = self.clean.inline(self.draft.addressee, _("Appellate court"))
        lines = [self._panel_line(name)]
        trial = self.trial_court()
        if trial:
            lines.append(self.t.fill("addressee.through", value=trial))
        return AddresseeBlock(tuple(lines))

    def _panel_line(self, name: str) -> str:
        if not name:
            return self.t.text("addressee.unnamed")
        markers = [m.casefold() for m in self.t.lines("addressee.panel_markers")]
        declined = None if any(m in name.casefold() for m in markers) else self.genitive(name)
        if declined is None:
            return self.t.fill("addressee.named", value=name)
        return self.t.fill("addressee.panel", court=declined)

    def trial_court(self) -> str:
        """The court that issued the contested first-instance act: the appeal is filed there."""
        index = trial_act_index(self.case)
        if index is None:
            return ""
        where = _("Contested act %(number)d") % {"number": index + 1}
        return self.clean.inline(self.case.acts[index].court, where)

    def title(self) -> Title:
        return Title(self.t.text("document.title"), tuple(self.act_lines()))

    def proceedings(self) -> list[Block]:
        texts = self.clean.paragraphs(self.case.proceedings_summary, _("Proceedings so far"))
        texts.extend(self.copy_received())
        texts.extend(self.scope())
        return section(self.t.text("sections.proceedings"), [Paragraph(t) for t in texts])

    def copy_received(self) -> list[str]:
        """When a convicted person in custody received the copy: their term runs from it."""
        handed, index = self.draft.copy_handed_over, trial_act_index(self.case)
        if handed is None or index is None or not custody_term(self.case):
            return []
        act = self.act_phrase(self.case.acts[index], "copy", index)
        date = self.date(handed, DateForm.LOCATIVE)
        return [self.t.fill("proceedings.copy_handed_over", act=act, date=date)]

    def scope(self) -> list[str]:
        number = "one" if len(self.case.acts) <= 1 else "many"
        if self.draft.scope is ScopeKind.FULL:
            return [self.t.text(f"scope.full_{number}")]
        if self.draft.scope is ScopeKind.PART:
            part = self.clean.inline(self.draft.scope_part, _("Scope")).rstrip(" .")
            if not part:
                return []
            says_part = self.t.text("scope.part_marker").casefold() in part.casefold()
            key = f"scope.part_own_{number}" if says_part else f"scope.part_{number}"
            return [self.t.fill(key, value=part)]
        return []

    def arguments(self) -> list[Block]:
        blocks: list[Block] = []
        arguments = self.draft.arguments
        for index, argument in enumerate(arguments):
            where = _("Argument %(number)d") % {"number": index + 1}
            if len(arguments) > 1:
                blocks.append(Heading(self.t.fill("argument.heading", n=str(index + 1))))
            blocks.extend(self.argument_paragraphs(argument, where, "argument"))
        return section(self.t.text("sections.arguments"), blocks)

    def restoration(self) -> list[Block]:
        """Why a missed term should be restored (419, 50(2)), when the appeal asks for it."""
        if not self.draft.restore_term:
            return []
        reasons = self.clean.paragraphs(self.draft.restore_reason, _("Reason the term was missed"))
        if not reasons:
            return []
        # The template ends the sentence, so the filer's own full stop is not doubled.
        first = self.t.fill("restoration.reason", value=reasons[0].rstrip(" ."))
        texts = [first, *reasons[1:]]
        return section(self.t.text("sections.restoration"), [Paragraph(t) for t in texts])

    def request(self) -> list[Block]:
        items = [self.t.text("request.restore")] if self.draft.restore_term else []
        own = " ".join(self.clean.paragraphs(self.draft.request_text, _("Request")))
        if own:
            items.append(own)
        if not items:
            return []
        return [
            Paragraph(self.t.text("request.intro")),
            RequestBlock(self.t.text("request.lead"), tuple(items)),
        ]


def build_appeal(
    case: Case, language: Language, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The appeal in `language`; `draft` adds the draft cover with the open problems."""
    writer = _AppealWriter(case, language)
    t = writer.t
    reading_copy = is_reading_copy(case, language)
    blocks: list[Block] = writer.opening(reading_copy, draft, open_problems)
    blocks.append(writer.addressee())
    blocks.append(PartyBlock(tuple(party_lines(case, t, writer.clean))))
    blocks.append(writer.title())
    blocks.extend(writer.proceedings())
    blocks.extend(writer.arguments())
    blocks.extend(writer.evidence())
    blocks.extend(writer.restoration())
    blocks.extend(writer.participation())
    blocks.extend(writer.request())
    blocks.extend(writer.attachments())
    blocks.append(writer.signed(writer.draft.signature, writer.draft.filing.date))
    return writer.document(blocks, reading_copy=reading_copy, draft=draft)
