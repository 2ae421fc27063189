"""Home: tells job seekers, HR and analysts where to go, and where the numbers come from.

Each card links only to the pages this visitor may open (team mode: by role); a card with none says who
they are for.
"""

import streamlit as st

from salary_explorer import ui

tr = ui.tr
st.title(tr("app.title"))
st.write(tr("app.tagline"))


def link(page: str, icon: str) -> tuple[str, str, str]:
    return f"pages/{page}.py", tr(f"nav.{page}"), f":material/{icon}:"


# Bordered columns, each card's heading and text one Markdown element: every element is a message a run.
seeker, hr, analyst = st.columns(3, border=True)
with seeker:
    st.markdown(ui.card_text("home.seeker"))
    ui.page_links([link("pay", "payments"), link("offer", "fact_check"), link("place_pay", "map")])
    ui.page_links([link("us_pay", "query_stats")])
    st.write(tr("home.seeker.req"))
    ui.page_links([link("requirements", "checklist")])
with hr:
    st.markdown(ui.card_text("home.hr"))
    if not ui.page_links([link("bands", "tune"), link("structure", "stairs"), link("team", "groups")]):
        st.caption(tr("home.for_members"))
with analyst:
    st.markdown(ui.card_text("home.analyst"))
    if not ui.page_links([link("explorer", "table_view"), link("upload", "upload_file")]):
        st.caption(tr("home.for_members"))

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
