"""The bare reference app the page benches compare against: a title, a selectbox, one Altair chart, one dataframe.

It reads one bundled CSV (cached, as any app would), so it costs what a minimal
real page costs: script run, a widget, a chart spec and a grid. Served by
``bench/load_bench.py`` and ``bench/page_bench.py`` the same way as the app.
"""

from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

DATA = Path(__file__).resolve().parent.parent / "data" / "salary_id_by_level.csv"


@st.cache_data
def rows() -> pd.DataFrame:
    return pd.read_csv(DATA)


st.title("Reference")
frame = rows()
column = st.selectbox("Figure", ["pay_min", "pay_max"])
chart = alt.Chart(frame[["level", column]]).mark_bar().encode(x=alt.X("level:N", sort=None), y=alt.Y(f"{column}:Q"))
st.altair_chart(chart, width="stretch")
st.dataframe(frame[["level", "role", "pay_min", "pay_max", "source_title"]], hide_index=True, width="stretch")
