"""The bare reference app (``reference_app.py``), also reachable by a deep link to a second page, ``/ref``.

The app's pages are opened by links such as ``/bands``, and Streamlit's browser code
then first looks for the server under that path (``/bands/_stcore/health``, a 404),
waits 100 ms and tries the root: every deep link to a page pays ~100 ms before its
websocket opens, whatever the page holds. ``page_bench.py`` and ``render_timeline.py``
compare each page with the reference reached the same way: the home page with ``/``,
every other page with ``/ref`` (the same bare content), and print both.
"""

from pathlib import Path

import streamlit as st

BARE = Path(__file__).resolve().parent / "reference_app.py"

st.navigation(
    [st.Page(BARE, title="Reference", default=True), st.Page(BARE, title="Reference page", url_path="ref")],
    position="hidden",
).run()
