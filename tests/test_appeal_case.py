"""The appeal's part of a case (issue 18): the pre-fill from what the case knows, the term of
CPC 418(1) as `assistant.law.appeal_term` counts it, and the prose the checks read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from assistant.calendar_kz import WorkingCalendar
from assistant.case.appeal import appeal_draft, custody_term, trial_act_index
from assistant.case.enums import DocumentKind, FilerStatus, FilingChannel, Language, ScopeKind
from assistant.case.field_catalogue import field_name
from assistant.case.text_fields import free_text_fields
from assistant.casefile import load_case
from assistant.law.appeal_term import AppealOutcome, TermStart, appeal_term_report, appeal_terms
from assistant.privacy import find_personal_data
from assistant.session import check, start_draft

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = dt.date(2026, 11, 26)
CALENDAR = WorkingCalendar()


def test_a_new_appeal_takes_over_what_the_cassation_draft_already_says() -> None:
    case = load_case(EXAMPLES / "ready-kk.kassatsiya")
    appeal = appeal_draft(start_draft(case, DocumentKind.APPEAL))
    assert appeal.scope is ScopeKind.PART
    assert appeal.scope_part == "тағайындалған жаза бөлігінде"
    assert [a.violation for a in appeal.arguments] == [g.violation for g in case.grounds]
    assert [a.norms for a in appeal.arguments] == [g.norms for g in case.grounds]
    assert appeal.request_text == case.request.text
    assert appeal.filing.channel is FilingChannel.E_FILING and appeal.filing.date is None
    assert appeal.signature.signer_name == "Жұмабаева Ә.Қ." and appeal.signature.date is None
    assert appeal.addressee == ""  # the appellate court is the filer's to name


def test_empty_arguments_are_not_taken_over() -> None:
    case = load_case(EXAMPLES / "no-ground-item-kk.kassatsiya")
    case.grounds[0].violation = case.grounds[0].norms = case.grounds[0].effect = " "
    assert appeal_draft(start_draft(case, DocumentKind.APPEAL)).arguments == []


def test_the_term_counts_from_the_announcement_and_the_filing_date_is_compared() -> None:
    case = load_case(EXAMPLES / "appeal-ru.kassatsiya")
    (term,) = appeal_terms(case, TODAY, CALENDAR)
    assert term.counted_from is TermStart.ANNOUNCEMENT and term.start == dt.date(2026, 11, 16)
    assert term.deadline.safe_last_day == dt.date(2026, 12, 1)
    assert term.filed and term.compared_date == dt.date(2026, 11, 25)
    assert term.outcome is AppealOutcome.MET and term.days_left == 5


def test_only_the_convicted_person_in_custody_counts_from_the_copy() -> None:
    case = load_case(EXAMPLES / "appeal-kk.kassatsiya")
    assert custody_term(case)
    assert appeal_terms(case, TODAY, CALENDAR)[0].counted_from is TermStart.COPY_HANDED_OVER
    case.filer.status = FilerStatus.DEFENDER
    assert not custody_term(case)
    (term,) = appeal_terms(case, TODAY, CALENDAR)
    assert term.counted_from is TermStart.ANNOUNCEMENT
    assert term.outcome is AppealOutcome.MISSED  # 20.11 is after 17.11


def test_acts_past_the_appeal_have_no_term_and_the_earliest_term_is_reported() -> None:
    case = load_case(EXAMPLES / "appeal-route-cassation-ru.kassatsiya")
    assert appeal_terms(case, TODAY, CALENDAR) == []
    assert appeal_term_report(case, TODAY, CALENDAR) is None
    assert check(case, TODAY).report.deadline is None  # no 487(2) term for an appeal either
    appeal = load_case(EXAMPLES / "appeal-ru.kassatsiya")
    private_ruling = msgspec.structs.replace(appeal.acts[0], date=dt.date(2026, 11, 20))
    appeal.acts.append(private_ruling)  # a later act: its term ends later
    report = appeal_term_report(appeal, TODAY, CALENDAR)
    assert report is not None and report.index == 0
    assert report.to_json()["last_day"] == "2026-12-01"


def test_the_trial_court_is_the_first_instance_act_s() -> None:
    case = load_case(EXAMPLES / "appeal-route-cassation-ru.kassatsiya")
    case.acts.reverse()
    assert trial_act_index(case) == 1
    case.acts = []
    assert trial_act_index(case) is None


def test_the_appeal_s_own_prose_is_checked_not_the_cassation_draft_s() -> None:
    case = load_case(EXAMPLES / "appeal-ru.kassatsiya")
    pointers = [pointer for pointer, _ in free_text_fields(case)]
    assert "/appeal/arguments/1/violation" in pointers and "/appeal/restore_reason" in pointers
    assert not any(p.startswith(("/grounds", "/request", "/scope")) for p in pointers)
    assert field_name("/appeal/arguments/1/norms", Language.RU, case.kind) == (
        "Довод № 2: Какие нормы нарушены"
    )
    appeal_draft(case).arguments[0].violation = "Свидетель Иванов, тел. +7 777 123 45 67, солгал."
    hits = find_personal_data(case)
    assert [(h.kind.value, h.field) for h in hits] == [("phone", "/appeal/arguments/0/violation")]
