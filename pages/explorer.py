"""Analysts: every salary row (bundled + this session's uploads) in one filterable table, exported with its sources.

Filters live in the link (xc country, xp province, xk regency/city, xi industry, xl level, xy year, xs source).
"""

from functools import partial

import streamlit as st

from salary_explorer import ui
from salary_explorer.core import export
from salary_explorer.explorer import filters as explore

tr = ui.tr
lang = ui.lang()
rows = ui.salary_rows()

st.title(tr("nav.explorer"))
st.write(tr("exp.intro"))

options, titles = ui.session_view(explore.facets, rows), ui.session_view(explore.source_titles, rows)
# Country, province, regency, industry, level and year share one row that wraps on a narrow screen; sources get a
# full row.
# One flex row, not six columns: it wraps where six columns would squeeze each filter on a phone.
row = st.container(horizontal=True)
slots = [row] * 6 + [st]
selection = {
    param: ui.url_multiselect(
        tr(f"exp.filter.{param}"),
        param,
        values,
        [],
        where=slot,
        format_func=partial(explore.option_label, param, lang=lang, titles=titles),
        placeholder=tr("exp.filter.placeholder"),
        width="stretch",
    )
    for slot, (param, values) in zip(slots, options.items())
}
view = ui.session_view(explore.explorer_view, rows, selection, lang, ui.minimum_wages(), ui.today())

st.markdown(f"**{view.matches}**")
if view.uploaded:
    st.caption(view.uploaded)
if view.table is None:
    st.info(tr("exp.no_match"))
else:
    st.dataframe(
        view.table,
        hide_index=True,
        width="stretch",
        column_config={
            c: st.column_config.TextColumn(tr(f"exp.col.{c}"), width=explore.COLUMN_WIDTHS.get(c))
            for c in view.table.columns
        },
    )
    if view.showing_first:
        st.caption(view.showing_first)
    st.caption(tr("exp.money_note"))
    ui.sources_caption(view.matched)
    ui.download_buttons(view.export, "salaries", view.export_names, "exp", lazy=True, excel=view.fits_in_excel)
    if not view.fits_in_excel:
        st.caption(tr("exp.too_big_for_excel", n=explore.format_count(export.EXCEL_MAX_ROWS, lang)))
    st.caption(tr("exp.download_note"))

if view.below_floor:  # imported ads with a place: how many pay below the law where the job is
    st.subheader(tr("exp.below.title"))
    st.caption(view.below_floor_note)
    for level, table in view.below_floor.items():
        st.markdown(f"**{tr(f'exp.below.by_{level}')}**")
        ui.table(table, hide_index=True)

st.page_link("pages/upload.py", label=tr("exp.add_own"), icon=":material/upload_file:")
