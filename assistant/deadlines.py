"""Procedural terms: CPC RK Arts. 48, 49, 418(1) and 487(2) (statutes.md §9, rows T1-T4, R3).

* The day a term starts from is not counted (48(2)): a term of N days started on day D ends on
  D + N; a term of months or years ends on the same day of the month of the last month or year,
  or on that month's last day when it has no such day (48(4): 29 February -> 28 February).
* Non-working days inside the term count (48(3)); only the last day moves: when it falls on a
  non-working day, the term ends on the next working day (48(4)). The detention-term exceptions
  of 48(2), 48(4) and 48(5) are outside this module.
* A term is kept when the complaint is handed over or posted by 24:00 of the last day (48(4),
  49(1)); the post office's stamp, or the mark of the court or of the detention administration,
  fixes that date.
* A day off the calendar is not sure of (a lunar feast whose date is estimated, a weekend day in
  a year whose transfers are not known) never makes a deadline later: when the 48(4) move passes
  over such a day, `safe_last_day` stays on the unmoved date and the reason is kept.

Dates past the ends of Python's calendar (year 1 and year 9999) never raise: the `add_*` helpers
and `term_end` return None, and so do `worsening_deadline` and `appeal_deadline` ("the deadline
cannot be computed for this date"), because a Deadline without a last day would only push the
same check into every caller. None is also returned if no working day follows within
`calendar_kz.MAX_SEARCH_DAYS` (possible only with a user's absurd list of extra days off).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import msgspec

_MONTHS_IN_YEAR = 12

CPC_48_2 = "CPC RK 48(2)"
CPC_48_4 = "CPC RK 48(4)"
CPC_49_1 = "CPC RK 49(1)"
CPC_418_1 = "CPC RK 418(1)"
CPC_487_2 = "CPC RK 487(2)"
NR1_PARA_8 = "Normative Resolution of the Supreme Court RK of 29.05.2025 No. 1, para. 8"

WORSENING_TERM_YEARS = 1  # 487(2): "в течение одного года по вступлении их в законную силу"
APPEAL_TERM_DAYS = 15  # 418(1): "в течение пятнадцати суток со дня провозглашения"


class WorkingDays(Protocol):
    """What the computation needs from a calendar (assistant.calendar_kz.WorkingCalendar)."""

    def is_working_day(self, day: dt.date) -> bool: ...

    def working_day_on_or_after(self, day: dt.date) -> dt.date | None: ...

    def is_year_complete(self, year: int) -> bool: ...

    def is_uncertain_day_off(self, day: dt.date) -> bool: ...


class Deadline(msgspec.Struct, frozen=True, kw_only=True):
    """The last day of a term and how it was reached.

    `moved_from` is the calendar end of the term when 48(4) moved it off a non-working day.
    `calendar_complete` is False when a year between that calendar end and `last_day` has
    transfers of days off that are not known to be complete (`incomplete_years` lists them):
    the app then tells the user that the last day could still move and to file earlier.
    `first_receipt` (N8) is the receipt date of a first complaint returned under 489(1)(1).
    `safe_last_day` is `last_day` unless the move passed over days off the calendar is not sure
    of (`uncertain_days_off`): then it is the unmoved date, the last day that is sure to count.
    """

    start: dt.date
    last_day: dt.date
    safe_last_day: dt.date
    uncertain_days_off: tuple[dt.date, ...] = ()
    moved_from: dt.date | None = None
    calendar_complete: bool = True
    incomplete_years: tuple[int, ...] = ()
    first_receipt: dt.date | None = None
    citations: tuple[str, ...] = ()

    def days_left(self, today: dt.date) -> int:
        """Days from `today` to the safe last day: 0 on that day itself, negative when past."""
        return (self.safe_last_day - today).days

    @property
    def is_certain(self) -> bool:
        """Whether the last day does not depend on a day off the calendar is not sure of."""
        return self.safe_last_day == self.last_day

    def json_fields(self) -> dict[str, object]:
        """The last day as `check --json` tells it for every term (docs/cli.md, `deadline`)."""
        return {
            "last_day": self.safe_last_day.isoformat(),
            "moved_from": self.moved_from.isoformat()
            if self.moved_from and self.is_certain
            else None,
            "possible_last_day": None if self.is_certain else self.last_day.isoformat(),
            "uncertain_days_off": [day.isoformat() for day in self.uncertain_days_off],
            "calendar_complete": self.calendar_complete,
        }

    def compare_date(self, filing_date: dt.date, first_receipt: dt.date | None = None) -> dt.date:
        """The date judged against the last day.

        Resolution No. 1 para. 8: when a complaint returned under 489(1)(1) is refiled with its
        defects fixed, the one-year term of 487(2) is judged by the receipt of the FIRST
        complaint. Pass that receipt date here (or to `worsening_deadline`); otherwise the
        filing (posting, hand-over) date of this complaint is compared (49(1)). The two dates
        are not checked against each other here: an inconsistent pair is for the rule engine
        to report.
        """
        earlier = first_receipt if first_receipt is not None else self.first_receipt
        return earlier if earlier is not None else filing_date

    def is_met(self, filed_on: dt.date, first_receipt: dt.date | None = None) -> bool:
        """Handed over or posted by 24:00 of the safe last day (48(4), 49(1)).

        Note (statutes.md §4): 487(2) speaks of receipt by the cassation court for a complaint
        decided after the year; how that is reconciled with 49(1) is UNCONFIRMED, so the app
        should also advise filing well before the last day.
        """
        return self.compare_date(filed_on, first_receipt) <= self.safe_last_day

    def is_missed(self, filed_on: dt.date, first_receipt: dt.date | None = None) -> bool:
        """Filed after the last day even if every uncertain day off turns out to be one."""
        return self.compare_date(filed_on, first_receipt) > self.last_day


def add_days(start: dt.date, days: int) -> dt.date | None:
    """End of a term of `days` days from `start` (start day not counted, 48(2)); None if off
    the calendar."""
    try:
        return start + dt.timedelta(days=days)
    except OverflowError:
        return None


def add_months(start: dt.date, months: int) -> dt.date | None:
    """Same day of the month `months` later, or that month's last day (48(4)); None if off the
    calendar."""
    index = start.year * _MONTHS_IN_YEAR + (start.month - 1) + months
    year, month_index = divmod(index, _MONTHS_IN_YEAR)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    month = month_index + 1
    import calendar  # lazy: it loads `locale` too, and a new, empty case has no dates

    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def add_years(start: dt.date, years: int) -> dt.date | None:
    """Same month and day `years` later, or the month's last day: 29.02.2024 + 1 = 28.02.2025
    (48(4)); None if off the calendar."""
    return add_months(start, years * _MONTHS_IN_YEAR)


def calendar_end(
    start: dt.date, *, years: int = 0, months: int = 0, days: int = 0
) -> dt.date | None:
    """The term's end before any move: years and months first (as months), then days."""
    if min(years, months, days) < 0:
        raise ValueError("a term cannot be negative")
    end = add_months(start, years * _MONTHS_IN_YEAR + months)
    return None if end is None else add_days(end, days)


def deadline_for_term(
    start: dt.date,
    *,
    years: int = 0,
    months: int = 0,
    days: int = 0,
    calendar: WorkingDays,
    first_receipt: dt.date | None = None,
    citations: tuple[str, ...] = (),
) -> Deadline | None:
    """The Deadline of a term from `start`, moved to a working day per 48(4); None if off the
    calendar."""
    nominal = calendar_end(start, years=years, months=months, days=days)
    if nominal is None:
        return None
    last_day = calendar.working_day_on_or_after(nominal)
    if last_day is None:
        return None
    uncertain = _uncertain_days_passed(nominal, last_day, calendar)
    unknown = tuple(
        year
        for year in range(nominal.year, last_day.year + 1)
        if not calendar.is_year_complete(year)
    )
    return Deadline(
        start=start,
        last_day=last_day,
        safe_last_day=nominal if uncertain else last_day,
        uncertain_days_off=uncertain,
        moved_from=nominal if last_day != nominal else None,
        calendar_complete=not unknown,
        incomplete_years=unknown,
        first_receipt=first_receipt,
        citations=citations,
    )


def _uncertain_days_passed(
    nominal: dt.date, last_day: dt.date, calendar: WorkingDays
) -> tuple[dt.date, ...]:
    """The days off between the term's calendar end and its moved last day that are not sure."""
    days = (nominal + dt.timedelta(days=n) for n in range((last_day - nominal).days))
    return tuple(day for day in days if calendar.is_uncertain_day_off(day))


def term_end(
    start: dt.date, *, years: int = 0, months: int = 0, days: int = 0, calendar: WorkingDays
) -> dt.date | None:
    """The last day of a term (48(2), 48(4)); None if off the calendar."""
    deadline = deadline_for_term(start, years=years, months=months, days=days, calendar=calendar)
    return None if deadline is None else deadline.last_day


def worsening_deadline(
    entered_into_force: dt.date, calendar: WorkingDays, first_receipt: dt.date | None = None
) -> Deadline | None:
    """Art. 487(2) (rows T2, R3): a complaint for a worsening review may be filed within one
    year of the act's entry into force; the term cannot be restored.

    Give `first_receipt` only when an earlier complaint was returned under 489(1)(1) and this
    one is its corrected refiling (Resolution No. 1 para. 8, row N8).
    """
    citations: tuple[str, ...] = (CPC_487_2, CPC_48_2, CPC_48_4, CPC_49_1)
    if first_receipt is not None:
        citations += (NR1_PARA_8,)
    return deadline_for_term(
        entered_into_force,
        years=WORSENING_TERM_YEARS,
        calendar=calendar,
        first_receipt=first_receipt,
        citations=citations,
    )


def appeal_deadline(announced: dt.date, calendar: WorkingDays) -> Deadline | None:
    """Art. 418(1): an appeal within 15 days of the announcement of the verdict or ruling.

    For a convicted person held in custody the term runs from the day a copy was handed to
    them: pass that date as `announced`.
    """
    return deadline_for_term(
        announced,
        days=APPEAL_TERM_DAYS,
        calendar=calendar,
        citations=(CPC_418_1, CPC_48_2, CPC_48_4, CPC_49_1),
    )
