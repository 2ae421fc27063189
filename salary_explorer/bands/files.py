"""Band files: what the HR page exports and reads back, losslessly.

Export goes through ``export.py``, which prefixes ``'`` to text that a
spreadsheet could run. Text that already *looks* neutralised gets one more
``'`` on the way out (``_protect``), so import can always remove exactly one
and a note such as ``'=draft`` survives the round trip unchanged.
"""

from __future__ import annotations

import csv
import io
import re
import warnings

import pandas as pd

from ..core.schema import CURRENCIES, PERIODIC, Problem
from .ladder import BAND_COLUMNS, BAND_LEVELS, NUMBER_COLUMNS, TEXT_COLUMNS, tidy

_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")


def _protect(value: object) -> object:
    """Add one ``'`` to text that already looks neutralised, so import can always remove exactly one."""
    return "'" + value if isinstance(value, str) and _ESCAPED.match(value) else value


def _unprotect(value: str) -> str:
    return value[1:] if _ESCAPED.match(value) else value


def export_frame(bands: pd.DataFrame) -> pd.DataFrame:
    """The table as written to CSV/Excel (``export.to_csv_bytes`` / ``to_xlsx_bytes`` neutralise formulas)."""
    out = tidy(bands)
    for col in TEXT_COLUMNS:
        out[col] = out[col].map(_protect)
    return out


def read_band_file(name: str, data: bytes) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read an exported band file (CSV or xlsx) back; problems name row (header = 1) and column."""
    try:
        if name.lower().endswith((".xlsx", ".xlsm")):
            raw = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
        else:
            # index_col=False: otherwise rows one cell longer than the header (a trailing comma on each) make
            # pandas read the first column as the index, and every value lands one column to the left.
            with warnings.catch_warnings():  # ... and a first row longer than the header loses cells silently
                warnings.simplefilter("error", pd.errors.ParserWarning)
                raw = pd.read_csv(
                    io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig", index_col=False
                )
    except Exception:  # any unreadable file becomes one clear message, never a traceback (nor pandas' wording)
        return None, _long_rows(name, data) or [Problem(name, None, None, "", "band_unreadable")]
    return validate_band_frame(raw, name)


def _long_rows(name: str, data: bytes) -> list[Problem]:
    """Rows of a CSV with more cells than its header, each named by its row (header = 1); none if unreadable."""
    try:
        reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=None))
        width = len(next(reader))
        return [Problem.long_row(name, reader.line_num, row, ",", width) for row in reader if len(row) > width]
    except (UnicodeDecodeError, csv.Error, StopIteration):
        return []


def validate_band_frame(raw: pd.DataFrame, name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check an all-text frame; any problem rejects the file, so a half-imported ladder never appears.

    Whatever the editor can hold (blank or repeated levels, empty amounts) is accepted, so
    an export always imports again; the band warnings point those out instead.
    """
    missing = [c for c in ("level", *NUMBER_COLUMNS, "currency", "pay_period") if c not in raw.columns]
    if missing:
        return None, [Problem(name, None, c, "", "missing_column") for c in missing]
    df = raw.copy()
    for col in BAND_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df[list(BAND_COLUMNS)].fillna("").astype(str)
    problems: list[Problem] = []
    for i, row in df.iterrows():
        rownum = int(i) + 2

        def flag(col: str, code: str) -> None:
            problems.append(Problem(name, rownum, col, row[col], code))

        if row["level"] and row["level"] not in BAND_LEVELS:  # a blank level is kept: the editor allows it too
            flag("level", "not_allowed")
        for col in NUMBER_COLUMNS:
            if row[col].strip():
                num = pd.to_numeric(row[col].strip(), errors="coerce")
                if pd.isna(num):
                    flag(col, "not_a_number")
                elif num < 0:
                    flag(col, "negative")
        if row["currency"] not in CURRENCIES:
            flag("currency", "not_allowed")
        if row["pay_period"] not in PERIODIC:
            flag("pay_period", "not_allowed")
    if not problems and df[["currency", "pay_period"]].drop_duplicates().shape[0] > 1:
        problems.append(Problem(name, None, "currency", "", "band_mixed_units"))
    if not problems and df.empty:
        problems.append(Problem(name, None, None, "", "band_empty"))
    if problems:
        return None, problems
    for col in TEXT_COLUMNS:
        df[col] = df[col].map(_unprotect)
    for col in NUMBER_COLUMNS:
        df[col] = df[col].str.strip()
    return tidy(df), []
