"""Turn publishers' files into the bundled CSVs in ``data/``, with provenance on every row.

Pure functions: each reads one publisher file (or frame) and returns rows in
the bundled layout; ``plan_refresh`` compares them with what is bundled and
says what would change. ``salary_explorer.refresh`` is the command around it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

# --- minimum wages -----------------------------------------------------------------------------------

MINIMUM_WAGE_COLUMNS = (
    "country",
    "region",
    "wage_kind",
    "amount",
    "currency",
    "pay_period",
    "year",
    "in_force_from",
    "legal_basis",
    "figure_status",
    "alternatives",
    "source_kind",
    "source_title",
    "note",
)
UMP_LEGAL_BASIS = {
    2026: "PP No. 49 Tahun 2025 (Perubahan Kedua atas PP No. 36 Tahun 2021 tentang Pengupahan)",
    2025: "Permenaker No. 16 Tahun 2024",
}
UMP_TABLE_NOTE = (
    "Province-wide floor (UMP) in force from 1 January {year}; regencies/cities set their own, usually higher, UMK"
)


def _number_text(value: str) -> str:
    """``3100881.40`` stays as written, ``3.100.881,40`` (Indonesian) becomes ``3100881.40``."""
    value = str(value).strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", value):
        value = value.replace(".", "").replace(",", ".")
    return value


def ump_rows_from_table(table: pd.DataFrame, year: int, table_name: str) -> pd.DataFrame:
    """A UMP table (``province, ump_<year>, source_a, value_a, source_b, value_b, agree``) as bundled rows.

    ``ump_<year>`` empty = not yet known (both published values kept as alternatives);
    ``agree`` starting with ``NO`` = disputed: every other published value is kept beside it.
    """
    value_col = f"ump_{year}"
    missing = [
        c for c in ("province", value_col, "source_a", "value_a", "source_b", "value_b", "agree") if c not in table
    ]
    if missing:
        raise ValueError(f"{table_name}: missing column(s) {', '.join(missing)}")
    rows = []
    for _, r in table.fillna("").astype(str).iterrows():
        amount = _number_text(r[value_col])
        published = [_number_text(r["value_a"]), _number_text(r["value_b"])]
        agree = r["agree"].strip()
        if not amount:
            status = "not_yet_known"
            others = [v for v in dict.fromkeys(published) if v]
        elif agree.upper().startswith("NO"):
            status = "disputed"
            others = [v for v in dict.fromkeys(published) if v and float(v) != float(amount)]
        else:
            status = "published"
            others = []
        rows.append(
            {
                "country": "ID",
                "region": r["province"].strip(),
                "wage_kind": "UMP",
                "amount": amount,
                "currency": "IDR",
                "pay_period": "month",
                "year": str(year),
                "in_force_from": f"{year}-01-01",
                "legal_basis": UMP_LEGAL_BASIS.get(year, ""),
                "figure_status": status,
                "alternatives": ";".join(others),
                "source_kind": "government",
                "source_title": f"UMP {year} ({table_name}): list {r['source_a'].strip()} = {r['value_a'].strip()}; "
                f"provincial report {r['source_b'].strip()} = {r['value_b'].strip()}",
                "note": UMP_TABLE_NOTE.format(year=year) + (f". Sources agree? {agree}" if agree else ""),
            }
        )
    return pd.DataFrame(rows, columns=list(MINIMUM_WAGE_COLUMNS))


def us_state_rows_from_table(table: pd.DataFrame, table_name: str) -> pd.DataFrame:
    """``state, min_wage_<year>..., source, notes``: one row per state and year, in force on 1 January."""
    years = sorted(int(m.group(1)) for c in table.columns if (m := re.fullmatch(r"min_wage_(\d{4})", c)))
    if "state" not in table or not years:
        raise ValueError(f"{table_name}: needs a 'state' column and min_wage_<year> columns")
    rows = []
    for _, r in table.fillna("").astype(str).iterrows():
        for year in years:
            rows.append(
                {
                    "country": "US",
                    "region": r["state"].strip(),
                    "wage_kind": "state",
                    "amount": r[f"min_wage_{year}"].strip(),
                    "currency": "USD",
                    "pay_period": "hour",
                    "year": str(year),
                    "in_force_from": f"{year}-01-01",
                    "legal_basis": "",  # the state's own law; described in the reader's language
                    "figure_status": "published",
                    "alternatives": "",
                    "source_kind": "government",
                    "source_title": f"US state minimum wage in force on 1 January {year} ({table_name}): "
                    + r.get("source", "").strip(),
                    "note": r.get("notes", "").strip(),
                }
            )
    return pd.DataFrame(rows, columns=list(MINIMUM_WAGE_COLUMNS))


def read_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
