"""The bare import app ``upload_browser_bench.py`` compares the import page against: an uploader, ``pd.read_csv``,
the row count. What any Streamlit app that reads a dropped CSV costs, served the same way as the app."""

import pandas as pd
import streamlit as st

st.title("Reference import")
upload = st.file_uploader("CSV", type=["csv", "txt", "tsv"])
if upload is not None:
    frame = pd.read_csv(upload, sep=";")  # the bench's files are written with semicolons
    st.success(f"{len(frame):,} rows imported")
