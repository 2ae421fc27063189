"""The team pay check: every measure with worked examples (bands/team.py)."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest

from salary_explorer.bands import team
from salary_explorer.core import load, money
from salary_explorer.core.floors import Floor, floor_in_force, floor_regions
from salary_explorer.uploads.roster import read_roster

from .team_fixtures import BANDS, CHECK_DATE, EXPECTED, JT, roster_bytes

RATE = money.Rate(16_000.0, 2026, "annual_average")


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


def floor(amount=5_729_876.0, region="DKI Jakarta", year=2026, currency="IDR", period="month", **kw):
    return Floor(
        country="ID" if currency == "IDR" else "US",
        region=region,
        wage_kind="UMP" if currency == "IDR" else "state",
        amount=amount,
        currency=currency,
        pay_period=period,
        year=year,
        in_force_from=dt.date(year, 1, 1),
        legal_basis="test",
        source_title="test floor",
        **kw,
    )


def roster(*people, currency="IDR", period="month"):
    """people: (employee, level, region, pay[, group])."""
    rows = [
        {
            "row": i + 2,
            "employee": p[0],
            "level": p[1],
            "industry": "unspecified",
            "region": p[2],
            "pay": float(p[3]),
            "currency": currency,
            "pay_period": period,
            "group": p[4] if len(p) > 4 else "",
            "hire_date": None,
        }
        for i, p in enumerate(people)
    ]
    return pd.DataFrame(rows)


def check(people, bands=BANDS, floors=None, **kw):
    floors = floors or {"DKI Jakarta": floor()}
    return team.check_team(people, bands, lambda r: floors[r], regions=list(floors), rate=RATE, **kw)


# ---------- per employee ----------
@pytest.mark.parametrize(
    "pay, compa, penetration, position",
    [
        (6 * JT, 1.00, 0.5, "inside"),  # at the band midpoint
        (5 * JT, 5 / 6, 0.0, "inside"),  # the minimum counts as inside
        (7 * JT, 7 / 6, 1.0, "inside"),  # so does the maximum
        (4.5 * JT, 0.75, -0.25, "below"),
        (7.5 * JT, 1.25, 1.25, "above"),
    ],
)
def test_compa_ratio_penetration_position(pay, compa, penetration, position):
    e = check(roster(("x", "junior_staff", "DKI Jakarta", pay))).employees.iloc[0]
    assert e["compa_ratio"] == pytest.approx(compa)
    assert e["penetration"] == pytest.approx(penetration)
    assert e["position"] == position


def test_midpoint_compa_ratio_reads_1_00():
    view = check(roster(("x", "junior_staff", "DKI Jakarta", 6 * JT)))
    table = team.employee_table(view, "en")
    assert f"{table['Compa-ratio'].iloc[0]:.2f}" == "1.00"


def test_jakarta_2026_floor_shortfall_with_the_bundled_floor(wages):
    """Rp 5.500.000 a month in DKI Jakarta, checked in 2026, is Rp 229.876 below the UMP in force."""
    people = roster(("Ani", "junior_staff", "DKI Jakarta", 5_500_000))
    on = dt.date(2026, 11, 25)
    result = team.check_team(
        people, BANDS, lambda r: floor_in_force(wages, r, on), regions=floor_regions(wages, "ID"), rate=RATE
    )
    e = result.employees.iloc[0]
    assert bool(e["below_floor"]) and e["floor_year"] == 2026
    assert e["floor_shortfall"] == pytest.approx(229_876)
    assert money.format_money(e["floor_shortfall"], "IDR", "id") == "Rp 229.876"
    # the same pay against the 2025 UMP (Rp 5.396.761) is not below
    old = team.check_team(
        people,
        BANDS,
        lambda r: floor_in_force(wages, r, dt.date(2025, 6, 1)),
        regions=floor_regions(wages, "ID"),
        rate=RATE,
    )
    assert not bool(old.employees.iloc[0]["below_floor"]) and old.employees.iloc[0]["floor_year"] == 2025


@pytest.mark.parametrize(
    "pays",
    [
        [5_500_000, 4_800_000, 6_000_000],
        [1_000_000, 2_000_000, 3_000_000, 5_729_876, 5_729_875],
        [9 * JT],
    ],
)
def test_cost_to_floor_is_the_sum_of_shortfalls(pays):
    people = roster(*[(f"e{i}", "junior_staff", "DKI Jakarta", p) for i, p in enumerate(pays)])
    result = check(people)
    shortfalls = [max(0.0, 5_729_876 - p) for p in pays]
    assert result.costs.to_floor_month == pytest.approx(sum(shortfalls))
    assert result.costs.to_floor_year == pytest.approx(12 * sum(shortfalls))
    assert result.costs.to_floor_month == pytest.approx(result.employees["floor_shortfall"].sum())
    assert result.costs.below_floor == sum(s > 0 for s in shortfalls)
    band = [max(0.0, 5 * JT - p) for p in pays]
    assert result.costs.to_band_month == pytest.approx(sum(band))


def test_fixture_team_counts_and_totals(wages):
    people = read_roster(roster_bytes(), "team.csv").roster
    result = team.check_team(
        people,
        BANDS,
        lambda r: floor_in_force(wages, r, CHECK_DATE),
        regions=floor_regions(wages, "ID"),
        rate=RATE,
    )
    assert len(result.employees) == EXPECTED["headcount"]
    assert result.costs.below_floor == EXPECTED["below_floor"]
    assert result.costs.below_band == EXPECTED["below_band"]
    assert (result.employees["position"] == "above").sum() == EXPECTED["above_band"]
    assert result.costs.to_floor_month == pytest.approx(EXPECTED["floor_month"])
    assert result.costs.to_band_month == pytest.approx(EXPECTED["band_month"])
    lv = result.levels.set_index("level")
    assert lv.loc["junior_staff", ["headcount", "below_floor", "below_band", "above_band"]].tolist() == [4, 2, 1, 1]
    assert lv.loc["junior_staff", "mean_compa_ratio"] == pytest.approx((5.5 + 6 + 4.8 + 7.2) / 4 / 6)
    assert lv["headcount"].sum() == 12
    assert set(result.floors) == {"DKI Jakarta", "Jawa Barat"}  # "Jakarta" in the roster found DKI Jakarta


def test_level_without_band_and_region_without_floor():
    people = roster(("m", "manager", "DKI Jakarta", 20 * JT), ("x", "junior_staff", "Atlantis", 6 * JT))
    result = check(people)
    e = result.employees.set_index("employee")
    assert e.at["m", "position"] == "no_band" and pd.isna(e.at["m", "compa_ratio"])
    assert e.at["m", "band_shortfall"] == 0
    assert pd.isna(e.at["x", "below_floor"]) and e.at["x", "floor_shortfall"] == 0
    assert result.unknown_regions == ["Atlantis"]
    assert result.costs.below_floor == 0


def test_us_hourly_roster_against_state_floor_and_idr_bands_converts_with_rate_and_hours(wages):
    """A dollar roster paid per hour, bands in Rp per month: everything in US$ per month, conversions listed."""
    people = roster(("Ann", "junior_staff", "California", 16.00), currency="USD", period="hour")
    on = dt.date(2026, 3, 1)
    result = team.check_team(
        people,
        BANDS,
        lambda r: floor_in_force(wages, r, on),
        regions=floor_regions(wages, "US"),
        rate=RATE,
    )
    e = result.employees.iloc[0]
    hours_month = 2080 / 12
    assert result.currency == "USD"
    assert e["pay_month"] == pytest.approx(16.00 * hours_month)
    assert e["floor_month"] == pytest.approx(16.90 * hours_month)
    assert e["floor_shortfall"] == pytest.approx(0.90 * hours_month)
    assert e["band_mid"] == pytest.approx(6 * JT / 16_000)
    kinds = {what.split(":")[0] for what, _ in result.conversions}
    assert kinds == {"pay", "bands", "floor"}
    notes = [team.describe_conversion(w, u, "en") for w, u in result.conversions]
    assert any("Rp 16,000.00 / US$1 (2026)" in n for n in notes)
    assert all("2,080 h/yr" in n for n in notes if not n.startswith("Bands"))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("DKI Jakarta", "DKI Jakarta"),
        ("dki jakarta", "DKI Jakarta"),
        ("Jakarta", "DKI Jakarta"),
        ("Provinsi Jawa Barat", "Jawa Barat"),
        ("  jawa barat ", "Jawa Barat"),
        ("Yogyakarta", "DI Yogyakarta"),
        ("california", "California"),
        ("Atlantis", None),
    ],
)
def test_resolve_region(value, expected, wages):
    regions = floor_regions(wages, "ID") + floor_regions(wages, "US")
    assert team.resolve_region(value, regions) == expected


# ---------- pay gap ----------
def gap_roster(groups: dict[str, list[float]], level="junior_staff"):
    people = [(f"{g}{i}", level, "DKI Jakarta", p, g) for g, pays in groups.items() for i, p in enumerate(pays)]
    return check(roster(*people)).employees


def test_a_group_of_four_is_not_shown():
    emp = gap_roster({"F": [6 * JT] * 4, "M": [6 * JT] * 6})
    gap = team.pay_gap(emp)
    assert gap.table.empty
    assert set(gap.suppressed) == {"all", "junior_staff"}
    assert "F" not in set(team.gap_table(gap, "IDR", "en")["Group"])


def test_a_group_of_five_is_shown():
    gap = team.pay_gap(gap_roster({"F": [6 * JT] * 5, "M": [6 * JT] * 5}))
    assert set(gap.table["group"]) == {"F", "M"} and gap.suppressed == []
    assert set(gap.table["n"]) == {5}


@pytest.mark.parametrize(
    "f_pay, gap_pct, flagged",
    [
        (5.7 * JT, 5.0, True),  # exactly 5 %: the directive's trigger
        (5.71 * JT, 4.833, False),
        (6.0 * JT, 0.0, False),
        (4.8 * JT, 20.0, True),
    ],
)
def test_gap_flagged_at_five_percent(f_pay, gap_pct, flagged):
    gap = team.pay_gap(gap_roster({"F": [f_pay] * 5, "M": [6 * JT] * 5}))
    f = gap.table[(gap.table["scope"] == "all") & (gap.table["group"] == "F")].iloc[0]
    assert f["gap_mean"] * 100 == pytest.approx(gap_pct, abs=1e-3)
    assert f["gap_median"] * 100 == pytest.approx(gap_pct, abs=1e-3)
    assert bool(f["flagged"]) is flagged
    assert gap.reference["all"] == ("M" if gap_pct else "F")  # a tie: the first group


def test_gap_per_level_and_overall_with_median_and_mean_compa():
    emp = pd.concat(
        [
            gap_roster({"F": [5 * JT, 5 * JT, 6 * JT, 6 * JT, 7 * JT], "M": [6 * JT] * 5}),
            gap_roster({"F": [8 * JT] * 5, "M": [8 * JT] * 5}, level="senior_staff"),
        ],
        ignore_index=True,
    )
    g = team.pay_gap(emp).table.set_index(["scope", "group"])
    assert g.loc[("junior_staff", "F"), "median_pay"] == 6 * JT
    assert g.loc[("junior_staff", "F"), "mean_compa_ratio"] == pytest.approx(5.8 / 6)
    assert g.loc[("senior_staff", "F"), "gap_mean"] == pytest.approx(0)
    assert g.loc[("all", "F"), "n"] == 10


# ---------- tables, export, chart ----------
def test_tables_in_both_languages():
    result = check(roster(("x", "junior_staff", "DKI Jakarta", 5.5 * JT)))
    en, id_ = team.employee_table(result, "en"), team.employee_table(result, "id")
    assert "Pay (Rp/month)" in en.columns and "Gaji (Rp/bulan)" in id_.columns
    assert en["Below minimum wage"].iloc[0] == "yes" and id_["Di bawah upah minimum"].iloc[0] == "ya"
    assert team.levels_table(result, "id")["Jenjang"].iloc[0] == "Staf junior"
    costs = team.summary_sentences(result, "id")
    assert costs["floor_month"] == "Rp 229.876/bulan" and costs["floor_year"] == "Rp 2.758.512/tahun"


def test_export_is_formula_safe_and_names_its_sources(wages):
    from salary_explorer.core import export

    people = roster(("=HYPERLINK(1)", "junior_staff", "DKI Jakarta", 5.5 * JT))
    result = team.check_team(
        people,
        BANDS,
        lambda r: floor_in_force(wages, r, CHECK_DATE),
        regions=floor_regions(wages, "ID"),
        rate=RATE,
    )
    frame = team.export_frame(result, "my bands", CHECK_DATE)
    out = pd.read_csv(io.BytesIO(export.to_csv_bytes(frame)), encoding="utf-8-sig")
    assert out.at[0, "employee"] == "'=HYPERLINK(1)"
    assert out.at[0, "floor_shortfall"] == pytest.approx(229_876)
    assert out.at[0, "band_set"] == "my bands" and out.at[0, "floor_year"] == 2026
    assert "PP No. 49 Tahun 2025" in out.at[0, "floor_legal_basis"]
    sheets = team.export_sheets(result, None, "team.csv", "my bands", CHECK_DATE)
    prov = sheets["provenance"].set_index("item")["detail"]
    assert "2026" in prov["floor:DKI Jakarta"] and prov["roster"] == "team.csv"
    book = pd.read_excel(io.BytesIO(export.sheets_to_xlsx_bytes(sheets)), sheet_name=None)
    assert set(book) == {"employees", "levels", "costs", "provenance"}
    assert book["costs"].set_index("measure").at["to_floor", "per_year"] == pytest.approx(12 * 229_876)


def test_chart_draws_every_employee_and_bins_a_big_team():
    small = check(roster(*[(f"e{i}", "junior_staff", "DKI Jakarta", 5 * JT + i * 1000) for i in range(30)]))
    dots, binned = team.chart_frame(small)
    assert len(dots) == 30 and not binned
    spec = team.team_chart(small, "id").to_dict()
    assert spec["config"]["locale"]["number"]["thousands"] == "."
    big = check(roster(*[(f"e{i}", "junior_staff", "DKI Jakarta", 5 * JT + i) for i in range(3000)]))
    dots, binned = team.chart_frame(big)
    assert binned and len(dots) <= 61 * 4 and dots["count"].sum() == 3000


@pytest.mark.parametrize("lang", ["en", "id"])
def test_team_view_of_the_fixture_team(lang, wages):
    people = read_roster(roster_bytes(), "tim jakarta.csv").roster
    rates = load.load_exchange_rates()
    view = team.team_view(
        people,
        BANDS,
        wages,
        on=CHECK_DATE,
        rate=money.rate_for_year(rates, 2026),
        hours=money.DEFAULT_HOURS,
        lang=lang,
        roster_name="tim jakarta.csv",
        band_set="bands-page",
        with_gap=True,
    )
    assert view.metrics == {"headcount": "12", "below_floor": "2", "below_band": "1", "above_band": "2"}
    expected = {
        "en": ("Rp 1,159,752/mo", "Rp 13,917,024/yr", "Rp 200,000/mo"),
        "id": ("Rp 1.159.752/bulan", "Rp 13.917.024/tahun", "Rp 200.000/bulan"),
    }[lang]
    assert (view.costs["floor_month"], view.costs["floor_year"], view.costs["band_month"]) == expected
    assert view.gap_flagged == 1 and view.gap_suppressed.count(",") == 2  # three levels of 2 + 2
    assert view.csv_name == "team-check_roster-tim-jakarta_bands-bands-page.csv"
    assert view.xlsx_name.endswith(".xlsx") and view.xlsx()[:2] == b"PK" and view.csv()[:3] == b"\xef\xbb\xbf"
    assert len(view.floor_notes) == 2 and all("2026" in n for n in view.floor_notes)
    assert view.conversion_notes == []  # roster, bands and floors all in Rp per month
