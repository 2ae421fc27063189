"""Period and currency conversion and money formatting, with the seeds' own figures as cases."""

import math

import pandas as pd
import pytest

from salary_explorer.core.load import load_salaries
from salary_explorer.core.money import (
    DEFAULT_HOURS,
    Hours,
    Rate,
    convert,
    convert_currency,
    convert_period,
    convert_salaries,
    format_hours,
    format_money,
    format_rate,
    pick_rate,
    rate_for_year,
)

NBSP = "\xa0"


def norm(text: str) -> str:
    """Babel puts non-breaking spaces in compact forms; compare them as plain spaces."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    "amount, src, dst, expected",
    [
        pytest.param(12.83, "hour", "year", 26686.40, id="us-typical-12.83/hr=26,686.40/yr-at-2080h"),
        pytest.param(7.25, "hour", "year", 15080.0, id="us-federal-min-7.25/hr=15,080/yr"),
        pytest.param(27.20, "hour", "month", 27.20 * 2080 / 12, id="us-top-27.20/hr-to-month"),
        pytest.param(35830, "year", "hour", 35830 / 2080, id="bls-35,830/yr=17.23/hr"),
        pytest.param(5_000_000, "month", "year", 60_000_000, id="rp5jt/month=rp60jt/year"),
        pytest.param(5_000_000, "month", "hour", 5_000_000 * 12 / 2080, id="rp5jt/month-to-hour"),
        pytest.param(400, "day", "week", 2000, id="day-to-week-5-days"),
        pytest.param(1000, "week", "day", 200, id="week-to-day"),
        pytest.param(3_000_000, "month", "month", 3_000_000, id="same-period-unchanged"),
    ],
)
def test_convert_period(amount, src, dst, expected):
    assert convert_period(amount, src, dst) == pytest.approx(expected)


@pytest.mark.parametrize("src, dst", [("item", "month"), ("month", "item"), ("item", "item"), ("fortnight", "year")])
def test_per_item_commission_is_never_a_wage(src, dst):
    with pytest.raises(ValueError):
        convert_period(5000, src, dst)


@pytest.mark.parametrize(
    "hours, period, expected",
    [
        pytest.param(Hours(), "year", 2080, id="40x52=2080"),
        pytest.param(Hours(), "month", 2080 / 12, id="month=173.33h"),
        pytest.param(Hours(), "day", 8, id="day=8h"),
        pytest.param(Hours(hours_per_week=37.5), "year", 1950, id="37.5x52=1950"),
        pytest.param(Hours(hours_per_week=40, weeks_per_year=50), "year", 2000, id="40x50=2000"),
    ],
)
def test_hours_in_period(hours, period, expected):
    assert hours.hours_in(period) == pytest.approx(expected)


@pytest.mark.parametrize("kwargs", [{"hours_per_week": 0}, {"weeks_per_year": -1}, {"hours_per_week": math.nan}])
def test_hours_must_be_positive(kwargs):
    with pytest.raises(ValueError):
        Hours(**kwargs)


@pytest.mark.parametrize(
    "year, expected_rate, expected_year, exact",
    [
        pytest.param(2019, 14147.67, 2019, True, id="2019-industry-figures-use-2019-average"),
        pytest.param(2021, 14308.14, 2021, True, id="2021-bls-uses-2021-average"),
        pytest.param(2015, 13389.41, 2015, True, id="first-year"),
        pytest.param(2025, 16477.87, 2025, True, id="2025-world-bank-average"),
        pytest.param(2026, 16477.87, 2025, False, id="after-last-year-uses-nearest-2025"),
        pytest.param(2010, 13389.41, 2015, False, id="before-first-year-uses-2015"),
        pytest.param(None, 16477.87, 2025, False, id="no-year-uses-latest"),
    ],
)
def test_rate_for_year(rates, year, expected_rate, expected_year, exact):
    rate = rate_for_year(rates, year)
    assert (rate.idr_per_usd, rate.year, rate.exact_year) == (expected_rate, expected_year, exact)


def test_spot_and_budget_rates_are_not_used_as_annual_averages(rates):
    rate = rate_for_year(rates, 2024)  # 2024 has a spot and a budget figure too: the annual average wins
    assert (rate.idr_per_usd, rate.year, rate.exact_year) == (15855.45, 2024, True)


def test_user_rate_overrides_year_matching(rates):
    rate = pick_rate(rates, 2019, custom_idr_per_usd=16277)
    assert (rate.idr_per_usd, rate.kind, rate.year) == (16277, "user", None)


@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf])
def test_rate_must_be_positive(bad):
    with pytest.raises(ValueError):
        Rate(bad, 2020, "user")


@pytest.mark.parametrize(
    "amount, src, dst, expected",
    [
        pytest.param(12.83, "USD", "IDR", 12.83 * 14147.67, id="usd-to-idr"),
        pytest.param(5_000_000, "IDR", "USD", 5_000_000 / 14147.67, id="rp5jt-to-usd-2019"),
        pytest.param(100, "IDR", "IDR", 100, id="same-currency"),
    ],
)
def test_convert_currency(amount, src, dst, expected):
    assert convert_currency(amount, src, dst, Rate(14147.67, 2019, "annual_average")) == pytest.approx(expected)


def test_convert_currency_refuses_unknown_pairs():
    with pytest.raises(ValueError):
        convert_currency(1, "EUR", "IDR", Rate(14000, 2020, "user"))


def test_convert_keeps_the_assumptions_it_used():
    rate = Rate(14147.67, 2019, "annual_average")
    result = convert(5_000_000, "IDR", "month", "USD", "hour", rate)
    assert result.value == pytest.approx(5_000_000 / 14147.67 * 12 / 2080)
    assert result.rate == rate and result.hours == DEFAULT_HOURS
    same = convert(5_000_000, "IDR", "month", "IDR", "month", rate)
    assert same.rate is None and same.hours is None


@pytest.mark.parametrize(
    "amount, currency, lang, period, compact, expected",
    [
        pytest.param(5_000_000, "IDR", "id", None, False, "Rp 5.000.000", id="rp-5jt-id"),
        pytest.param(5_000_000, "IDR", "id", None, True, "Rp 5 jt", id="rp-5jt-compact-id"),
        pytest.param(5_500_000, "IDR", "id", None, True, "Rp 5,5 jt", id="rp-5.5jt-compact-id"),
        pytest.param(20_000_000, "IDR", "id", "month", False, "Rp 20.000.000/bulan", id="manager-max-per-month-id"),
        pytest.param(1_100_000, "IDR", "en", "month", False, "Rp 1,100,000/mo", id="intern-min-en"),
        pytest.param(5_396_761, "IDR", "id", None, False, "Rp 5.396.761", id="ump-jakarta-2025"),
        pytest.param(5_000, "IDR", "id", "item", False, "Rp 5.000/item", id="commission-per-item"),
        pytest.param(12.83, "USD", "en", "hour", False, "$12.83/hr", id="us-typical-12.83/hr"),
        pytest.param(7.25, "USD", "en", "hour", False, "$7.25/hr", id="us-federal-min"),
        pytest.param(27.2, "USD", "en", "hour", False, "$27.20/hr", id="us-top-27.20"),
        pytest.param(35830, "USD", "en", "year", False, "$35,830/yr", id="bls-median-2021"),
        pytest.param(12.83, "USD", "id", "hour", False, "US$12,83/jam", id="usd-in-indonesian"),
        pytest.param(35830, "USD", "en", None, True, "$35.8K", id="usd-compact"),
        pytest.param(1_234_567.6, "IDR", "id", None, False, "Rp 1.234.568", id="rupiah-rounds-to-whole"),
        pytest.param(None, "IDR", "id", None, False, "–", id="missing-is-dash"),
        pytest.param(math.nan, "USD", "en", "hour", False, "–", id="nan-is-dash"),
    ],
)
def test_format_money(amount, currency, lang, period, compact, expected):
    assert norm(format_money(amount, currency, lang, period, compact)) == expected


@pytest.mark.parametrize(
    "lang, expected",
    [("en", "Rp 14,147.67 / US$1 (2019)"), ("id", "Rp 14.147,67 / US$1 (2019)")],
)
def test_format_rate_shows_year(lang, expected):
    assert format_rate(Rate(14147.67, 2019, "annual_average"), lang) == expected


@pytest.mark.parametrize(
    "lang, expected",
    [("en", "40 h x 52 weeks = 2,080 h/yr"), ("id", "40 jam x 52 minggu = 2.080 jam/tahun")],
)
def test_format_hours(lang, expected):
    assert format_hours(DEFAULT_HOURS, lang) == expected


def test_convert_salaries_uses_each_rows_own_year(rates):
    rows = load_salaries()
    out = convert_salaries(rows, "USD", "month", rates).set_index("record_id")
    assert "id-2019-online_shop-commission" not in out.index  # per item, never converted to a wage
    banking = out.loc["id-2019-banking"]
    assert banking["min_conv"] == pytest.approx(5_000_000 / 14147.67)
    assert (banking["rate_used"], banking["rate_year"], banking["rate_exact_year"]) == (14147.67, 2019, True)
    intern = out.loc["id-level-intern"]  # no year: latest annual average, flagged as not exact
    assert (intern["rate_year"], intern["rate_exact_year"]) == (2025, False)
    us = out.loc["us-hourly"]
    assert us["typical_conv"] == pytest.approx(12.83 * 2080 / 12)
    assert pd.isna(us["rate_used"])


def test_convert_salaries_leaves_unconvertible_currencies_blank(rates):
    rows = load_salaries().head(1).assign(currency="EUR")
    out = convert_salaries(rows, "USD", "month", rates)
    assert not out["convertible"].iloc[0] and pd.isna(out["min_conv"].iloc[0])


def test_convert_salaries_with_user_rate(rates):
    out = convert_salaries(load_salaries(), "IDR", "hour", rates, custom_idr_per_usd=16000).set_index("record_id")
    assert out.loc["us-hourly", "typical_conv"] == pytest.approx(12.83 * 16000)
