"""Pay periods and currencies: converting money, with the assumptions that travel with it.

Converting pay between periods needs an hours assumption and converting
between currencies needs a rate and its year; both travel with the result
(``Conversion``) so every page can say which ones it used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

# Formatting lives in core.formatting; these names stay importable from here for the domains that convert and show.
from .formatting import LOCALES, PERIOD_SUFFIX, format_hours, format_money, format_rate  # noqa: F401
from .i18n import t
from .schema import CURRENCIES as CONVERTIBLE
from .schema import PERIODIC


@dataclass(frozen=True)
class Hours:
    """The working-time assumption behind every period conversion (default 40 h x 52 weeks = 2,080 h/yr)."""

    hours_per_week: float = 40.0
    weeks_per_year: float = 52.0
    days_per_week: float = 5.0

    def __post_init__(self) -> None:
        for name in ("hours_per_week", "weeks_per_year", "days_per_week"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number, got {value!r}")

    @property
    def hours_per_year(self) -> float:
        return self.hours_per_week * self.weeks_per_year

    def hours_in(self, period: str) -> float:
        """Working hours in one pay period."""
        per_year = self.hours_per_year
        table = {
            "hour": 1.0,
            "day": self.hours_per_week / self.days_per_week,
            "week": self.hours_per_week,
            "month": per_year / 12,
            "year": per_year,
        }
        if period not in table:
            raise ValueError(f"cannot convert pay per {period!r}: only {', '.join(PERIODIC)} are periods of time")
        return table[period]


DEFAULT_HOURS = Hours()


def convert_period(amount: float, from_period: str, to_period: str, hours: Hours = DEFAULT_HOURS) -> float:
    """Same pay expressed per another period, e.g. $12.83/hr -> $26,686.40/yr at 2,080 h/yr.

    A per-item commission is not a wage for a span of time, so it raises ValueError.
    """
    if from_period == to_period:
        hours.hours_in(from_period)  # still reject "item"
        return amount
    return amount / hours.hours_in(from_period) * hours.hours_in(to_period)


@dataclass(frozen=True)
class Rate:
    """Rupiah per US dollar and where that number came from."""

    idr_per_usd: float
    year: int | None
    kind: str  # annual_average | user | ...
    exact_year: bool = True  # False when the figure's year had no rate and the nearest year stood in

    def __post_init__(self) -> None:
        if not (math.isfinite(self.idr_per_usd) and self.idr_per_usd > 0):
            raise ValueError(f"exchange rate must be a positive number, got {self.idr_per_usd!r}")


def latest_rate_year(rates: pd.DataFrame) -> int:
    """The year of the latest annual-average rate (what a figure with no year is converted at)."""
    return int(rates.loc[rates["rate_kind"] == "annual_average", "year"].max())


def rate_for_year(rates: pd.DataFrame, year: int | None) -> Rate:
    """The annual-average IDR/USD rate for a figure's year, or the nearest year there is.

    A figure with no year gets the latest annual average, flagged as not exact.
    """
    annual = rates[rates["rate_kind"] == "annual_average"]
    if annual.empty:
        raise ValueError("no annual-average exchange rates loaded")
    years = annual["year"].astype(int)
    if year is None or (isinstance(year, float) and math.isnan(year)) or year is pd.NA:
        pick = int(years.max())
    else:
        year = int(year)
        pick = int(years.iloc[(years - year).abs().argsort(kind="stable").iloc[0]])
        if (years == year).any():
            pick = year
    value = float(annual.loc[years == pick, "idr_per_usd"].iloc[0])
    return Rate(value, pick, "annual_average", exact_year=(year is not None and pick == year))


def convert_currency(amount: float, from_currency: str, to_currency: str, rate: Rate) -> float:
    if from_currency == to_currency:
        return amount
    if (from_currency, to_currency) == ("USD", "IDR"):
        return amount * rate.idr_per_usd
    if (from_currency, to_currency) == ("IDR", "USD"):
        return amount / rate.idr_per_usd
    raise ValueError(f"no conversion from {from_currency} to {to_currency}")


@dataclass(frozen=True)
class Conversion:
    """A converted amount with the assumptions that produced it."""

    value: float
    currency: str
    period: str
    rate: Rate | None  # None when no currency conversion was needed
    hours: Hours | None  # None when no period conversion was needed


def convert(
    amount: float,
    currency: str,
    period: str,
    to_currency: str,
    to_period: str,
    rate: Rate,
    hours: Hours = DEFAULT_HOURS,
) -> Conversion:
    """Convert pay between currencies and periods, keeping the rate and hours used."""
    value = convert_period(amount, period, to_period, hours)
    value = convert_currency(value, currency, to_currency, rate)
    return Conversion(
        value,
        to_currency,
        to_period,
        rate if currency != to_currency else None,
        hours if period != to_period else None,
    )


def pick_rate(rates: pd.DataFrame, year: int | None, custom_idr_per_usd: float | None = None) -> Rate:
    """The user's own rate when given, else the annual average matched to the figure's year."""
    if custom_idr_per_usd:
        return Rate(float(custom_idr_per_usd), None, "user", exact_year=False)
    return rate_for_year(rates, year)


def convert_salaries(
    rows: pd.DataFrame,
    to_currency: str,
    to_period: str,
    rates: pd.DataFrame,
    hours: Hours = DEFAULT_HOURS,
    custom_idr_per_usd: float | None = None,
) -> pd.DataFrame:
    """Salary rows with ``min/typical/max_conv`` in one currency and period, plus the rate used per row.

    Per-item commissions are dropped: they are not pay per unit of time and
    must never be mixed with wages.
    """
    out = rows[rows["pay_period"] != "item"].copy()
    convertible = out["currency"].isin(CONVERTIBLE)
    rate_by_year: dict[object, Rate] = {}
    for year in out["year"].unique():
        key = None if pd.isna(year) else int(year)
        rate_by_year[year] = pick_rate(rates, key, custom_idr_per_usd)
    row_rates = out["year"].map(rate_by_year).astype(object)
    idr_per_usd = row_rates.map(lambda r: r.idr_per_usd).astype(float)
    per_hour = {p: hours.hours_in(p) for p in PERIODIC}
    factor = per_hour[to_period] / out["pay_period"].map(per_hour).astype(float)
    factor = factor.where(~((out["currency"] == "USD") & (to_currency == "IDR")), factor * idr_per_usd)
    factor = factor.where(~((out["currency"] == "IDR") & (to_currency == "USD")), factor / idr_per_usd)
    factor = factor.where(convertible)  # e.g. EUR rows from an upload: no rate here, so no converted figure
    for col in ("pay_min", "pay_typical", "pay_max"):
        out[col.replace("pay_", "") + "_conv"] = out[col] * factor
    out["conv_currency"] = to_currency
    out["conv_period"] = to_period
    out["convertible"] = convertible
    converted_currency = convertible & (out["currency"] != to_currency)
    out["rate_used"] = idr_per_usd.where(converted_currency)
    out["rate_year"] = row_rates.map(lambda r: r.year).where(converted_currency).astype("Int64")
    out["rate_exact_year"] = row_rates.map(lambda r: r.exact_year).where(converted_currency)
    out["period_converted"] = out["pay_period"] != to_period
    return out


@dataclass(frozen=True)
class Display:
    """The reader's display settings (the settings panel): language, currency and period shown, hours, own rate."""

    lang: str = "en"
    currency: str = "IDR"
    period: str = "month"
    hours: Hours = Hours()
    custom_rate: float | None = None
    picked: bool = False  # the reader chose the currency or period; until then figures show as published


PUBLISHED_UNITS = {"ID": ("IDR", "month"), "US": ("USD", "hour")}  # how each country's pay is published


def as_published(d: Display, country: str) -> Display:
    """Until the reader picks a currency or period, a country's pay shows in the units it is published in
    (Rupiah per month, dollars per hour), whatever the interface language."""
    if d.picked or country not in PUBLISHED_UNITS:
        return d
    currency, period = PUBLISHED_UNITS[country]
    return Display(d.lang, currency, period, d.hours, d.custom_rate, picked=False)


def conversion_note(converted: pd.DataFrame, d: Display, rates: pd.DataFrame) -> str:
    """The rate(s), year(s) and hours behind a converted table, for a caption under it."""
    # One entry per (rate, exact year?) so a figure converted at its own year's rate and an
    # undated figure borrowing that same rate are both described truthfully.
    used = converted.dropna(subset=["rate_used"]).drop_duplicates(["rate_used", "rate_exact_year"])
    used = used.sort_values(["rate_year", "rate_exact_year"], ascending=[True, False])
    if d.custom_rate:
        rates_text = t("conv.rate_user", d.lang, rate=format_rate(pick_rate(rates, None, d.custom_rate), d.lang))
    elif used.empty:
        rates_text = t("conv.none", d.lang)
    else:
        parts = []
        for _, row in used.iterrows():
            text = format_rate(pick_rate(rates, int(row["rate_year"])), d.lang)
            parts.append(text if row["rate_exact_year"] else t("conv.rate_nearest", d.lang, rate=text))
        rates_text = "; ".join(parts)
    return t(
        "conv.note",
        d.lang,
        currency=d.currency,
        period=t(f"period.{d.period}", d.lang),
        rates=rates_text,
        hours=format_hours(d.hours, d.lang),
    )
