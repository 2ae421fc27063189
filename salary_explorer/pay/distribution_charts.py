"""Altair charts of the OEWS distributions; inputs are the small tables from ``pay.distribution``.

Each chart shows one kind of figure only (OEWS gross percentiles, or OEWS state
median and mean marked as different statistics); article ranges and BPS mean net
wages are never drawn on these axes.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..core.charting import finish, money_axis
from ..core.i18n import t

ROW_HEIGHT = 26
PCT_COLORS = ["#9ecae1", "#4292c6", "#08306b", "#4292c6", "#9ecae1"]


def percentile_chart(series: pd.DataFrame, basis: str, lang: str) -> alt.Chart:
    """P10-P90 over the survey years: one line per published percentile (suppressed points left out)."""
    data = series.dropna(subset=["value"])[["year", "survey", "pct", "percentile", "value", "text", "employment"]]
    order = list(dict.fromkeys(data.sort_values("pct", ascending=False)["percentile"]))
    top = float(data["value"].max()) * 1.05 if len(data) else 1.0
    tooltip = [
        alt.Tooltip("survey:N", title=t("common.year", lang)),
        alt.Tooltip("percentile:N", title=t("dist.chart.percentile", lang)),
        alt.Tooltip("text:N", title=t("dist.chart.pay", lang)),
        alt.Tooltip("employment:N", title=t("dist.col.employment", lang)),
    ]
    chart = (
        alt.Chart(data)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("year:O", title=t("dist.chart.survey", lang), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", axis=money_axis("USD", basis, lang, top), scale=alt.Scale(zero=False)),
            color=alt.Color(
                "percentile:N",
                sort=order,
                title=t("dist.chart.percentile", lang),
                scale=alt.Scale(domain=order, range=PCT_COLORS[: len(order)]),
                legend=alt.Legend(orient="right"),
            ),
            strokeDash=alt.condition(alt.datum.pct == 50, alt.value([1, 0]), alt.value([4, 3])),
            tooltip=tooltip,
        )
        .properties(width="container", height=300)
    )
    return finish(chart, lang)


def sector_chart(table: pd.DataFrame, basis: str, lang: str) -> alt.Chart:
    """One line per sector: a thin P10-P90 bar, a thick P25-P75 bar and the median tick, sorted by median."""
    data = table.copy()
    order = list(data["sector"])
    top = float(data[["p90", "p75", "p50"]].max().max()) * 1.05 if len(data) else 1.0
    y = alt.Y("sector:N", sort=order, title=None, axis=alt.Axis(labelLimit=260))
    x_axis = money_axis("USD", basis, lang, top)
    tooltip = [
        alt.Tooltip("sector:N", title=t("dist.chart.sector", lang)),
        alt.Tooltip("p10_text:N", title="P10"),
        alt.Tooltip("p25_text:N", title="P25"),
        alt.Tooltip("p50_text:N", title=t("dist.median_label", lang)),
        alt.Tooltip("p75_text:N", title="P75"),
        alt.Tooltip("p90_text:N", title="P90"),
        alt.Tooltip("employment:N", title=t("dist.col.employment", lang)),
        alt.Tooltip("survey:N", title=t("common.year", lang)),
    ]
    base = alt.Chart(data)
    outer = base.mark_bar(height=4, color="#9ecae1").encode(
        y=y, x=alt.X("p10:Q", axis=x_axis, scale=alt.Scale(zero=False)), x2="p90:Q", tooltip=tooltip
    )
    inner = base.mark_bar(height=12, color="#4292c6").encode(y=y, x="p25:Q", x2="p75:Q", tooltip=tooltip)
    median = base.mark_tick(thickness=3, size=18, color="#08306b").encode(y=y, x="p50:Q", tooltip=tooltip)
    chart = alt.layer(outer, inner, median).properties(width="container", height=max(120, ROW_HEIGHT * len(order)))
    return finish(chart, lang)


def state_chart(table: pd.DataFrame, lang: str) -> alt.Chart:
    """States sorted by annual median (bars); the mean, a different statistic, as a separate marked point."""
    data = table.dropna(subset=["median"]).copy()
    order = list(data["state"])
    top = float(data[["median", "mean"]].max().max()) * 1.05 if len(data) else 1.0
    median_name, mean_name = t("dist.chart.state_median", lang), t("dist.chart.state_mean", lang)
    y = alt.Y("state:N", sort=order, title=None, axis=alt.Axis(labelLimit=200, labelOverlap=False))
    tooltip = [
        alt.Tooltip("state:N", title=t("dist.chart.state", lang)),
        alt.Tooltip("median_text:N", title=median_name),
        alt.Tooltip("mean_text:N", title=mean_name),
        alt.Tooltip("employment:N", title=t("dist.col.employment", lang)),
        alt.Tooltip("survey:N", title=t("common.year", lang)),
    ]
    data["median_name"], data["mean_name"] = median_name, mean_name
    color_scale = alt.Scale(domain=[median_name, mean_name], range=["#4292c6", "#d95f02"])
    base = alt.Chart(data)
    bars = base.mark_bar(height=10).encode(
        y=y,
        x=alt.X("median:Q", axis=money_axis("USD", "year", lang, top), scale=alt.Scale(domain=[0, top])),
        color=alt.Color("median_name:N", scale=color_scale, title=None, legend=alt.Legend(orient="bottom")),
        tooltip=tooltip,
    )
    means = base.mark_point(shape="diamond", filled=True, size=50).encode(
        y=y, x="mean:Q", color=alt.Color("mean_name:N", scale=color_scale, title=None), tooltip=tooltip
    )
    chart = alt.layer(bars, means).properties(width="container", height=max(120, 19 * len(order)))
    return finish(chart, lang)
