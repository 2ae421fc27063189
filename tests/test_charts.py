"""Altair builders, checked through ``to_dict()``: aggregated data, formatted tooltips, locale-aware axes."""

import pytest

from salary_explorer.core import load, offers
from salary_explorer.core.charting import axis_label_expr
from salary_explorer.pay import charts
from salary_explorer.pay import views as sv


def _data(spec):
    return next(iter(spec["datasets"].values()))


def _layers(spec):
    return {
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]: layer for layer in spec["layer"]
    }


def test_level_chart_one_bar_per_level_in_order_with_formatted_tooltips(rows, rates):
    table = sv.range_table(sv.level_rows(rows), "level", sv.RANGE_LEVELS, "IDR", "month", rates, "id")
    spec = charts.range_chart(table, "IDR", "month", "id").to_dict()
    data = _data(spec)
    assert len(data) == 6  # aggregated: one row per level, not raw records
    bar = _layers(spec)["bar"]
    assert bar["encoding"]["y"]["sort"] == [
        "Staf magang",
        "Staf junior",
        "Staf senior",
        "Spesialis",
        "Supervisor",
        "Manajer",
    ]
    assert bar["encoding"]["x2"]["field"] == "hi"
    tooltip_fields = [tip["field"] for tip in bar["encoding"]["tooltip"]]
    assert {"lo_text", "mid_text", "hi_text", "year", "source_title"} <= set(tooltip_fields)
    assert data[0]["lo_text"] == "Rp 1.100.000/bulan" and data[0]["year"] == "tahun tidak disebut"
    assert "legend" in bar["encoding"]["color"] and bar["encoding"]["color"]["legend"] is None  # one source: no legend
    assert spec["config"]["locale"]["number"]["thousands"] == "."
    assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}
    assert spec["width"] == "container"


def test_industry_chart_in_english_usd(rows, rates):
    table = sv.range_table(sv.industry_rows(rows), "industry", sv.RANGE_INDUSTRIES, "USD", "hour", rates, "en")
    spec = charts.range_chart(table, "USD", "hour", "en").to_dict()
    axis = _layers(spec)["bar"]["encoding"]["x"]["axis"]
    assert axis["title"] == "US dollar ($) per hour"
    assert "'$'" in axis["labelExpr"] and "1e+" not in axis["labelExpr"]  # small hourly values: no K/M unit
    assert {row["label"] for row in _data(spec)} == {
        "Banking",
        "Logistics",
        "Online shop (CS/admin)",
        "General CS staff",
    }


def test_comparison_chart_colours_by_country_with_legend(rows, rates):
    table = sv.comparison_table(sv.comparison_rows(rows, ["id-2019-general_staff"]), "IDR", "month", rates, "id")
    spec = charts.range_chart(table, "IDR", "month", "id", legend_title="Negara").to_dict()
    color = _layers(spec)["bar"]["encoding"]["color"]
    assert color["title"] == "Negara" and color["legend"]["orient"] == "bottom"
    assert "yOffset" not in _layers(spec)["bar"]["encoding"]  # one series per row: no empty slots


@pytest.mark.parametrize(
    "currency, lang, top, expected",
    [
        pytest.param("IDR", "id", 20e6, "' jt'", id="Rp 20 jt axis in juta"),
        pytest.param("IDR", "en", 20e6, "'M'", id="Rp 20M axis in English"),
        pytest.param("IDR", "id", 40_000, "' rb'", id="Rp 40 rb hourly axis in ribu"),
        pytest.param("USD", "en", 40_000, "'K'", id="$40K yearly axis"),
        pytest.param("USD", "id", 30, "'US$'", id="US$30 hourly, Indonesian symbol"),
    ],
)
def test_axis_label_expr(currency, lang, top, expected):
    assert expected in axis_label_expr(currency, lang, top)


def test_offer_chart_marks_range_midpoint_floor_and_offer(rows, rates):
    wages = load.load_minimum_wages()
    result = sv.check_offer_against(
        4_000_000,
        "IDR",
        "month",
        sv.reference_ranges(rows).loc["id-2019-banking"],
        offers.current_minimum_wage(wages, "DKI Jakarta"),
        rates,
    )
    spec = charts.offer_chart(sv.offer_marks(result, "en"), "IDR", "month", "en").to_dict()
    assert len(spec["layer"]) == 4
    rule = _layers(spec)["rule"]
    assert rule["encoding"]["color"]["scale"]["domain"] == ["Midpoint", "Minimum wage"]
    texts = [row.get("text") for data in spec["datasets"].values() for row in data]
    assert "Rp 4,000,000/mo" in texts and "Rp 5,729,876/mo" in texts
    x_domain = _layers(spec)["bar"]["encoding"]["x"]["scale"]["domain"]
    assert x_domain[0] == 0 and x_domain[1] > 7_000_000  # the maximum fits on the axis
