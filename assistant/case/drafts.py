"""The documents other than the cassation complaint that a case file can hold.

A case file keeps the facts every document shares once (the filer, whom they act for, the
contested acts, the offences, the evidence, the attachments, the language of the proceedings)
at the top of the case, where the cassation complaint has always kept them. Each other document
adds what is its own: where it goes, when it is filed and signed, what it asks. The fields each
kind needs beyond these come with that kind's rules (`assistant/law/rules/<kind>/`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec

from assistant.case.enums import (
    ConfirmingActKind,
    Direction,
    FilingChannel,
    Ground,
    ProtestOfficial,
    ReopeningAddressee,
    ReopeningGround,
    ReopeningOutcome,
    RequestKind,
    ReviewedDecision,
    ScopeKind,
    SpecialGround,
    TerminationBasis,
)
from assistant.case.execution_vocabulary import (
    AdditionalRelease,
    AgeAtCrime,
    CancellationItem,
    CustodyRate,
    EarlierOutcome,
    ExclusionFact,
    MilderPunishment,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)
from assistant.case.limits import Line, Pages, Prose


class _Struct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=False):
    """Base: keyword-only, strict about unknown keys (a typo in a file is an error, not lost)."""


class DraftFiling(_Struct):
    """When and how one document is filed (its date is the date whose law applies)."""

    date: dt.date | None = None
    channel: FilingChannel | None = None


class DraftSignature(_Struct):
    """The date and the signer of one document."""

    date: dt.date | None = None
    signer_name: Line = ""


class Draft(_Struct):
    """What every document other than the cassation complaint has of its own."""

    addressee: Line = ""  # the court or prosecutor's office it goes to, as the filer names it
    request_text: Prose = ""  # what the filer asks, in their own words
    filing: DraftFiling = msgspec.field(default_factory=DraftFiling)
    signature: DraftSignature = msgspec.field(default_factory=DraftSignature)


class AppealArgument(_Struct):
    """CPC 423(1)(5): one argument of an appeal. What is wrong in the act, which norms of law
    were violated (at the pre-trial stage or at trial) and how that affected the decision."""

    violation: Prose = ""
    norms: Prose = ""
    effect: Prose = ""


class AppealDraft(Draft):
    """An appeal against a first-instance act not yet in force (CPC 414-423).

    What the appeal shares with the case's other documents (the filer, the contested acts, the
    evidence, the attachments, participation) stays in `Case`; what is its own is here: the
    appellate court it is addressed to (`addressee`, 423(1)(1)), the scope (423(1)(4)), the
    arguments and the request (423(1)(5)), the day a convicted person in custody received a
    copy of the act (418(1)) and a request to restore a missed term (419, 50(2)).
    """

    scope: ScopeKind | None = None  # 423(1)(4): in full or in part
    scope_part: Prose = ""  # which part, when in part
    civil_claim_only: bool = False  # 414(1): a civil party appeals only the civil-claim part
    arguments: list[AppealArgument] = msgspec.field(default_factory=list)
    # 418(1): a convicted person held in custody counts the term from the day a copy of the
    # act was handed to them.
    copy_handed_over: dt.date | None = None
    restore_term: bool = False  # the appeal asks to restore a missed term (419, 50(2))
    restore_reason: Prose = ""  # why the term was missed


class PetitionArgument(_Struct):
    """One argument of a petition for a protest: what is wrong, which norms, how it affected
    the decision, and the item of CPC 485(1) it falls under, if any (rows PG4)."""

    item: Ground | None = None
    violation: Prose = ""
    norms: Prose = ""
    effect: Prose = ""


class SpecialGroundClaim(_Struct):
    """One case of CPC 485(2) the petition relies on, and why it applies (row PG4)."""

    item: SpecialGround | None = None
    reasons: Prose = ""


class PgPetitionDraft(Draft):
    """A petition asking the Prosecutor General (or a deputy, the Chief Military or the Chief
    Transport Prosecutor) to bring a cassation protest (CPC 484(3), 486(2)-(4)).

    `official` is whom it is addressed to; the inherited `addressee` is an optional line the
    filer adds under that office (e.g. the official's name), or their own naming of the office
    when no `official` is chosen. The request to the official is fixed (bring a protest); what
    the protest should ask the Court of Cassation is `request_kinds` or `request_text`, and its
    direction decides the one-year term of CPC 487(2) (row PG6).
    """

    official: ProtestOfficial | None = None  # PG1
    scope: ScopeKind | None = None
    scope_part: Prose = ""  # which part of the acts, when `scope` is "part"
    grounds: list[PetitionArgument] = msgspec.field(default_factory=list)  # PG4: 485(1)
    special_grounds: list[SpecialGroundClaim] = msgspec.field(default_factory=list)  # 485(2)
    request_kinds: list[RequestKind] = msgspec.field(default_factory=list)  # PG5
    direction: Direction | None = None  # PG6: CPC 487
    suspend_execution: bool = False  # also ask to suspend the execution (CPC 493)


class ConfirmingAct(_Struct):
    """The act that establishes the new circumstance and goes with the application: a final
    verdict, a ruling terminating a case on a ground of 499(3), a decision of the Constitutional
    Court (CPC 499(2), 499(3); Resolution No. 9 of 2018, para. 5)."""

    kind: ConfirmingActKind | None = None
    issued_by: Line = ""  # the court or body that issued it
    date: dt.date | None = None
    number: Line = ""  # its case or registration number
    in_force: bool | None = None  # a verdict must have entered into force (499(2) items 1-3)
    termination_basis: TerminationBasis | None = None  # for a termination ruling (499(3))
    attached: bool = False  # a copy goes with the application
    pages: Pages | None = None


class NewCircumstancesDraft(Draft):
    """An application to reopen the case for newly discovered circumstances (CPC 499-504).

    `addressee` is the name of the court or prosecutor's office in the nominative; the document
    declines it where the language needs it.
    """

    addressed_to: ReopeningAddressee | None = None  # which court, or the prosecutor (502(3), (4))
    decision: ReviewedDecision | None = None  # which decision is to be reviewed (Art. 500)
    ground: ReopeningGround | None = None  # the item of 499(2)
    circumstance: Prose = ""  # what the newly discovered circumstance is and how it came to light
    discovered_on: dt.date | None = None  # the day it was discovered (501(3), (4))
    confirming_act: ConfirmingAct = msgspec.field(default_factory=ConfirmingAct)
    direction: Direction | None = None  # in favour of the convicted person, or to their detriment
    limitation_expired: bool | None = None  # CC 71 period over (a worsening review, 501(3))
    outcome: ReopeningOutcome | None = None  # what the court should do after quashing (NR9 10)
    disputes_verdict_evidence: bool = False  # argues with the evidence the verdict assessed
    refused_before: bool = False  # the same application on the same grounds was refused
    convicted_person_deceased: bool = False  # relatives may apply to rehabilitate (NR9 para. 4)


Years = Annotated[int, msgspec.Meta(ge=0, le=100)]
Months = Annotated[int, msgspec.Meta(ge=0, le=1_200)]
Days = Annotated[int, msgspec.Meta(ge=0, le=36_600)]


class SentenceTerm(_Struct):
    """A term as the verdict writes it: years, months and days (CC 62(1)); all 0 = not given."""

    years: Years = 0
    months: Months = 0
    days: Days = 0


class CustodyPeriod(_Struct):
    """Custody or house arrest before the verdict entered into force (PA17): its first and
    last day held, or the number of days the verdict states, and the rate it was credited at.
    `credited_by_verdict` is False for a period the verdict (or a later ruling) did not
    credit: it is not counted, the court that passed the verdict decides it (parole.md §D.8)."""

    rate: CustodyRate | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    days: Days | None = None
    credited_by_verdict: bool = True


class EarlierPetition(_Struct):
    """A petition of this kind already decided: what it asked, the date of the court's
    ruling and what became of it (PA20, PA21)."""

    request: PetitionRequest | None = None
    ruled_on: dt.date | None = None
    outcome: EarlierOutcome | None = None


class ExecutionPetitionDraft(Draft):
    """A petition to the court at the place of execution: parole, replacement, reduction
    (CPC 476(5), 477-480; CC 72, 73). The rows of shared/law/parole.md each field serves are
    named beside it; the convicted person's crimes are the case's `offences` (the most serious
    one decides, NR6 para. 8), the verdict and later acts are the case's `acts`."""

    # What is asked (PA1, PA25, PA26, PA29): parole and replacement together ask for the
    # replacement in case parole is refused (NR6 para. 11).
    requests: list[PetitionRequest] = msgspec.field(default_factory=list)
    milder_punishment: MilderPunishment | None = None
    additional_punishment: Line = ""  # an additional punishment still to be served
    additional_release: AdditionalRelease | None = None  # asked: full or partial release
    additional_lifetime: bool = False  # it is a lifetime ban: never released (NR6 para. 14)
    # The convicted person and where the sentence is served (PA2, PA4, PA34).
    birth_date: dt.date | None = None
    institution: Line = ""  # the institution (or probation body) executing the sentence
    # The sentence as it now stands (PA16) and its start (PA17).
    punishment: ServedPunishment | None = None
    term: SentenceTerm | None = None
    term_start: dt.date | None = None
    sentence_changes: Prose = ""  # aggregation, amnesty, pardon, higher courts (NR6 paras 7-8)
    custody: list[CustodyPeriod] = msgspec.field(default_factory=list)
    # What decides the part to serve and the exclusions (PA5-PA15); None = not known.
    against_life_or_health: bool | None = None
    against_life: bool | None = None
    age_at_crime: AgeAtCrime | None = None
    privileged: list[PrivilegedPerson] = msgspec.field(default_factory=list)
    agreement_fulfilled: bool = False  # every condition of a cooperation agreement (PA11)
    active_assistance: bool = False  # active help against terrorist or extremist crimes
    assisted_group_investigation: bool = False  # helped solve crimes of a criminal group
    exclusions_answered: bool = False  # the list of exclusions was gone through
    exclusions: list[ExclusionFact] = msgspec.field(default_factory=list)
    minor_victim_aged_14_to_18: bool = False  # the exception of 72(8)(4), 73(2), 73(4)
    cancelled_parole: CancellationItem | None = None  # an earlier parole cancelled under 72(7)
    earlier_petitions: list[EarlierPetition] = msgspec.field(default_factory=list)
    notice_date: dt.date | None = None  # the institution's notice that the part is served (PA19)
    # The merits the court weighs (PA24-PA30) and what the person supplies (PA32).
    damage_compensated: bool | None = None  # the damage of the verdict fully compensated
    damage_reasons: Prose = ""  # why not, with the documents that show it (PA27)
    malicious_violations: bool | None = None  # found a malicious violator (PEC 130(3))
    conduct: Prose = ""  # behaviour, incentives, work, study, treatment (PA28)
    foreign_citizen: bool = False  # a foreign citizen or stateless person (PA25, PA30)
    residence_after_release: Line = ""
    employment_after_release: Line = ""
    housing_consent_attached: bool = False  # written consent of relatives or housing offer
    job_offer_attached: bool = False  # a job offer from an organisation or local government
