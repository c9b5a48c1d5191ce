"""The application to reopen a criminal case for newly discovered circumstances (CPC 499-504;
Resolution No. 9 of 2018), built on the parts every document shares.

To the court that issued the decision (502(3)) it is a «ходатайство о возобновлении
производства»; to the prosecutor (502(4)) a «заявление о возбуждении производства», which asks
for a check and a petition to the court. The order: addressee, filer, title, the decisions to
review, the proceedings, the new circumstance (its ground of 499(2), the act that establishes
it, the day of discovery), evidence, participation, the request, attachments, date and
signature.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.case.drafts import ConfirmingAct, NewCircumstancesDraft
from assistant.case.enums import (
    ConfirmingActKind,
    Direction,
    DocumentKind,
    Language,
    ReopeningAddressee,
    ReopeningGround,
    ReviewedDecision,
)
from assistant.case.model import Case
from assistant.document.dates import DateForm
from assistant.document.grammar import russian_addressee
from assistant.document.model import (
    AddresseeBlock,
    AttachmentItem,
    Block,
    ComplaintDocument,
    NumberedList,
    Paragraph,
    PartyBlock,
    RequestBlock,
    Title,
)
from assistant.document.parties import party_lines
from assistant.document.parts import DocumentParts, is_reading_copy, join_pieces, section
from assistant.document.templates import load_template
from assistant.i18n import _

_IN_FAVOUR_OF = frozenset({ReviewedDecision.CONVICTION, ReviewedDecision.CONFISCATION})


class _Application(DocumentParts):
    """The application's own blocks."""

    def __init__(self, case: Case, language: Language) -> None:
        super().__init__(case, load_template(language, DocumentKind.NEW_CIRCUMSTANCES))
        self.application = case.new_circumstances or NewCircumstancesDraft()
        self.to_prosecutor = self.application.addressed_to is ReopeningAddressee.PROSECUTOR

    def addressee(self) -> AddresseeBlock:
        name = self.clean.inline(self.application.addressee, _("Addressee"))
        if not name:
            key = "missing_prosecutor" if self.to_prosecutor else "missing_court"
            return AddresseeBlock((self.t.text(f"addressee.{key}"),))
        return AddresseeBlock((self.declined_addressee(name),))

    def declined_addressee(self, name: str) -> str:
        """The addressee as the language writes it: «В Алмалинский районный суд …»,
        «Прокурору …», «… сотына»; as typed when it cannot be declined safely."""
        declension = self.t.text("addressee.declension")
        if declension == "russian":
            declined = russian_addressee(name)
            if declined is not None:
                form, person = declined
                key = "person" if person else "institution"
                return self.t.fill(f"addressee.{key}", value=form[:1].upper() + form[1:])
        elif declension == "kazakh_heads":
            head, _space, last = name.rpartition(" ")
            heads = self.t.data["addressee"]["heads"]
            if last in heads:
                return self.t.fill("addressee.institution", value=f"{head} {heads[last]}".strip())
        return self.t.fill("addressee.undeclined", value=name)

    def title(self) -> Title:
        variant = "prosecutor" if self.to_prosecutor else "court"
        return Title(
            self.t.text(f"document.title_{variant}"),
            (self.t.text(f"document.subtitle_{variant}"),),
        )

    def acts(self) -> list[Block]:
        phrases = [self.act_phrase(act, "title", i) for i, act in enumerate(self.case.acts)]
        blocks: list[Block] = [NumberedList(tuple(phrases))] if phrases else []
        decision = self.application.decision
        if decision is not None and decision is not ReviewedDecision.OTHER:
            blocks.append(
                Paragraph(
                    self.t.fill(
                        "decision.line",
                        value=self.t.text(f"decision.kinds.{decision.value}"),
                        item=self.t.text(f"decision.items.{decision.value}"),
                    )
                )
            )
        return section(self.t.text("sections.acts"), blocks)

    def proceedings(self) -> list[Block]:
        texts = self.clean.paragraphs(self.case.proceedings_summary, _("Proceedings so far"))
        texts.extend(self.in_force_lines())
        return section(self.t.text("sections.proceedings"), [Paragraph(t) for t in texts])

    def circumstance(self) -> list[Block]:
        application = self.application
        texts: list[str] = []
        ground = application.ground
        if ground is not None and ground is not ReopeningGround.NONE:
            title = self.t.text(f"ground.titles.{ground.value}")
            texts.append(self.t.fill("ground.line", item=ground.value, title=title))
        texts.extend(self.clean.paragraphs(application.circumstance, _("New circumstance")))
        texts.extend(self.confirming_lines(application.confirming_act))
        if application.discovered_on is not None:
            day = self.date(application.discovered_on, DateForm.PLAIN)
            texts.append(self.t.fill("ground.discovered", date=day))
        if application.convicted_person_deceased:
            texts.append(self.t.text("ground.deceased"))
        if application.decision in _IN_FAVOUR_OF and application.direction is Direction.IMPROVE:
            texts.append(self.t.text("ground.in_favour"))
        return section(self.t.text("sections.circumstance"), [Paragraph(t) for t in texts])

    def confirming_lines(self, act: ConfirmingAct) -> list[str]:
        """ "The circumstance is established by <act>." and, for a termination, its reason."""
        if act.kind is None:
            return []
        if act.kind is ConfirmingActKind.OTHER:
            described = self.other_act(act)
            return [self.t.fill("confirming.other_sentence", value=described)] if described else []
        lines = [self.t.fill("confirming.sentence", value=self.confirming_phrase(act))]
        basis = act.termination_basis
        if act.kind is ConfirmingActKind.TERMINATION_RULING and basis is not None:
            reason = self.t.text(f"confirming.bases.{basis.value}")
            lines.extend([reason] if reason else [])
        return lines

    def confirming_phrase(self, act: ConfirmingAct, usage: str = "kinds") -> str:
        """The act by which the circumstance is established («приговором … суда от …»)."""
        kind = act.kind.value if act.kind is not None else ""
        where = _("Act that establishes the circumstance")
        pieces = {"kind": self.t.text(f"confirming.{usage}.{kind}")}
        issuer = self.clean.inline(act.issued_by, where)
        if issuer:
            pieces["court"] = self.court_phrase(issuer)
        if act.date is not None:
            value = self.date(act.date, DateForm.ATTRIBUTIVE)
            pieces["date"] = self.t.fill("confirming.date", value=value)
        number = self.clean.inline(act.number, where)
        if number:
            pieces["number"] = self.t.fill("confirming.number", value=number)
        if act.kind is ConfirmingActKind.TERMINATION_RULING:
            pieces["tail"] = self.t.text("confirming.termination_tail")
        if usage == "kinds" and act.kind is ConfirmingActKind.VERDICT and act.in_force:
            pieces["in_force"] = self.t.text("confirming.in_force")
        return join_pieces(pieces.get(key, "") for key in self.t.lines("confirming.order"))

    def other_act(self, act: ConfirmingAct) -> str:
        """A document of another kind, as the filer names it: issuer, date, number."""
        where = _("Act that establishes the circumstance")
        pieces = [self.clean.inline(act.issued_by, where)]
        if act.date is not None:
            pieces.append(self.date(act.date, DateForm.PLAIN))
        number = self.clean.inline(act.number, where)
        if number:
            pieces.append(self.t.fill("confirming.number", value=number))
        return ", ".join(piece for piece in pieces if piece)

    def participation(self) -> list[Block]:
        """The prosecutor holds no hearing on the application: nothing to say there."""
        return [] if self.to_prosecutor else super().participation()

    def request(self) -> list[Block]:
        if self.to_prosecutor:
            items = [self.t.text("request.check"), self.t.text("request.petition")]
            intro = self.t.text("request.intro_prosecutor")
        else:
            items = [self.t.text("request.reopen")]
            outcome = self.application.outcome
            if outcome is not None:
                items.append(self.t.text(f"request.outcomes.{outcome.value}"))
            intro = self.t.text("request.intro_court")
        own = " ".join(self.clean.paragraphs(self.application.request_text, _("Request")))
        items.extend([own] if own else [])
        return [Paragraph(intro), RequestBlock(self.t.text("request.lead"), tuple(items))]

    def attachments(self) -> list[Block]:
        items = [*self.act_copy_items(), *self.confirming_copy(), *self.authority_item()]
        return self.attachment_list([*items, *self.user_attachment_items()])

    def confirming_copy(self) -> list[AttachmentItem]:
        act = self.application.confirming_act
        if not act.attached or act.kind is None:
            return []
        if act.kind is ConfirmingActKind.OTHER:
            text = self.t.fill("confirming.other_copy", value=self.other_act(act))
        else:
            text = self.t.fill("confirming.copy", value=self.confirming_phrase(act, "copies"))
        return [AttachmentItem(text + self.pages_phrase(act.pages), act.pages)]


def build_new_circumstances(
    case: Case, language: Language, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The application in `language`; `draft` adds the draft cover. English is a reading copy,
    except for a filer who does not know the language of the case (CPC 30(3))."""
    builder = _Application(case, language)
    application = builder.application
    reading_copy = is_reading_copy(case, language)
    blocks: list[Block] = builder.opening(reading_copy, draft, open_problems)
    blocks.append(builder.addressee())
    blocks.append(PartyBlock(tuple(party_lines(case, builder.t, builder.clean))))
    blocks.append(builder.title())
    blocks.extend(builder.acts())
    blocks.extend(builder.proceedings())
    blocks.extend(builder.circumstance())
    blocks.extend(builder.evidence())
    blocks.extend(builder.participation())
    blocks.extend(builder.request())
    blocks.extend(builder.attachments())
    blocks.append(builder.signed(application.signature, application.filing.date))
    return builder.document(blocks, reading_copy=reading_copy, draft=draft)
