"""The safe day, the earliest day, and the doubts between them (parole.md §D.8, PA13-PA18).

The safe reading takes the later day on every open point: an unknown harm counts as the harm
that gives the later day, 72(3)(5) is applied as written, the general rows bind where the
juvenile table is silent, UNCONFIRMED minimums bind, remainders are rounded up (30 days to a
month), half days of credit are rounded down. Each point is then read the other way alone; when
that gives an earlier day, it is a doubt carrying that day. The earliest day reads every point
the generous way at once (with CC 90's juvenile table for an offender aged 18 to 20) and is a
day earlier still for the boundary of ҚАК 165(2).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

from assistant.deadlines import add_days
from assistant.execution.availability import offender_of
from assistant.execution.facts import Fact, FactsUsed, SentenceFacts
from assistant.execution.minimums import OpenPoint, Reading
from assistant.execution.results import CountMethod, CustodyTotal, Doubt
from assistant.execution.served import Served, served
from assistant.execution.terms import ParoleTerms
from assistant.execution.vocabulary import AgeAtCrime, DoubtCode, Offender, PetitionRequest

# Open points met among the minimums that the calculator reads both ways: the other reading.
_TOGGLES: dict[DoubtCode, Callable[[Reading], Reading]] = {
    DoubtCode.AGREEMENT_STRICTER: lambda r: dataclasses.replace(r, strict_agreement=False),
    DoubtCode.REGIME_SILENT: lambda r: dataclasses.replace(r, regime_extras=False),
    DoubtCode.UNCONFIRMED_MINIMUM: lambda r: dataclasses.replace(r, unconfirmed_minimums=False),
}


class Readings:
    """The readings of one request's open points, over every harm the crime may have had."""

    def __init__(
        self,
        request: PetitionRequest,
        facts: SentenceFacts,
        terms: ParoleTerms,
        custody: CustodyTotal,
        used: FactsUsed,
    ) -> None:
        self.request, self.facts, self.terms, self.custody = request, facts, terms, custody
        self.used = used
        self.offender = offender_of(facts)
        self.base = Reading(
            harm=facts.harm_states()[0],
            offender=self.offender,
            credited_days=custody.credited_days,
        )

    def _served(self, reading: Reading) -> Served | None:
        return served(self.request, self.facts, self.terms, reading, self.used)

    def _each_harm(self, reading: Reading) -> Iterator[Served | None]:
        for harm in self.facts.harm_states():
            yield self._served(dataclasses.replace(reading, harm=harm))

    def _latest(self, reading: Reading) -> Served | None:
        """The later day over every possible harm (None if any is off the calendar)."""
        results = list(self._each_harm(reading))
        if any(r is None for r in results):
            return None
        return max((r for r in results if r is not None), key=lambda r: r.day)

    def safe(self) -> Served | None:
        return self._latest(self.base)

    def _generous(self) -> Iterator[Reading]:
        generous = dataclasses.replace(
            self.base,
            credited_days=self.custody.credited_days_generous,
            strict_agreement=False,
            regime_extras=False,
            unconfirmed_minimums=False,
            round_up=False,
        )
        yield generous
        if self._young_adult():
            yield dataclasses.replace(generous, offender=Offender.JUVENILE)

    def earliest(self) -> dt.date | None:
        """The earliest day any reading allows, the boundary day included."""
        days = []
        for reading in self._generous():
            for result in self._each_harm(reading):
                if result is None:
                    return None
                days.append(result.day)
        day = min(days)
        return add_days(day, -1) or day

    def _young_adult(self) -> bool:
        """CC 90 can open the juvenile table: the offender was 18 to 20 and it covers the case."""
        self.used.add(Fact.AGE_AT_CRIME)
        if self.facts.age_at_crime is not AgeAtCrime.FROM_18_TO_20:
            return False
        scope = self.terms.scope_for(self.request, Offender.JUVENILE)
        return (
            self.facts.punishment in scope.punishments and self.facts.category in scope.categories
        )

    def doubts(self, safe: Served, not_before: dt.date) -> list[Doubt]:
        """Each open point read the other way alone, when it gives an earlier first day; then
        the open points that are caveats whatever the day."""
        found: list[Doubt] = []
        first_day = max(safe.day, not_before)
        for point, result in self._other_ways(safe):
            if result is None or max(result.day, not_before) >= first_day:
                continue
            doubt = Doubt(
                code=point.code,
                status=point.status,
                citations=point.citations,
                alternative_day=max(result.day, not_before),
            )
            if doubt not in found:
                found.append(doubt)
        found += [
            Doubt(code=p.code, status=p.status, citations=p.citations)
            for p in safe.points
            if p.code not in _TOGGLES
        ]
        return found

    def _other_ways(self, safe: Served) -> Iterator[tuple[OpenPoint, Served | None]]:
        """Each open point with the served day its other reading gives (others read safely)."""
        if len(self.facts.harm_states()) > 1:
            results = list(self._each_harm(self.base))
            earliest = None
            if all(r is not None for r in results):
                earliest = min((r for r in results if r is not None), key=lambda r: r.day)
            yield self._point(DoubtCode.HARM_UNKNOWN), earliest
        for point in safe.points:
            toggle = _TOGGLES.get(point.code)
            if toggle is not None:
                yield point, self._latest(toggle(self.base))
        generous_credit = self.custody.credited_days_generous
        others = (
            (
                DoubtCode.CREDIT_ROUNDED,
                generous_credit != self.custody.credited_days,
                {"credited_days": generous_credit},
            ),
            (DoubtCode.YOUNG_ADULT, self._young_adult(), {"offender": Offender.JUVENILE}),
        )
        for code, applies, change in others:
            if applies:
                yield self._point(code), self._latest(dataclasses.replace(self.base, **change))

    def remainder(self, safe: Served, first_day: dt.date) -> Doubt | None:
        """§D.8: the part that gave the first day left a remainder of days, rounded up; the
        day rounded down (or counted in calendar days) is the alternative, and a calendar-days
        count that falls later is shown as well."""
        governing = safe.steps[0]
        if (
            governing.day != first_day
            or governing.method is not CountMethod.MONTHS_AND_30_DAY_REMAINDER
        ):
            return None
        point = self._point(DoubtCode.REMAINDER_ROUNDED)
        generous = self._latest(dataclasses.replace(self.base, round_up=False))
        alternative = generous.day if generous is not None and generous.day < first_day else None
        later = safe.calendar_day
        return Doubt(
            code=DoubtCode.REMAINDER_ROUNDED,
            status=point.status,
            citations=point.citations,
            alternative_day=alternative,
            later_day=later if later is not None and later > first_day else None,
        )

    def boundary(self, first_day: dt.date) -> Doubt:
        """ҚАК 165(2): the institution may count the part served a day earlier (§D.8)."""
        point = self._point(DoubtCode.BOUNDARY_DAY)
        return Doubt(
            code=DoubtCode.BOUNDARY_DAY,
            status=point.status,
            citations=point.citations,
            alternative_day=add_days(first_day, -1) or first_day,
        )

    def _point(self, code: DoubtCode) -> OpenPoint:
        entry = self.terms.doubt[code]
        return OpenPoint(code, entry.status, entry.citations)
