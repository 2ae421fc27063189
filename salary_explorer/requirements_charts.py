"""The education ladder as an Altair chart: one row per role, levels on an ordered axis."""
from __future__ import annotations

import altair as alt
import pandas as pd

from .i18n import t
from .requirements import EDUCATION_SCALE, short_names

AXIS_LEVELS = ("not_stated", *EDUCATION_SCALE)  # "not stated" sits apart, left of the ladder


def education_ladder_chart(ladder: pd.DataFrame, templates: pd.DataFrame, lang: str) -> alt.Chart:
    """A filled dot at each role's minimum; a hollow dot and a line up to the highest level
    some employers ask for. ``ladder`` is ``requirements.education_ladder()`` (one row per role)."""
    names = short_names(templates, lang)
    level = {lv: t(f"req.edu.{lv}", lang) for lv in AXIS_LEVELS}
    note_col = "higher_education_note_id" if lang == "id" else "higher_education_note_en"
    role, minimum, top, note = (t("req.col.template", lang), t("req.edu.minimum", lang),
                                t("req.edu.top", lang), t("req.edu.note", lang))
    wide = pd.DataFrame({
        role: ladder["template_id"].map(names),
        minimum: ladder["min_education"].map(level),
        top: ladder["top"].map(level),
        note: ladder[note_col].fillna(""),
    })
    raised = wide[wide[minimum] != wide[top]]  # a hollow dot only where some employers ask for more
    long = pd.concat([wide[[role, note]].assign(kind=minimum, level=wide[minimum]),
                      raised[[role, note]].assign(kind=top, level=raised[top])], ignore_index=True)
    x_scale = alt.Scale(domain=[level[lv] for lv in AXIS_LEVELS], type="point", padding=0.4)
    y = alt.Y(f"{role}:N", sort=list(wide[role]), title=None, axis=alt.Axis(labelLimit=260))
    x = alt.X("level:O", scale=x_scale, title=t("req.edu.level", lang),
              axis=alt.Axis(labelAngle=0, labelLimit=200))
    rule = alt.Chart(wide).mark_rule(strokeWidth=3, color="#9aa5b1").encode(
        y=y, x=alt.X(f"{minimum}:O", scale=x_scale), x2=f"{top}:O")
    dots = alt.Chart(long).mark_point(size=180, strokeWidth=2.5, opacity=1).encode(
        y=y, x=x,
        shape=alt.Shape("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["circle", "circle"])),
        fill=alt.Fill("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["#1f6feb", "white"])),
        color=alt.Color("kind:N", title=None, scale=alt.Scale(domain=[minimum, top], range=["#1f6feb", "#1f6feb"])),
        tooltip=[alt.Tooltip(f"{role}:N"), alt.Tooltip("kind:N", title=" "),
                 alt.Tooltip("level:N", title=t("req.edu.level", lang)), alt.Tooltip(f"{note}:N")],
    )
    return alt.layer(rule, dots).properties(height=34 * len(wide)).configure_legend(orient="top")
