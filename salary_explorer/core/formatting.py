"""Every number a reader sees, formatted in one place from one locale table.

Money (``Rp 5.000.000``, ``Rp 5 jt``, ``$12.83/hr``), percentages (``57,1%`` /
``57.1%``), ratios (``1,00`` / ``1.00``), counts (``3.755`` / ``3,755``), the
exchange rate and the hours assumption. Pages and domains call these instead
of Babel, so a figure reads the same on every page.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pandas as pd
from babel.numbers import format_compact_decimal, format_currency, format_decimal
from babel.numbers import format_percent as _babel_percent

if TYPE_CHECKING:  # only attribute access; importing money here would be circular
    from .money import Hours, Rate

LOCALES = {"id": "id_ID", "en": "en_US"}
PERIOD_SUFFIX = {
    "en": {"hour": "/hr", "day": "/day", "week": "/wk", "month": "/mo", "year": "/yr", "item": "/item"},
    "id": {"hour": "/jam", "day": "/hari", "week": "/minggu", "month": "/bulan", "year": "/tahun", "item": "/item"},
}
MISSING = "–"


def locale_of(lang: str) -> str:
    return LOCALES.get(lang, "en_US")


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def number(value: float | None, lang: str, pattern: str = "#,##0.##") -> str:
    """A plain number in the reader's separators (``1.234,5`` / ``1,234.5``); an en dash when missing."""
    return MISSING if _missing(value) else format_decimal(value, format=pattern, locale=locale_of(lang))


def count(n: int, lang: str) -> str:
    """``3,755`` in English, ``3.755`` in Indonesian."""
    return number(n, lang, "#,##0")


def percent(value: float | None, lang: str) -> str:
    """A share (0.571) as ``57.1%`` / ``57,1%``: one decimal only when needed; an en dash when undefined."""
    return MISSING if _missing(value) else _babel_percent(value, format="#,##0.#%", locale=locale_of(lang))


def ratio(value: float | None, lang: str) -> str:
    """A ratio such as the compa-ratio with two decimals: ``1.00`` / ``1,00``."""
    return number(value, lang, "#,##0.00")


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
    if _missing(amount):
        return MISSING
    locale = locale_of(lang)
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
    locale = locale_of(lang)
    number = format_decimal(rate.idr_per_usd, format="#,##0.00", locale=locale)
    year = f" ({rate.year})" if rate.year else ""
    return f"Rp {number} / US$1{year}"


def format_hours(hours: Hours, lang: str) -> str:
    """``40 h x 52 weeks = 2,080 h/yr`` in the reader's number format."""
    locale = locale_of(lang)

    def n(x: float) -> str:
        return format_decimal(x, format="#,##0.##", locale=locale)

    if lang == "id":
        return f"{n(hours.hours_per_week)} jam x {n(hours.weeks_per_year)} minggu = {n(hours.hours_per_year)} jam/tahun"
    return f"{n(hours.hours_per_week)} h x {n(hours.weeks_per_year)} weeks = {n(hours.hours_per_year)} h/yr"
