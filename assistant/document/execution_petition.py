"""The petition to the court at the place of execution as a document (issue 19; parole.md PA34).

Order: addressee (the court at the place of execution, through the institution's administration,
PA2, PA4), the petitioner and the convicted person, the title by the requests, the verdict and
the sentence as it now stands, the part served with the eligibility calculator's arithmetic, the
grounds the court weighs (compensation, violations, conduct, residence and work after release),
the request, the attachments the law names, date and signature. Wording per language is
`templates/execution-petition/{kk,ru,en}.toml`; the parts every document shares are
`parts.DocumentParts`'. English is a reading copy.

The calculator loads its law data on import: it is imported only when a petition is built.
Its law date is the petition's filing date, else the date it is signed, else the newest law the
app holds (a petition not yet dated is drafted under the law it would be filed under).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.case.drafts import ExecutionPetitionDraft
from assistant.case.enums import DocumentKind, FilerStatus, Language
from assistant.case.execution_vocabulary import AgeAtCrime, PetitionRequest
from assistant.case.model import Case
from assistant.document.dates import DateForm
from assistant.document.grammar import kazakh_court_dative, russian_addressee
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
from assistant.document.parts import DocumentParts, is_reading_copy, section
from assistant.document.served_text import ServedText, term_words
from assistant.document.templates import load_template
from assistant.i18n import _

if TYPE_CHECKING:
    from assistant.execution.results import Eligibility, EligibilityReport

# The articles of the Criminal Code each request rests on (CC 72, 73), and for a crime committed
# under 18 the article of its own (CC 86 parole, 87 replacement).
_CODE_ARTICLES = {
    PetitionRequest.PAROLE: {72},
    PetitionRequest.REPLACEMENT: {73},
    PetitionRequest.REDUCTION: {73},
}
_JUVENILE_ARTICLES = {PetitionRequest.PAROLE: 86, PetitionRequest.REPLACEMENT: 87}


class _PetitionWriter(DocumentParts):
    """The petition's own sections over the shared parts."""

    def __init__(self, case: Case, language: Language) -> None:
        super().__init__(case, load_template(language, DocumentKind.EXECUTION_PETITION))
        self.draft = case.execution_petition or ExecutionPetitionDraft()
        self.requests = [r for r in PetitionRequest if r in self.draft.requests]
        self.person = "self" if case.filer.status is FilerStatus.CONVICTED else "other"

    def line(self, text: str, where: str) -> str:
        return self.clean.inline(text, where)

    def addressee(self) -> list[Block]:
        court = self.line(self.draft.addressee, _("Addressee"))
        lines = [self._court_line(court)] if court else []
        institution = self.line(self.draft.institution, _("Institution"))
        if institution:
            lines.append(self.t.fill("addressee.through", value=institution))
        return [AddresseeBlock(tuple(lines))] if lines else []

    def _court_line(self, court: str) -> str:
        form = self.t.text("addressee.form")
        if form == "preposition":
            if court.casefold().startswith(self.t.text("addressee.prefix")):
                return court
            declined = russian_addressee(court) if self.t.language is Language.RU else None
            if declined is not None and not declined[1]:  # an institution, in the accusative
                court = declined[0][:1].upper() + declined[0][1:]
            return self.t.fill("addressee.to", value=court)
        if form == "kazakh_dative":
            dative = kazakh_court_dative(court)
            if dative is not None:
                return dative
        return self.t.fill("addressee.to_label", value=court)

    def parties(self) -> PartyBlock:
        lines = party_lines(self.case, self.t, self.clean)
        filer = self.case.filer
        if self.draft.birth_date is not None:
            born = self.date(self.draft.birth_date, DateForm.PLAIN)
            lines.append(self.t.fill("party.birth_date", value=born))
        institution = self.line(self.draft.institution, _("Institution"))
        shown = filer.in_custody and institution == self.line(filer.institution, _("Filer"))
        if institution and not shown:
            lines.append(self.t.fill("party.institution", value=institution))
        return PartyBlock(tuple(lines))

    def title(self) -> Title:
        asked = set(self.requests)
        lines = []
        for request in self.requests:
            key = request.value
            if request is PetitionRequest.REPLACEMENT and PetitionRequest.PAROLE in asked:
                key = "fallback"
            lines.append(self.t.text(f"title.{key}"))
        return Title(self.t.text("document.title"), tuple(lines))

    def sentence(self) -> list[Block]:
        blocks: list[Block] = []
        acts = [
            self.act_phrase(act, "subject", index).rstrip(",")
            for index, act in enumerate(self.case.acts)
        ]
        if acts:
            blocks += [Paragraph(self.t.text("sentence.acts")), NumberedList(tuple(acts))]
        texts = [*self._offences(), *self._punishment()]
        changes = self.clean.paragraphs(self.draft.sentence_changes, _("Changes to the sentence"))
        if changes:
            texts.append(self.t.fill("sentence.changes", value=changes[0]))
            texts += changes[1:]
        if self.draft.term_start is not None:
            start = self.date(self.draft.term_start, DateForm.PLAIN)
            texts.append(self.t.fill("sentence.start", value=start))
        texts += self._custody()
        blocks += [Paragraph(text) for text in texts]
        return section(self.t.text("sections.sentence"), blocks)

    def _offences(self) -> list[str]:
        named = []
        for offence in self.case.offences:
            article = self.line(offence.article, _("Offence"))
            part = self.line(offence.part, _("Offence"))
            if article:
                key = "sentence.offence_with_part" if part else "sentence.offence"
                named.append(self.t.fill(key, article=article, part=part))
        texts = [self.t.fill("sentence.offences", value=", ".join(named))] if named else []
        from assistant.execution.case_facts import most_serious_category

        category = most_serious_category(self.case)
        if category is not None:
            name = self.t.text(f"categories.{category.value}")
            texts.append(self.t.fill("sentence.category", value=name))
        return texts

    def _punishment(self) -> list[str]:
        texts = []
        if self.draft.punishment is not None:
            name = self.t.text(f"punishments.{self.draft.punishment.value}")
            texts.append(self.t.fill("sentence.punishment", value=name))
        term = self.draft.term
        if self.draft.punishment is not None and self.draft.punishment.value == "life_imprisonment":
            texts.append(self.t.fill("sentence.term", value=self.t.text("term.life")))
        elif term is not None and (term.years or term.months or term.days):
            texts.append(self.t.fill("sentence.term", value=term_words(self.t, term)))
        return texts

    def _custody(self) -> list[str]:
        periods = []
        for period in self.draft.custody:
            if not period.credited_by_verdict or period.rate is None:
                continue
            if period.first_day is not None and period.last_day is not None:
                first = self.date(period.first_day, DateForm.PLAIN)
                last = self.date(period.last_day, DateForm.PLAIN)
                span = self.t.fill("sentence.custody_dates", first=first, last=last)
            elif period.days:
                span = self.t.fill("sentence.custody_days", days=str(period.days))
            else:
                continue
            rate = self.t.text(f"rates.{period.rate.name.lower()}")
            periods.append(self.t.fill("sentence.custody_rate", period=span, rate=rate))
        return [self.t.fill("sentence.custody", value="; ".join(periods))] if periods else []

    def served(self, report: EligibilityReport | None) -> list[Block]:
        texts: list[str] = []
        if report is not None:
            for request in self.requests:
                from assistant.execution.vocabulary import PetitionRequest

                answer = report.for_request(PetitionRequest(request.value))
                texts += self._served_request(request, answer)
        if texts:
            texts.append(self.t.text("served.check"))
        texts.append(self.t.text("sentence.institution_materials"))
        return section(self.t.text("sections.served"), [Paragraph(t) for t in texts])

    def _served_request(self, request: PetitionRequest, answer: Eligibility) -> list[str]:
        writer = ServedText(self.t, self.t.text(f"labels.{request.value}"))
        if answer.cap is not None:
            return [self._reduction(writer, answer)]
        if answer.first_day is None or not answer.steps:
            return []
        shown = [s for s in answer.steps if s.kind.value == "fraction"][:1]
        if answer.steps[0] not in shown:
            shown.append(answer.steps[0])
        texts = [text for step in shown for text in writer.step(step)]
        judged = self.draft.filing.date or self.draft.signature.date
        day = self.date(answer.first_day, DateForm.LOCATIVE)
        if judged is None:
            texts.append(self.t.fill("served.reached", day=day))
        else:
            key = "served.done" if judged >= answer.first_day else "served.due"
            texts.append(self.t.fill(key, day=day))
        return texts

    def _reduction(self, writer: ServedText, answer: Eligibility) -> str:
        assert answer.cap is not None
        bases = [
            self.t.text(f"served.{key}")
            for key, holds in (
                ("basis_group", self.draft.assisted_group_investigation),
                ("basis_agreement", self.draft.agreement_fulfilled),
            )
            if holds
        ]
        return self.t.fill(
            "served.reduction",
            label=writer.label,
            provision="; ".join(c.format(self.t.language) for c in answer.cap.citations),
            basis="; ".join(bases),
            cap=str(answer.cap.safe),
        )

    def grounds(self) -> list[Block]:
        draft, texts = self.draft, []
        if draft.damage_compensated is True:
            texts.append(self.t.text("grounds.damage_full"))
        elif draft.damage_compensated is False:
            texts.append(self.t.text("grounds.damage_partial"))
        texts += self.clean.paragraphs(draft.damage_reasons, _("Why the damage is not paid"))
        if draft.malicious_violations is False:
            texts.append(self.t.text("grounds.no_violations"))
            mandatory = draft.damage_compensated is True
            if mandatory and PetitionRequest.PAROLE in self.requests:
                texts.append(self.t.text("grounds.mandatory"))
        conduct = self.clean.paragraphs(draft.conduct, _("Conduct while serving the sentence"))
        if conduct:
            texts += [self.t.fill("grounds.conduct", value=conduct[0]), *conduct[1:]]
        for key, value in (
            ("residence", draft.residence_after_release),
            ("employment", draft.employment_after_release),
        ):
            text = self.line(value, _("After release"))
            if text:
                texts.append(self.t.fill(f"grounds.{key}", value=text.rstrip(".")))
        return section(self.t.text("sections.grounds"), [Paragraph(t) for t in texts])

    def request(self) -> list[Block]:
        own = " ".join(self.clean.paragraphs(self.draft.request_text, _("Request")))
        items = [own] if own else self._request_items()
        if not items:
            return []
        return [
            Paragraph(self.t.fill("request.intro", code=self._code_articles())),
            RequestBlock(self.t.text("request.lead"), tuple(items)),
        ]

    def _code_articles(self) -> str:
        """The articles of the Criminal Code the requests rest on: 72 for parole, 73 for
        replacement and reduction, 86 and 87 beside them for a crime committed under 18."""
        juvenile = self.draft.age_at_crime is AgeAtCrime.UNDER_18
        articles: set[int] = set()
        for request in self.requests or list(PetitionRequest):
            articles |= _CODE_ARTICLES[request]
            if juvenile and request in _JUVENILE_ARTICLES:
                articles.add(_JUVENILE_ARTICLES[request])
        key = "request.code_one" if len(articles) == 1 else "request.code_many"
        return self.t.fill(key, articles=", ".join(str(a) for a in sorted(articles)))

    def _request_items(self) -> list[str]:
        base, draft, items = f"request.{self.person}", self.draft, []
        milder = draft.milder_punishment
        for request in self.requests:
            key = request.value
            if request is PetitionRequest.REPLACEMENT:
                key = "fallback" if PetitionRequest.PAROLE in self.requests else "replacement"
                if milder is not None:
                    punishment = self.t.text(f"milder.{milder.value}")
                    items.append(self.t.fill(f"{base}.{key}_by", punishment=punishment))
                    continue
            items.append(self.t.text(f"{base}.{key}"))
        additional = self.line(draft.additional_punishment, _("Additional punishment"))
        if draft.additional_release is not None and additional:
            key = f"{base}.additional_{draft.additional_release.value}"
            items.append(self.t.fill(key, value=additional))
        return items

    def attachments(self) -> list[Block]:
        items = self.act_copy_items()
        if self.draft.housing_consent_attached:
            items.append(AttachmentItem(self.t.text("attachments.housing"), None))
        if self.draft.job_offer_attached:
            items.append(AttachmentItem(self.t.text("attachments.job"), None))
        items.extend(self.user_attachment_items())
        return self.attachment_list(items)


def petition_eligibility_report(case: Case) -> EligibilityReport | None:
    """The calculator's answer for the petition under the law of its filing (or signing) date,
    else the newest law the app holds; None while an input it needs is missing."""
    from assistant.execution import eligibility
    from assistant.execution.case_facts import case_facts

    facts = case_facts(case).facts
    if facts is None:
        return None
    draft = case.execution_petition or ExecutionPetitionDraft()
    law_date = draft.filing.date or draft.signature.date or dt.date.max
    return eligibility(facts, law_date)


def build_execution_petition(
    case: Case, language: Language, draft: bool, open_problems: Sequence[str] = ()
) -> ComplaintDocument:
    """The petition in `language`; `draft` adds the draft cover. English is a reading copy."""
    writer = _PetitionWriter(case, language)
    reading_copy = is_reading_copy(case, language)
    blocks = writer.opening(reading_copy, draft, open_problems)
    blocks += [*writer.addressee(), writer.parties(), writer.title()]
    blocks += writer.sentence()
    blocks += writer.served(petition_eligibility_report(case))
    blocks += writer.grounds()
    blocks += writer.request()
    blocks += writer.attachments()
    blocks.append(writer.signed(writer.draft.signature, writer.draft.filing.date))
    return writer.document(blocks, reading_copy=reading_copy, draft=draft)
