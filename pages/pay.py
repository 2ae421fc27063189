"""Job seekers: pay by level and by industry, the online-shop commission, and Indonesia vs US.

State in the link: pt (the open tab: only it is built), lv (levels), ind (industries), pih (ranges as estimated take-home),
cf/cn/cc (calculator), cmp (comparison);
currency and period come from the settings panel (cur, per).
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.pay import screens
from salary_explorer.pay import takehome_view as tv
from salary_explorer.pay import views as sv

tr = ui.tr
d = ui.display()
rows, rates = ui.salary_ranges(), ui.exchange_rates()
pick = ui.view(screens.choices, rows, ui.minimum_wages(), d.lang)

st.title(tr("nav.pay"))
st.caption(tr("sal.intro", currency=tr(f"currency.{d.currency}"), period=tr(f"period.{d.period}")))


def show(view, note: str | None = None) -> None:
    """Chart above a small formatted table, with sources, years and the conversion used."""
    if view.table is None:
        st.info(tr("sal.nothing"))
        return
    ui.chart(view.chart, width="stretch")
    ui.dataframe(view.table, hide_index=True, width="stretch")
    ui.sources_caption(view.source_rows)
    st.caption(view.conversion)
    if note:
        st.caption(note)


in_hand = ui.url_checkbox(tr("th.in_hand"), "pih", False, toggle=True, help=tr("th.in_hand_note"))
tab_level, tab_industry, tab_compare = ui.url_tabs(
    {"level": tr("sal.tab.level"), "industry": tr("sal.tab.industry"), "compare": tr("sal.tab.compare")}, "pt"
)  # only the open tab is built
for tab, kind, key, options in (
    (tab_level, "level", "lv", sv.RANGE_LEVELS),
    (tab_industry, "industry", "ind", sv.RANGE_INDUSTRIES),
):
    if not tab.open:
        continue
    with tab:
        st.subheader(tr(f"sal.{kind}.title"))
        picked = ui.url_pills(tr(f"sal.{kind}.pick"), key, options, list(options), format_func=ui.label_func(kind))
        if picked and in_hand:
            show(ui.view(tv.takehome_range_view, rows, kind, picked, d, rates, ui.takehome()), tr(f"sal.{kind}.note"))
        elif picked:
            show(ui.view(screens.range_view, rows, kind, picked, d, rates), tr(f"sal.{kind}.note"))
        else:
            st.info(tr("sal.pick_one"))

if tab_industry.open:
    with tab_industry:
        st.subheader(tr("sal.commission.title"))
        st.write(tr("sal.commission.what"))
        st.markdown(f"**{tr('sal.calc.title')}**")
        c1, c2, c3 = st.columns(3)
        fixed = ui.url_number(
            tr("sal.calc.fixed"), "cf", pick.calculator.fixed, 0, 1e10, step=50_000, where=c1, format="%.0f"
        )
        items = ui.url_number(tr("sal.calc.items"), "cn", 100, 0, 1_000_000, step=10, integer=True, where=c2)
        per_item = ui.url_number(
            tr("sal.calc.per_item"), "cc", pick.calculator.per_item, 0, 1e9, step=1_000, where=c3, format="%.0f"
        )
        calc = ui.view(screens.commission_view, rows, fixed, items, per_item, d, rates)
        if calc.table is not None:
            ui.dataframe(calc.table, hide_index=True, width="stretch")
        st.metric(tr("sal.calc.result"), calc.total)
        st.caption(calc.formula)
        if calc.converted:
            st.caption(calc.converted)
        if calc.table is not None:
            ui.sources_caption(calc.source_rows)

if tab_compare.open:
    with tab_compare:
        st.subheader(tr("sal.cmp.title"))
        compared = ui.url_multiselect(
            tr("sal.cmp.pick"), "cmp", list(pick.indonesian), pick.default_comparison, format_func=pick.indonesian.get
        )
        view = ui.view(screens.comparison_view, rows, compared, d, rates)
        st.info(view.conversion + " " + tr("sal.cmp.edit_hint"))
        if view.table is not None:
            ui.chart(view.chart, width="stretch")
            ui.dataframe(view.table, hide_index=True, width="stretch")
            ui.sources_caption(view.source_rows)
        st.caption(tr("sal.cmp.years"))
