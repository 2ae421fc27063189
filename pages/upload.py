"""Analysts: import your own salary CSV, check the mapping, see what was rejected and why.

A file whose columns, currency and period are clear is imported as it is dropped, its report listing
every choice to change (``ui.import_on_drop``); anything to ask, or the "check first" toggle, opens the form.

Accepted rows join ``ui.salary_rows()`` for this session only (explorer, pay
pages, offer check). Everything from the file is shown as plain text in
tables, never as HTML. Whole-file problems are explained and the earlier
uploads are kept.
"""

import streamlit as st

from salary_explorer import ui
from salary_explorer.explorer.filters import format_count
from salary_explorer.uploads import importer

tr = ui.tr
ui.bundled_data_or_stop()
lang = ui.lang()

st.title(tr("nav.upload"))
st.write(tr("imp.intro"))
st.caption(tr("imp.limits", mb=ui.max_upload_mb()))

reopened = ui.saved_import_from_link()  # saved imports: a ?dset= link brings its rows back into this session


review = ui.url_checkbox(tr("imp.review_first"), "irv", False, toggle=True, help=tr("imp.review_first_help"))


def uploader(where):
    return where.file_uploader(tr("imp.uploader"), type=["csv", "txt", "tsv"], key=ui.uploader_key())


on_uploader = st.empty()  # issue 33: after an import a fresh, empty uploader takes this place in the same run
key_before = ui.uploader_key()
upload = uploader(on_uploader)
chosen = ui.file_to_import(upload)  # the uploader's file, or the one just imported, brought back to change its choices
last = ui.last_import()
released = False  # the file was just imported and let go of: the report replaces its form, no rerun

if chosen is not None:
    form = st.empty()
    with form.container():
        data, digest, name = chosen.data, chosen.digest, chosen.name  # name: shown in labels and captions
        ui.import_again_notice(chosen)
        inspection = None
        try:
            inspection = ui.inspect_upload(data, digest, name)
            raw = ui.upload_table(data, digest, name)
        except importer.ImportError_ as err:
            ui.upload_file_error(err)
            if ui.uploads():
                st.info(tr("imp.kept"))
        else:
            released = ui.import_on_drop(chosen, inspection, raw, review)  # nothing to ask: imported now
            last = ui.last_import()
        if not released and inspection is not None:
            st.caption(
                tr(
                    "imp.detected",
                    encoding=inspection.encoding,
                    columns=len(inspection.headers),
                    delimiter=tr(f"imp.delim.{importer.DELIMITER_NAMES[inspection.delimiter]}"),
                )
            )
            first_rows = ui.lazy_expander(tr("imp.preview"), f"imp_head_{digest[:12]}")  # built only when opened
            if first_rows.open:
                with first_rows:
                    st.table(inspection.sample.head(20), border="horizontal", hide_index=True)
            mapping = ui.upload_mapping_form(inspection, digest[:12], raw, chosen.prefill)
            ready = ui.upload_read_as(raw, mapping, digest[:12], name)
            if st.button(tr("imp.run"), type="primary", key=f"imp_run_{digest[:12]}", disabled=not ready):
                try:
                    result = ui.import_upload(data, digest, name, mapping, raw)  # the table read above
                except importer.ImportError_ as err:
                    ui.upload_file_error(err)
                else:
                    if result.accepted:
                        ui.add_upload(name, result.rows)
                    released = ui.finish_import(chosen, result, mapping)  # accepted: lets go of the file
                    last = ui.last_import()
            if not released and last and (last.digest, last.name) == (digest, name):  # this very file, this name
                ui.import_done_report(last, on_uploader=True)
    if released:  # the form gives way to the report, and the uploader to a fresh one (its key changed)
        form.empty()
        if ui.uploader_key() != key_before:
            uploader(on_uploader)
else:
    ui.forget_upload_table()  # issue 15: no file on the uploader, no whole-file copy kept
if (chosen is None or released) and last and last.released:  # imported and let go of: the report stays
    ui.import_done_report(last)


def forget(label: str) -> None:
    """Remove an upload and the report, cached import and kept file behind it (they can hold a million rows)."""
    ui.remove_upload(label)
    ui.forget_import(label)


if reopened is not None:  # the saved dataset the link opened: what it is, its link, delete, its report
    ui.saved_import_panel(reopened)
    ui.import_report(reopened.result, reopened.name)

st.subheader(tr("imp.yours"))
mine = ui.uploads()
if not mine:
    st.caption(tr("imp.none_yet"))
for label, rows in mine.items():
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.write(tr("imp.upload_rows", file=importer.escape_markdown(label), n=format_count(len(rows), lang)))
    right.button(tr("imp.remove"), key=f"imp_rm_{label}", on_click=forget, args=(label,))
