"""The example petitions to the court at the place of execution (issue 19), for make_examples.py.

Fictional people and cases. Each is a complete case drafting `execution-petition`; the law
date is the petition's hand-over date, so the check gives the same answer on any day:

* `execution-petition-ru`: a grave fraud, 5 years from 15.01.2025 with custody credited at one
  day for one and a half; parole from 08.08.2026 (1/2, CC 72(3)(2)), replacement by restriction
  of liberty asked in case parole is refused; handed over on 20.11.2026: ready.
* `execution-petition-kk`: a woman raising a young child (CC 72(4)), a moderate theft, 4 years
  from 10.06.2025 with 60 days of house arrest; parole from 11.05.2026 (1/4); ready.
* `execution-petition-too-early-ru`: the Russian one handed over on 02.03.2026: parole too
  early, possible from 08.08.2026 (the replacement it falls back on is already open).
* `execution-petition-excluded-kk`: parole after a grave corruption crime, none of the
  exceptions of CC 72(8)(3): excluded.
"""

from __future__ import annotations

import datetime as dt

from assistant.case.documents import start_document
from assistant.case.drafts import CustodyPeriod, ExecutionPetitionDraft, SentenceTerm
from assistant.case.enums import (
    ActKind,
    AppealHistory,
    AttachmentKind,
    DocumentKind,
    FilerStatus,
    FilingChannel,
    Guilt,
    Instance,
    Language,
    OffenceCategory,
)
from assistant.case.execution_vocabulary import (
    AgeAtCrime,
    CustodyRate,
    ExclusionFact,
    MilderPunishment,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)
from assistant.case.model import Attachment, Case, ContestedAct, Filer, Offence, new_case

D = dt.date


def _petition(case_language: Language, filer: Filer) -> tuple[Case, ExecutionPetitionDraft]:
    case = new_case(case_language)
    case.filer = filer
    start_document(case, DocumentKind.EXECUTION_PETITION)
    assert case.execution_petition is not None
    return case, case.execution_petition


def execution_petition_ru() -> Case:
    """Parole, and replacement if parole is refused, after a grave fraud; ready."""
    case, petition = _petition(
        Language.RU,
        Filer(
            full_name="Нурланов Ерлан Маратович",
            status=FilerStatus.CONVICTED,
            in_custody=True,
            institution="учреждение АП-162/3 (г. Павлодар)",
        ),
    )
    case.acts = [
        ContestedAct(
            kind=ActKind.VERDICT,
            instance=Instance.FIRST,
            court="Бостандыкский районный суд г. Алматы",
            date=D(2024, 12, 20),
            case_number="7521-24-00-1/640",
            in_force=True,
            entered_into_force=D(2025, 1, 15),
            appeal=AppealHistory.REVIEWED,
            appealed_by="осужденный",
            appeal_outcome="приговор оставлен без изменения",
            copy_attached=True,
            copy_pages=14,
        ),
        ContestedAct(
            kind=ActKind.APPELLATE_RULING,
            instance=Instance.APPEAL,
            court="Судебная коллегия по уголовным делам Алматинского городского суда",
            date=D(2025, 1, 15),
            case_number="7599-25-00-1а/31",
            in_force=True,
            entered_into_force=D(2025, 1, 15),
            copy_attached=True,
            copy_pages=5,
        ),
    ]
    case.offences = [
        Offence(
            article="190",
            part="4",
            category=OffenceCategory.GRAVE,
            max_imprisonment_years=10,
            guilt=Guilt.INTENTIONAL,
        )
    ]
    petition.addressee = "Павлодарский городской суд Павлодарской области"
    petition.institution = "учреждение АП-162/3 (г. Павлодар)"
    petition.birth_date = D(1988, 4, 2)
    petition.requests = [PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT]
    petition.milder_punishment = MilderPunishment.RESTRICTION_OF_LIBERTY
    petition.punishment = ServedPunishment.IMPRISONMENT
    petition.term = SentenceTerm(years=5)
    petition.term_start = D(2025, 1, 15)
    petition.custody = [
        CustodyPeriod(
            rate=CustodyRate.ONE_AND_A_HALF, first_day=D(2024, 6, 1), last_day=D(2025, 1, 14)
        )
    ]
    petition.against_life_or_health = False
    petition.against_life = False
    petition.age_at_crime = AgeAtCrime.ADULT
    petition.exclusions_answered = True
    petition.notice_date = D(2026, 8, 8)
    petition.damage_compensated = True
    petition.malicious_violations = False
    petition.conduct = (
        "С марта 2025 года трудоустроен на швейном участке учреждения, нарушений не допускал, "
        "имею три поощрения администрации. Окончил курсы электросварщика. Переведен в облегченные "
        "условия отбывания наказания. Поддерживаю связь с семьей."
    )
    petition.residence_after_release = (
        "г. Алматы, мкр. Айнабулак-3, д. 12, кв. 40 (квартира матери)"
    )
    petition.employment_after_release = (
        "ТОО «СтройМонтаж Алматы», электросварщик (письмо о приеме на работу)"
    )
    petition.housing_consent_attached = True
    petition.job_offer_attached = True
    case.attachments = [
        Attachment(
            title="квитанции о возмещении ущерба потерпевшему (ТОО «Алем-Трейд»)",
            kind=AttachmentKind.SUPPORTING,
            pages=3,
        ),
        Attachment(
            title="свидетельство об окончании курсов электросварщика",
            kind=AttachmentKind.SUPPORTING,
            pages=1,
        ),
    ]
    petition.filing.channel = FilingChannel.DETENTION_ADMINISTRATION
    petition.filing.date = D(2026, 11, 20)
    petition.signature.date = D(2026, 11, 20)
    petition.signature.signer_name = "Нурланов Е.М."
    return case


def execution_petition_too_early_ru() -> Case:
    """The Russian petition handed over on 2 March 2026: parole is possible from 8 August 2026."""
    case = execution_petition_ru()
    petition = case.execution_petition
    assert petition is not None
    petition.filing.date = D(2026, 3, 2)
    petition.signature.date = D(2026, 3, 2)
    petition.notice_date = None
    return case


def execution_petition_kk() -> Case:
    """A mother of a young child asks for parole after a theft; Kazakh proceedings; ready."""
    case, petition = _petition(
        Language.KK,
        Filer(
            full_name="Сәрсенбаева Гүлнар Ерланқызы",
            status=FilerStatus.CONVICTED,
            in_custody=True,
            institution="ЖД-166/11 мекемесі (Жетісу облысы)",
        ),
    )
    case.acts = [
        ContestedAct(
            kind=ActKind.VERDICT,
            instance=Instance.FIRST,
            court="Алматы қаласының Медеу аудандық соты",
            date=D(2025, 5, 20),
            case_number="7512-25-00-1/233",
            in_force=True,
            entered_into_force=D(2025, 6, 10),
            appeal=AppealHistory.NOT_APPEALED,
            copy_attached=True,
            copy_pages=8,
        )
    ]
    case.offences = [
        Offence(
            article="188",
            part="2",
            category=OffenceCategory.MODERATE,
            max_imprisonment_years=5,
            guilt=Guilt.INTENTIONAL,
        )
    ]
    petition.addressee = "Талдықорған қалалық соты"
    petition.institution = "ЖД-166/11 мекемесі (Жетісу облысы)"
    petition.birth_date = D(1993, 9, 14)
    petition.requests = [PetitionRequest.PAROLE]
    petition.punishment = ServedPunishment.IMPRISONMENT
    petition.term = SentenceTerm(years=4)
    petition.term_start = D(2025, 6, 10)
    petition.custody = [CustodyPeriod(rate=CustodyRate.HOUSE_ARREST, days=60)]
    petition.against_life_or_health = False
    petition.against_life = False
    petition.age_at_crime = AgeAtCrime.ADULT
    petition.privileged = [PrivilegedPerson.WOMAN_WITH_YOUNG_CHILD]
    petition.exclusions_answered = True
    petition.damage_compensated = True
    petition.malicious_violations = False
    petition.conduct = (
        "Мекемеде тігін цехында жұмыс істеймін, әкімшіліктен екі рет көтермелеу алдым, "
        "тәртіптік жазам жоқ. Кәсіптік курсты бітірдім. Үш жасар ұлым анамның қамқорлығында."
    )
    petition.residence_after_release = "Алматы қ., Түрксіб ауданы, Майлин к-сі, 45-үй (анамның үйі)"
    petition.employment_after_release = "«Ақ Ниет» ЖШС, тігінші (жұмысқа қабылдау туралы хат)"
    petition.housing_consent_attached = True
    petition.job_offer_attached = True
    case.attachments = [
        Attachment(
            title="ұлының туу туралы куәлігінің көшірмесі",
            kind=AttachmentKind.SUPPORTING,
            pages=1,
        ),
        Attachment(
            title="залалдың өтелгені туралы түбіртектер",
            kind=AttachmentKind.SUPPORTING,
            pages=2,
        ),
    ]
    petition.filing.channel = FilingChannel.DETENTION_ADMINISTRATION
    petition.filing.date = D(2026, 11, 16)
    petition.signature.date = D(2026, 11, 16)
    petition.signature.signer_name = "Сәрсенбаева Г.Е."
    return case


def execution_petition_excluded_kk() -> Case:
    """Parole after a grave corruption crime, none of the exceptions: CC 72(8)(3) excludes it."""
    case, petition = _petition(
        Language.KK,
        Filer(
            full_name="Омаров Бауыржан Серікұлы",
            status=FilerStatus.CONVICTED,
            in_custody=True,
            institution="ОВ-156/8 мекемесі (Қарағанды облысы)",
        ),
    )
    case.acts = [
        ContestedAct(
            kind=ActKind.VERDICT,
            instance=Instance.FIRST,
            court="Астана қаласының Есіл аудандық соты",
            date=D(2024, 9, 2),
            case_number="7111-24-00-1/415",
            in_force=True,
            entered_into_force=D(2024, 11, 4),
            appeal=AppealHistory.REVIEWED,
            copy_attached=True,
            copy_pages=11,
        )
    ]
    case.offences = [
        Offence(
            article="366",
            part="3",
            category=OffenceCategory.GRAVE,
            max_imprisonment_years=12,
            guilt=Guilt.INTENTIONAL,
        )
    ]
    petition.addressee = "Қарағанды қалалық соты"
    petition.institution = "ОВ-156/8 мекемесі (Қарағанды облысы)"
    petition.birth_date = D(1979, 1, 23)
    petition.requests = [PetitionRequest.PAROLE]
    petition.punishment = ServedPunishment.IMPRISONMENT
    petition.term = SentenceTerm(years=7)
    petition.term_start = D(2024, 11, 4)
    petition.against_life_or_health = False
    petition.against_life = False
    petition.age_at_crime = AgeAtCrime.ADULT
    petition.exclusions_answered = True
    petition.exclusions = [ExclusionFact.GRAVE_CORRUPTION]
    petition.damage_compensated = True
    petition.malicious_violations = False
    petition.conduct = "Тәртіптік жазам жоқ, кітапханада жұмыс істеймін."
    petition.residence_after_release = "Астана қ., Есіл ауданы, Сығанақ к-сі, 10-үй, 21-пәтер"
    petition.employment_after_release = "жеке кәсіпкер ретінде жұмыс істеймін"
    petition.filing.channel = FilingChannel.DETENTION_ADMINISTRATION
    petition.filing.date = D(2026, 11, 18)
    petition.signature.date = D(2026, 11, 18)
    petition.signature.signer_name = "Омаров Б.С."
    return case
