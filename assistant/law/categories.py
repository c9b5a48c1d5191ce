"""Categories of criminal offences, derived from the sanction (Criminal Code RK Arts. 10-11).

CPC 484(2)(1) (until 30 June 2027) bars cassation for criminal misdemeanours and crimes of minor
gravity, so the engine needs the category of each count. The user may state it; when they give
the maximum imprisonment of the sanction and the form of guilt instead, it is derived here
(statutes.md §10; the maximum of the sanction, not the sentence imposed):

* no imprisonment in the sanction: a misdemeanour (10(3)) or a crime of minor gravity (10(2),
  11(2)) — the sanction alone does not tell which, but both are barred until 2027;
* intentional: max <= 2 years minor, <= 5 moderate, <= 12 grave, more especially grave (11(2)-(5));
* negligent: max <= 5 years minor, more moderate (11(2)-(3)).
"""

from __future__ import annotations

from assistant.case.enums import Guilt, OffenceCategory
from assistant.case.model import Offence

BARRED_UNTIL_2027 = frozenset({OffenceCategory.MISDEMEANOUR, OffenceCategory.MINOR})
GRAVER_THAN_MINOR = frozenset(
    {OffenceCategory.MODERATE, OffenceCategory.GRAVE, OffenceCategory.ESPECIALLY_GRAVE}
)
ALL_CATEGORIES = frozenset(OffenceCategory)

_INTENTIONAL_LIMITS = (
    (2.0, OffenceCategory.MINOR),
    (5.0, OffenceCategory.MODERATE),
    (12.0, OffenceCategory.GRAVE),
)
_NEGLIGENT_MINOR_LIMIT = 5.0


def _by_guilt(years: float, guilt: Guilt) -> OffenceCategory:
    if guilt is Guilt.NEGLIGENT:
        return (
            OffenceCategory.MINOR if years <= _NEGLIGENT_MINOR_LIMIT else OffenceCategory.MODERATE
        )
    for limit, category in _INTENTIONAL_LIMITS:
        if years <= limit:
            return category
    return OffenceCategory.ESPECIALLY_GRAVE


def category_candidates(offence: Offence) -> frozenset[OffenceCategory]:
    """Every category the sanction facts allow (all five when nothing usable is given)."""
    if not offence.imprisonment_possible:
        return BARRED_UNTIL_2027
    years = offence.max_imprisonment_years
    if years is None or not years > 0:  # missing, zero, negative or NaN: no usable maximum
        return ALL_CATEGORIES
    guilts = [offence.guilt] if offence.guilt is not None else list(Guilt)
    return frozenset(_by_guilt(years, guilt) for guilt in guilts)


def derive_category(offence: Offence) -> OffenceCategory | None:
    """The category that the sanction and guilt determine, or None if they leave a choice."""
    candidates = category_candidates(offence)
    return next(iter(candidates)) if len(candidates) == 1 else None


def category_contradicts(offence: Offence) -> bool:
    """The stated category cannot be right for the sanction facts the user gave."""
    return offence.category is not None and offence.category not in category_candidates(offence)


def barred_until_2027(offence: Offence) -> bool | None:
    """Whether 484(2)(1) in its wording until 30 June 2027 bars this count; None if unknown.

    The stated category wins (a contradiction is a separate warning); otherwise the sanction
    decides when all categories it allows fall on the same side of the bar.
    """
    if offence.category is not None:
        return offence.category in BARRED_UNTIL_2027
    candidates = category_candidates(offence)
    if candidates <= BARRED_UNTIL_2027:
        return True
    if not candidates & BARRED_UNTIL_2027:
        return False
    return None
