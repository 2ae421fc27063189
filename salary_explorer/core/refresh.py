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


# --- BLS OEWS ------------------------------------------------------------------------------------------

OEWS_OCCUPATION = "43-4051"  # Customer Service Representatives
OEWS_WAGE_COLUMNS = (
    "h_mean",
    "a_mean",
    "h_pct10",
    "h_pct25",
    "h_median",
    "h_pct75",
    "h_pct90",
    "a_pct10",
    "a_pct25",
    "a_median",
    "a_pct75",
    "a_pct90",
)
OEWS_COLUMNS = (
    "year",
    "survey",
    "area_type",
    "area",
    "area_title",
    "state_abbr",
    "naics",
    "naics_title",
    "own_code",
    "occ_code",
    "occ_title",
    "tot_emp",
    "emp_prse",
    "mean_prse",
    *OEWS_WAGE_COLUMNS,
    "annual",
    "hourly",
    "figure_kind",
    "source_kind",
    "source_title",
    "source_file",
    "note",
)
BLS_FLAGS = ("*", "**", "#")  # suppressed wage, employment not published, above the top code
OEWS_KIND = {
    "national": "oews_gross_wage_percentiles",
    "sector": "oews_gross_wage_percentiles",
    "state": "oews_gross_wage_median_mean",
}
OEWS_NOTE = (
    "Employer-reported gross pay for May of the survey year; annual = hourly x 2,080; "
    "BLS flags kept as published: * = wage not published, ** = employment not published, # = above the top code"
)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text the bundled CSV holds: ``21.82``, ``45380``, ``*``, ``TRUE`` or ``""``."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else ""
    if isinstance(value, int | float):
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    return str(value).strip()  # codes ("000000") and flags stay as written


def survey_year(survey: str) -> int:
    match = re.search(r"(\d{4})", str(survey))
    if not match:
        raise ValueError(f"no year in survey period {survey!r}")
    return int(match.group(1))


def oews_rows(frame: pd.DataFrame, area_type: str, source_file: str, survey: str, source_title: str) -> pd.DataFrame:
    """BLS-layout rows (any case of column names) in the bundled OEWS layout."""
    df = frame.rename(columns=str.lower)
    out = pd.DataFrame(index=df.index)
    year = survey_year(survey)
    out["year"] = str(year)
    out["survey"] = survey
    out["area_type"] = area_type
    for col in OEWS_COLUMNS:
        if col in ("year", "survey", "area_type"):
            continue
        if col in df:
            out[col] = df[col].map(cell_text)
        else:
            out[col] = ""
    out["figure_kind"] = OEWS_KIND[area_type]
    out["source_kind"] = "government"
    out["source_title"] = source_title
    out["source_file"] = source_file
    out["note"] = out["note"].where(out["note"] != "", OEWS_NOTE)
    return out[list(OEWS_COLUMNS)].reset_index(drop=True)


def bls_title(survey: str, file_name: str) -> str:
    return f"US Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), {survey}, {file_name}"


def read_bls_national(path: Path, occupation: str = OEWS_OCCUPATION) -> pd.DataFrame:
    """A BLS ``national_MYYYY_dl.xlsx`` as bundled rows for one occupation, cross-industry, U.S."""
    import openpyxl  # only the refresh needs it

    match = re.fullmatch(r"national_M(\d{4})_dl\.xlsx", path.name)
    if not match:
        raise ValueError(f"{path.name}: expected a BLS file named national_MYYYY_dl.xlsx")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book[book.sheetnames[0]]
        rows = sheet.iter_rows(values_only=True)
        header = [str(h).strip().upper() if h is not None else "" for h in next(rows)]
        needed = ("OCC_CODE", "NAICS", "TOT_EMP", "H_MEDIAN", "A_MEDIAN")
        missing = [c for c in needed if c not in header]
        if missing:
            raise ValueError(f"{path.name}: not a BLS OEWS file, missing column(s) {', '.join(missing)}")
        occ, naics = header.index("OCC_CODE"), header.index("NAICS")
        picked = [r for r in rows if r and r[occ] == occupation and str(r[naics]) == "000000"]
        description = book["Field Descriptions"]["A1"].value if "Field Descriptions" in book.sheetnames else None
    finally:
        book.close()
    if not picked:
        raise ValueError(f"{path.name}: no cross-industry row for occupation {occupation}")
    survey = f"May {match.group(1)}"
    if description and match.group(1) not in str(description):
        raise ValueError(f"{path.name}: the file describes {description!r}, not {survey}")
    frame = pd.DataFrame(picked, columns=header)
    # National cross-industry rows carry neither an area code nor an ownership code in the bundled file.
    frame = frame.drop(columns=[c for c in ("AREA", "OWN_CODE") if c in frame])
    return oews_rows(frame, "national", path.name, survey, bls_title(survey, path.name))
