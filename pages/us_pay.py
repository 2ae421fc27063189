"""Job seekers: what US customer service representatives are paid (BLS OEWS), over the years, by sector, by state.

State in the link: ub (hour or year), ut (the open tab: only it is built). Figures stay in US dollars as BLS publishes them.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.pay.us_view import BASES, us_pay_view

tr = ui.tr
d = ui.display()

st.title(tr("nav.us_pay"))
st.write(tr("us.intro"))
basis = ui.url_radio(tr("us.basis"), "ub", BASES, "hour", format_func=ui.label_func("us.basis"), horizontal=True)
view = ui.view(us_pay_view, ui.oews("national"), ui.oews("sector"), ui.oews("state"), basis, d.lang)
unit = tr(f"us.basis.{basis}")

years_tab, sectors_tab, states_tab = ui.url_tabs(
    {"years": tr("us.tab.years"), "sectors": tr("us.tab.sectors"), "states": tr("us.tab.states")}, "ut"
)  # only the open tab is built

if years_tab.open:
    with years_tab:
        st.subheader(tr("us.years.title", unit=unit))
        ui.chart(view.years_chart, width="stretch")
        ui.dataframe(view.years_table, hide_index=True, width="stretch")

if sectors_tab.open:
    with sectors_tab:
        st.subheader(tr("us.sectors.title", survey=view.sector_survey, unit=unit))
        ui.chart(view.sector_chart, width="stretch")
        st.caption(tr("us.sectors.note"))
        sector_table = ui.lazy_expander(tr("us.table"), "us_sector_table")  # built only when opened
        if sector_table.open:
            with sector_table:
                ui.dataframe(view.sector_table, hide_index=True, width="stretch")

if states_tab.open:
    with states_tab:
        st.subheader(tr("us.states.title", survey=view.state_survey))
        ui.chart(view.state_chart, width="stretch")
        st.caption(tr("us.states.note"))
        state_table = ui.lazy_expander(tr("us.table"), "us_state_table")
        if state_table.open:
            with state_table:
                ui.dataframe(view.state_table, hide_index=True, width="stretch")

st.caption(tr("us.flags"))
st.caption(tr("us.kind"))
st.caption(tr("us.sources", sources="; ".join(view.sources)))
