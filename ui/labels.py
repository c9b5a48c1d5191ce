"""Plain-language labels of the case vocabularies (English msgids; the catalogs translate them)."""

from __future__ import annotations

from enum import StrEnum

from assistant.case.enums import (
    ActKind,
    Addressee,
    AppealHistory,
    AttachmentKind,
    Direction,
    EvidenceKind,
    FilerStatus,
    FilingChannel,
    Guilt,
    Instance,
    Language,
    OffenceCategory,
    Participation,
    PartyRole,
    RequestKind,
    ScopeKind,
    TrialProcedure,
)
from assistant.i18n import N_

NOT_CHOSEN = N_("— not chosen —")

_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (FilerStatus.CONVICTED, N_("Convicted person")),
    (FilerStatus.ACQUITTED, N_("Acquitted person")),
    (FilerStatus.DEFENDER, N_("Defender (advocate)")),
    (FilerStatus.LEGAL_REPRESENTATIVE, N_("Legal representative")),
    (FilerStatus.VICTIM, N_("Victim")),
    (FilerStatus.PRIVATE_PROSECUTOR, N_("Private prosecutor")),
    (FilerStatus.REPRESENTATIVE, N_("Representative")),
    (FilerStatus.CIVIL_PLAINTIFF, N_("Civil plaintiff")),
    (FilerStatus.CIVIL_DEFENDANT, N_("Civil defendant")),
    (FilerStatus.INTERESTED_PERSON, N_("Person whose rights the act affects")),
    (FilerStatus.PROSECUTOR, N_("Prosecutor")),
    (PartyRole.CONVICTED, N_("Convicted person")),
    (PartyRole.ACQUITTED, N_("Acquitted person")),
    (PartyRole.VICTIM, N_("Victim")),
    (PartyRole.PRIVATE_PROSECUTOR, N_("Private prosecutor")),
    (PartyRole.CIVIL_PLAINTIFF, N_("Civil plaintiff")),
    (PartyRole.CIVIL_DEFENDANT, N_("Civil defendant")),
    (PartyRole.INTERESTED_PERSON, N_("Person whose rights the act affects")),
    (ActKind.VERDICT, N_("Verdict")),
    (ActKind.RULING, N_("Ruling")),
    (ActKind.TERMINATION_RULING, N_("Ruling terminating the case")),
    (ActKind.APPELLATE_RULING, N_("Appellate ruling")),
    (ActKind.APPELLATE_VERDICT, N_("Appellate verdict")),
    (ActKind.PRIVATE_RULING, N_("Private ruling")),
    (ActKind.COMPULSORY_MEDICAL_RULING, N_("Ruling on compulsory medical measures")),
    (ActKind.INTERLOCUTORY_RULING, N_("Ruling during the trial (on a motion)")),
    (ActKind.EXECUTION_RULING, N_("Ruling on execution of the sentence")),
    (ActKind.INVESTIGATING_JUDGE_ACT, N_("Act of an investigating judge")),
    (ActKind.CASSATION_COURT_ACT, N_("Act of the cassation court")),
    (Instance.FIRST, N_("First instance")),
    (Instance.APPEAL, N_("Appeal")),
    (Instance.CASSATION, N_("Cassation")),
    (Instance.INVESTIGATING_JUDGE, N_("Investigating judge")),
    (AppealHistory.REVIEWED, N_("Reviewed on appeal")),
    (AppealHistory.NOT_APPEALED, N_("Nobody appealed")),
    (AppealHistory.APPEAL_WITHDRAWN, N_("The appeal was withdrawn")),
    (AppealHistory.APPEAL_RETURNED_LATE, N_("The appeal was returned as late")),
    (AppealHistory.REVIEWED_FOR_OTHERS_ONLY, N_("Reviewed only on others' appeals")),
    (OffenceCategory.MISDEMEANOUR, N_("Criminal misdemeanour")),
    (OffenceCategory.MINOR, N_("Minor gravity")),
    (OffenceCategory.MODERATE, N_("Moderate gravity")),
    (OffenceCategory.GRAVE, N_("Grave")),
    (OffenceCategory.ESPECIALLY_GRAVE, N_("Especially grave")),
    (Guilt.INTENTIONAL, N_("Intentional")),
    (Guilt.NEGLIGENT, N_("Negligent")),
    (TrialProcedure.GENERAL, N_("General procedure")),
    (TrialProcedure.SUMMARY, N_("Summary procedure")),
    (TrialProcedure.CONCILIATION, N_("Conciliation procedure")),
    (TrialProcedure.ART_382, N_("Reduced trial (CPC Art. 382)")),
    (ScopeKind.FULL, N_("In full")),
    (ScopeKind.PART, N_("In part")),
    (Direction.IMPROVE, N_("Improve the convicted person's position")),
    (Direction.WORSEN, N_("Worsen the convicted person's position")),
    (RequestKind.QUASH_AND_TERMINATE, N_("Quash and terminate the case")),
    (RequestKind.QUASH_AND_RETRIAL, N_("Quash and send for a new trial")),
    (RequestKind.REQUALIFY, N_("Requalify the offence")),
    (RequestKind.REDUCE_PUNISHMENT, N_("Reduce the punishment")),
    (RequestKind.CHANGE_INSTITUTION, N_("Change the type of institution")),
    (RequestKind.CIVIL_CLAIM, N_("Change the decision on the civil claim")),
    (RequestKind.QUASH_ACQUITTAL, N_("Quash the acquittal")),
    (RequestKind.INCREASE_PUNISHMENT, N_("Increase the punishment")),
    (RequestKind.OTHER, N_("Other")),
    (EvidenceKind.CASE_FILE, N_("In the case file")),
    (EvidenceKind.CHARACTER_REFERENCE, N_("Character reference")),
    (EvidenceKind.DAMAGE_CERTIFICATE, N_("Certificate of compensated damage")),
    (EvidenceKind.NEW_FACT, N_("New fact")),
    (EvidenceKind.NEW_EXPERT_OPINION, N_("New expert opinion")),
    (EvidenceKind.OTHER, N_("Other")),
    (Participation.WITH, N_("With my participation")),
    (Participation.WITHOUT, N_("Without my participation")),
    (AttachmentKind.ACT_COPY, N_("Copy of a contested act")),
    (AttachmentKind.AUTHORITY, N_("Document of authority")),
    (AttachmentKind.SUPPORTING, N_("Supporting document")),
    (AttachmentKind.OTHER, N_("Other")),
    (FilingChannel.PAPER, N_("On paper, to the court")),
    (FilingChannel.E_FILING, N_("Electronically (e-filing)")),
    (FilingChannel.DETENTION_ADMINISTRATION, N_("Through the administration of the institution")),
    (Addressee.CASSATION_COURT, N_("Court of Cassation")),
    (Addressee.SUPREME_COURT, N_("Supreme Court")),
    (Addressee.PROSECUTOR_GENERAL, N_("Prosecutor General")),
    (Addressee.OTHER_BODY, N_("Other body")),
)
# Keyed by (type, value): values of different vocabularies compare equal as strings.
LABELS: dict[tuple[type, str], str] = {(type(value), value.value): text for value, text in _PAIRS}

# Language names are written in their own language and never translated.
LANGUAGE_NAMES: dict[Language, str] = {
    Language.KK: "Қазақша",
    Language.RU: "Русский",
    Language.EN: "English",
}


def label_of(value: StrEnum) -> str:
    """The msgid of an enum value's label (language values get their own name)."""
    if isinstance(value, Language):
        return LANGUAGE_NAMES[value]
    return LABELS[(type(value), value.value)]
