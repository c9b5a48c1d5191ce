"""The appeal examples (issue 18) that `scripts/make_examples.py` writes to examples/.

Two complete appeals ready to file, Russian and Kazakh, and variants that the check stops or
warns about; every case is fictional and its `kind` is "appeal". `tests/test_examples.py`
checks that each gives what its name promises.
"""

from __future__ import annotations

import datetime as dt

from assistant.case.drafts import AppealArgument, AppealDraft, DraftFiling, DraftSignature
from assistant.case.enums import (
    ActKind,
    AppealHistory,
    AttachmentKind,
    DocumentKind,
    EvidenceKind,
    FilerStatus,
    FilingChannel,
    Guilt,
    Instance,
    Language,
    OffenceCategory,
    Participation,
    ScopeKind,
    TrialProcedure,
)
from assistant.case.model import (
    Attachment,
    Case,
    ContestedAct,
    Evidence,
    Filer,
    Offence,
)

D = dt.date


def appeal_ru() -> Case:
    """A convicted person at liberty appeals a fraud verdict announced on 16 November 2026."""
    return Case(
        kind=DocumentKind.APPEAL,
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
                date=D(2026, 11, 16),
                case_number="7511-26-00-1/215",
                in_force=False,
                copy_attached=True,
                copy_pages=12,
            )
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
        evidence=[
            Evidence(
                description="заключение судебно-экономической экспертизы № 4117 от 02.02.2026 (т. 2, л.д. 45–58)"
            ),
            Evidence(description="расписка потерпевшего о возмещении ущерба (т. 3, л.д. 12)"),
            Evidence(
                description="справка с места работы о доходе за 2026 год (судом первой инстанции не исследовалась)",
                kind=EvidenceKind.OTHER,
            ),
        ],
        participation=Participation.WITH,
        attachments=[
            Attachment(
                title="справка с места работы о доходе за 2026 год",
                kind=AttachmentKind.SUPPORTING,
                pages=1,
            ),
            Attachment(
                title="характеристика с места жительства", kind=AttachmentKind.SUPPORTING, pages=1
            ),
        ],
        proceedings_summary=(
            "Приговором Алмалинского районного суда г. Алматы от 16 ноября 2026 года я осужден "
            "по ч. 3 ст. 190 УК РК к 4 годам ограничения свободы. Приговор в законную силу не "
            "вступил."
        ),
        appeal=AppealDraft(
            addressee="Алматинский городской суд",
            scope=ScopeKind.FULL,
            arguments=[
                AppealArgument(
                    violation=(
                        "Суд квалифицировал мои действия как мошенничество в крупном размере, "
                        "хотя ущерб по заключению экспертизы составил 1 850 000 тенге, что не "
                        "превышает порога крупного размера на момент деяния."
                    ),
                    norms="п. 38 ст. 3, ч. 3 ст. 190 УК РК; ст. 24, 25 УПК РК",
                    effect=(
                        "Неверная квалификация повлекла осуждение за тяжкое преступление и "
                        "назначение более строгого наказания."
                    ),
                ),
                AppealArgument(
                    violation=(
                        "Суд не учел смягчающие обстоятельства: полное возмещение ущерба и "
                        "наличие на иждивении двоих малолетних детей."
                    ),
                    norms="ст. 52, 53 УК РК",
                    effect="Назначенное наказание несоразмерно содеянному и моей личности.",
                ),
            ],
            request_text=(
                "изменить приговор: переквалифицировать мои действия с ч. 3 ст. 190 на "
                "ч. 2 ст. 190 УК РК и смягчить назначенное наказание"
            ),
            filing=DraftFiling(date=D(2026, 11, 25), channel=FilingChannel.PAPER),
            signature=DraftSignature(date=D(2026, 11, 25), signer_name="Сериков А.Б."),
        ),
    )


def appeal_kk() -> Case:
    """A convicted person held in custody appeals through the administration; his term counts
    from the day he received the copy (CPC 418(1)), after the term counted from the
    announcement had already ended."""
    return Case(
        kind=DocumentKind.APPEAL,
        proceedings_language=Language.KK,
        complaint_language=Language.KK,
        filer=Filer(
            full_name="Өмірзақов Нұрлан Серікұлы",
            status=FilerStatus.CONVICTED,
            in_custody=True,
            institution="ЕЦ-166/1 мекемесі, Қарағанды қ.",
        ),
        acts=[
            ContestedAct(
                kind=ActKind.VERDICT,
                instance=Instance.FIRST,
                court="Қарағанды қаласының № 2 аудандық соты",
                date=D(2026, 11, 2),
                case_number="3511-26-00-1/88",
                in_force=False,
            )
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
        evidence=[
            Evidence(description="жәбірленушінің татуласу туралы өтініші (2-том, 31-парақ)"),
            Evidence(
                description="жұмыс орнынан берілген мінездеме",
                kind=EvidenceKind.CHARACTER_REFERENCE,
            ),
        ],
        participation=Participation.WITH,
        video_link=True,
        attachments=[
            Attachment(
                title="жұмыс орнынан берілген мінездеме", kind=AttachmentKind.SUPPORTING, pages=1
            ),
        ],
        proceedings_summary=(
            "Қарағанды қаласының № 2 аудандық сотының 2026 жылғы 2 қарашадағы үкімімен мен "
            "ҚР ҚК 106-бабының 1-бөлігі бойынша сотталдым. Үкім заңды күшіне енген жоқ."
        ),
        appeal=AppealDraft(
            addressee="Қарағанды облыстық соты",
            scope=ScopeKind.PART,
            scope_part="тағайындалған жаза бөлігінде",
            arguments=[
                AppealArgument(
                    violation=(
                        "Сот жеңілдететін мән-жайларды — кінәні толық мойындауды және "
                        "жәбірленушімен татуласуды — ескерген жоқ."
                    ),
                    norms="ҚР ҚК 53-бабы, ҚР ҚПК 390-бабы",
                    effect=(
                        "Тағайындалған жаза қылмыстың ауырлығы мен менің жеке басыма сәйкес "
                        "келмейді."
                    ),
                )
            ],
            request_text="үкімді өзгертуді және тағайындалған жазаны жеңілдетуді",
            copy_handed_over=D(2026, 11, 10),
            filing=DraftFiling(
                date=D(2026, 11, 20), channel=FilingChannel.DETENTION_ADMINISTRATION
            ),
            signature=DraftSignature(date=D(2026, 11, 20), signer_name="Өмірзақов Н.С."),
        ),
    )


def _appeal(case: Case) -> AppealDraft:
    assert case.appeal is not None
    return case.appeal


def late(case: Case) -> Case:
    """AP3.late: the verdict was announced on 20 October 2026 and the appeal is filed on
    20 November, after the term ended (4 November); no restoration is asked."""
    case.acts[0].date = D(2026, 10, 20)
    case.proceedings_summary = case.proceedings_summary.replace("16 ноября", "20 октября")
    _appeal(case).filing.date = D(2026, 11, 20)
    _appeal(case).signature.date = D(2026, 11, 20)
    return case


def restoration(case: Case) -> Case:
    """AP3.restoration: the same late appeal asks to restore the term, with its reason."""
    case = late(case)
    draft = _appeal(case)
    draft.restore_term = True
    draft.restore_reason = (
        "с 21 октября по 12 ноября 2026 года я находился на стационарном лечении в городской "
        "клинической больнице № 7 г. Алматы, что подтверждается выпиской из медицинской карты"
    )
    case.attachments.insert(
        0,
        Attachment(
            title="выписка из медицинской карты стационарного больного",
            kind=AttachmentKind.SUPPORTING,
            pages=2,
        ),
    )
    return case


def incomplete(case: Case) -> Case:
    """423(2): the appeal names no appellate court and does not say in full or in which part."""
    draft = _appeal(case)
    draft.addressee = ""
    draft.scope = None
    draft.scope_part = ""
    return case


def against_appellate_ruling(case: Case) -> Case:
    """AP4.reviewed: an appeal against a verdict already upheld on appeal and the appellate
    ruling: both are in force and go to cassation."""
    verdict = case.acts[0]
    verdict.date = D(2026, 3, 12)
    verdict.in_force = True
    verdict.entered_into_force = D(2026, 5, 20)
    verdict.appeal = AppealHistory.REVIEWED
    verdict.appealed_by = "осужденный Сериков А.Б."
    verdict.appeal_outcome = "приговор оставлен без изменения"
    case.acts.append(
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
        )
    )
    case.proceedings_summary = (
        "Приговором Алмалинского районного суда г. Алматы от 12 марта 2026 года я осужден "
        "по ч. 3 ст. 190 УК РК к 4 годам ограничения свободы. Апелляционным постановлением "
        "от 20 мая 2026 года приговор оставлен без изменения."
    )
    return case
