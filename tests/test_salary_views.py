"""Data prep for the salary page: range tables, commission pay, reference ranges and offer checks with conversions."""

import math

import pandas as pd
import pytest

from salary_explorer.core import formatting, load, offers
from salary_explorer.core.i18n import CATALOG
from salary_explorer.core.i18n import salary as salary_catalog
from salary_explorer.core.money import Hours
from salary_explorer.pay import views as sv


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


def test_every_salary_key_has_both_languages_and_prefix():
    for key, entry in salary_catalog.CATALOG.items():
        assert key.startswith("sal."), key
        assert entry.get("en") and entry.get("id"), key
        assert key in CATALOG


def test_level_table_ordered_intern_to_manager_in_rupiah(rows, rates):
    table = sv.range_table(sv.level_rows(rows), "level", sv.RANGE_LEVELS, "IDR", "month", rates, "id")
    assert list(table["key"]) == ["intern", "junior_staff", "senior_staff", "specialist", "supervisor", "manager"]
    assert list(table["label"])[:2] == ["Staf magang", "Staf junior"]
    intern = table.iloc[0]
    assert (intern["lo"], intern["hi"], intern["mid"], intern["mid_kind"]) == (
        1_100_000,
        3_000_000,
        2_050_000,
        "midpoint",
    )
    assert intern["lo_text"] == "Rp 1.100.000/bulan"
    assert set(table["year"]) == {"tahun tidak disebut"}  # the article gives no year for levels


def test_level_filter_keeps_only_chosen_levels(rows, rates):
    table = sv.range_table(
        sv.level_rows(rows, ["manager", "intern"]), "level", sv.RANGE_LEVELS, "IDR", "month", rates, "en"
    )
    assert list(table["key"]) == ["intern", "manager"]  # schema order, not pick order


def test_industry_table_in_usd_per_hour_uses_2019_rate(rows, rates):
    table = sv.range_table(sv.industry_rows(rows), "industry", sv.RANGE_INDUSTRIES, "USD", "hour", rates, "en")
    banking = table.set_index("key").loc["banking"]
    # Rp 5,000,000/month / 14,147.67 IDR per USD / (2,080 / 12) h = $2.04/hr
    assert banking["lo"] == pytest.approx(5_000_000 / 14_147.67 / (2080 / 12))
    assert (banking["lo_text"], banking["hi_text"], banking["year"]) == ("$2.04/hr", "$2.85/hr", "2019")
    assert banking["rate_used"] == pytest.approx(14_147.67) and banking["rate_year"] == 2019
    assert "item" not in set(sv.industry_rows(rows)["pay_period"])  # commission never on the wage chart


def test_range_table_keeps_sources_apart(rows, rates):
    upload = rows[rows["record_id"] == "id-2019-banking"].assign(
        record_id="up-1",
        pay_min=6_000_000.0,
        pay_max=9_000_000.0,
        year=pd.array([2024], dtype="Int64"),
        source_title="My survey",
    )
    table = sv.range_table(
        sv.industry_rows(pd.concat([rows, upload])), "industry", sv.RANGE_INDUSTRIES, "IDR", "month", rates, "en"
    )
    banking = table[table["key"] == "banking"]
    assert sorted(banking["year"]) == ["2019", "2024"]  # labelled side by side, not averaged


def test_display_table_headers_follow_language(rows, rates):
    table = sv.range_table(sv.level_rows(rows), "level", sv.RANGE_LEVELS, "IDR", "month", rates, "id")
    shown = sv.display_table(table, "id")
    assert list(shown.columns) == ["Angka", "Minimum", "Umum / titik tengah", "Maksimum", "Tahun", "Sumber"]
    assert shown.iloc[0]["Umum / titik tengah"] == "Rp 2.050.000/bulan (titik tengah)"


@pytest.mark.parametrize(
    "fixed, items, per_item, total",
    [
        pytest.param(500_000, 100, 5_000, 1_000_000, id="500rb + 100 x 5rb = 1jt"),
        pytest.param(2_000_000, 40, 50_000, 4_000_000, id="2jt + 40 x 50rb = 4jt"),
        pytest.param(500_000, 0, 5_000, 500_000, id="nothing sold = fixed pay"),
    ],
)
def test_commission_pay(fixed, items, per_item, total):
    assert sv.commission_pay(fixed, items, per_item) == total


@pytest.mark.parametrize("args", [(-1, 1, 1), (1, -1, 1), (1, 1, math.nan), (1, math.inf, 1)], ids=str)
def test_commission_pay_rejects_bad_numbers(args):
    with pytest.raises(ValueError):
        sv.commission_pay(*args)


def test_calculator_defaults_come_from_the_data(rows):
    defaults = sv.calculator_defaults(rows)
    assert (defaults.fixed, defaults.per_item, defaults.year) == (500_000, 5_000, 2019)
    empty = sv.calculator_defaults(rows.iloc[0:0])
    assert (empty.fixed, empty.per_item, empty.year) == (0.0, 0.0, None)


def test_commission_table_says_per_item(rows):
    table = sv.commission_table(sv.commission_rows(rows), "id")
    assert table.iloc[0]["Komisi per barang"] == "Rp 5.000/item – Rp 50.000/item"
    assert table.iloc[0]["Tahun"] == "2019"


def test_reference_ranges_levels_then_industries_then_us(rows):
    refs = sv.reference_ranges(rows)
    assert list(refs["ref_kind"].drop_duplicates()) == ["level", "industry", "us"]
    assert "us-bls-2021" not in refs.index  # a median alone is no range
    assert "id-2019-online_shop-commission" not in refs.index
    assert (
        sv.reference_label(refs.loc["id-2019-banking"], "id")
        == "Industri: Perbankan · Rp 5.000.000–Rp 7.000.000/bulan (2019)"
    )
    assert (
        sv.reference_label(refs.loc["id-level-intern"], "en")
        == "Level: Intern · Rp 1,100,000–Rp 3,000,000/mo (year not stated)"
    )


def test_worked_example_banking_6jt(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    result = sv.check_offer_against(
        6_000_000, "IDR", "month", refs.loc["id-2019-banking"], offers.current_minimum_wage(wages, "DKI Jakarta"), rates
    )
    assert result.check.penetration == pytest.approx(0.5)
    assert result.check.compa_ratio == pytest.approx(1.0)
    assert result.range_rate is None and result.range_hours is None  # same currency and period: nothing converted
    assert formatting.percent(result.check.penetration, "id") == "50%"
    assert formatting.ratio(result.check.compa_ratio, "id") == "1,00"


def test_worked_example_4jt_below_jakarta_ump(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    wage = offers.current_minimum_wage(wages, "DKI Jakarta")
    result = sv.check_offer_against(4_000_000, "IDR", "month", refs.loc["id-2019-banking"], wage, rates)
    assert result.check.below_minimum_wage
    assert result.check.gap_to_minimum == pytest.approx(-1_396_761)
    assert sv.floor_name(wage, "id") == "UMP DKI Jakarta 2025"


def test_hourly_usd_offer_against_rupiah_range_and_federal_minimum(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    wage = offers.current_minimum_wage(wages, "Federal")
    result = sv.check_offer_against(15, "USD", "hour", refs.loc["id-2019-banking"], wage, rates)
    per_hour = 2080 / 12
    assert result.check.pay_min == pytest.approx(5_000_000 / 14_147.67 / per_hour)
    assert result.range_rate.year == 2019 and result.range_hours == Hours()
    assert result.check.minimum_wage == 7.25 and result.wage_conv.rate is None  # federal is already USD/hr
    assert result.check.position == "above"


def test_ump_in_usd_per_hour_uses_nearest_rate_and_says_so(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    wage = offers.current_minimum_wage(wages, "DKI Jakarta")
    result = sv.check_offer_against(3, "USD", "hour", refs.loc["us-hourly"], wage, rates)
    assert result.wage_conv.value == pytest.approx(5_396_761 / 14_308.14 / (2080 / 12))
    assert result.wage_conv.rate.year == 2021 and not result.wage_conv.rate.exact_year
    text = sv.conversion_text(result.wage_conv.rate, result.wage_conv.hours, "en")
    assert (
        text
        == "Exchange rate: Rp 14,308.14 / US$1 (2021), nearest year available. Hours: 40 h x 52 weeks = 2,080 h/yr."
    )


def test_custom_rate_applies_to_range_and_floor(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    wage = offers.current_minimum_wage(wages, "DKI Jakarta")
    result = sv.check_offer_against(300, "USD", "month", refs.loc["id-2019-banking"], wage, rates, custom_rate=16_000)
    assert result.check.pay_min == pytest.approx(5_000_000 / 16_000)
    assert result.check.minimum_wage == pytest.approx(5_396_761 / 16_000)
    assert sv.conversion_text(result.range_rate, None, "id") == "Kurs: milik Anda, Rp 16.000,00 / US$1."


@pytest.mark.parametrize("offer", [-1, math.nan, math.inf], ids=str)
def test_check_offer_against_rejects_bad_offer(rows, rates, wages, offer):
    refs = sv.reference_ranges(rows)
    with pytest.raises(ValueError):
        sv.check_offer_against(
            offer, "IDR", "month", refs.loc["id-2019-banking"], offers.current_minimum_wage(wages, "Bali"), rates
        )


def test_comparison_table_same_unit_with_original_figures(rows, rates):
    table = sv.comparison_table(sv.comparison_rows(rows, ["id-2019-general_staff"]), "USD", "hour", rates, "en")
    assert list(table["label"]) == ["Industry: General CS staff", "US: hourly range", "US: BLS median"]
    assert list(table["year"]) == ["2019", "year not stated", "2021"]
    general, hourly, bls = table.to_dict("records")
    assert (general["lo_text"], general["hi_text"]) == ("$1.22/hr", "$2.04/hr")
    assert hourly["mid_text"] == "$12.83/hr" and hourly["mid_kind"] == "typical"
    assert bls["original"] == "$35,830/yr" and bls["mid_text"] == "$17.23/hr" and bls["lo_text"] == "–"
    shown = sv.comparison_display(table, "id")
    assert "Seperti ditulis sumber" in shown.columns


def test_offer_marks_formatted(rows, rates, wages):
    refs = sv.reference_ranges(rows)
    result = sv.check_offer_against(
        4_000_000, "IDR", "month", refs.loc["id-2019-banking"], offers.current_minimum_wage(wages, "DKI Jakarta"), rates
    )
    marks = sv.offer_marks(result, "id").set_index("mark")
    assert marks.loc["floor", "text"] == "Rp 5.396.761/bulan"
    assert marks.loc["offer", "name"] == "Tawaran Anda"


@pytest.mark.parametrize(
    "options, wanted, expected",
    [
        (["a", "b"], "b", "b"),
        (["a", "b"], "z", "a"),
        ([], "z", None),
        (["a", "b", "c"], ("c", "z", "a"), ["c", "a"]),
    ],
    ids=["single found", "single missing -> first", "no options", "several, missing dropped"],
)
def test_preferred(options, wanted, expected):
    assert sv.preferred(options, wanted) == expected


def test_reference_labels_for_one_country(rows):
    labels = sv.reference_labels(sv.reference_ranges(rows), "en", country="ID")
    assert "us-hourly" not in labels and labels["id-level-manager"].startswith("Level: Manager")
