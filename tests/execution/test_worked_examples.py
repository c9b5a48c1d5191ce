"""The worked examples of docs/execution-eligibility.md, so the page stays true."""

from __future__ import annotations

from assistant.execution import CustodyCredit, Term
from assistant.execution.results import Outcome
from assistant.execution.vocabulary import CrimeCategory, CustodyRate, DoubtCode

from .helpers import D, codes, report

# Grave, 5 years from 15.01.2025; custody 01.06.2024-14.01.2025 at one day for one and a half:
# 30 + 31 + 31 + 30 + 31 + 30 + 31 = 214 days of June-December, + 14 = 228 days x 1.5 = 342.
# 15.01.2025 - 342 days: - 14 = 01.01.2025, then back over Dec-Mar (31+30+31+30+31+31+30+31+
# 30+31 = 306, to 01.03.2024; 320 in all) and 22 more into a 29-day February = 08.02.2024.
CUSTODY = (
    CustodyCredit(
        rate=CustodyRate.ONE_AND_A_HALF, first_day=D(2024, 6, 1), last_day=D(2025, 1, 14)
    ),
)
SENTENCE = {
    "category": CrimeCategory.GRAVE,
    "term": Term(years=5),
    "term_start": D(2025, 1, 15),
    "custody": CUSTODY,
}


def test_replacement_and_parole_of_the_same_person() -> None:
    answers = report(**SENTENCE)
    assert answers.custody is not None and answers.custody.credited_days == 342
    # 73(2): 1/3 of 5 years = 1 year 8 months from 08.02.2024 -> 08.10.2025
    assert answers.replacement.first_day == D(2025, 10, 8)
    assert answers.replacement.earliest_day == D(2025, 10, 7)
    assert answers.replacement.steps[0].counted_from == D(2024, 2, 8)
    # 72(3)(2): 1/2 of 5 years = 2 years 6 months -> 08.08.2026
    assert answers.parole.first_day == D(2026, 8, 8)


def test_reduction_after_an_agreement() -> None:
    known = report(**SENTENCE, against_life_or_health=True, agreement_fulfilled=True).reduction
    assert known.outcome is Outcome.NO_DATE
    assert known.cap is not None and str(known.cap.safe) == str(known.cap.possible) == "1/3"
    unknown = report(
        **SENTENCE, against_life_or_health=None, against_life=None, agreement_fulfilled=True
    ).reduction
    assert unknown.cap is not None
    assert (str(unknown.cap.safe), str(unknown.cap.possible)) == ("1/3", "1/2")
    assert DoubtCode.HARM_UNKNOWN in codes(unknown)
