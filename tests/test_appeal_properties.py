"""Properties of the appeal's check and document for any appeal the model admits: the engine
and the builder never raise, and every act with an appeal term gets exactly one finding about
it, so an appeal is never "ready" because its term was silently left unjudged."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.case.drafts import AppealDraft
from assistant.case.enums import DocumentKind, Language
from assistant.case.model import Case
from assistant.document.build import build_document
from assistant.law.appeal_term import AppealOutcome, appeal_terms
from assistant.law.engine import default_calendar, evaluate
from tests.strategies import struct_strategy

# The term's outcomes, one of which every act with a term must get (rows AP3).
OUTCOME_RULES = {
    "AP3.term", "AP3.in_time", "AP3.late", "AP3.restore_reason", "AP3.restoration",
    "AP3.unsure_day", "AP3.copy_date",
}  # fmt: skip
DATES = st.dates(min_value=dt.date(2025, 7, 1), max_value=dt.date(2028, 12, 31))


@st.composite
def appeals(draw: st.DrawFn) -> tuple[Case, dt.date]:
    """Any appeal, its acts, hand-over and filing dates within the app's law."""
    case: Case = draw(struct_strategy(Case))
    case.kind = DocumentKind.APPEAL
    case.appeal = draw(struct_strategy(AppealDraft))
    for act in case.acts:
        act.date = draw(st.none() | DATES)
    case.appeal.copy_handed_over = draw(st.none() | DATES)
    case.appeal.filing.date = draw(st.none() | DATES)
    return case, draw(DATES)


@given(appeals())
def test_every_act_with_a_term_gets_exactly_one_finding_about_it(
    drawn: tuple[Case, dt.date],
) -> None:
    case, today = drawn
    report = evaluate(case, today)
    terms = appeal_terms(case, today, default_calendar())
    for term in terms:
        about = [
            f.rule.id
            for f in report.findings
            if f.rule.id in OUTCOME_RULES and f.params.get("number") == term.index + 1
        ]
        assert len(about) == 1, (term.outcome, about)
        restoring = case.appeal is not None and case.appeal.restore_term
        reasoned = restoring and bool(case.appeal and case.appeal.restore_reason.strip())
        if term.outcome is AppealOutcome.MISSED and not reasoned:
            assert not report.is_ready()  # late, and no restoration with a reason asked
    if not terms:
        assert not {f.rule.id for f in report.findings} & OUTCOME_RULES
    assert report.kind is DocumentKind.APPEAL
    assert all(DocumentKind.APPEAL in f.rule.kinds for f in report.findings)
    for language in Language:
        report.to_json(language)


@given(appeals())
def test_the_appeal_builds_in_every_language(drawn: tuple[Case, dt.date]) -> None:
    case, _ = drawn
    for language, title in (
        (Language.RU, "АПЕЛЛЯЦИОННАЯ ЖАЛОБА"),
        (Language.KK, "АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ"),
        (Language.EN, "APPEAL"),
    ):
        doc = build_document(case, language, draft=True, open_problems=["x"])
        assert title in doc.text_lines()
