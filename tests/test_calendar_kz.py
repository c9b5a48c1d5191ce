"""The Kazakh working-day calendar and its cited transfer table (assistant/calendar_kz.py)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

from assistant.calendar_kz import (
    HOLIDAYS_FIRST_YEAR,
    TRANSFERS_PATH,
    TransferTableError,
    WorkingCalendar,
    default_transfer_table,
    load_transfer_table,
)

D = dt.date
BROKEN = Path(__file__).parent / "data" / "calendar"


# ------------------------------------------------------------------ the shipped table


def test_shipped_table_loads_and_declares_its_complete_years() -> None:
    table = default_transfer_table()
    assert table.meta.country == "KZ"
    assert set(range(2018, 2026)) <= set(table.meta.complete_years)
    assert 2026 not in table.meta.complete_years
    assert 2027 not in table.meta.complete_years
    assert all(t.act.strip() and t.sources for t in table.transfer)


def _package_transfers() -> dict[int, set[tuple[dt.date, dt.date]]]:
    """holidays' own Kazakhstan transfers: {year: {(day off, swapped working day)}}."""
    from holidays.countries.kazakhstan import KazakhstanStaticHolidays

    found: dict[int, set[tuple[dt.date, dt.date]]] = {}
    special: dict[int, Any] = KazakhstanStaticHolidays.special_public_holidays
    for year, entry in special.items():
        items: tuple[tuple[int, ...], ...] = entry if isinstance(entry[0], tuple) else (entry,)
        for month, day, work_month, work_day, *work_year in items:
            swap = D(work_year[0] if work_year else year, work_month, work_day)
            found.setdefault(year, set()).add((D(year, month, day), swap))
    return found


def test_table_agrees_with_the_holidays_package_for_every_complete_year() -> None:
    table = default_transfer_table()
    package = _package_transfers()
    for year in table.meta.complete_years:
        ours = {
            (t.day_off, t.working_day)
            for t in table.transfer
            if t.day_off.year == year and t.working_day is not None
        }
        assert ours == package.get(year, set()), f"transfers of {year} differ from holidays'"


def test_holidays_package_knows_no_transfer_that_our_table_lacks() -> None:
    """A new holidays release with e.g. 2026 transfers must be read into our table (with the
    act cited) and the year marked complete: this test says so."""
    table = default_transfer_table()
    for year in _package_transfers():
        if year >= min(table.meta.complete_years):
            assert year in table.meta.complete_years, (
                f"holidays lists day-off transfers for {year}: add them to {TRANSFERS_PATH.name}"
            )


# ------------------------------------------------------------------ the strict loader


def test_a_valid_small_table_loads() -> None:
    table = load_transfer_table(BROKEN / "valid.toml")
    assert table.days_off == {D(2025, 1, 3)}
    assert table.working_days == {D(2025, 1, 5)}


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("unknown-key.toml", "unknown field `signed`"),
        ("datetime-not-date.toml", "Expected `date`, got `datetime`"),
        ("impossible-date.toml", "Invalid date"),
        ("not-toml.toml", "line 9"),
        ("missing-sources-key.toml", "missing required field `sources`"),
        ("duplicate-date.toml", "2025-01-03 is already in the table"),
        ("weekend-day-off.toml", "falls on a Saturday or Sunday"),
        ("swapped-with-itself.toml", "swapped with itself"),
        ("no-act.toml", "no act cited"),
        ("no-source.toml", "no source given"),
        ("complete-year-out-of-range.toml", "complete year 2200 is outside"),
        ("complete-year-twice.toml", "has a year twice"),
        ("wrong-country.toml", "expected 'KZ'"),
    ],
)
def test_a_broken_table_fails_with_the_file_name_and_the_problem(name: str, says: str) -> None:
    with pytest.raises(TransferTableError) as caught:
        load_transfer_table(BROKEN / name)
    assert name in str(caught.value)
    assert says in str(caught.value)


def test_a_missing_table_file_fails_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(TransferTableError, match=r"nowhere\.toml"):
        load_transfer_table(tmp_path / "nowhere.toml")


# ------------------------------------------------------------------ working days


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        (D(2025, 1, 1), False, "New Year"),
        (D(2025, 1, 2), False, "New Year"),
        (D(2025, 1, 3), False, "transfer: day off from Sunday 05.01.2025"),
        (D(2025, 1, 5), True, "transfer: Sunday made a working day"),
        (D(2025, 1, 6), True, "ordinary Monday"),
        (D(2025, 1, 7), False, "Orthodox Christmas"),
        (D(2025, 3, 10), False, "Women's Day (Sat 8 March) moved to Monday"),
        (D(2025, 3, 21), False, "Nauryz"),
        (D(2025, 3, 24), False, "Nauryz (Saturday 22 moved)"),
        (D(2025, 3, 25), False, "Nauryz (Sunday 23 moved)"),
        (D(2025, 3, 26), True, "after Nauryz"),
        (D(2025, 5, 1), False, "Unity Day"),
        (D(2025, 5, 7), False, "Defender of the Fatherland Day"),
        (D(2025, 5, 9), False, "Victory Day"),
        (D(2025, 6, 6), False, "Kurban ait"),
        (D(2025, 7, 7), False, "Capital Day (Sunday 6 July) moved"),
        (D(2025, 9, 1), False, "Constitution Day (Saturday 30 August) moved"),
        (D(2025, 10, 27), False, "Republic Day (Saturday 25 October) moved"),
        (D(2025, 12, 16), False, "Independence Day"),
        (D(2024, 5, 4), True, "transfer: Saturday made a working day"),
        (D(2024, 5, 8), False, "transfer: day off from Saturday 04.05.2024"),
        (D(2020, 5, 11), True, "transfer: the Monday replacing Victory Day made working"),
        (D(2020, 5, 8), False, "transfer: day off from Monday 11.05.2020"),
        (D(2026, 3, 9), False, "Women's Day (Sunday 8 March) moved"),
        (D(2026, 1, 3), False, "ordinary Saturday"),
    ],
)
def test_working_days(cal: WorkingCalendar, day: dt.date, working: bool, why: str) -> None:
    assert cal.is_working_day(day) is working, why


def test_next_working_day_is_strictly_after(cal: WorkingCalendar) -> None:
    assert cal.next_working_day(D(2025, 3, 20)) == D(2025, 3, 26)
    assert cal.next_working_day(D(2025, 1, 6)) == D(2025, 1, 8)
    assert cal.working_day_on_or_after(D(2025, 1, 6)) == D(2025, 1, 6)
    assert cal.working_day_on_or_after(D(2025, 1, 1)) == D(2025, 1, 5)


def test_user_days_off_and_working_days_override_the_table_and_the_package() -> None:
    cal = WorkingCalendar(
        extra_days_off=[D(2026, 6, 15), D(2025, 1, 5)],
        extra_working_days=[D(2025, 3, 21), D(2026, 6, 13)],
    )
    assert not cal.is_working_day(D(2026, 6, 15))  # a transfer the table does not know
    assert not cal.is_working_day(D(2025, 1, 5))  # beats the table's working Sunday
    assert cal.is_working_day(D(2025, 3, 21))  # beats a package holiday
    assert cal.is_working_day(D(2026, 6, 13))  # a transferred working Saturday
    assert cal.next_working_day(D(2026, 6, 12)) == D(2026, 6, 13)


def test_a_day_both_off_and_working_is_refused() -> None:
    with pytest.raises(ValueError, match="2026-06-15"):
        WorkingCalendar(extra_days_off=[D(2026, 6, 15)], extra_working_days=[D(2026, 6, 15)])


def test_year_completeness(cal: WorkingCalendar) -> None:
    assert cal.is_year_complete(2025)
    assert cal.is_year_complete(2018)
    assert not cal.is_year_complete(2026)
    assert not cal.is_year_complete(2027)
    assert not cal.is_year_complete(HOLIDAYS_FIRST_YEAR - 1)
    assert not cal.is_year_complete(1)
    assert not cal.is_year_complete(9999)


def test_the_ends_of_the_calendar_do_not_raise(cal: WorkingCalendar) -> None:
    assert cal.is_working_day(D.min) is True  # Monday 1 January of year 1
    assert cal.is_working_day(D.max) is True  # Friday 31 December 9999
    assert cal.next_working_day(D(9999, 12, 30)) == D.max
    assert cal.next_working_day(D.max) is None
    assert WorkingCalendar(extra_days_off=[D.max]).working_day_on_or_after(D.max) is None


def test_a_lookup_after_the_first_of_its_year_is_fast(cal: WorkingCalendar) -> None:
    cal.is_working_day(D(2026, 5, 5))
    days = [D(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    started = time.perf_counter()
    for _ in range(20):
        for day in days:
            cal.is_working_day(day)
    per_call = (time.perf_counter() - started) / (20 * len(days))
    assert per_call < 50e-6, f"{per_call * 1e6:.1f} µs per lookup"
