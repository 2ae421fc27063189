"""Analysts: every salary row (bundled + this session's uploads) in one filterable table, exported with its sources.

Filters live in the query string (xc country, xi industry, xl level, xy year,
xs source) so a copied link reopens the same view.
"""

from functools import partial

import streamlit as st

from salary_explorer import ui
from salary_explorer.core import export
from salary_explorer.explorer import filters as explore

tr = ui.tr
ui.bundled_data_or_stop()
lang = ui.lang()
rows = ui.salary_rows()

st.title(tr("nav.explorer"))
st.write(tr("exp.intro"))

options = explore.facets(rows)
titles = explore.source_titles(rows)
selection: dict[str, list[str]] = {}
slots = [*st.columns(4), st.container()]  # country, industry, level, year; sources (long titles) get a full row
for column, (param, values) in zip(slots, options.items()):
    selection[param] = column.multiselect(
        tr(f"exp.filter.{param}"),
        values,
        default=ui.url_choices(param, values, []),
        key=f"exp_{param}",
        format_func=partial(explore.option_label, param, lang=lang, titles=titles),
        placeholder=tr("exp.filter.placeholder"),
    )
ui.write_url(**selection)

matched = explore.apply_filters(rows, selection)
counts = explore.summary(matched)
st.markdown(
    f"**{tr('exp.matches', n=explore.format_count(counts['rows'], lang), total=explore.format_count(len(rows), lang))}**"
)
if counts["uploaded"]:
    st.caption(tr("exp.uploaded", n=explore.format_count(counts["uploaded"], lang)))

if matched.empty:
    st.info(tr("exp.no_match"))
else:
    table = explore.display_table(matched, lang)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            c: st.column_config.TextColumn(tr(f"exp.col.{c}"), width=explore.COLUMN_WIDTHS.get(c))
            for c in table.columns
        },
    )
    if len(matched) > len(table):
        st.caption(
            tr(
                "exp.showing_first",
                n=explore.format_count(len(table), lang),
                total=explore.format_count(len(matched), lang),
            )
        )
    st.caption(tr("exp.money_note"))
    ui.sources_caption(matched)

    chosen = explore.export_filters(selection, titles)
    out = explore.export_frame(matched)
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(  # built only when clicked: a million-row CSV is not made on every rerun
        tr("common.download_csv"),
        data=partial(export.to_csv_bytes, out),
        key="exp_csv",
        file_name=export.export_file_name("salaries", chosen, "csv"),
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
    )
    if export.fits_in_excel(out):
        right.download_button(
            tr("common.download_xlsx"),
            data=partial(export.to_xlsx_bytes, out, "salaries"),
            key="exp_xlsx",
            file_name=export.export_file_name("salaries", chosen, "xlsx"),
            icon=":material/download:",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            on_click="ignore",
        )
    else:
        right.caption(tr("exp.too_big_for_excel", n=explore.format_count(export.EXCEL_MAX_ROWS, lang)))
    st.caption(tr("exp.download_note"))

st.page_link("pages/upload.py", label=tr("exp.add_own"), icon=":material/upload_file:")
