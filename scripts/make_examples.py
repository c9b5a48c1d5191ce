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

from assistant.case.enums import (  # noqa: E402
    ActKind,
    AppealHistory,
    AttachmentKind,
    Direction,
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
    RequestKind,
    ScopeKind,
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
                appealed_by="осуждённый Сериков А.Б.",
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
                    "Суд не учёл смягчающие обстоятельства: полное возмещение ущерба и "
                    "наличие на иждивении двоих малолетних детей."
                ),
                norms="ст. 52, 53 УК РК",
                effect="Назначенное наказание несоразмерно содеянному и личности осуждённого.",
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
            "Приговором Алмалинского районного суда г. Алматы от 12 марта 2026 года я осуждён "
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
            advocate_licence="адвокаттық қызметпен айналысуға арналған лицензия № 0012345",
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


def _worsening_late(case: Case) -> Case:
    """A victim asks for a harsher sentence more than a year after entry into force (R3)."""
    case.filer.status = FilerStatus.VICTIM
    case.request = Request(
        kinds=[RequestKind.INCREASE_PUNISHMENT],
        text="жазаны күшейтуді",
        direction=Direction.WORSEN,
    )
    for act in case.acts:
        act.entered_into_force = D(2025, 9, 1)
    case.filing.date = D(2026, 11, 20)
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


EXAMPLES: dict[str, Callable[[], Case]] = {
    "ready-ru": ready_ru,
    "ready-kk": ready_kk,
    "missing-copies-ru": lambda: _missing_copies(ready_ru()),
    "worsening-late-kk": lambda: _worsening_late(ready_kk()),
    "wrong-language-ru": lambda: _wrong_language(ready_ru()),
    "custody-by-post-ru": lambda: _custody_by_post(ready_ru()),
    "no-ground-item-kk": lambda: _no_ground_item(ready_kk()),
}


def write_example(name: str, case: Case) -> Path:
    """Write one example in the plain case-file format, pretty-printed for reading."""
    document = {"format": "kassatsiya-case", "version": 1, "case": msgspec.to_builtins(case)}
    path = ROOT / "examples" / f"{name}.kassatsiya"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def main() -> None:
    for name, build in EXAMPLES.items():
        print(write_example(name, build()))


if __name__ == "__main__":
    main()
