"""Charts of a structure: the scale per golongan (min-max bars, midpoint ticks, the floor as a rule) and,
for the points method, the jobs as a scatter with the pay line. A structure is a few dozen rows at most:
nothing to aggregate."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..core.charting import axis_label_expr, finish
from ..core.i18n import t
from .build import Structure
from .text import rp


def _money_axis(title: str, lang: str, top: float) -> alt.Axis:
    return alt.Axis(title=title, labelExpr=axis_label_expr("IDR", lang, top), tickCount=6)


def scale_chart(structure: Structure, lang: str, floor: float | None = None) -> alt.Chart:
    g = structure.grades
    data = pd.DataFrame(
        {
            "grade": g["grade"].astype(str),
            "min": g["min"],
            "mid": g["mid"],
            "max": g["max"],
            "min_text": [rp(v, lang) for v in g["min"]],
            "mid_text": [rp(v, lang) for v in g["mid"]],
            "max_text": [rp(v, lang) for v in g["max"]],
        }
    )
    top = float(g["max"].max())
    y = alt.Y("grade:N", title=t("structure.col.grade", lang), sort=list(data["grade"]))
    tips = [
        alt.Tooltip("grade:N", title=t("structure.col.grade", lang)),
        alt.Tooltip("min_text:N", title=t("structure.col.min", lang)),
        alt.Tooltip("mid_text:N", title=t("structure.col.mid", lang)),
        alt.Tooltip("max_text:N", title=t("structure.col.max", lang)),
    ]
    base = alt.Chart(data)
    bars = base.mark_bar(height=14, color="#4c78a8", opacity=0.75).encode(
        x=alt.X("min:Q", axis=_money_axis(t("structure.chart.pay", lang), lang, top)), x2="max:Q", y=y, tooltip=tips
    )
    ticks = base.mark_tick(color="#222", thickness=2, size=18).encode(x="mid:Q", y=y, tooltip=tips)
    layers = [bars, ticks]
    if floor:
        rule = pd.DataFrame({"floor": [floor], "text": [rp(floor, lang)]})
        layers.append(
            alt.Chart(rule).mark_rule(color="#d62728", strokeDash=[4, 3]).encode(x="floor:Q", tooltip="text:N")
        )
    chart = alt.layer(*layers).properties(height=max(120, 32 * len(data)), title=t("structure.chart.scale_title", lang))
    return finish(chart, lang)


def points_chart(structure: Structure, lang: str) -> alt.Chart:
    """Jobs (points, current basic pay) as dots; the grade midpoints at their interval centres as the line."""
    jobs, intervals = structure.jobs, structure.intervals
    dots = pd.DataFrame(
        {
            "points": jobs["points"],
            "pay": jobs["pay"],
            "job": jobs["job"],
            "pay_text": [rp(v, lang) for v in jobs["pay"]],
            "grade": jobs["grade"].astype(str),
        }
    )
    g = structure.grades
    xs = [intervals.centre(int(n)) for n in g["grade"]]
    ys = [float(v) for v in g["mid"]]
    labels = [str(n) for n in g["grade"]]
    if structure.line is not None and structure.line.method == "least_squares":  # the fitted line end to end
        low, high = float(jobs["points"].min()), float(jobs["points"].max())
        xs, ys, labels = [low, *xs, high], [structure.line.at(low), *ys, structure.line.at(high)], ["", *labels, ""]
    line = pd.DataFrame({"points": xs, "pay": ys, "pay_text": [rp(v, lang) for v in ys], "grade": labels})
    top = float(max(dots["pay"].max(), line["pay"].max()))
    x = alt.X("points:Q", title=t("structure.chart.points", lang), axis=alt.Axis(tickCount=8))
    y = alt.Y("pay:Q", axis=_money_axis(t("structure.chart.pay", lang), lang, top))
    scatter = (
        alt.Chart(dots)
        .mark_circle(size=70, color="#4c78a8")
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("job:N", title=t("structure.chart.job", lang)),
                alt.Tooltip("points:Q", title=t("structure.chart.points", lang)),
                alt.Tooltip("pay_text:N", title=t("structure.chart.pay", lang)),
                alt.Tooltip("grade:N", title=t("structure.col.grade", lang)),
            ],
        )
    )
    mids = (
        alt.Chart(line)
        .mark_line(color="#d62728", point=True)
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("grade:N", title=t("structure.col.grade", lang)),
                alt.Tooltip("pay_text:N", title=t("structure.col.mid", lang)),
            ],
        )
    )
    chart = alt.layer(scatter, mids).properties(height=340, title=t("structure.chart.title", lang))
    return finish(chart, lang)
