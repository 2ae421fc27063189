"""Small widgets shared by several pages: problem lists, source captions, downloads, messages, number
tables and the column pickers of the import and roster mapping forms.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from ..core import export
from ..core.i18n import describe_problem
from ..core.schema import Problem
from .language import label_func, lang, tr
from .views import view


def show_problems(problems: list[Problem], limit: int = 50) -> None:
    """List validation problems as plain text (never HTML), one per line."""
    lines = [describe_problem(p, lang()) for p in problems[:limit]]
    st.dataframe(pd.DataFrame({"": lines}), hide_index=True, width="stretch")


def sources_caption(rows: pd.DataFrame) -> None:
    """Which sources and years the figures on screen come from (worked out once per rows, through ``view``)."""
    st.caption(tr("common.figures_from", sources=view(_source_names, rows, tr("common.year_not_stated"))))


def _source_names(rows: pd.DataFrame, not_stated: str) -> str:
    """Each (source, year) once, in the order the rows name them; the pairs are de-duplicated in pandas
    first, so a million imported rows cost one vectorised pass, not a Python loop over every row."""
    pairs = rows[["source_title", "year"]].drop_duplicates()
    years = pairs["year"].astype("string").fillna("")
    return "; ".join(
        dict.fromkeys(f"{title} ({year or not_stated})" for title, year in zip(pairs["source_title"], years))
    )


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def card_text(key: str) -> str:
    """A home-page card's heading (``key.title``) and text (``key.body``) as one Markdown element."""
    return f"### {tr(key + '.title')}\n\n{tr(key + '.body')}"


def bullets(lines: list[str]) -> str:
    """Lines (already safe as Markdown) as one Markdown bullet list: one element instead of one a line."""
    return "\n".join(f"- {line}" for line in lines)


def grid_cells(count: int, where=st) -> list:
    """Where each of ``count`` cells of a two-column grid goes: one ``columns(2)`` whose columns take turns.

    It draws the same grid as one ``columns(2)`` per row (cells of a row start level while the cells above
    them are as tall as each other) in two blocks instead of six for four cells: fewer elements to send and lay out.
    """
    left, right = where.columns(2)
    return [left if i % 2 == 0 else right for i in range(count)]


def money_format(currency: str) -> str:
    """A number input's format for an amount in ``currency``: whole Rupiah (no one writes Rp 2.050.000,00),
    dollars and cents (``12.83``). Streamlit's default would show ``2050000.00``."""
    return "%.2f" if currency == "USD" else "%.0f"


def download_buttons(
    frame: pd.DataFrame, stem: str, names: dict, key: str, *, lazy: bool = False, excel: bool = True, where=st
) -> None:
    """CSV (UTF-8 with BOM) and Excel downloads of ``frame``, formula-safe, named after what they hold.

    ``lazy`` builds the file only when clicked: a million-row CSV is not made on every rerun.
    """
    # Built once per content (view), not on every rerun: an Excel file takes ~50 ms to write.
    csv_data = partial(export.to_csv_bytes, frame) if lazy else view(export.to_csv_bytes, frame)
    left = right = where.container(horizontal=True)  # one block for both buttons, not three columns
    left.download_button(
        tr("common.download_csv"),
        data=csv_data,
        file_name=export.export_file_name(stem, names, "csv"),
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )
    if excel:
        xlsx_data = partial(export.to_xlsx_bytes, frame, stem) if lazy else view(export.to_xlsx_bytes, frame, stem)
        right.download_button(
            tr("common.download_xlsx"),
            data=xlsx_data,
            file_name=export.export_file_name(stem, names, "xlsx"),
            mime=XLSX_MIME,
            key=f"{key}_xlsx",
            icon=":material/download:",
            on_click="ignore",
        )


def show_messages(messages) -> None:
    """Messages from a pure transition (``bands.state.Message``): success/info/error with optional detail lines."""
    for message in messages:
        getattr(st, message.kind)(message.text)
        if message.details:
            st.dataframe(pd.DataFrame({"": list(message.details)}), hide_index=True, width="stretch")


def code_selectbox(where, label: str, options, default, key: str, kind: str, **kwargs):
    """A selectbox over codes (``IDR``, ``month``, ``US``) shown in the reader's language (``label_func(kind)``),
    starting at ``default``; a default that is not offered (``None``: no guess) leaves it empty to be chosen."""
    options = list(options)
    index = options.index(default) if default in options else None
    return where.selectbox(label, options, key=key, index=index, format_func=label_func(kind), **kwargs)


def column_pickers(
    fields, headers, guess: dict, label_prefix: str, key_prefix: str, digest: str, none_label: str
) -> dict[str, str]:
    """A grid of selectboxes, one per field, holding the guessed column of the file (or none), to correct.

    Keys end with the file's content hash, so another file starts again from its own guesses.
    """
    options = ["", *headers]
    grid = st.columns(3)
    return {
        fld: grid[i % 3].selectbox(
            tr(f"{label_prefix}.{fld}"),
            options,
            index=options.index(guess.get(fld) or ""),
            key=f"{key_prefix}_{fld}_{digest}",
            format_func=lambda c, none=none_label: c or none,
        )
        for i, fld in enumerate(fields)
    }


def number_table(df: pd.DataFrame) -> None:
    """A sortable table: decimal columns with the browser's separators, ratios as the frame's
    ``attrs["formats"]`` says (``%.2f``: a compa-ratio of 1 reads 1.00)."""
    formats = df.attrs.get("formats", {})
    config = {
        c: st.column_config.NumberColumn(c, format=formats.get(c, "localized"))
        for c in df.columns
        if pd.api.types.is_float_dtype(df[c])
    }
    st.dataframe(df, hide_index=True, width="stretch", column_config=config)
