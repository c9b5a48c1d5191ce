"""Kazakhstan's working-day calendar, for the CPC RK 48(4) move of a term's last day.

A day is non-working when it is a Saturday or Sunday, a public holiday of the `holidays` package
(`holidays.country_holidays("KZ")`, including its weekend-to-Monday moves), or a day off moved by
an act listed in our cited table `assistant/law/calendar/kz-transfers.toml`. The day swapped for
a moved day off (usually a Saturday) is a working day. On top of that a user may add days off and
working days of their own, for a transfer the table does not know yet.

Precedence, lowest to highest: weekday rule < holidays package < transfer table < the user's
days off < the user's working days. A year whose transfers the table does not list as complete
answers `is_year_complete(year) is False`; the app then warns that the deadline may move.

Lookups are cached per year (a dict access after the first call for a year). Dates at the ends
of the calendar (year 1, year 9999) never raise: `next_working_day` returns None instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import msgspec

from assistant.resources import package_path

TRANSFERS_PATH = package_path("law", "calendar", "kz-transfers.toml")

# The years holidays' Kazakhstan computes (its start_year and end_year); outside them it knows
# no holiday, so only the weekday rule and our own data apply and no year is complete.
HOLIDAYS_FIRST_YEAR = 1991
HOLIDAYS_LAST_YEAR = 2100

# How far `next_working_day` looks before giving up (only a user's absurd list of days off, or
# the end of the calendar, can exhaust it: the longest real run of days off is under two weeks).
MAX_SEARCH_DAYS = 366

_SATURDAY = 5


class TransferTableError(ValueError):
    """The transfer table is broken; the message names the file and the problem."""


class Transfer(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One day off moved by an act: `day_off` becomes non-working, `working_day` working."""

    day_off: dt.date
    working_day: dt.date | None = None
    act: str
    sources: tuple[str, ...]
    note: str = ""


class TransferMeta(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    country: str
    legal_basis: str
    complete_years: tuple[int, ...]
    incomplete_note: str
    checked_against: str
    reviewed_on: dt.date


class TransferTable(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    meta: TransferMeta
    transfer: tuple[Transfer, ...] = ()

    @property
    def days_off(self) -> frozenset[dt.date]:
        return frozenset(t.day_off for t in self.transfer)

    @property
    def working_days(self) -> frozenset[dt.date]:
        return frozenset(t.working_day for t in self.transfer if t.working_day is not None)


def load_transfer_table(path: Path) -> TransferTable:
    """Read and check a transfer table; any problem raises TransferTableError naming `path`."""
    import tomllib  # lazy: the table is first needed by the first check, after the first paint

    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
        table = msgspec.convert(raw, TransferTable)
    except (OSError, tomllib.TOMLDecodeError, msgspec.ValidationError) as exc:
        raise TransferTableError(f"{path}: {exc}") from exc
    problems = _table_problems(table)
    if problems:
        raise TransferTableError(f"{path}: " + "; ".join(problems))
    return table


def _table_problems(table: TransferTable) -> list[str]:
    problems: list[str] = []
    if table.meta.country != "KZ":
        problems.append(f"meta.country is {table.meta.country!r}, expected 'KZ'")
    years = table.meta.complete_years
    if len(set(years)) != len(years):
        problems.append("meta.complete_years has a year twice")
    problems += [
        f"complete year {y} is outside {HOLIDAYS_FIRST_YEAR}-{HOLIDAYS_LAST_YEAR}, "
        "the years the holidays package computes"
        for y in years
        if not HOLIDAYS_FIRST_YEAR <= y <= HOLIDAYS_LAST_YEAR
    ]
    seen: set[dt.date] = set()
    for number, item in enumerate(table.transfer, start=1):
        where = f"transfer #{number} ({item.day_off.isoformat()})"
        dates = [item.day_off] if item.working_day is None else [item.day_off, item.working_day]
        problems += [
            f"{where}: {d.isoformat()} is already in the table" for d in dates if d in seen
        ]
        seen.update(dates)
        if item.day_off.weekday() >= _SATURDAY:
            problems.append(f"{where}: the day off falls on a Saturday or Sunday")
        if item.working_day == item.day_off:
            problems.append(f"{where}: swapped with itself")
        if not item.act.strip():
            problems.append(f"{where}: no act cited")
        if not item.sources or not all(s.strip() for s in item.sources):
            problems.append(f"{where}: no source given")
    return problems


@cache
def default_transfer_table() -> TransferTable:
    """The table shipped with the app (read once)."""
    return load_transfer_table(TRANSFERS_PATH)


class _PackageYear(msgspec.Struct, frozen=True):
    """What the holidays package says about one year."""

    off: frozenset[dt.date]  # public holidays and their moves
    working: frozenset[dt.date]  # weekend days it makes working
    estimated: frozenset[dt.date]  # holidays whose date it only estimates (lunar feasts)


_NO_YEAR = _PackageYear(off=frozenset(), working=frozenset(), estimated=frozenset())
_ESTIMATED = "estimated"  # holidays appends "(estimated)" to the English name of such a date


@lru_cache(maxsize=256)
def _package_year(year: int) -> _PackageYear:
    """Holidays, weekend working days and estimated holidays of the package that fall in `year`.

    The neighbouring years are populated too: a holiday or a swap decided in one year may land in
    the next (e.g. the 2014 transfer made Saturday 28.12.2013 a working day). Names are asked for
    in English because the "estimated" mark is looked up by its English word.
    """
    if not HOLIDAYS_FIRST_YEAR <= year <= HOLIDAYS_LAST_YEAR:
        return _NO_YEAR
    import holidays

    span = range(max(year - 1, HOLIDAYS_FIRST_YEAR), min(year + 1, HOLIDAYS_LAST_YEAR) + 1)
    calendar = holidays.country_holidays("KZ", years=span, language="en_US")
    return _PackageYear(
        off=frozenset(d for d in calendar if d.year == year),
        working=frozenset(d for d in calendar.weekend_workdays if d.year == year),
        estimated=frozenset(d for d in calendar.get_named(_ESTIMATED) if d.year == year),
    )


def holidays_version() -> str:
    """The installed holidays package's version (shown in the docs and the About box)."""
    from importlib import metadata  # lazy: importlib.metadata costs ~30 ms at start-up

    return metadata.version("holidays")


class WorkingCalendar:
    """Which days are working days in Kazakhstan (five-day week), with the user's corrections."""

    __slots__ = ("_extra_off", "_extra_working", "_table", "_uncertain", "_years")

    def __init__(
        self,
        *,
        extra_days_off: Iterable[dt.date] = (),
        extra_working_days: Iterable[dt.date] = (),
        table: TransferTable | None = None,
    ) -> None:
        self._extra_off = frozenset(extra_days_off)
        self._extra_working = frozenset(extra_working_days)
        clash = sorted(self._extra_off & self._extra_working)
        if clash:
            listed = ", ".join(d.isoformat() for d in clash)
            raise ValueError(f"a day cannot be both an extra day off and a working day: {listed}")
        self._table = table  # the shipped table is read on first use: most checks need none
        self._years: dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]] = {}
        self._uncertain: dict[int, frozenset[dt.date]] = {}

    @property
    def table(self) -> TransferTable:
        if self._table is None:
            self._table = default_transfer_table()
        return self._table

    def is_working_day(self, day: dt.date) -> bool:
        year = self._years.get(day.year)
        if year is None:
            year = self._build_year(day.year)
        off, working = year
        if day in working:
            return True
        if day in off:
            return False
        return day.weekday() < _SATURDAY

    def next_working_day(self, day: dt.date) -> dt.date | None:
        """The first working day strictly after `day`; None past the end of the calendar."""
        for offset in range(1, MAX_SEARCH_DAYS + 1):
            try:
                candidate = day + dt.timedelta(days=offset)
            except OverflowError:
                return None
            if self.is_working_day(candidate):
                return candidate
        return None

    def working_day_on_or_after(self, day: dt.date) -> dt.date | None:
        """`day` itself if it is a working day, else the next one (CPC 48(4)); None as above."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def is_uncertain_day_off(self, day: dt.date) -> bool:
        """A non-working day that might turn out to be a working day.

        Two cases: a holiday whose date the package only estimates (a lunar feast), and a
        weekend day in a year whose transfers are not known to be complete (a transfer may make
        a Saturday working). The user's own corrections are taken as certain. A deadline that
        moves over such a day is not sure to move (CPC 48(4)); see `deadlines.safe_last_day`.
        """
        if self.is_working_day(day):
            return False
        uncertain = self._uncertain.get(day.year)
        if uncertain is None:
            uncertain = self._uncertain_days(day.year)
        return day in uncertain

    def _uncertain_days(self, year: int) -> frozenset[dt.date]:
        package = _package_year(year)
        confirmed = (
            _in_year(self.table.days_off, year)
            | _in_year(self._extra_off, year)
            | (package.off - package.estimated)
        )
        days = set(package.estimated)
        if not self.is_year_complete(year):
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            every_day = (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
            days |= {d for d in every_day if d.weekday() >= _SATURDAY}
        days -= confirmed
        found = frozenset(days)
        self._uncertain[year] = found
        return found

    def is_year_complete(self, year: int) -> bool:
        """True when every transfer of `year` is known to be in the table (see its meta)."""
        return (
            HOLIDAYS_FIRST_YEAR <= year <= HOLIDAYS_LAST_YEAR
            and year in self.table.meta.complete_years
        )

    def _build_year(self, year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
        package = _package_year(year)
        off = set(package.off)
        working = set(package.working)
        layers: tuple[tuple[frozenset[dt.date], frozenset[dt.date]], ...] = (
            (_in_year(self.table.days_off, year), _in_year(self.table.working_days, year)),
            (_in_year(self._extra_off, year), frozenset()),
            (frozenset(), _in_year(self._extra_working, year)),
        )
        for layer_off, layer_working in layers:  # later layers override earlier ones
            off -= layer_working
            working -= layer_off
            off |= layer_off
            working |= layer_working
        built = (frozenset(off), frozenset(working))
        self._years[year] = built
        return built


def _in_year(days: frozenset[dt.date], year: int) -> frozenset[dt.date]:
    return frozenset(d for d in days if d.year == year)
