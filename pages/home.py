"""Home: tells job seekers, HR and analysts where to go, and where the numbers come from."""

import streamlit as st

from salary_explorer import ui

tr = ui.tr
st.title(tr("app.title"))
st.write(tr("app.tagline"))

# Bordered columns, each card's heading and text one Markdown element: every element is a message a run.
seeker, hr, analyst = st.columns(3, border=True)
with seeker:
    st.markdown(ui.card_text("home.seeker"))
    st.page_link("pages/pay.py", label=tr("nav.pay"), icon=":material/payments:")
    st.page_link("pages/offer.py", label=tr("nav.offer"), icon=":material/fact_check:")
    st.page_link("pages/us_pay.py", label=tr("nav.us_pay"), icon=":material/query_stats:")
    st.write(tr("home.seeker.req"))
    st.page_link("pages/requirements.py", label=tr("nav.requirements"), icon=":material/checklist:")
with hr:
    st.markdown(ui.card_text("home.hr"))
    st.page_link("pages/bands.py", label=tr("nav.bands"), icon=":material/tune:")
    st.page_link("pages/team.py", label=tr("nav.team"), icon=":material/groups:")
with analyst:
    st.markdown(ui.card_text("home.analyst"))
    st.page_link("pages/explorer.py", label=tr("nav.explorer"), icon=":material/table_view:")
    st.page_link("pages/upload.py", label=tr("nav.upload"), icon=":material/upload_file:")

rows = ui.bundled_salaries()
st.subheader(tr("home.data.title"))
st.write(
    tr(
        "home.data.body",
        rows=len(rows),
        sources=rows["source_title"].nunique(),
        wages=len(ui.minimum_wages()),
        rates=len(ui.exchange_rates()),
    )
)
ui.sources_caption(rows)

st.subheader(tr("asof.title"))
ui.table(ui.data_as_of(), hide_index=True)
