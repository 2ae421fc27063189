"""Job seekers: where an offer falls in a pay range, and whether it meets the legal minimum wage.

State in the link: oa (amount), oc (currency), op (period), ref (range), prov (province or US).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.core.schema import PERIODIC
from salary_explorer.pay import screens
from salary_explorer.pay import views as sv

tr = ui.tr
d = ui.display()
rows, wages = ui.salary_ranges(), ui.minimum_wages()
pick = ui.view(screens.choices, rows, wages, d.lang)

st.title(tr("nav.offer"))
st.subheader(tr("sal.offer.title"))
c1, c2, c3 = st.columns(3)
currency = ui.url_selectbox(
    tr("sal.offer.currency"), "oc", ui.DISPLAY_CURRENCIES, "IDR", format_func=ui.label_func("currency"), where=c1
)
period = ui.url_selectbox(
    tr("sal.offer.period"), "op", PERIODIC, "month", format_func=ui.label_func("period"), where=c2
)
amount = ui.url_number(
    tr("sal.offer.amount"), "oa", 5_000_000.0, 0, 1e12, where=c3, format="%.2f" if currency == "USD" else "%.0f"
)
c4, c5 = st.columns(2)
if pick.default_reference is None:
    st.info(tr("sal.offer.no_refs"))
    st.stop()
ref_id = ui.url_selectbox(
    tr("sal.offer.reference"),
    "ref",
    list(pick.references),
    pick.default_reference,
    format_func=pick.references.get,
    where=c4,
)
region = ui.url_selectbox(
    tr("sal.offer.region"),
    "prov",
    pick.regions,
    pick.default_region,
    format_func=lambda r, _lang=d.lang: sv.region_label(r, _lang),
    where=c5,
)

view = ui.view(screens.offer_view, amount, currency, period, ref_id, region, rows, wages, ui.exchange_rates(), d)
for column, metric in zip([*st.columns(2), *st.columns(2)], view.metrics):
    column.metric(
        metric.label,
        metric.value,
        metric.delta,
        help=metric.help,
        delta_color="inverse" if metric.below else "normal",
        delta_arrow="down" if metric.below else "up",
    )
if view.below_floor:
    st.error(view.verdict, icon=":material/warning:")
else:
    st.success(view.verdict)
st.write(view.summary)
ui.chart(view.chart, width="stretch")
for note in view.notes:
    st.caption(note)
