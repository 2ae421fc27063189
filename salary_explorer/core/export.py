"""CSV and Excel export that spreadsheets cannot execute.

Text cells starting with ``= + - @``, tab or CR are prefixed with ``'`` (OWASP's
advice against CSV/formula injection); numbers stay numbers. CSV is UTF-8 with
a BOM so Excel detects the encoding and shows ``Rp`` and accents correctly.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576 - 1  # a worksheet's rows, less the header
FIXED_CREATED = dt.datetime(2000, 1, 1)  # workbook metadata only; the figures carry their own years


def neutralise_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as formulas; numeric columns untouched."""
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map(neutralise_cell)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return neutralise(df).to_csv(index=False).encode("utf-8-sig")


def fits_in_excel(df: pd.DataFrame) -> bool:
    return len(df) <= EXCEL_MAX_ROWS


def to_xlsx_bytes(df: pd.DataFrame, sheet_name: str = "data") -> bytes:
    if not fits_in_excel(df):
        raise ValueError(f"{len(df):,} rows do not fit in one Excel sheet ({EXCEL_MAX_ROWS:,} at most)")
    return _workbook_bytes({sheet_name: df})


def sheets_to_xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """Several tables in one workbook, one sheet each (names cut to Excel's 31 characters), formula-safe."""
    too_big = [name for name, df in sheets.items() if not fits_in_excel(df)]
    if too_big:
        raise ValueError(f"sheet(s) {', '.join(too_big)} do not fit in Excel ({EXCEL_MAX_ROWS:,} rows at most)")
    return _workbook_bytes(sheets)


def _workbook_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """The same tables give the same bytes: a fixed creation date, so a download button does not
    register a new file on every rerun and two exports of one filter compare equal."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        writer.book.set_properties({"created": FIXED_CREATED})
        for name, df in sheets.items():
            neutralise(df).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()


def export_file_name(prefix: str, filters: dict[str, object], extension: str) -> str:
    """A name that says what was filtered: ``salaries_country-ID_level-manager.csv``."""
    parts = [prefix]
    for key, value in filters.items():
        if value in (None, "", [], ()):
            continue
        text = "+".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{key}-{text}")
    stem = re.sub(r"[^A-Za-z0-9+._-]+", "-", "_".join(parts)).strip("-")[:120]
    return f"{stem}.{extension}"
