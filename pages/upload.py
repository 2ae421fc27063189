"""Analysts: import your own salary CSV, check the mapping, see what was rejected and why.

Accepted rows join ``ui.salary_rows()`` for this session only (explorer, pay
pages, offer check). Everything from the file is shown as plain text in
tables, never as HTML. Whole-file problems are explained and the earlier
uploads are kept.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.core.i18n import describe_problem, t
from salary_explorer.core.schema import LEVELS, PAY_PERIODS
from salary_explorer.explorer.filters import format_count
from salary_explorer.uploads import importer, preview, vocabulary

tr = ui.tr
ui.bundled_data_or_stop()
lang = ui.lang()

st.title(tr("nav.upload"))
st.write(tr("imp.intro"))
st.caption(tr("imp.limits", mb=ui.max_upload_mb()))

reopened = ui.saved_import_from_link()  # saved imports: a ?dset= link brings its rows back into this session
upload = st.file_uploader(tr("imp.uploader"), type=["csv", "txt", "tsv"], key="imp_file")


def mapping_form(inspection: importer.Inspection, digest: str, raw: importer.RawTable) -> importer.Mapping:
    """Selectboxes holding the guessed mapping, which the user can correct."""
    st.subheader(tr("imp.mapping"))
    st.caption(tr("imp.mapping_help"))
    none_label = tr("imp.not_in_file")
    options = ["", *inspection.headers]
    columns: dict[str, str] = {}
    grid = st.columns(3)
    for i, field in enumerate(vocabulary.FIELDS):
        guess = inspection.guess.get(field) or ""
        columns[field] = grid[i % 3].selectbox(
            tr(f"imp.field.{field}"),
            options,
            index=options.index(guess),
            key=f"imp_map_{field}_{digest}",
            format_func=lambda c, none=none_label: c or none,
        )
    st.markdown(f"**{tr('imp.whole_file')}**")
    st.caption(tr("imp.whole_file_help"))
    guessed = ui.upload_guess(digest, raw, columns)  # issue 15: from every row; None = the user must choose
    c1, c2, c3, c4 = st.columns(4)
    currencies = ("IDR", "USD")
    currency = c1.selectbox(
        tr("imp.fixed.currency"),
        currencies,
        key=f"imp_cur_{digest}_{guessed.guess.currency}",  # a new guess resets the choice to it
        index=currencies.index(guessed.guess.currency) if guessed.guess.currency in currencies else None,
        placeholder=tr("imp.choose"),
        format_func=ui.label_func("currency"),
        disabled=bool(columns["currency"]),
    )
    period = c2.selectbox(
        tr("imp.fixed.pay_period"),
        PAY_PERIODS,
        key=f"imp_per_{digest}_{guessed.guess.period}",
        index=PAY_PERIODS.index(guessed.guess.period) if guessed.guess.period else None,
        placeholder=tr("imp.choose"),
        format_func=ui.label_func("period"),
        disabled=bool(columns["pay_period"]),
    )
    country = c3.selectbox(
        tr("imp.fixed.country"),
        ("ID", "US"),
        key=f"imp_cty_{digest}",
        index=1 if currency == "USD" else 0,
        format_func=ui.label_func("country"),
        disabled=bool(columns["country"]),
    )
    role = c4.text_input(
        tr("imp.fixed.role"), "Customer service", key=f"imp_role_{digest}", disabled=bool(columns["role"])
    )
    decimal = st.radio(
        tr("imp.decimal"),
        list(importer.DECIMALS),
        key=f"imp_dec_{digest}",
        horizontal=True,
        format_func=ui.label_func("imp.decimal"),
    )
    codes: dict[str, str] = {}
    choices = vocabulary.level_choices(inspection.sample, columns["level"])
    if choices:
        st.markdown(f"**{tr('imp.levels')}**")
        st.caption(tr("imp.levels_help"))
        grid = st.columns(4)
        for i, (value, default) in enumerate(choices):
            codes[value] = grid[i % 4].selectbox(
                importer.escape_markdown(value),
                LEVELS,
                index=LEVELS.index(default),
                key=f"imp_lv_{digest}_{i}",
                format_func=ui.label_func("level"),
            )
    for reason in (guessed.currency_reason, guessed.period_reason):
        st.caption(importer.escape_markdown(reason))
    return importer.Mapping.build(
        columns,
        {"currency": currency, "pay_period": period, "country": country, "role": role.strip() or "-"},
        level_codes=codes or None,
        decimal=importer.DECIMALS[decimal],
    )


def show_result(result: importer.ImportResult, file_name: str) -> None:
    counts = tr(
        "imp.result",
        file=importer.escape_markdown(file_name),
        read=format_count(result.rows_read, lang),
        accepted=format_count(result.accepted, lang),
        rejected=format_count(result.rejected, lang),
    )
    (st.success if result.accepted and not result.rejected else st.warning)(counts)
    if result.accepted:
        st.write(tr("imp.joined"))
        st.page_link("pages/explorer.py", label=tr("imp.open_explorer"), icon=":material/table_view:")
    else:
        st.error(tr("imp.nothing_accepted"))
    if result.unknown_levels:
        st.info(tr("imp.unknown_levels", values=importer.escape_markdown(", ".join(result.unknown_levels))))
    others = importer.other_currencies(result.rows)
    if others:
        st.info(tr("imp.other_currencies", currencies=", ".join(others)))
    if result.problems:
        st.subheader(tr("imp.rejected"))
        shown = result.problems[:1000]
        if len(result.problems) > len(shown):
            st.caption(tr("imp.rejected_more", n=len(shown), total=len(result.problems)))
        table = importer.problems_table(shown, lambda key, params: t(key, lang, **params))
        st.dataframe(
            table, hide_index=True, width="stretch", column_config={c: tr(f"imp.col.{c}") for c in table.columns}
        )


def read_as(raw: importer.RawTable, mapping: importer.Mapping, digest: str, file_name: str) -> bool:
    """Issue 15: the first rows as the app will read them, the whole pay column; False while a choice is missing."""
    st.subheader(tr("imp.read_as"))
    st.caption(tr("imp.read_as_help"))
    shown = ui.upload_preview(digest, raw, mapping, file_name)
    st.dataframe(shown.table, hide_index=True, width="stretch")
    st.markdown(importer.escape_markdown(shown.summary))
    ready = preview.can_import(mapping, shown.figures)
    if not ready:
        st.warning(tr("imp.must_choose"))
    return ready


def file_error(err: importer.ImportError_) -> None:
    st.error(tr("imp.file_error", message=describe_problem(importer.inert(err.problem), lang)))


if upload is not None:
    data, digest = upload.getvalue(), ui.upload_digest(upload)
    name = importer.clean_file_name(upload.name)  # shown in labels and captions on every page
    try:
        inspection = ui.inspect_upload(data, digest, name)
        raw = ui.upload_table(data, digest, name)
    except importer.ImportError_ as err:
        file_error(err)
        if ui.uploads():
            st.info(tr("imp.kept"))
    else:
        st.caption(
            tr(
                "imp.detected",
                encoding=inspection.encoding,
                columns=len(inspection.headers),
                delimiter=tr(f"imp.delim.{importer.DELIMITER_NAMES[inspection.delimiter]}"),
            )
        )
        with st.expander(tr("imp.preview")):
            st.dataframe(inspection.sample.head(20), hide_index=True, width="stretch")
        mapping = mapping_form(inspection, digest[:12], raw)
        ready = read_as(raw, mapping, digest[:12], name)
        if st.button(tr("imp.run"), type="primary", key=f"imp_run_{digest[:12]}", disabled=not ready):
            try:
                result = ui.import_upload(data, digest, name, mapping)
            except importer.ImportError_ as err:
                file_error(err)
            else:
                if result.accepted:
                    ui.add_upload(name, result.rows)
                st.session_state["imp_last"] = (digest, name, result)
        last = st.session_state.get("imp_last")
        if last and last[0] == digest:  # the report belongs to this very file, not just one with its name
            show_result(last[2], last[1])
            for note in preview.import_notes(last[2], mapping, lang):  # issue 15: no-figure rows, places, dates
                st.info(note)
            ui.save_import_section(digest, last[1], last[2])  # keep it under a private link
else:
    ui.forget_upload_table()  # issue 15: no file on the uploader, no whole-file copy kept


def forget(label: str) -> None:
    """Remove an upload and the cached import behind it (it can hold a million rows)."""
    ui.remove_upload(label)
    st.session_state.pop(ui.IMPORT_CACHE_KEY, None)
    st.session_state.pop("imp_last", None)


if reopened is not None:  # the saved dataset the link opened: what it is, its link, delete, its report
    ui.saved_import_panel(reopened)
    show_result(reopened.result, reopened.name)

st.subheader(tr("imp.yours"))
mine = ui.uploads()
if not mine:
    st.caption(tr("imp.none_yet"))
for label, rows in mine.items():
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.write(tr("imp.upload_rows", file=importer.escape_markdown(label), n=format_count(len(rows), lang)))
    right.button(tr("imp.remove"), key=f"imp_rm_{label}", on_click=forget, args=(label,))
