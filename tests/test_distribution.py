"""OEWS distributions: placing an offer between published percentiles, flags honoured, small chart tables."""

import math

import pandas as pd
import pytest

from salary_explorer.core import load
from salary_explorer.pay import distribution as dist
from salary_explorer.pay import distribution_charts as charts
from salary_explorer.pay.distribution import Point


@pytest.fixture(scope="module")
def national():
    return load.load_oews("national")


def _points(national, year, basis="hour"):
    return dist.points(national.set_index("year").loc[year], basis)


@pytest.mark.parametrize(
    "offer, year, basis, lang, pct, lower, upper, text",
    [
        pytest.param(
            18.00,
            2025,
            "hour",
            "en",
            26.84,
            25,
            50,
            "between P25 $17.72/hr and the median $21.53/hr, about the 27th percentile",
            id="issue-worked-example",
        ),
        pytest.param(
            18.00,
            2025,
            "hour",
            "id",
            26.84,
            25,
            50,
            "antara P25 US$17,72/jam dan median US$21,53/jam, sekitar persentil ke-27",
            id="issue-worked-example-id",
        ),
        pytest.param(10.00, 2025, "hour", "en", None, None, 10, "below P10 $15.27/hr", id="below-p10"),
        pytest.param(31.00, 2025, "hour", "en", None, 90, None, "above P90 $30.57/hr", id="above-p90"),
        pytest.param(21.53, 2025, "hour", "en", 50.0, 50, 50, "exactly at the median $21.53/hr", id="at-median"),
        pytest.param(
            27.73,
            2025,
            "hour",
            "en",
            82.5,
            75,
            90,
            "between P75 $24.89/hr and P90 $30.57/hr, about the 83rd percentile",
            id="p75-p90",
        ),
        pytest.param(
            40000,
            2024,
            "year",
            "en",
            25 + 4030 / 6860 * 25,
            25,
            50,
            "between P25 $35,970/yr and the median $42,830/yr, about the 40th percentile",
            id="annual-2024",
        ),
        pytest.param(
            15.00,
            2022,
            "hour",
            "en",
            10 + 1.54 / 1.70 * 15,
            10,
            25,
            "between P10 $13.46/hr and P25 $15.16/hr, about the 24th percentile",
            id="2022",
        ),
    ],
)
def test_place_in_distribution(national, offer, year, basis, lang, pct, lower, upper, text):
    placed = dist.place_in_distribution(offer, _points(national, year, basis), basis, lang)
    assert placed.percentile == (None if pct is None else pytest.approx(pct, abs=0.01))
    assert (placed.lower.pct if placed.lower else None, placed.upper.pct if placed.upper else None) == (lower, upper)
    assert placed.text == text


@pytest.mark.parametrize(
    "n, expected", [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (22, "22nd"), (27, "27th")]
)
def test_english_ordinals(n, expected):
    assert dist.ordinal(n, "en") == f"the {expected} percentile"


FLAGGED = [Point(10, 20.0), Point(25, None, "*"), Point(50, 40.0), Point(75, None, "#"), Point(90, None, "#")]


@pytest.mark.parametrize(
    "offer, pct, text",
    [
        pytest.param(30.0, 10 + 10 / 20 * 40, "between P10 $30.00", id="suppressed-p25-skipped"),
        pytest.param(
            60.0,
            None,
            "above the median $40.00/hr, below P75 (above the BLS top code of $115.00/hr)",
            id="topcoded-upper",
        ),
        pytest.param(120.0, None, "above P90 (above the BLS top code of $115.00/hr)", id="above-topcode"),
    ],
)
def test_flags_are_honoured(offer, pct, text):
    placed = dist.place_in_distribution(offer, FLAGGED, "hour", "en")
    assert placed.percentile == (None if pct is None else pytest.approx(pct))
    if text.startswith("between"):
        assert "P10 $20.00/hr and the median $40.00/hr" in placed.text  # P25 suppressed: never used
    else:
        assert placed.text == text


def test_points_read_flags_from_loaded_columns():
    row = pd.Series(
        {
            "h_pct10": 10.0,
            "h_pct10_flag": "",
            "h_pct25": math.nan,
            "h_pct25_flag": "*",
            "h_median": math.nan,
            "h_median_flag": "#",
            "h_pct75": math.nan,
            "h_pct75_flag": "",
            "h_pct90": 30.0,
            "h_pct90_flag": "",
        }
    )
    pts = dist.points(row, "hour")
    assert [(p.pct, p.value, p.flag) for p in pts] == [
        (10, 10.0, ""),
        (25, None, "*"),
        (50, None, "#"),
        (75, None, ""),
        (90, 30.0, ""),
    ]


@pytest.mark.parametrize("offer", [-1, math.nan, None])
def test_bad_offer(offer):
    with pytest.raises(ValueError):
        dist.place_in_distribution(offer, FLAGGED)


def test_all_suppressed_is_a_value_error():
    with pytest.raises(ValueError):
        dist.place_in_distribution(10, [Point(p, None, "*") for p in dist.PERCENTILES])


def test_flagged_values_load_as_missing_with_the_flag_kept(tmp_path):
    path = load.DATA_DIR / "oews_national.csv"
    df = load.read_text_csv(path)
    df.loc[0, "h_pct90"], df.loc[0, "tot_emp"], df.loc[1, "a_pct75"] = "#", "**", "*"
    df.to_csv(tmp_path / "oews_national.csv", index=False)
    loaded = load.load_oews("national", tmp_path)
    assert math.isnan(loaded.loc[0, "h_pct90"]) and loaded.loc[0, "h_pct90_flag"] == "#"
    assert math.isnan(loaded.loc[0, "tot_emp"]) and loaded.loc[0, "tot_emp_flag"] == "**"
    assert loaded.loc[1, "a_pct75_flag"] == "*"
    table = dist.percentile_table(loaded, "hour", "en")
    assert "above $115.00/hr (#)" in set(table.iloc[-1]) and "not published (**)" in set(table.iloc[-1])


@pytest.mark.parametrize("row, column, value", [(2, "h_median", "about 20"), (3, "tot_emp", "*"), (4, "year", "May")])
def test_broken_oews_file_names_row_and_column(tmp_path, row, column, value):
    df = load.read_text_csv(load.DATA_DIR / "oews_national.csv")
    df.loc[row - 2, column] = value
    df.to_csv(tmp_path / "oews_national.csv", index=False)
    with pytest.raises(load.SchemaError) as err:
        load.load_oews("national", tmp_path)
    assert (err.value.problems[0].row, err.value.problems[0].column) == (row, column)


def test_sector_and_state_tables_are_sorted_and_small():
    sectors = dist.sector_table(load.load_oews("sector"), "hour", "en")
    assert len(sectors) == 20 and sectors["p50"].is_monotonic_decreasing
    assert sectors.iloc[0]["sector"] == "Utilities" and sectors.iloc[0]["p50_text"] == "$28.14/hr"
    states = dist.state_table(load.load_oews("state"), "en")
    assert len(states) == 51 and states["median"].is_monotonic_decreasing
    assert states.iloc[0]["state"] == "District of Columbia" and states.iloc[-1]["state"] == "Mississippi"


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("basis", ["hour", "year"])
def test_charts_get_aggregated_rows_only(national, lang, basis):
    series = dist.percentile_series(national, basis, lang)
    assert len(series) == 20 and set(series["year"]) == {2022, 2023, 2024, 2025}
    specs = [
        charts.percentile_chart(series, basis, lang).to_dict(),
        charts.sector_chart(dist.sector_table(load.load_oews("sector"), basis, lang), basis, lang).to_dict(),
        charts.state_chart(dist.state_table(load.load_oews("state"), lang), lang).to_dict(),
    ]
    assert [sum(len(v) for v in s["datasets"].values()) for s in specs] == [20, 20, 51]


def test_state_chart_labels_median_and_mean_as_different_statistics():
    spec = charts.state_chart(dist.state_table(load.load_oews("state"), "en"), "en").to_dict()
    assert spec["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["Annual median (OEWS)", "Annual mean (OEWS)"]


def test_distribution_row_national_or_sector(national):
    sectors = load.load_oews("sector")
    assert dist.distribution_row(national, sectors, 2025, "")["h_median"] == 21.53
    assert dist.distribution_row(national, sectors, 2025, "Retail Trade")["h_median"] == 17.49
    with pytest.raises(KeyError):
        dist.distribution_row(national, sectors, 2019, "")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("basis", ["hour", "year"])
def test_us_pay_view(lang, basis):
    from salary_explorer.pay.us_view import us_pay_view

    view = us_pay_view(load.load_oews("national"), load.load_oews("sector"), load.load_oews("state"), basis, lang)
    assert len(view.years_table) == 4 and len(view.sector_table) == 20 and len(view.state_table) == 51
    may = "Mei 2024" if lang == "id" else "May 2024"
    assert view.sector_survey == may and view.state_survey == may
    unit = {"hour": {"en": "/hr", "id": "/jam"}, "year": {"en": "/yr", "id": "/tahun"}}[basis][lang]
    assert view.years_table.iloc[0].iloc[2].endswith(unit)
    assert any("national_M2025_dl.xlsx" in s for s in view.sources)


def test_us_pay_view_rejects_unknown_basis():
    from salary_explorer.pay.us_view import us_pay_view

    with pytest.raises(ValueError):
        us_pay_view(load.load_oews("national"), load.load_oews("sector"), load.load_oews("state"), "month", "en")
