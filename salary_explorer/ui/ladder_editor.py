"""The bands page's ladder: the editable grid, and the quick-set form with its choices kept while it is shut."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..bands import state as band_states
from ..bands.ladder import ANCHOR_MODES, BAND_LEVELS, QUICK_METHODS
from .language import label_func, tr
from .views import _remember, _token, view


def band_editor(ladder) -> pd.DataFrame:
    """The ladder's table in an editable grid; a new ``ladder.version`` gives the editor a clean start.

    The grid hands back a new frame every run; it is the base with the editor's edits applied, so it is
    keyed by those two (views downstream then skip a digest of the frame: a fifth of a bands-page run).
    """
    number = st.column_config.NumberColumn
    edited = st.data_editor(
        view(band_states.editor_frame, ladder.base),
        key=ladder.editor_key,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_order=("level", "band_min", "band_mid", "band_max", "note"),
        column_config={
            "level": st.column_config.SelectboxColumn(
                tr("common.level"), options=BAND_LEVELS, format_func=label_func("level"), required=True
            ),
            "band_min": number(tr("band.col.min"), min_value=0.0, format="localized"),
            "band_mid": number(tr("band.col.mid"), min_value=0.0, format="localized"),
            "band_max": number(tr("band.col.max"), min_value=0.0, format="localized"),
            "note": st.column_config.TextColumn(tr("band.col.note")),
        },
    )
    _remember(edited, ("edited", _token(ladder.base), repr(st.session_state.get(ladder.editor_key))))
    return edited


# The quick-set form's widgets keep their values while its lazy expander is shut (Streamlit's ``persist_state``):
# the chosen method is what a saved band set records.
KEEP = "session"


def band_quick_form(reference: str) -> dict | None:
    """The quick-set form of the bands page; the chosen method and its options once submitted, else None."""
    with st.form("band_quick"):
        method = st.radio(
            tr("band.quick.method"),
            QUICK_METHODS,
            format_func=label_func("band.method"),
            captions=[tr(f"band.help.{m}") for m in QUICK_METHODS],
            key="band_method",
            persist_state=KEEP,
        )
        a1, a2 = st.columns(2)
        anchor_mode = a1.selectbox(
            tr("band.quick.anchor_mode", reference=reference),
            ANCHOR_MODES,
            format_func=label_func("band.anchor"),
            key="band_anchor_mode",
            persist_state=KEEP,
        )
        anchor_level = a2.selectbox(
            tr("band.quick.anchor_level"),
            BAND_LEVELS,
            index=1,
            format_func=label_func("level"),
            key="band_anchor_level",
            persist_state=KEEP,
        )
        s1, s2 = st.columns(2)
        spread = s1.number_input(tr("band.quick.spread"), 0.0, 500.0, 50.0, 5.0, key="band_spread", persist_state=KEEP)
        position = s2.number_input(
            tr("band.quick.position"), 1.0, 300.0, 100.0, 5.0, key="band_position", persist_state=KEEP
        )
        if not st.form_submit_button(tr("band.quick.apply"), type="primary"):
            return None
    return {
        "method": method,
        "anchor_level": anchor_level,
        "anchor_mode": anchor_mode,
        "spread": spread / 100,
        "position": position / 100,
    }
