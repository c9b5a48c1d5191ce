"""Regenerate the example case files in examples/ from the typed model.

The examples are fictional. Each is built from one of two complete, ready-to-file cases
(Russian and Kazakh) with one change that triggers a specific finding; `tests/test_examples.py`
checks that each example gives exactly the findings its name promises.

    python scripts/make_examples.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.case.documents import start_document  # noqa: E402
from assistant.case.drafts import (  # noqa: E402
    ConfirmingAct,
    NewCircumstancesDraft,
    PetitionArgument,
    SpecialGroundClaim,
)
from assistant.case.enums import (  # noqa: E402
    ActKind,
    AppealHistory,
    ArgumentSubstance,
    AttachmentKind,
    ConfirmingActKind,
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
    ProtestOfficial,
    ReopeningAddressee,
    ReopeningGround,
    ReopeningOutcome,
    RepresentationBasis,
    RequestKind,
    ReviewedDecision,
    ScopeKind,
    SpecialGround,
    TrialProcedure,
)
from assistant.case.model import (  # noqa: E402
    Attachment,
    Case,
    ContestedAct,
    Evidence,
    Filer,
    Filing,
    GroundArgument,
    Offence,
    Represented,
    Request,
    Scope,
    Signature,
)
from assistant.case.pg_petition import petition_of  # noqa: E402
from assistant.casefile.format import FORMAT_NAME, FORMAT_VERSION  # noqa: E402
from scripts import examples_appeal as appeal  # noqa: E402

D = dt.date


def ready_ru() -> Case:
    """A convicted person (not in custody) contests a fraud conviction; Russian proceedings."""
    return Case(
        proceedings_language=Language.RU,
        complaint_language=Language.RU,
        filer=Filer(
            full_name="Сериков Арман Болатович",
            status=FilerStatus.CONVICTED,
            address="г. Алматы, мкр. Орбита-2, д. 14, кв. 37",
            phones=["+7 701 555 12 34"],
            email="a.serikov@example.kz",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Алмалинский районный суд г. Алматы",
                date=D(2026, 3, 12),
                case_number="7511-26-00-1/215",
                in_force=True,
                entered_into_force=D(2026, 5, 20),
                appeal=AppealHistory.REVIEWED,
                appealed_by="осужденный Сериков А.Б.",
                appeal_outcome="приговор оставлен без изменения",
                copy_attached=True,
                copy_pages=12,
            ),
            ContestedAct(
                kind=ActKind.APPELLATE_RULING,
                instance=Instance.APPEAL,
                court="Судебная коллегия по уголовным делам Алматинского городского суда",
                date=D(2026, 5, 20),
                case_number="7599-26-00-1а/410",
                in_force=True,
                entered_into_force=D(2026, 5, 20),
                copy_attached=True,
                copy_pages=6,
            ),
        ],
        offences=[
            Offence(
                article="190",
                part="3",
                category=OffenceCategory.GRAVE,
                max_imprisonment_years=7,
                guilt=Guilt.INTENTIONAL,
            )
        ],
        trial_procedure=TrialProcedure.GENERAL,
        scope=Scope(kind=ScopeKind.FULL),
        grounds=[
            GroundArgument(
                item=Ground.WRONG_QUALIFICATION,
                violation=(
                    "Суд квалифицировал действия как мошенничество в крупном размере, хотя "
                    "ущерб по заключению экспертизы составил 1 850 000 тенге, что не превышает "
                    "порога крупного размера на момент деяния."
                ),
                norms="п. 38 ст. 3, ч. 3 ст. 190 УК РК; ст. 24, 25 УПК РК",
                effect=(
                    "Неверная квалификация повлекла осуждение за тяжкое преступление и "
                    "назначение более строгого наказания."
                ),
            ),
            GroundArgument(
                item=Ground.WRONG_PUNISHMENT,
                violation=(
                    "Суд не учел смягчающие обстоятельства: полное возмещение ущерба и "
                    "наличие на иждивении двоих малолетних детей."
                ),
                norms="ст. 52, 53 УК РК",
                effect="Назначенное наказание несоразмерно содеянному и личности осужденного.",
            ),
        ],
        request=Request(
            kinds=[RequestKind.REQUALIFY, RequestKind.REDUCE_PUNISHMENT],
            text=(
                "изменить приговор и апелляционное постановление: переквалифицировать действия "
                "с ч. 3 ст. 190 на ч. 2 ст. 190 УК РК и смягчить наказание"
            ),
            direction=Direction.IMPROVE,
        ),
        evidence=[
            Evidence(
                description="заключение судебно-экономической экспертизы № 4117 от 02.02.2026 (т. 2, л.д. 45–58)"
            ),
            Evidence(description="расписка потерпевшего о возмещении ущерба (т. 3, л.д. 12)"),
        ],
        participation=Participation.WITH,
        attachments=[
            Attachment(
                title="копия расписки потерпевшего о возмещении ущерба",
                kind=AttachmentKind.SUPPORTING,
                pages=1,
            ),
            Attachment(
                title="характеристика с места жительства", kind=AttachmentKind.SUPPORTING, pages=1
            ),
        ],
        filing=Filing(channel=FilingChannel.PAPER),
        signature=Signature(date=D(2026, 11, 20), signer_name="Сериков А.Б."),
        proceedings_summary=(
            "Приговором Алмалинского районного суда г. Алматы от 12 марта 2026 года я осужден "
            "по ч. 3 ст. 190 УК РК к 4 годам ограничения свободы. Апелляционным постановлением "
            "от 20 мая 2026 года приговор оставлен без изменения."
        ),
    )


def ready_kk() -> Case:
    """A defender acts for a convicted person held in a colony; Kazakh proceedings, e-filing."""
    return Case(
        proceedings_language=Language.KK,
        complaint_language=Language.KK,
        filer=Filer(
            full_name="Жұмабаева Әйгерім Қайратқызы",
            status=FilerStatus.DEFENDER,
            address="Астана қ., Сарыарқа ауданы, Бейбітшілік к-сі, 18, 204-кеңсе",
            phones=["+7 702 111 22 33"],
            advocate_certificate="№ 0012345, 2019 жылғы 15 қаңтар",
        ),
        represented=Represented(
            full_name="Өмірзақов Нұрлан Серікұлы",
            role=PartyRole.CONVICTED,
            date_of_birth=D(1994, 8, 3),
            authority_document="2026 жылғы 1 қазандағы № 77 қорғау туралы хабарлама",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Қарағанды қаласының № 2 аудандық соты",
                date=D(2026, 2, 9),
                case_number="3511-26-00-1/88",
                in_force=True,
                entered_into_force=D(2026, 4, 15),
                appeal=AppealHistory.REVIEWED,
                appealed_by="сотталған адам",
                copy_attached=True,
                copy_pages=9,
            ),
            ContestedAct(
                kind=ActKind.APPELLATE_RULING,
                instance=Instance.APPEAL,
                court="Қарағанды облыстық сотының қылмыстық істер жөніндегі сот алқасы",
                date=D(2026, 4, 15),
                case_number="3599-26-00-1а/112",
                in_force=True,
                entered_into_force=D(2026, 4, 15),
                copy_attached=True,
                copy_pages=5,
            ),
        ],
        offences=[
            Offence(
                article="106",
                part="1",
                category=OffenceCategory.GRAVE,
                max_imprisonment_years=8,
                guilt=Guilt.INTENTIONAL,
            )
        ],
        trial_procedure=TrialProcedure.GENERAL,
        scope=Scope(kind=ScopeKind.PART, part_description="тағайындалған жаза бөлігінде"),
        grounds=[
            GroundArgument(
                item=Ground.WRONG_PUNISHMENT,
                violation=(
                    "Сот жеңілдететін мән-жайларды — кінәні толық мойындауды және "
                    "жәбірленушімен татуласуды — ескерген жоқ."
                ),
                norms="ҚР ҚК 53-бабы, ҚР ҚПК 390-бабы",
                effect="Тағайындалған жаза қылмыстың ауырлығы мен сотталған адамның жеке басына сәйкес келмейді.",
            )
        ],
        request=Request(
            kinds=[RequestKind.REDUCE_PUNISHMENT],
            text="үкімді өзгертуді және тағайындалған жазаны жеңілдетуді",
            direction=Direction.IMPROVE,
        ),
        evidence=[
            Evidence(description="жәбірленушінің татуласу туралы өтініші (2-том, 31-парақ)"),
            Evidence(
                description="мекеме әкімшілігінің мінездемесі",
                kind=EvidenceKind.CHARACTER_REFERENCE,
            ),
        ],
        participation=Participation.WITHOUT,
        attachments=[
            Attachment(title="қорғау туралы хабарлама", kind=AttachmentKind.AUTHORITY, pages=1),
            Attachment(
                title="мекеме әкімшілігінің мінездемесі", kind=AttachmentKind.SUPPORTING, pages=2
            ),
        ],
        filing=Filing(channel=FilingChannel.E_FILING),
        signature=Signature(date=D(2026, 11, 23), signer_name="Жұмабаева Ә.Қ.", electronic=True),
        proceedings_summary=(
            "Қарағанды қаласының № 2 аудандық сотының 2026 жылғы 9 ақпандағы үкімімен "
            "Өмірзақов Н.С. ҚР ҚК 106-бабының 1-бөлігі бойынша сотталды. Апелляциялық "
            "сатыдағы сот 2026 жылғы 15 сәуірде үкімді өзгеріссіз қалдырды."
        ),
    )


def _as_victim(case: Case, name: str, request_text: str) -> Case:
    """The same case, but the victim files and asks for a harsher sentence."""
    convicted = case.represented.full_name or case.filer.full_name
    case.filer = Filer(
        full_name=name,
        status=FilerStatus.VICTIM,
        address=case.filer.address,
        phones=list(case.filer.phones),
    )
    case.represented = Represented()
    case.convicted_person = convicted
    case.request = Request(
        kinds=[RequestKind.INCREASE_PUNISHMENT], text=request_text, direction=Direction.WORSEN
    )
    case.attachments = [a for a in case.attachments if a.kind is not AttachmentKind.AUTHORITY]
    case.signature.signer_name = name
    case.signature.electronic = False
    case.filing.channel = FilingChannel.PAPER
    return case


def _a_year_ago(case: Case) -> Case:
    """The acts date from 2025: the verdict in June, upheld on appeal on 1 September 2025."""
    case.acts[0].date = D(2025, 6, 10)
    case.acts[1].date = D(2025, 9, 1)
    for act in case.acts:
        act.entered_into_force = D(2025, 9, 1)
    return case


def _worsening_late(case: Case) -> Case:
    """A victim asks for a harsher sentence more than a year after entry into force (R3)."""
    victim = (
        "Әбдірахманова Гүлнар Сәбитқызы"
        if case.proceedings_language is Language.KK
        else ("Ахметова Гульнара Сабитовна")
    )
    text = "жазаны күшейтуді" if case.proceedings_language is Language.KK else "усилить наказание"
    case = _a_year_ago(_as_victim(case, victim, text))
    case.filing.date = D(2026, 11, 20)
    return case


def _worsening_undeclared(case: Case) -> Case:
    """T2/R3: the victim asks for a harsher sentence but leaves the direction empty, late."""
    case = _worsening_late(case)
    case.request.direction = None
    return case


def _direction_unknown(case: Case) -> Case:
    """T2 undecided: a victim asks to quash and retry, and does not say in which direction."""
    case = _as_victim(case, "Ахметова Гульнара Сабитовна", "")
    case.request = Request(kinds=[RequestKind.QUASH_AND_RETRIAL])
    return case


def _reviewed_on_prosecutor_appeal(case: Case) -> Case:
    """N4(d) is about scope: a verdict reviewed on the prosecutor's appeal counts as reviewed."""
    case.acts[0].appealed_by = "прокурор (апелляциялық өтінішхат)"
    case.acts[0].appeal_outcome = "үкім өзгеріссіз қалдырылды"
    return case


def _guardian_of_adult(case: Case) -> Case:
    """N5: a guardian of an adult who lacks legal capacity files for him; no age limit applies."""
    convicted = case.filer.full_name
    case.filer = Filer(
        full_name="Серикова Айгуль Маратовна",
        status=FilerStatus.LEGAL_REPRESENTATIVE,
        address=case.filer.address,
        phones=["+7 705 444 55 66"],
    )
    case.represented = Represented(
        full_name=convicted,
        role=PartyRole.CONVICTED,
        date_of_birth=D(1990, 1, 15),
        basis=RepresentationBasis.INCAPACITY,
        authority_document="постановление акимата о назначении опекуна № 214 от 03.07.2026",
    )
    case.attachments.append(
        Attachment(
            title="копия постановления о назначении опекуна",
            kind=AttachmentKind.AUTHORITY,
            pages=1,
        )
    )
    case.signature.signer_name = "Серикова А.М."
    case.proceedings_summary = case.proceedings_summary.replace("я осужден", "Сериков А.Б. осужден")
    return case


def _own_language(case: Case) -> Case:
    """F3 with CPC 30(3): a filer who does not know Russian writes in English, which he knows."""
    case.filer.knows_case_language = False
    case.complaint_language = Language.EN
    return case


def _missing_copies(case: Case) -> Case:
    case.acts[1].copy_attached = False
    case.acts[1].copy_pages = None
    return case


def _wrong_language(case: Case) -> Case:
    case.complaint_language = Language.KK
    return case


def _custody_by_post(case: Case) -> Case:
    case.filer.in_custody = True
    case.filer.institution = "учреждение ЛА-155/12, Алматинская область"
    case.filing.channel = FilingChannel.PAPER
    return case


def _no_ground_item(case: Case) -> Case:
    for argument in case.grounds:
        argument.item = None
    return case


def _not_in_force(case: Case) -> Case:
    """A1: the verdict was announced but has not entered into force; no appeal heard yet."""
    verdict = case.acts[0]
    verdict.in_force = False
    verdict.entered_into_force = None
    verdict.appeal = None
    verdict.appealed_by = ""
    verdict.appeal_outcome = ""
    case.acts = [verdict]
    return case


def _not_appealed(case: Case) -> Case:
    """N4: the verdict was never appealed and entered into force on its own."""
    verdict = case.acts[0]
    verdict.appeal = AppealHistory.NOT_APPEALED
    verdict.appealed_by = ""
    verdict.entered_into_force = D(2026, 2, 25)
    case.acts = [verdict]
    return case


def _new_facts_only(case: Case) -> Case:
    """A8: the complaint rests on an expert opinion made after the verdict entered into force.

    It cites item 1 of 485(1), but its only argument is the new opinion: judged by substance.
    """
    case.triage.new_facts_only = True
    case.grounds = [
        GroundArgument(
            item=Ground.INNOCENT_CONVICTED,
            violation=(
                "После вступления приговора в силу получено заключение специалиста, согласно "
                "которому подпись в договоре займа выполнена не мной."
            ),
            norms="ст. 24, 25 УПК РК",
            effect="Заключение опровергает вывод суда о моей виновности.",
            substance=ArgumentSubstance.NEW_FACTS,
        )
    ]
    case.evidence = [
        Evidence(
            description="заключение специалиста № 12 от 01.10.2026, полученное после вступления приговора в силу",
            kind=EvidenceKind.NEW_EXPERT_OPINION,
        )
    ]
    return case


def _amnesty_only(case: Case) -> Case:
    """N15: the complaint asks only for the amnesty act to be applied."""
    case.triage.milder_law_or_amnesty_only = True
    case.grounds = []
    case.request = Request(
        kinds=[RequestKind.REDUCE_PUNISHMENT],
        text="применить закон об амнистии и освободить от наказания",
        direction=Direction.IMPROVE,
    )
    return case


def _civil_arithmetic_only(case: Case) -> Case:
    """N16: only the sum of the civil claim was miscalculated."""
    case.triage.civil_arithmetic_only = True
    case.grounds = []
    case.scope = Scope(kind=ScopeKind.PART, part_description="азаматтық талап бөлігінде")
    case.request = Request(
        kinds=[RequestKind.CIVIL_CLAIM],
        text="азаматтық талап бойынша өндірілетін соманы дұрыс есептеуді",
        direction=Direction.IMPROVE,
    )
    return case


def _cassation_court_act(case: Case) -> Case:
    """A7: the complaint contests the Court of Cassation's own ruling."""
    case.acts.append(
        ContestedAct(
            kind=ActKind.CASSATION_COURT_ACT,
            instance=Instance.CASSATION,
            court="Кассационный суд по уголовным делам",
            date=D(2026, 10, 14),
            case_number="7799-26-00-2к/77",
            in_force=True,
            entered_into_force=D(2026, 10, 14),
            copy_attached=True,
            copy_pages=4,
        )
    )
    return case


def _interlocutory_ruling(case: Case) -> Case:
    """A4: a ruling refusing a motion during the trial is contested on its own."""
    case.acts.append(
        ContestedAct(
            kind=ActKind.INTERLOCUTORY_RULING,
            instance=Instance.FIRST,
            court="Қарағанды қаласының № 2 аудандық соты",
            date=D(2026, 1, 28),
            case_number="3511-26-00-1/88",
            in_force=True,
            entered_into_force=D(2026, 4, 15),
            copy_attached=True,
            copy_pages=2,
        )
    )
    return case


def _execution_ruling(case: Case) -> Case:
    """A5: the complaint contests a refusal of parole made at the execution stage."""
    case.acts = [
        ContestedAct(
            kind=ActKind.EXECUTION_RULING,
            instance=Instance.FIRST,
            court="Капшагайский городской суд Алматинской области",
            date=D(2026, 9, 3),
            case_number="7510-26-00-4/301",
            in_force=True,
            entered_into_force=D(2026, 9, 19),
            copy_attached=True,
            copy_pages=3,
        )
    ]
    return case


def _prosecutor(case: Case) -> Case:
    """P4: a prosecutor tries to file a complaint."""
    case.filer.status = FilerStatus.PROSECUTOR
    return case


def _no_participation(case: Case) -> Case:
    """489(1)(1): the complaint does not say whether the filer takes part."""
    case.participation = None
    return case


def _represented_of_age(case: Case) -> Case:
    """489(1)(2): a parent files as legal representative after the son turned 18 (N5)."""
    case.filer.status = FilerStatus.LEGAL_REPRESENTATIVE
    case.filer.advocate_certificate = ""
    case.represented.date_of_birth = D(2007, 5, 1)
    case.represented.basis = RepresentationBasis.MINORITY
    case.represented.authority_document = "туу туралы куәлік № 0123456"
    return case


def _interested_owner(case: Case) -> Case:
    """N4 with N5: the owner of a confiscated car learned of a never-appealed verdict too late."""
    convicted = case.filer.full_name
    case.filer = Filer(
        full_name="Касымов Ерлан Нурланович",
        status=FilerStatus.INTERESTED_PERSON,
        address="г. Алматы, ул. Жандосова, д. 58, кв. 12",
        phones=["+7 707 321 65 98"],
        affected_right=(
            "приговором конфискован принадлежащий мне автомобиль Toyota Camry, "
            "гос. номер 123 ABC 02, который я передал осужденному по доверенности"
        ),
        learned_of_act=D(2026, 10, 5),
    )
    case.convicted_person = convicted
    case.scope = Scope(kind=ScopeKind.PART, part_description="в части конфискации автомобиля")
    case.grounds = [
        GroundArgument(
            item=Ground.CIVIL_CLAIM,
            violation="Суд конфисковал автомобиль, не принадлежащий осужденному.",
            norms="ст. 48 УК РК",
            effect="Нарушено мое право собственности.",
        )
    ]
    case.request = Request(
        kinds=[RequestKind.OTHER],
        text="отменить приговор в части конфискации автомобиля Toyota Camry",
        direction=Direction.IMPROVE,
    )
    case.signature.signer_name = "Касымов Е.Н."
    case.proceedings_summary = (
        "Приговором Алмалинского районного суда г. Алматы от 12 марта 2026 года Сериков А.Б. "
        "осужден по ч. 3 ст. 190 УК РК; приговором конфискован автомобиль, принадлежащий мне. "
        "Приговор никем не обжалован и вступил в законную силу 28 марта 2026 года."
    )
    case = _not_appealed(case)
    case.acts[0].entered_into_force = D(2026, 3, 28)
    return case


def _withdrawn(case: Case) -> Case:
    """489(1)(4): the filer withdrew the complaint before it was heard."""
    case.filing.withdrawn = True
    return case


def _minor_crime(case: Case) -> Case:
    """489(1)(5) until 30 June 2027: a conviction for a crime of minor gravity (A3)."""
    case.offences = [
        Offence(
            article="190",
            part="1",
            category=OffenceCategory.MINOR,
            max_imprisonment_years=2,
            guilt=Guilt.INTENTIONAL,
        )
    ]
    return case


def _reopening(case: Case) -> NewCircumstancesDraft:
    """Start the application for newly discovered circumstances, pre-filled from the case."""
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    return application


def new_circumstances_ru() -> Case:
    """Chapter 53, ground 1 of 499(2): a verdict in force found that the main witness lied.

    The convicted person applies to the appellate court, which upheld his verdict (504(4)); the
    review is in his favour, so no time limit applies (501(1)).
    """
    case = ready_ru()
    application = _reopening(case)
    application.ground = ReopeningGround.FALSE_EVIDENCE
    application.circumstance = (
        "Суд положил в основу приговора показания свидетеля Жаксылыкова Дархана Ерлановича о "
        "том, что он лично передавал мне деньги потерпевшего. Приговором Бостандыкского "
        "районного суда г. Алматы от 10 сентября 2026 года, вступившим в законную силу "
        "12 октября 2026 года, Жаксылыков Д.Е. осужден за дачу заведомо ложных показаний по "
        "моему делу. Суду, постановившему приговор в отношении меня, это не было известно.\n\n"
        "Других доказательств передачи мне денег в деле нет, поэтому без этих показаний вывод "
        "суда о моей виновности не подтверждается."
    )
    application.discovered_on = D(2026, 10, 12)
    application.confirming_act = ConfirmingAct(
        kind=ConfirmingActKind.VERDICT,
        issued_by="Бостандыкский районный суд г. Алматы",
        date=D(2026, 9, 10),
        number="7512-26-00-1/733",
        in_force=True,
        attached=True,
        pages=5,
    )
    application.outcome = ReopeningOutcome.NEW_TRIAL
    application.signature.date = D(2026, 11, 24)
    case.evidence = [
        Evidence(
            description=(
                "приговор Бостандыкского районного суда г. Алматы от 10 сентября 2026 года "
                "в отношении Жаксылыкова Д.Е."
            )
        ),
        Evidence(description="протокол допроса свидетеля Жаксылыкова Д.Е. (т. 1, л.д. 88–92)"),
    ]
    case.attachments = []
    return case


def new_circumstances_kk() -> Case:
    """Chapter 53, ground 4 of 499(2): another person's testimony in another case shows that he
    struck the victim. The defender writes to the prosecutor, who checks it (502(4))."""
    case = ready_kk()
    application = _reopening(case)
    application.ground = ReopeningGround.OTHER_CIRCUMSTANCES
    application.addressed_to = ReopeningAddressee.PROSECUTOR
    application.addressee = "Қарағанды облысының прокуроры"
    application.circumstance = (
        "Өмірзақов Н.С. жәбірленушінің денсаулығына ауыр зиян келтіргені үшін сотталды. "
        "2026 жылғы 14 қазанда басқа қылмыстық іс бойынша жауап алу кезінде Бекболатов "
        "Ерлан Маратұлы жәбірленушіге соққыны өзі жасағанын айтты. Бұл мән-жай үкім "
        "шығарылған кезде сотқа белгісіз болды және Өмірзақов Н.С.-ның кінәсіздігін көрсетеді."
    )
    application.discovered_on = D(2026, 10, 20)
    application.signature.date = D(2026, 11, 23)
    application.signature.signer_name = "Жұмабаева Ә.Қ."
    case.evidence = [
        Evidence(
            description=(
                "№ 262100031004512 қылмыстық іс бойынша Бекболатов Е.М.-ның 2026 жылғы "
                "14 қазандағы жауап алу хаттамасының көшірмесі"
            ),
            kind=EvidenceKind.NEW_FACT,
        ),
    ]
    case.attachments = [
        Attachment(title="қорғау туралы хабарлама", kind=AttachmentKind.AUTHORITY, pages=1),
        Attachment(
            title="Бекболатов Е.М.-ның 2026 жылғы 14 қазандағы жауап алу хаттамасының көшірмесі",
            kind=AttachmentKind.SUPPORTING,
            pages=3,
        ),
    ]
    return case


def _opinion_not_verdict(case: Case) -> Case:
    """NC3.kind: the application rests on a specialist's opinion as if it were a verdict that
    found forged evidence (ground 1): no verdict establishes it, so the court returns it."""
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    application.ground = ReopeningGround.FALSE_EVIDENCE
    application.confirming_act = ConfirmingAct(
        kind=ConfirmingActKind.OTHER,
        issued_by="ТОО «Центр судебных экспертиз»",
        date=D(2026, 10, 1),
        number="12",
        attached=True,
        pages=4,
    )
    application.discovered_on = D(2026, 10, 1)
    application.signature.date = D(2026, 11, 24)
    return case


def _acquittal_reopened_late(case: Case) -> Case:
    """NC6.late: the victim asks to reopen an acquittal on ground 1 more than a year after the
    verdict that found the testimony false entered into force (501(3))."""
    case = _a_year_ago(_as_victim(case, "Сапарова Ғалия Нұрланқызы", "ақтау үкімінің күшін жоюды"))
    case.proceedings_summary = (
        "Қарағанды қаласының № 2 аудандық сотының 2025 жылғы 10 маусымдағы үкімімен "
        "Өмірзақов Н.С. ҚР ҚК 106-бабының 1-бөлігі бойынша тағылған айыптан ақталды. "
        "Апелляциялық сатыдағы сот 2025 жылғы 1 қыркүйекте үкімді өзгеріссіз қалдырды."
    )
    start_document(case, DocumentKind.NEW_CIRCUMSTANCES)
    application = case.new_circumstances
    assert application is not None
    application.decision = ReviewedDecision.ACQUITTAL
    application.direction = Direction.WORSEN
    application.ground = ReopeningGround.FALSE_EVIDENCE
    application.limitation_expired = False
    application.confirming_act = ConfirmingAct(
        kind=ConfirmingActKind.VERDICT,
        issued_by="Қарағанды қаласының № 1 аудандық соты",
        date=D(2025, 10, 6),
        number="3510-25-00-1/301",
        in_force=True,
        attached=True,
        pages=6,
    )
    application.discovered_on = D(2025, 11, 7)
    application.circumstance = (
        "Ақтау үкімі куәгер Т.-ның жалған айғақтарына негізделді; оның айғақтарының көрінеу "
        "жалған екені заңды күшіне енген үкіммен анықталды."
    )
    application.outcome = ReopeningOutcome.NEW_TRIAL
    application.filing.date = D(2026, 11, 23)
    application.signature.date = D(2026, 11, 23)
    case.evidence = [
        Evidence(
            description=(
                "Қарағанды қаласының № 1 аудандық сотының 2025 жылғы 6 қазандағы "
                "№ 3510-25-00-1/301 үкімі"
            )
        )
    ]
    case.attachments = []
    return case


def pg_petition_ru() -> Case:
    """A petition to the Prosecutor General: a man serving life imprisonment whose verdict was
    never appealed asks for a protest (CPC 484(3), 485(2)(2)); he hands it to the colony."""
    case = Case(
        proceedings_language=Language.RU,
        complaint_language=Language.RU,
        filer=Filer(
            full_name="Нурпеисов Даурен Маратович",
            status=FilerStatus.CONVICTED,
            in_custody=True,
            institution="учреждение ЛА-155/18, Павлодарская область",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Специализированный межрайонный суд по уголовным делам Павлодарской области",
                date=D(2025, 12, 8),
                case_number="5511-25-00-1/44",
                in_force=True,
                entered_into_force=D(2025, 12, 24),
                appeal=AppealHistory.NOT_APPEALED,
                copy_attached=True,
                copy_pages=18,
            )
        ],
        offences=[
            Offence(
                article="99",
                part="2",
                category=OffenceCategory.ESPECIALLY_GRAVE,
                max_imprisonment_years=20,
                guilt=Guilt.INTENTIONAL,
            )
        ],
        trial_procedure=TrialProcedure.GENERAL,
        evidence=[
            Evidence(
                description="заключение судебно-медицинской экспертизы № 312 от 14.05.2025 (т. 1, л.д. 88–97)"
            ),
            Evidence(description="показания эксперта в судебном заседании (т. 3, л.д. 40–44)"),
        ],
        attachments=[
            Attachment(
                title="копия заключения судебно-медицинской экспертизы № 312",
                kind=AttachmentKind.SUPPORTING,
                pages=10,
            )
        ],
        proceedings_summary=(
            "Приговором специализированного межрайонного суда по уголовным делам Павлодарской "
            "области от 8 декабря 2025 года я осужден по п. 1 ч. 2 ст. 99 УК РК к пожизненному "
            "лишению свободы. Наказание отбываю в учреждении ЛА-155/18."
        ),
    )
    start_document(case, DocumentKind.PG_PETITION)
    petition = petition_of(case)
    petition.official = ProtestOfficial.PROSECUTOR_GENERAL
    petition.scope = ScopeKind.PART
    petition.scope_part = "в части квалификации и назначенного наказания"
    petition.special_grounds = [
        SpecialGroundClaim(
            item=SpecialGround.LIFE_IMPRISONMENT,
            reasons="по указанному приговору я отбываю пожизненное лишение свободы.",
        )
    ]
    petition.grounds = [
        PetitionArgument(
            item=Ground.WRONG_QUALIFICATION,
            violation=(
                "Суд квалифицировал мои действия как убийство двух лиц, хотя, по заключению "
                "судебно-медицинской экспертизы, смерть второго потерпевшего наступила от "
                "причин, не связанных с моими действиями."
            ),
            norms="п. 1 ч. 2 ст. 99, ч. 1 ст. 99 УК РК; ст. 24, 25 УПК РК",
            effect=(
                "Неверная квалификация повлекла назначение пожизненного лишения свободы вместо "
                "лишения свободы на определенный срок."
            ),
        )
    ]
    petition.request_kinds = [RequestKind.REQUALIFY, RequestKind.REDUCE_PUNISHMENT]
    petition.request_text = (
        "изменить приговор, переквалифицировать мои действия с п. 1 ч. 2 ст. 99 на ч. 1 "
        "ст. 99 УК РК и назначить лишение свободы на определенный срок"
    )
    petition.direction = Direction.IMPROVE
    petition.filing.date = D(2026, 11, 20)
    petition.filing.channel = FilingChannel.DETENTION_ADMINISTRATION
    petition.signature.date = D(2026, 11, 20)
    petition.signature.signer_name = "Нурпеисов Д.М."
    return case


def pg_petition_kk() -> Case:
    """A petition to a deputy Prosecutor General: a defender asks for a protest in a case of a
    crime of minor gravity (CPC 484(2)(1), 484(3); 485(2)(4)) and a suspension (CPC 493)."""
    case = Case(
        proceedings_language=Language.KK,
        complaint_language=Language.KK,
        filer=Filer(
            full_name="Сәрсенбаева Гүлжан Ерланқызы",
            status=FilerStatus.DEFENDER,
            address="Алматы қ., Әуезов ауданы, Абай даңғылы, 150, 12-кеңсе",
            phones=["+7 701 222 33 44"],
            advocate_certificate="№ 0045678, 2021 жылғы 3 наурыз",
        ),
        represented=Represented(
            full_name="Тоқтаров Асқар Бекұлы",
            role=PartyRole.CONVICTED,
            authority_document="2026 жылғы 2 қарашадағы № 15 қорғау туралы хабарлама",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Алматы қаласы Әуезов аудандық соты",
                date=D(2026, 6, 10),
                case_number="7512-26-00-1/301",
                in_force=True,
                entered_into_force=D(2026, 8, 12),
                appeal=AppealHistory.REVIEWED,
                appealed_by="сотталған адам",
                copy_attached=True,
                copy_pages=7,
            ),
            ContestedAct(
                kind=ActKind.APPELLATE_RULING,
                instance=Instance.APPEAL,
                court="Алматы қалалық сотының қылмыстық істер жөніндегі сот алқасы",
                date=D(2026, 8, 12),
                case_number="7599-26-00-1а/520",
                in_force=True,
                entered_into_force=D(2026, 8, 12),
                copy_attached=True,
                copy_pages=4,
            ),
        ],
        offences=[
            Offence(
                article="190",
                part="1",
                category=OffenceCategory.MINOR,
                max_imprisonment_years=2,
                guilt=Guilt.INTENTIONAL,
            )
        ],
        trial_procedure=TrialProcedure.GENERAL,
        evidence=[
            Evidence(description="2025 жылғы 5 қаңтардағы қарыз шарты (1-том, 12-парақ)"),
            Evidence(description="жәбірленушінің сотта берген айғақтары (2-том, 30-парақ)"),
        ],
        attachments=[
            Attachment(title="қорғау туралы хабарлама", kind=AttachmentKind.AUTHORITY, pages=1)
        ],
        proceedings_summary=(
            "Алматы қаласы Әуезов аудандық сотының 2026 жылғы 10 маусымдағы үкімімен "
            "Тоқтаров А.Б. ҚР ҚК 190-бабының 1-бөлігі бойынша сотталды. Алматы қалалық "
            "сотының қылмыстық істер жөніндегі сот алқасы 2026 жылғы 12 тамызда үкімді "
            "өзгеріссіз қалдырды. Іс онша ауыр емес қылмыс туралы болғандықтан, сот актілері "
            "кассациялық тәртіппен тек наразылық бойынша қайта қаралуы мүмкін."
        ),
    )
    start_document(case, DocumentKind.PG_PETITION)
    petition = petition_of(case)
    petition.official = ProtestOfficial.DEPUTY
    petition.scope = ScopeKind.FULL
    petition.special_grounds = [
        SpecialGroundClaim(
            item=SpecialGround.UNIFORMITY,
            reasons=(
                "қарыз шарты бойынша туындаған азаматтық-құқықтық дауды соттар бірде алаяқтық "
                "деп, бірде азаматтық дау деп бағалайды; аталған сот актілері осы мәселе "
                "бойынша біркелкі сот практикасына қайшы келеді."
            ),
        )
    ]
    petition.grounds = [
        PetitionArgument(
            item=Ground.INNOCENT_CONVICTED,
            violation=(
                "Сот тараптар арасындағы қарыз шарты бойынша туындаған азаматтық-құқықтық "
                "дауды алаяқтық деп таныды; алдау немесе сенімді теріс пайдалану белгілері "
                "дәлелденбеген."
            ),
            norms="ҚР ҚК 190-бабының 1-бөлігі, ҚР ҚПК 19, 24-баптары",
            effect="Кінәсіз адам сотталды.",
        )
    ]
    petition.request_kinds = [RequestKind.QUASH_AND_TERMINATE]
    petition.direction = Direction.IMPROVE
    petition.suspend_execution = True
    petition.filing.date = D(2026, 11, 24)
    petition.filing.channel = FilingChannel.PAPER
    petition.signature.date = D(2026, 11, 24)
    petition.signature.signer_name = "Сәрсенбаева Г.Е."
    return case


def _pg_petition_of(case: Case, filed: dt.date) -> Case:
    """The same case drafting a petition for a protest, started from what it knows."""
    start_document(case, DocumentKind.PG_PETITION)
    petition = petition_of(case)
    petition.filing.date = filed
    petition.signature.date = filed
    return case


def _victim_petition_late(case: Case) -> Case:
    """PG6.late: the victim of the a-year-ago case asks the Prosecutor General for a protest
    for a harsher sentence after the year of CPC 487(2) has ended."""
    case = _pg_petition_of(_worsening_late(case), D(2026, 11, 20))
    case.proceedings_summary = (
        "Приговором Алмалинского районного суда г. Алматы от 10 июня 2025 года Сериков А.Б. "
        "осужден по ч. 3 ст. 190 УК РК к 4 годам ограничения свободы. Апелляционным "
        "постановлением от 1 сентября 2025 года приговор оставлен без изменения. Назначенное "
        "наказание не соответствует тяжести преступления и причиненному мне ущербу."
    )
    case.evidence = [Evidence(description="показания потерпевшей (т. 2, л.д. 14–16)")]
    case.attachments = []
    petition = petition_of(case)
    petition.scope = ScopeKind.PART
    petition.scope_part = "в части назначенного наказания"
    petition.grounds = [
        PetitionArgument(
            item=Ground.WRONG_PUNISHMENT,
            violation=(
                "Суд назначил наказание, не связанное с лишением свободы, не учтя, что ущерб "
                "мне не возмещен, а осужденный вину не признал."
            ),
            norms="ст. 52, 53 УК РК",
            effect="Назначенное наказание не соответствует тяжести преступления.",
        )
    ]
    return case


def _no_special_ground(case: Case) -> Case:
    """PG4.special: a petition against acts of 484(3) that names no case of 485(2)."""
    petition_of(case).special_grounds = []
    return case


EXAMPLES: dict[str, Callable[[], Case]] = {
    "ready-ru": ready_ru,
    "ready-kk": ready_kk,
    "missing-copies-ru": lambda: _missing_copies(ready_ru()),
    "worsening-late-kk": lambda: _worsening_late(ready_kk()),
    "wrong-language-ru": lambda: _wrong_language(ready_ru()),
    "custody-by-post-ru": lambda: _custody_by_post(ready_ru()),
    "no-ground-item-kk": lambda: _no_ground_item(ready_kk()),
    "route-appeal-ru": lambda: _not_in_force(ready_ru()),
    "route-prosecutor-general-protest-kk": lambda: _not_appealed(ready_kk()),
    "route-new-circumstances-ru": lambda: _new_facts_only(ready_ru()),
    "route-court-of-execution-ru": lambda: _amnesty_only(ready_ru()),
    "route-civil-claim-correction-kk": lambda: _civil_arithmetic_only(ready_kk()),
    "route-supreme-court-review-ru": lambda: _cassation_court_act(ready_ru()),
    "route-complain-with-final-verdict-kk": lambda: _interlocutory_ruling(ready_kk()),
    "route-execution-appeal-ru": lambda: _execution_ruling(ready_ru()),
    "route-prosecutor-protest-ru": lambda: _prosecutor(ready_ru()),
    "return-489-1-1-kk": lambda: _no_participation(ready_kk()),
    "return-489-1-2-kk": lambda: _represented_of_age(ready_kk()),
    "return-489-1-3-ru": lambda: _worsening_late(ready_ru()),
    "return-489-1-4-ru": lambda: _withdrawn(ready_ru()),
    "return-489-1-5-kk": lambda: _minor_crime(ready_kk()),
    "worsening-undeclared-late-ru": lambda: _worsening_undeclared(ready_ru()),
    "cannot-confirm-direction-ru": lambda: _direction_unknown(ready_ru()),
    "ready-prosecutor-appeal-kk": lambda: _reviewed_on_prosecutor_appeal(ready_kk()),
    "ready-guardian-of-adult-ru": lambda: _guardian_of_adult(ready_ru()),
    "ready-own-language-en": lambda: _own_language(ready_ru()),
    "route-appeal-term-restoration-ru": lambda: _interested_owner(ready_ru()),
    "new-circumstances-ru": new_circumstances_ru,
    "new-circumstances-kk": new_circumstances_kk,
    "new-circumstances-opinion-not-verdict-ru": lambda: _opinion_not_verdict(
        _new_facts_only(ready_ru())
    ),
    "new-circumstances-late-kk": lambda: _acquittal_reopened_late(ready_kk()),
    "pg-petition-ru": pg_petition_ru,
    "pg-petition-kk": pg_petition_kk,
    "pg-petition-worsening-late-ru": lambda: _victim_petition_late(ready_ru()),
    "pg-petition-no-special-ground-kk": lambda: _no_special_ground(pg_petition_kk()),
    # Appeals (issue 18): scripts/examples_appeal.py.
    "appeal-ru": appeal.appeal_ru,
    "appeal-kk": appeal.appeal_kk,
    "appeal-return-418-1-ru": lambda: appeal.late(appeal.appeal_ru()),
    "appeal-return-423-2-kk": lambda: appeal.incomplete(appeal.appeal_kk()),
    "appeal-restoration-ru": lambda: appeal.restoration(appeal.appeal_ru()),
    "appeal-route-cassation-ru": lambda: appeal.against_appellate_ruling(appeal.appeal_ru()),
}


def write_example(name: str, case: Case) -> Path:
    """Write one example in the plain case-file format, pretty-printed for reading."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "case": msgspec.to_builtins(case),
    }
    path = ROOT / "examples" / f"{name}.kassatsiya"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def main() -> None:
    for name, build in EXAMPLES.items():
        print(write_example(name, build()))


if __name__ == "__main__":
    main()
