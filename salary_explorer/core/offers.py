"""Where an offer falls in a pay range, and how it compares with the legal floor.

Standard compensation formulas: range penetration = (offer - min) / (max - min),
compa-ratio = offer / midpoint, midpoint = (min + max) / 2.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


def midpoint(pay_min: float, pay_max: float) -> float:
    if pay_min > pay_max:
        raise ValueError(f"range minimum {pay_min} is above its maximum {pay_max}")
    return (pay_min + pay_max) / 2


def range_penetration(offer: float, pay_min: float, pay_max: float) -> float:
    """0.0 at the minimum, 1.0 at the maximum; below 0 or above 1 outside the range."""
    if pay_max <= pay_min:
        raise ValueError(f"range needs maximum above minimum, got {pay_min}..{pay_max}")
    return (offer - pay_min) / (pay_max - pay_min)


def compa_ratio(offer: float, mid: float) -> float:
    if mid <= 0:
        raise ValueError(f"midpoint must be positive, got {mid}")
    return offer / mid


def position(offer: float, pay_min: float, pay_max: float) -> str:
    """``below``, ``inside`` or ``above``; the range ends count as inside."""
    if offer < pay_min:
        return "below"
    if offer > pay_max:
        return "above"
    return "inside"


@dataclass(frozen=True)
class OfferCheck:
    offer: float
    pay_min: float
    pay_max: float
    position: str
    penetration: float
    compa_ratio: float
    midpoint: float
    minimum_wage: float | None
    gap_to_minimum: float | None  # offer - floor; negative means below the legal minimum

    @property
    def below_minimum_wage(self) -> bool:
        return self.gap_to_minimum is not None and self.gap_to_minimum < 0


def check_offer(offer: float, pay_min: float, pay_max: float, minimum_wage: float | None = None) -> OfferCheck:
    """All offer metrics at once; all amounts must already be in one currency and period."""
    if offer < 0:
        raise ValueError("offer must not be negative")
    mid = midpoint(pay_min, pay_max)
    return OfferCheck(
        offer=offer,
        pay_min=pay_min,
        pay_max=pay_max,
        position=position(offer, pay_min, pay_max),
        penetration=range_penetration(offer, pay_min, pay_max),
        compa_ratio=compa_ratio(offer, mid),
        midpoint=mid,
        minimum_wage=minimum_wage,
        gap_to_minimum=None if minimum_wage is None else offer - minimum_wage,
    )


def current_minimum_wage(wages: pd.DataFrame, region: str) -> pd.Series:
    """The newest province-wide floor row (UMP, US state or federal) with an amount; KeyError if unknown.

    For the floor in force on a date, with disputed and fallback labels, use ``core.floors.floor_in_force``.
    """
    rows = wages[(wages["region"] == region) & wages["wage_kind"].isin(["UMP", "state", "federal"])]
    if rows.empty:
        raise KeyError(region)
    rows = rows[rows["amount"].notna()]  # a "not yet known" figure is no floor
    if rows.empty:
        raise KeyError(region)
    return rows.sort_values("year").iloc[-1]


def provinces(wages: pd.DataFrame) -> list[str]:
    """Regions with a current floor, Indonesian provinces (alphabetical) then the US federal minimum."""
    ump = sorted(wages.loc[wages["wage_kind"] == "UMP", "region"].unique())
    return ump + list(wages.loc[wages["wage_kind"] == "federal", "region"].unique())
