"""Issue 15: how an uploaded file will be read, judged on the whole file: its text table, the guessed
currency and period, the mapping form, and the first rows as the import will read them.
"""

from __future__ import annotations

import streamlit as st

from ..core.schema import LEVELS, PAY_PERIODS
from ..uploads import first_choices, importer, vocabulary
from ..uploads import guess as guessing
from ..uploads import preview as upload_preview_view
from .language import label_func, lang, tr
from .uploaded_files import max_upload_mb
from .widgets import code_selectbox, column_pickers

UPLOAD_TABLE_KEY = "_upload_table"  # {content hash: RawTable}, this session, newest file only
UPLOAD_STATS_KEY = "_upload_stats"  # {(hash, what the stats depend on): PayStats | GuessView}, newest only
UPLOAD_PREVIEWS_KEY = "_upload_previews"  # {(hash, Mapping, name, language): Preview}, the last few choices


def upload_table(data: bytes, digest: str, file_name: str) -> importer.RawTable:
    """Every row of the upload as text, read once per file: the guess and the preview judge the whole file."""
    cache = st.session_state.setdefault(UPLOAD_TABLE_KEY, {})
    if digest not in cache:
        cache.clear()
        cache[digest] = importer.read_table(data, file_name, max_bytes=max_upload_mb() * 1_000_000)
    return cache[digest]


def forget_upload_table() -> None:
    """Drop the whole-file copy and its stats once no file is on the uploader (it can hold a million rows)."""
    st.session_state.pop(UPLOAD_TABLE_KEY, None)
    st.session_state.pop(UPLOAD_STATS_KEY, None)
    st.session_state.pop(UPLOAD_PREVIEWS_KEY, None)


def _kept(key: tuple, make, where: str = UPLOAD_STATS_KEY):
    cache = st.session_state.setdefault(where, {})
    if key not in cache:
        if len(cache) > 8:
            cache.clear()
        cache[key] = make()
    return cache[key]


def upload_guess(digest: str, raw: importer.RawTable, columns: dict[str, str]) -> upload_preview_view.GuessView:
    """Currency and period guessed from the mapped pay columns, with the reasons in the reader's language."""
    key = ("guess", digest, tuple(sorted((k, v) for k, v in columns.items() if v)), lang())
    return _kept(key, lambda: upload_preview_view.guess_upload(raw, columns, lang()))


def upload_preview(digest: str, raw: importer.RawTable, mapping: importer.Mapping, file_name: str):
    """The first rows as the import will read them and the whole pay column; its numbers kept across period changes."""
    stats = _kept(
        ("stats", digest, upload_preview_view.stats_key(mapping)),
        lambda: upload_preview_view.pay_stats(raw, mapping),
    )
    return _kept(
        ("preview", digest, mapping, file_name, lang()),  # the first rows run through the import: once per choice
        lambda: upload_preview_view.import_preview(raw, mapping, file_name, lang(), stats),
        UPLOAD_PREVIEWS_KEY,
    )


def upload_mapping_form(
    inspection: importer.Inspection, digest: str, raw: importer.RawTable, prefill: importer.Mapping | None = None
) -> importer.Mapping:
    """Selectboxes holding the guessed mapping, which the user can correct.

    ``prefill``: the choices used last time for this file (it was brought back to import again), shown
    instead of the guesses. The form's widgets are new then (the page drew none since the import), so
    these are their starting values and the user's changes win from there.
    """
    st.subheader(tr("imp.mapping"))
    st.caption(tr("imp.mapping_help"))
    headers = set(inspection.headers)
    guess = inspection.guess if prefill is None else {f: c for f, c in prefill.columns if c in headers}
    mapped = st.empty()  # issue 33: the mapping in one line; its fourteen pickers open from the button below it
    with st.popover(tr("imp.columns_change"), icon=":material/edit:"):  # (the browser draws them once opened)
        columns = column_pickers(
            vocabulary.FIELDS, inspection.headers, guess, "imp.field", "imp_map", digest, tr("imp.not_in_file")
        )
    mapped.markdown(_mapping_line(columns))
    st.markdown(f"**{tr('imp.whole_file')}**")
    st.caption(tr("imp.whole_file_help"))
    guessed = upload_guess(digest, raw, columns)  # issue 15: from every row; None = the user must choose
    last = dict(prefill.fixed) if prefill is not None else {}
    start = first_choices.starting_values(guessed.guess, last)  # what an import on drop would use
    cur_default, per_default = start["currency"], start["pay_period"]
    c1, c2 = st.columns(2)
    currency = code_selectbox(
        c1,
        tr("imp.fixed.currency"),
        ("IDR", "USD"),
        cur_default,
        f"imp_cur_{digest}_{guessed.guess.currency}",  # a new guess resets the choice to it
        "currency",
        placeholder=tr("imp.choose"),
        disabled=bool(columns["currency"]),
    )
    period = code_selectbox(
        c2,
        tr("imp.fixed.pay_period"),
        PAY_PERIODS,
        per_default,
        f"imp_per_{digest}_{guessed.guess.period}",
        "period",
        placeholder=tr("imp.choose"),
        disabled=bool(columns["pay_period"]),
    )
    country_default = first_choices.country_for(currency, last)  # follows the currency chosen above
    rest = st.empty()  # issue 33: country, role and number format in one line; their widgets open from a button
    with st.popover(tr("imp.more_change"), icon=":material/tune:"):
        c3, c4 = st.columns(2)
        country = code_selectbox(
            c3,
            tr("imp.fixed.country"),
            ("ID", "US"),
            country_default,
            f"imp_cty_{digest}",
            "country",
            disabled=bool(columns["country"]),
        )
        role = c4.text_input(
            tr("imp.fixed.role"),
            start["role"],
            key=f"imp_role_{digest}",
            disabled=bool(columns["role"]),
        )
        decimal = st.radio(
            tr("imp.decimal"),
            list(importer.DECIMALS),
            index=list(importer.DECIMALS.values()).index(prefill.decimal)
            if prefill is not None
            else list(importer.DECIMALS).index(first_choices.DECIMAL),
            key=f"imp_dec_{digest}",
            horizontal=True,
            format_func=label_func("imp.decimal"),
        )
    rest.markdown(_rest_line(columns, country, role, decimal))
    codes: dict[str, str] = {}
    choices = vocabulary.level_choices(inspection.sample, columns["level"])
    chosen_levels = dict(prefill.level_codes) if prefill is not None else {}
    if choices:
        st.markdown(f"**{tr('imp.levels')}**")
        st.caption(tr("imp.levels_help"))
        read = st.empty()  # issue 33: each value and its level in one line; the selectboxes open from a button
        with st.popover(tr("imp.levels_change"), icon=":material/edit:"):
            grid = st.columns(4)
            for i, (value, default) in enumerate(choices):
                codes[value] = grid[i % 4].selectbox(
                    importer.escape_markdown(value),
                    LEVELS,
                    index=LEVELS.index(chosen_levels.get(value, default)),
                    key=f"imp_lv_{digest}_{i}",
                    format_func=label_func("level"),
                )
        name = label_func("level")
        read.markdown(" · ".join(f"{importer.escape_markdown(v)} → {name(code)}" for v, code in codes.items()))
    for reason in (guessed.currency_reason, guessed.period_reason):
        st.caption(importer.escape_markdown(reason))
    return importer.Mapping.build(
        columns,
        {"currency": currency, "pay_period": period, "country": country, "role": role.strip() or "-"},
        level_codes=codes or None,
        decimal=importer.DECIMALS[decimal],
    )


def _mapping_line(columns: dict[str, str | None]) -> str:
    """``Pay, minimum ← Gaji Minimum · Year ← Tahun``: the fields given a column, the file's names made inert."""
    parts = [f"{tr(f'imp.field.{fld}')} ← {importer.escape_markdown(col)}" for fld, col in columns.items() if col]
    return " · ".join(parts) if parts else tr("imp.columns_none")


def _rest_line(columns: dict[str, str | None], country: str, role: str, decimal: str) -> str:
    """``Country of every row: Indonesia · Role of every row: Customer service · Numbers in this file: Detect``;
    a field with a column says so."""

    def said(fld: str, value: str) -> str:
        column = columns.get(fld)
        return tr("imp.from_column", column=importer.escape_markdown(column)) if column else value

    return " · ".join(
        [
            f"{tr('imp.fixed.country')}: {said('country', label_func('country')(country))}",
            f"{tr('imp.fixed.role')}: {said('role', importer.escape_markdown(role.strip() or '-'))}",
            f"{tr('imp.decimal')}: {label_func('imp.decimal')(decimal)}",
        ]
    )


def upload_read_as(raw: importer.RawTable, mapping: importer.Mapping, digest: str, file_name: str) -> bool:
    """Issue 15: the first rows as the app will read them, the whole pay column; False while a choice is missing."""
    st.subheader(tr("imp.read_as"))
    st.caption(tr("imp.read_as_help"))
    shown = upload_preview(digest, raw, mapping, file_name)
    st.table(shown.table, border="horizontal", hide_index=True)
    st.markdown(importer.escape_markdown(shown.summary))
    ready = upload_preview_view.can_import(mapping, shown.figures)
    if not ready:
        st.warning(tr("imp.must_choose"))
    return ready


def choices_used(mapping: importer.Mapping, guess: guessing.Guess | None) -> None:
    """How an import read its file, under its report: the columns, each whole-file choice, the levels.

    ``guess``: set when the choices were the app's own (imported on drop), so each says why it was made.
    """
    st.markdown(f"**{tr('imp.read_with')}**")
    columns = dict(mapping.columns)
    lines = [_mapping_line(columns)]
    for fld, reason in (("currency", "currency_reason"), ("pay_period", "period_reason")):
        kind = "currency" if fld == "currency" else "period"
        if columns.get(fld):
            said = tr("imp.from_column", column=importer.escape_markdown(columns[fld]))
        else:
            said = label_func(kind)(mapping.value(fld))
        why = (
            f" ({guessing.describe(getattr(guess, reason), lang())})"
            if guess is not None and not columns.get(fld)
            else ""
        )
        lines.append(f"{tr(f'imp.fixed.{fld}')}: {said}{importer.escape_markdown(why)}")
    decimal = next(k for k, v in importer.DECIMALS.items() if v == mapping.decimal)
    lines.append(_rest_line(columns, mapping.value("country"), mapping.value("role"), decimal))
    if columns.get("level"):
        name = label_func("level")
        read = " · ".join(f"{importer.escape_markdown(v)} → {name(code)}" for v, code in mapping.level_codes)
        lines.append(f"{tr('imp.levels_read')} {read}")
    st.markdown("\n".join(f"- {line}" for line in lines))
