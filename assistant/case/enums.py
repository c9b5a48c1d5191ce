"""Closed vocabularies of the case file.

The values are the strings stored on disk, so they never change once released; the labels the
user sees live in the i18n catalogs (see `assistant.case.labels`).
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language of the proceedings, of the complaint or of the interface."""

    KK = "kk"
    RU = "ru"
    EN = "en"


class DocumentKind(StrEnum):
    """The documents a case file can hold: the cassation complaint and the documents of the
    other procedures the check sends people to (issue 18, 19). Values are the CLI's `--kind`."""

    CASSATION = "cassation"
    APPEAL = "appeal"
    PG_PETITION = "pg-petition"
    NEW_CIRCUMSTANCES = "new-circumstances"
    EXECUTION_PETITION = "execution-petition"


class FilerStatus(StrEnum):
    """Procedural status of the person who signs the complaint (CPC 414(1), 414(3), 486(1))."""

    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    DEFENDER = "defender"
    LEGAL_REPRESENTATIVE = "legal_representative"
    VICTIM = "victim"
    PRIVATE_PROSECUTOR = "private_prosecutor"
    REPRESENTATIVE = "representative"
    CIVIL_PLAINTIFF = "civil_plaintiff"
    CIVIL_DEFENDANT = "civil_defendant"
    INTERESTED_PERSON = "interested_person"
    PROSECUTOR = "prosecutor"
    # No standing under 486(1) (row R2): recorded so the check can say so (489(1)(2)).
    RELATIVE = "relative"  # a relative of an adult party acting without authority
    NON_PARTICIPANT = "non_participant"  # not a participant and no right or interest affected


class RepresentationBasis(StrEnum):
    """Why a legal representative represents the person (Resolution No. 1 para. 5, row N5)."""

    MINORITY = "minority"  # the person is (or was) a minor: the right ends at 18
    INCAPACITY = "incapacity"  # a guardian of an adult who lacks legal capacity


class PartyRole(StrEnum):
    """Role of the person a defender or representative acts for."""

    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    VICTIM = "victim"
    PRIVATE_PROSECUTOR = "private_prosecutor"
    CIVIL_PLAINTIFF = "civil_plaintiff"
    CIVIL_DEFENDANT = "civil_defendant"
    INTERESTED_PERSON = "interested_person"


class ActKind(StrEnum):
    """What kind of judicial act is contested (CPC 484)."""

    VERDICT = "verdict"
    RULING = "ruling"
    TERMINATION_RULING = "termination_ruling"
    APPELLATE_RULING = "appellate_ruling"
    APPELLATE_VERDICT = "appellate_verdict"
    PRIVATE_RULING = "private_ruling"
    COMPULSORY_MEDICAL_RULING = "compulsory_medical_ruling"
    INTERLOCUTORY_RULING = "interlocutory_ruling"
    EXECUTION_RULING = "execution_ruling"
    INVESTIGATING_JUDGE_ACT = "investigating_judge_act"
    CASSATION_COURT_ACT = "cassation_court_act"


class Instance(StrEnum):
    """Which court level issued the act."""

    FIRST = "first"
    APPEAL = "appeal"
    CASSATION = "cassation"
    INVESTIGATING_JUDGE = "investigating_judge"


class AppealHistory(StrEnum):
    """What happened on appeal to a first-instance act (Resolution No. 1, para. 4)."""

    REVIEWED = "reviewed"
    NOT_APPEALED = "not_appealed"
    APPEAL_WITHDRAWN = "appeal_withdrawn"
    APPEAL_RETURNED_LATE = "appeal_returned_late"
    # Reviewed on appeal only as to other co-defendants, not as to this person (NR1 para. 4(d)):
    # about the scope of the review, not about who appealed.
    REVIEWED_FOR_OTHERS_ONLY = "reviewed_for_others_only"


class OffenceCategory(StrEnum):
    """Categories of Criminal Code Arts. 10-11."""

    MISDEMEANOUR = "misdemeanour"
    MINOR = "minor"
    MODERATE = "moderate"
    GRAVE = "grave"
    ESPECIALLY_GRAVE = "especially_grave"


class Guilt(StrEnum):
    """Form of guilt, which Art. 11 CC needs to derive the category."""

    INTENTIONAL = "intentional"
    NEGLIGENT = "negligent"


class TrialProcedure(StrEnum):
    """How the first instance heard the case (relevant to CPC 484(2)(1) from 1 July 2027)."""

    GENERAL = "general"
    SUMMARY = "summary"
    CONCILIATION = "conciliation"
    ART_382 = "art_382"


class ScopeKind(StrEnum):
    """In full or in part (CPC 423(1)(4))."""

    FULL = "full"
    PART = "part"


class Ground(StrEnum):
    """Items of CPC Art. 485 part 1."""

    INNOCENT_CONVICTED = "1"
    UNFOUNDED_ACQUITTAL = "2"
    WRONG_QUALIFICATION = "3"
    VICTIM_DEPRIVED = "4"
    WRONG_PUNISHMENT = "5"
    CIVIL_CLAIM = "6"
    MEDICAL_MEASURES = "7"
    PRIVATE_RULING = "7-1"
    CONTRADICTIONS = "8"


class SpecialGround(StrEnum):
    """The cases of CPC Art. 485 part 2: the grounds for reviewing, on a protest, the acts of
    Art. 484 part 3 (appellate procedure not followed; misdemeanours and minor crimes)."""

    PUBLIC_INTEREST = "1"  # state or public interests, national security, grave consequences
    LIFE_IMPRISONMENT = "2"  # the person is serving life imprisonment
    UNIFORMITY = "4"  # the act breaks the uniform interpretation and application of law


class ProtestOfficial(StrEnum):
    """Who may bring a cassation protest, on their own or on a petition (CPC 484(3), 486(2))."""

    PROSECUTOR_GENERAL = "prosecutor_general"
    DEPUTY = "deputy"  # a deputy of the Prosecutor General
    CHIEF_MILITARY = "chief_military"
    CHIEF_TRANSPORT = "chief_transport"


class Direction(StrEnum):
    """Whether the request would improve or worsen the convicted person's position (CPC 487)."""

    IMPROVE = "improve"
    WORSEN = "worsen"


class RequestKind(StrEnum):
    """Outcomes the cassation court can give (CPC 494(7), 494(12)).

    Which of them worsen the convicted person's position (CPC 487(2)) is law data:
    `assistant/law/parameters/worsening-requests.toml`.
    """

    QUASH_AND_TERMINATE = "quash_and_terminate"
    QUASH_AND_RETRIAL = "quash_and_retrial"
    QUASH_APPELLATE = "quash_appellate"  # 494(7)(5): quash the appellate act, keep the verdict
    REQUALIFY = "requalify"  # under the law on a less grave offence
    REDUCE_PUNISHMENT = "reduce_punishment"
    CHANGE_INSTITUTION = "change_institution"
    CIVIL_CLAIM = "civil_claim"
    QUASH_PRIVATE_RULING = "quash_private_ruling"  # 485(1)(7-1)
    QUASH_ACQUITTAL = "quash_acquittal"
    QUASH_TERMINATION = "quash_termination"  # quash a ruling that terminated the case
    REQUALIFY_GRAVER = "requalify_graver"  # under the law on a graver offence
    INCREASE_PUNISHMENT = "increase_punishment"
    OTHER_WORSENING = "other_worsening"
    OTHER = "other"


class ArgumentSubstance(StrEnum):
    """What one argument is really about, whatever item of 485(1) it cites (N13, N15, N16)."""

    LAW = "law"  # wrong application of criminal or procedural law: the cassation question
    MILDER_LAW = "milder_law"  # a milder law with retroactive force (CC Art. 6)
    AMNESTY = "amnesty"  # an amnesty act
    CIVIL_ARITHMETIC = "civil_arithmetic"  # an arithmetic or technical error in the civil claim
    NEW_FACTS = "new_facts"  # facts or expert opinions that appeared after entry into force


class EvidenceKind(StrEnum):
    """Kinds of evidence and additional materials (Resolution No. 1, para. 13)."""

    CASE_FILE = "case_file"
    CHARACTER_REFERENCE = "character_reference"
    DAMAGE_CERTIFICATE = "damage_certificate"
    NEW_FACT = "new_fact"
    NEW_EXPERT_OPINION = "new_expert_opinion"
    OTHER = "other"


class ReviewedDecision(StrEnum):
    """The decision an application for newly discovered circumstances asks to review: the four
    items of CPC Art. 500, or another decision, which Art. 500 does not open (NR9 para. 5)."""

    CONVICTION = "conviction"  # 500(1): a guilty verdict
    ACQUITTAL = "acquittal"  # 500(2)
    TERMINATION = "termination"  # 500(3): a ruling that terminated the case
    CONFISCATION = "confiscation"  # 500(4): confiscation of property before the verdict (Ch. 71)
    OTHER = "other"


class ReopeningGround(StrEnum):
    """Items of CPC Art. 499 part 2, the exhaustive grounds of reopening (NR9 para. 1), or none."""

    FALSE_EVIDENCE = "1"  # false testimony, expert opinion, forged evidence, wrong translation
    INVESTIGATOR_CRIME = "2"  # crimes of the inquirer, investigator or prosecutor
    JUDGE_CRIME = "3"  # crimes of the judges in this case
    OTHER_CIRCUMSTANCES = "4"  # other circumstances, established by the prosecutor's check
    UNCONSTITUTIONAL_LAW = "5"  # the Constitutional Court struck down the law applied
    CONFISCATION_RELEASE = "6"  # release from liability / no confiscation (Chapter 71)
    ABSENTEE_APPEARS = "7"  # the person tried in absence (335(2)(2)) appears and asks
    NONE = "none"  # none of them


class ReopeningAddressee(StrEnum):
    """Where the application goes (CPC 502(3), 502(4), 504(4); NR9 para. 2)."""

    FIRST_INSTANCE_COURT = "first_instance_court"
    APPELLATE_COURT = "appellate_court"
    CASSATION_COURT = "cassation_court"
    PROSECUTOR = "prosecutor"


class ConfirmingActKind(StrEnum):
    """The act that establishes the new circumstance (CPC 499(2), 499(3); NR9 para. 5)."""

    VERDICT = "verdict"  # a verdict of a court (items 1-3)
    TERMINATION_RULING = "termination_ruling"  # a ruling terminating a case, 499(3)
    CONSTITUTIONAL_COURT_DECISION = "constitutional_court_decision"  # item 5
    OTHER = "other"


class TerminationBasis(StrEnum):
    """Why the case that establishes the circumstance was terminated (CPC 499(3))."""

    LIMITATION = "limitation"  # the limitation period expired
    AMNESTY = "amnesty"
    DEATH = "death"  # the accused died
    AGE = "age"  # below the age of criminal responsibility
    OTHER = "other"  # any other basis, which 499(3) does not name


class ReopeningOutcome(StrEnum):
    """What the court may do once it quashes the act (NR9 para. 10)."""

    TERMINATE = "terminate"
    NEW_INVESTIGATION = "new_investigation"
    NEW_TRIAL = "new_trial"


class Participation(StrEnum):
    """With or without the filer (CPC 488(1), last sentence)."""

    WITH = "with"
    WITHOUT = "without"


class AttachmentKind(StrEnum):
    """Kinds of attachment, in the order the attachments list prints them."""

    ACT_COPY = "act_copy"
    AUTHORITY = "authority"
    SUPPORTING = "supporting"
    OTHER = "other"


class FilingChannel(StrEnum):
    """How the complaint reaches the court (CPC 488(1), 49(1))."""

    PAPER = "paper"
    POST = "post"  # posted: the post office's stamp fixes the date (49(1))
    E_FILING = "e_filing"
    DETENTION_ADMINISTRATION = "detention_administration"


class ReturnGround(StrEnum):
    """The item of CPC 489(1) under which the court returned an earlier complaint (N8)."""

    NONCOMPLIANT = "489(1)(1)"
    NO_STANDING = "489(1)(2)"
    LATE = "489(1)(3)"
    WITHDRAWN = "489(1)(4)"
    NOT_REVIEWABLE = "489(1)(5)"


class Withdrawer(StrEnum):
    """Who withdrew the complaint (CPC 488(6), 70(5); row R4)."""

    FILER = "filer"  # the person who filed it
    CONVICTED = "convicted"  # the convicted person, of a complaint filed for them
    DEFENDER = "defender"  # a defender, of the client's own complaint (not allowed, 70(5))


class Addressee(StrEnum):
    """To whom the complaint is addressed (CPC 488(1), 488(3))."""

    CASSATION_COURT = "cassation_court"
    SUPREME_COURT = "supreme_court"
    PROSECUTOR_GENERAL = "prosecutor_general"
    OTHER_BODY = "other_body"
