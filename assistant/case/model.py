"""The case: everything one cassation complaint needs, as typed msgspec structs.

Every field has an "empty" default so that a new case is valid and the rule engine, not the
loader, tells the user what is missing. Comments name the checklist element of statutes.md §5
(C1-C13) or the rule row (§15, README N-rows) that reads the field. Texts and page counts are
bounded (`assistant/case/limits.py`): `Line` and `Prose` texts, `Pages` counts.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from assistant.case.drafts import (
    AppealDraft,
    ExecutionPetitionDraft,
    NewCircumstancesDraft,
    PgPetitionDraft,
)
from assistant.case.enums import (
    ActKind,
    Addressee,
    AppealHistory,
    ArgumentSubstance,
    AttachmentKind,
    Direction,
    DocumentKind,
    EvidenceKind,
    FilerStatus,
    FilingChannel,
    Ground,
    Guilt,
    Instance,
    Language,
    OffenceCategory,
    Participation,
    PartyRole,
    RepresentationBasis,
    RequestKind,
    ReturnGround,
    ScopeKind,
    TrialProcedure,
    Withdrawer,
)
from assistant.case.limits import Line, Pages, Prose


class _Struct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=False):
    """Base: keyword-only, strict about unknown keys (a typo in a file is an error, not lost)."""


class Filer(_Struct):
    """C2: who files, in what procedural status, where they are and how to reach them."""

    full_name: Line = ""
    status: FilerStatus | None = None
    iin: Line = ""
    address: Line = ""  # place of residence or location
    phones: list[Line] = msgspec.field(default_factory=list)
    email: Line = ""
    in_custody: bool = False  # F4: serving a custodial sentence or held in custody
    institution: Line = ""  # name of the institution where the filer is held
    # Defender: the advocate's certificate (удостоверение адвоката, CPC 68(8)); the notice of
    # defence is the authority document of `Represented`.
    advocate_certificate: Line = ""
    affected_right: Prose = ""  # interested person: which right the act affects (N5)
    learned_of_act: dt.date | None = None  # interested person: when they learned of the act (N5)
    knows_case_language: bool = True  # F3: CPC 30(3) allows another language otherwise


class Represented(_Struct):
    """Whom a defender or representative acts for, and on what authority (P1, N5)."""

    full_name: Line = ""
    role: PartyRole | None = None
    date_of_birth: dt.date | None = None
    basis: RepresentationBasis | None = None  # legal representative: minority or incapacity (N5)
    # Defender: the notice of defence (уведомление о защите, CPC 68(8)); representative: the
    # power of attorney or other document of authority.
    authority_document: Line = ""


class Reclassification(_Struct):
    """N3: the lower courts reclassified a graver charge as a misdemeanour or minor crime."""

    original_article: Line = ""
    original_category: OffenceCategory | None = None
    disputed: bool = (
        False  # the complaint disputes the reclassification and asks for the former article
    )


class Offence(_Struct):
    """One count of the conviction: Criminal Code article and part, and its category (CC 10-11)."""

    article: Line = ""
    part: Line = ""
    category: OffenceCategory | None = None
    max_imprisonment_years: float | None = None  # maximum of the sanction, not the sentence
    imprisonment_possible: bool = True  # False: the sanction has no imprisonment at all
    guilt: Guilt | None = None


class ContestedAct(_Struct):
    """C3: one contested judicial act, the court that issued it, and its way so far (A1, A2, N4)."""

    kind: ActKind | None = None
    instance: Instance | None = None
    court: Line = ""
    date: dt.date | None = None
    case_number: Line = ""
    in_force: bool | None = None
    entered_into_force: dt.date | None = None
    appeal: AppealHistory | None = None  # meaningful for first-instance acts
    appealed_by: Line = ""
    appeal_outcome: Line = ""
    copy_attached: bool = False  # N7: a copy of the act goes with the complaint
    copy_pages: Pages | None = None


class Scope(_Struct):
    """C4: in full or in which part."""

    kind: ScopeKind | None = None
    part_description: Prose = ""
    civil_claim_only: bool = False  # P2: civil plaintiff/defendant may contest only this part


class GroundArgument(_Struct):
    """C5-C7: one Art. 485(1) item relied on, with the violation, the norms and their effect."""

    item: Ground | None = None
    violation: Prose = ""  # what is wrong
    norms: Prose = ""  # which norms were breached (pre-trial or trial)
    effect: Prose = ""  # how the breach affected the decision
    substance: ArgumentSubstance | None = None  # what it is about; None counts as law (N15)


class Request(_Struct):
    """C5 "substance of the request", and its direction for CPC 487 (T1, T2) and N12."""

    kinds: list[RequestKind] = msgspec.field(default_factory=list)
    text: Prose = ""
    direction: Direction | None = None


class Evidence(_Struct):
    """C8: evidence relied on; N13 separates case-file evidence from new facts."""

    description: Prose = ""
    kind: EvidenceKind = EvidenceKind.CASE_FILE


class Attachment(_Struct):
    """C9, C10: one attached document besides the copies of the contested acts."""

    title: Line = ""
    kind: AttachmentKind = AttachmentKind.SUPPORTING
    pages: Pages | None = None
    file: Line = ""  # path of the user's own file, if any (pages then counted from it)


class Filing(_Struct):
    """C13, F1, F4, T2, N8: how and when the complaint is filed."""

    channel: FilingChannel | None = None
    date: dt.date | None = None  # date of filing, posting or hand-over to the administration
    first_receipt_date: dt.date | None = None  # N8: receipt of an earlier, returned complaint
    first_return_ground: ReturnGround | None = None  # N8: the 489(1) item it was returned under
    is_supplement: bool = False  # T3: a supplement to an earlier complaint (CPC 488(5))
    original_had_worsening: bool = False  # T3: the original complaint already asked to worsen
    withdrawn: bool = False  # R4
    withdrawn_by: Withdrawer | None = None  # R4: None counts as the filer (488(6))


class Triage(_Struct):
    """Answers to the first questions; they also feed the redirect rules."""

    new_facts_only: bool = False  # N13: the complaint rests on facts found after entry into force
    milder_law_or_amnesty_only: bool = False  # N15
    execution_matter: bool = False  # parole, sentence reduction and other 476-478 matters
    civil_arithmetic_only: bool = False  # N16


class Signature(_Struct):
    """C11: date and signature of the author."""

    date: dt.date | None = None
    signer_name: Line = ""
    electronic: bool = False  # signed with EDS (e-filing)


class Case(_Struct):
    """One criminal case's documents: the cassation complaint (its fields are at the top, where
    every earlier file keeps them) and any other document drafted from the same facts."""

    kind: DocumentKind = DocumentKind.CASSATION  # the document being drafted and checked now
    addressee: Addressee = Addressee.CASSATION_COURT  # C1
    proceedings_language: Language | None = None  # F3: language of the case
    complaint_language: Language | None = None  # F3: language the complaint is written in
    filer: Filer = msgspec.field(default_factory=Filer)
    represented: Represented = msgspec.field(default_factory=Represented)
    # The convicted (acquitted) person the complaint concerns, when the filer is not that person
    # and does not act for them (a victim, a civil party, an interested person).
    convicted_person: Line = ""
    acts: list[ContestedAct] = msgspec.field(default_factory=list)
    offences: list[Offence] = msgspec.field(default_factory=list)
    reclassification: Reclassification | None = None
    trial_procedure: TrialProcedure | None = None
    scope: Scope = msgspec.field(default_factory=Scope)
    grounds: list[GroundArgument] = msgspec.field(default_factory=list)
    request: Request = msgspec.field(default_factory=Request)
    evidence: list[Evidence] = msgspec.field(default_factory=list)
    participation: Participation | None = None  # C12
    video_link: bool = False
    attachments: list[Attachment] = msgspec.field(default_factory=list)
    filing: Filing = msgspec.field(default_factory=Filing)
    triage: Triage = msgspec.field(default_factory=Triage)
    signature: Signature = msgspec.field(default_factory=Signature)
    proceedings_summary: Prose = ""  # the proceedings so far, for the introductory part
    # The other documents of this case, each present once it has been started (issue 18, 19).
    appeal: AppealDraft | None = None
    pg_petition: PgPetitionDraft | None = None
    new_circumstances: NewCircumstancesDraft | None = None
    execution_petition: ExecutionPetitionDraft | None = None
    # What the user typed into a date or number field that is not one ("31.02.2026"): JSON
    # pointer of the field -> the text as typed. The field stays empty; the text is kept so
    # nothing typed is lost, and rules INPUT.* report it (assistant/case/typed_texts.py).
    typed_texts: dict[Line, Line] = msgspec.field(default_factory=dict)


def new_case(language: Language) -> Case:
    """An empty case whose proceedings and complaint language are `language`."""
    return Case(proceedings_language=language, complaint_language=language)
