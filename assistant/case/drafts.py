"""The documents other than the cassation complaint that a case file can hold.

A case file keeps the facts every document shares once (the filer, whom they act for, the
contested acts, the offences, the evidence, the attachments, the language of the proceedings)
at the top of the case, where the cassation complaint has always kept them. Each other document
adds what is its own: where it goes, when it is filed and signed, what it asks. The fields each
kind needs beyond these come with that kind's rules (`assistant/law/rules/<kind>/`).
"""

from __future__ import annotations

import datetime as dt

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


class ExecutionPetitionDraft(Draft):
    """A petition to the court at the place of execution: parole, replacement, reduction
    (CPC 476(5), 477-480; CC 72, 73)."""
