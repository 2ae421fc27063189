"""The bands-vs-market chart, checked through its Vega-Lite spec."""

from __future__ import annotations

import pandas as pd
import pytest

from salary_explorer.bands import charts as band_charts
from salary_explorer.bands import ladder as bands
from salary_explorer.bands.ladder import MarketRange


def sample(lang="id"):
    ladder = bands.tidy(
        pd.DataFrame(
            {
                "level": ["junior_staff", "senior_staff"],
                "band_min": [4e6, 5e6],
                "band_mid": [5e6, 6e6],
                "band_max": [6e6, 7e6],
                "currency": "IDR",
                "pay_period": "month",
            }
        )
    )
    market = {"junior_staff": MarketRange(2.2e6, None, 7e6), "senior_staff": MarketRange(3e6, None, 1e7)}
    return band_charts.chart_data(
        ladder, market, lang, "IDR", "month", MarketRange(5e6, None, 7e6), "Perbankan, semua jenjang"
    )


def test_chart_data_one_row_per_bar_with_formatted_money():
    data = sample()
    assert len(data) == 5  # 2 bands + 2 market ranges + the industry range
    junior_band = data[(data["row"] == "Staf junior") & (data["series"] == "Rentang Anda")].iloc[0]
    assert (junior_band.low_text, junior_band.mid_text, junior_band.high_text) == (
        "Rp 4.000.000/bulan",
        "Rp 5.000.000/bulan",
        "Rp 6.000.000/bulan",
    )
    industry = data[data["row"] == "Perbankan, semua jenjang"].iloc[0]
    assert (industry.series, industry.mid) == ("Rentang pasar", 6e6)


def test_chart_spec_layers_bars_midpoints_and_minimum_wage():
    spec = band_charts.bands_chart(sample(), "id", "IDR", "month", 5_396_761).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["bar", "tick", "rule", "text"]
    bar = spec["layer"][0]["encoding"]
    assert bar["x"]["field"] == "low" and bar["x2"]["field"] == "high"
    assert bar["y"]["sort"] == ["Staf junior", "Staf senior", "Perbankan, semua jenjang"]
    assert [tt["field"] for tt in bar["tooltip"]][-3:] == ["low_text", "mid_text", "high_text"]
    assert "jt" in bar["x"]["axis"]["labelExpr"]
    assert spec["title"] == "Rentang Anda di samping rentang pasar"
    data = next(iter(spec["datasets"].values()))
    assert len(data) == 5  # small: nothing raw goes to the browser


def test_chart_without_minimum_wage_has_two_layers():
    spec = band_charts.bands_chart(sample("en"), "en", "IDR", "month").to_dict()
    assert len(spec["layer"]) == 2


@pytest.mark.parametrize(
    "currency, lang, fragment",
    [
        pytest.param("IDR", "id", "' jt'", id="IDR id -> Rp 5 jt"),
        pytest.param("IDR", "en", "'M'", id="IDR en -> Rp 5M"),
        pytest.param("USD", "en", "'$'", id="USD en -> $12.83"),
        pytest.param("USD", "id", "'US$'", id="USD id -> US$12,83"),
    ],
)
def test_axis_labels_follow_money_format(currency, lang, fragment):
    spec = band_charts.bands_chart(sample(lang), lang, currency, "month").to_dict()
    assert fragment in spec["layer"][0]["encoding"]["x"]["axis"]["labelExpr"]
