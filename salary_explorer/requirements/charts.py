"""The education ladder as an Altair chart: one row per role, levels on an ordered axis."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from ..core.i18n import t
from .roles import EDUCATION_SCALE, short_names

AXIS_LEVELS = ("not_stated", *EDUCATION_SCALE)  # "not stated" sits apart, left of the ladder


def education_ladder_chart(ladder: pd.DataFrame, templates: pd.DataFrame, lang: str) -> alt.Chart:
    """A filled dot at each role's minimum; a hollow dot and a line up to the highest level
    some employers ask for. ``ladder`` is ``requirements.education_ladder()`` (one row per role)."""
    names = short_names(templates, lang)
    level = {lv: t(f"req.edu.{lv}", lang) for lv in AXIS_LEVELS}
    note_col = "higher_education_note_id" if lang == "id" else "higher_education_note_en"
    role, minimum, top, note = (
        t("req.col.template", lang),
        t("req.edu.minimum", lang),
        t("req.edu.top", lang),
        t("req.edu.note", lang),
    )
    wide = pd.DataFrame(
        {
            role: ladder["template_id"].map(names),
            minimum: ladder["min_education"].map(level),
            top: ladder["top"].map(level),
            note: ladder[note_col].fillna(""),
        }
    )
    rank = {level[lv]: i for i, lv in enumerate(AXIS_LEVELS)}  # a numeric axis keeps dots and labels aligned
    wide = wide.assign(min_pos=wide[minimum].map(rank), top_pos=wide[top].map(rank))
    raised = wide[wide[minimum] != wide[top]]  # a hollow dot only where some employers ask for more
    long = pd.concat(
        [
            wide[[role, note]].assign(kind=minimum, level=wide[minimum], pos=wide["min_pos"]),
            raised[[role, note]].assign(kind=top, level=raised[top], pos=raised["top_pos"]),
        ],
        ignore_index=True,
    )
    labels_js = json.dumps([level[lv] for lv in AXIS_LEVELS]) + "[datum.value]"  # JSON is a valid JS array
    x_scale = alt.Scale(domain=[-0.5, len(AXIS_LEVELS) - 0.5], nice=False, zero=False)
    x_axis = alt.Axis(
        values=list(range(len(AXIS_LEVELS))),
        labelExpr=labels_js,
        grid=True,
        labelAngle=0,
        labelLimit=200,
        title=t("req.edu.level", lang),
    )
    y = alt.Y(f"{role}:N", sort=list(wide[role]), title=None, axis=alt.Axis(labelLimit=260))
    rule = (
        alt.Chart(wide)
        .mark_rule(strokeWidth=3, color="#9aa5b1")
        .encode(y=y, x=alt.X("min_pos:Q", scale=x_scale, axis=x_axis), x2="top_pos:Q")
    )
    dots = (
        alt.Chart(long)
        .mark_point(size=180, strokeWidth=2.5, opacity=1)
        .encode(
            y=y,
            x=alt.X("pos:Q", scale=x_scale, axis=x_axis),
            shape=alt.Shape("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["circle", "circle"])),
            fill=alt.Fill("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["#1f6feb", "white"])),
            color=alt.Color("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["#1f6feb", "#1f6feb"])),
            tooltip=[
                alt.Tooltip(f"{role}:N"),
                alt.Tooltip("kind:N", title=" "),
                alt.Tooltip("level:N", title=t("req.edu.level", lang)),
                alt.Tooltip(f"{note}:N"),
            ],
        )
    )
    return alt.layer(rule, dots).properties(height=alt.Step(32)).configure_legend(orient="top", labelLimit=300)
