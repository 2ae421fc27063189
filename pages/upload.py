"""Placeholder until its issue lands."""
import streamlit as st

from salary_explorer import ui

ui.bundled_data_or_stop()
st.title(ui.tr("nav.upload"))
