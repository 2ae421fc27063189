"""Pay periods, currencies and money formatting.

Converting pay between periods needs an hours assumption and converting
between currencies needs a rate and its year; both travel with the result
(``Conversion``) so every page can say which ones it used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from babel.numbers import format_compact_decimal, format_currency, format_decimal

from .schema import CURRENCIES as CONVERTIBLE
from .schema import PERIODIC

LOCALES = {"id": "id_ID", "en": "en_US"}
PERIOD_SUFFIX = {
    "en": {"hour": "/hr", "day": "/day", "week": "/wk", "month": "/mo", "year": "/yr", "item": "/item"},
    "id": {"hour": "/jam", "day": "/hari", "week": "/minggu", "month": "/bulan", "year": "/tahun", "item": "/item"},
}


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


def _amount_digits(amount: float, currency: str) -> int:
    """Rupiah never shows cents; dollars show cents for hourly-sized amounts only."""
    if currency == "IDR":
        return 0
    return 2 if abs(amount) < 1000 else 0


def format_money(
    amount: float | None, currency: str, lang: str, period: str | None = None, compact: bool = False
) -> str:
    """Money as its readers write it: ``Rp 5.000.000``, ``Rp 5 jt``, ``$12.83/hr``.

    Rupiah keeps the ``Rp`` symbol in English too (``Rp 5,000,000``), as
    Indonesians and expats both read it; a missing amount renders as an en dash.
    """
    if amount is None or (isinstance(amount, float) and math.isnan(amount)) or amount is pd.NA:
        return "–"
    locale = LOCALES.get(lang, "en_US")
    if compact:
        number = format_compact_decimal(amount, locale=locale, fraction_digits=1)
        symbol = "Rp " if currency == "IDR" else ("$" if lang == "en" else "US$")
        text = f"{symbol}{number}"
    elif currency == "IDR":
        text = "Rp " + format_decimal(round(amount), format="#,##0", locale=locale)
    else:
        digits = _amount_digits(amount, currency)
        pattern = "¤#,##0.00" if digits else "¤#,##0"
        text = format_currency(amount, currency, locale=locale, format=pattern, currency_digits=False)
    if period:
        text += PERIOD_SUFFIX.get(lang, PERIOD_SUFFIX["en"])[period]
    return text


def format_rate(rate: Rate, lang: str) -> str:
    """``Rp 14.147,67 per US$ (2019)`` — the rate shown beside every converted figure."""
    locale = LOCALES.get(lang, "en_US")
    number = format_decimal(rate.idr_per_usd, format="#,##0.00", locale=locale)
    year = f" ({rate.year})" if rate.year else ""
    return f"Rp {number} / US$1{year}"


def format_hours(hours: Hours, lang: str) -> str:
    """``40 h x 52 weeks = 2,080 h/yr`` in the reader's number format."""
    locale = LOCALES.get(lang, "en_US")

    def n(x: float) -> str:
        return format_decimal(x, format="#,##0.##", locale=locale)

    if lang == "id":
        return f"{n(hours.hours_per_week)} jam x {n(hours.weeks_per_year)} minggu = {n(hours.hours_per_year)} jam/tahun"
    return f"{n(hours.hours_per_week)} h x {n(hours.weeks_per_year)} weeks = {n(hours.hours_per_year)} h/yr"


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
