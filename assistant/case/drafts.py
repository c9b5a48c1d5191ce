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

from assistant.case.enums import FilingChannel, ScopeKind


class _Struct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=False):
    """Base: keyword-only, strict about unknown keys (a typo in a file is an error, not lost)."""


class DraftFiling(_Struct):
    """When and how one document is filed (its date is the date whose law applies)."""

    date: dt.date | None = None
    channel: FilingChannel | None = None


class DraftSignature(_Struct):
    """The date and the signer of one document."""

    date: dt.date | None = None
    signer_name: str = ""


class Draft(_Struct):
    """What every document other than the cassation complaint has of its own."""

    addressee: str = ""  # the court or prosecutor's office it goes to, as the filer names it
    request_text: str = ""  # what the filer asks, in their own words
    filing: DraftFiling = msgspec.field(default_factory=DraftFiling)
    signature: DraftSignature = msgspec.field(default_factory=DraftSignature)


class AppealArgument(_Struct):
    """CPC 423(1)(5): one argument of an appeal. What is wrong in the act, which norms of law
    were violated (at the pre-trial stage or at trial) and how that affected the decision."""

    violation: str = ""
    norms: str = ""
    effect: str = ""


class AppealDraft(Draft):
    """An appeal against a first-instance act not yet in force (CPC 414-423).

    What the appeal shares with the case's other documents (the filer, the contested acts, the
    evidence, the attachments, participation) stays in `Case`; what is its own is here: the
    appellate court it is addressed to (`addressee`, 423(1)(1)), the scope (423(1)(4)), the
    arguments and the request (423(1)(5)), the day a convicted person in custody received a
    copy of the act (418(1)) and a request to restore a missed term (419, 50(2)).
    """

    scope: ScopeKind | None = None  # 423(1)(4): in full or in part
    scope_part: str = ""  # which part, when in part
    civil_claim_only: bool = False  # 414(1): a civil party appeals only the civil-claim part
    arguments: list[AppealArgument] = msgspec.field(default_factory=list)
    # 418(1): a convicted person held in custody counts the term from the day a copy of the
    # act was handed to them.
    copy_handed_over: dt.date | None = None
    restore_term: bool = False  # the appeal asks to restore a missed term (419, 50(2))
    restore_reason: str = ""  # why the term was missed


class PgPetitionDraft(Draft):
    """A petition asking the Prosecutor General (or a deputy, the Chief Military or the Chief
    Transport Prosecutor) to bring a cassation protest (CPC 484(3), 486(2)-(4))."""


class NewCircumstancesDraft(Draft):
    """An application to reopen the case for newly discovered circumstances (CPC 499-504)."""


class ExecutionPetitionDraft(Draft):
    """A petition to the court at the place of execution: parole, replacement, reduction
    (CPC 476(5), 477-480; CC 72, 73)."""
