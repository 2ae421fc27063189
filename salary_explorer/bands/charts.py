"""Altair chart of the HR's bands beside the market ranges, one row per level.

The data is already one row per band and per market range (a dozen rows), so
nothing needs aggregating; money in tooltips is preformatted with ``format_money``
and the axis labels follow the same style (``Rp 5 jt``, ``$12.83``).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..core.charting import axis_label_expr, finish
from ..core.i18n import t
from ..core.money import PERIOD_SUFFIX, format_money
from .ladder import BAND_LEVELS, MarketRange, tidy


def chart_data(
    bands: pd.DataFrame,
    market: dict[str, MarketRange],
    lang: str,
    currency: str,
    period: str,
    overall: MarketRange | None = None,
    overall_label: str | None = None,
) -> pd.DataFrame:
    """One row per bar: the row label, series (band / market), ends, midpoint and their formatted texts."""

    def money(x):
        return format_money(x, currency, lang, period)

    rows = []
    for _, band in tidy(bands).iterrows():
        if band["level"] in BAND_LEVELS and pd.notna(band["band_min"]) and pd.notna(band["band_max"]):
            rows.append(
                (
                    t(f"level.{band['level']}", lang),
                    t("band.chart.band", lang),
                    band["band_min"],
                    band["band_mid"],
                    band["band_max"],
                )
            )
    for level, rng in market.items():
        if rng.low is not None and rng.high is not None:
            rows.append((t(f"level.{level}", lang), t("band.chart.market", lang), rng.low, rng.mid, rng.high))
    if overall is not None and overall.low is not None and overall.high is not None:
        rows.append((overall_label or "", t("band.chart.market", lang), overall.low, overall.mid, overall.high))
    df = pd.DataFrame(rows, columns=["row", "series", "low", "mid", "high"])
    for col in ("low", "mid", "high"):
        df[col + "_text"] = df[col].map(money)
    return df


def bands_chart(
    data: pd.DataFrame, lang: str, currency: str, period: str, minimum_wage: float | None = None
) -> alt.Chart:
    """Horizontal bars: the band and the market range side by side for each level, midpoints as ticks."""
    order = list(dict.fromkeys(data["row"]))
    series = [t("band.chart.band", lang), t("band.chart.market", lang)]
    unit = f"{currency}{PERIOD_SUFFIX.get(lang, PERIOD_SUFFIX['en'])[period]}"
    top = max([float(data["high"].max()) if len(data) else 0.0, minimum_wage or 0.0])
    x_axis = alt.Axis(title=unit, labelExpr=axis_label_expr(currency, lang, top), tickCount=6)
    y = alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=220))
    color = alt.Color(
        "series:N",
        scale=alt.Scale(domain=series, range=["#1f77b4", "#bbbbbb"]),
        legend=alt.Legend(title=None, orient="top"),
    )
    tooltip = [
        alt.Tooltip("row:N", title=t("common.level", lang)),
        alt.Tooltip("series:N", title=t("band.chart.series", lang)),
        alt.Tooltip("low_text:N", title=t("common.min", lang)),
        alt.Tooltip("mid_text:N", title=t("common.midpoint", lang)),
        alt.Tooltip("high_text:N", title=t("common.max", lang)),
    ]
    base = alt.Chart(data).encode(y=y, yOffset=alt.YOffset("series:N", sort=series), color=color, tooltip=tooltip)
    bars = base.mark_bar(height=12).encode(x=alt.X("low:Q", axis=x_axis), x2="high:Q")
    mids = base.mark_tick(thickness=2, size=16).encode(x="mid:Q", color=alt.value("black"))
    layers = [bars, mids]
    if minimum_wage is not None:
        floor = pd.DataFrame(
            {
                "x": [minimum_wage],
                "label": [t("band.chart.minwage", lang)],
                "text": [format_money(minimum_wage, currency, lang, period)],
            }
        )
        rule = (
            alt.Chart(floor)
            .mark_rule(color="#d62728", strokeDash=[4, 3])
            .encode(x="x:Q", tooltip=[alt.Tooltip("label:N", title=" "), alt.Tooltip("text:N", title=" ")])
        )
        label = (
            alt.Chart(floor)
            .mark_text(align="left", dx=4, dy=-6, color="#d62728", baseline="bottom")
            .encode(x="x:Q", y=alt.value(0), text="label:N")
        )
        layers += [rule, label]
    return finish(alt.layer(*layers).properties(height=alt.Step(34), title=t("band.chart.title", lang)), lang)
