"""Turn publishers' files into the bundled CSVs in ``data/``, with provenance on every row.

Pure functions: each reads one publisher file (or frame) and returns rows in
the bundled layout; ``plan_refresh`` compares them with what is bundled and
says what would change. ``salary_explorer.refresh`` is the command around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .load import DATA_DIR, OEWS_WAGES, REGIONS_FILE

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


UMK_COLUMNS = (
    "country",
    "region",
    "regency_code",
    "regency",
    "wage_kind",
    "amount",
    "currency",
    "pay_period",
    "year",
    "in_force_from",
    "legal_basis",
    "figure_status",
    "source_status",
    "alternatives",
    "source_kind",
    "source_title",
    "source_2",
    "note",
)
UMK_REFERENCE_COLUMNS = (
    "province",
    "regency_city",
    "kemendagri_code",
    "legal_basis",
    "source_1",
    "source_2",
    "status",
    "notes",
)
UMK_SOURCE_STATUSES = ("agreed", "disputed", "single source", "not found")
# "3.893.201", "Rp5.992.931,93", "2.361.777(,09)": an Indonesian-written rupiah figure in a note.
_RUPIAH_IN_TEXT = re.compile(r"(\d{1,3}(?:\.\d{3}){2,})(?:,(\d+)|\(,(\d+)\))?")


def _other_published_values(note: str, amount: str) -> list[str]:
    """A disputed row's other value(s): the rupiah figures its note quotes that are not the value used.

    The reference table keeps the competing figure in its notes ("Rp5.992.931,93 per Radar Bekasi ...");
    only the first such figure is taken, as the notes put the rival value first and mention
    proposals and recommendations after it.
    """
    used = float(amount)
    for match in _RUPIAH_IN_TEXT.finditer(note):
        whole = match.group(1).replace(".", "")
        sen = match.group(2) or match.group(3) or ""
        value = float(f"{whole}.{sen}" if sen else whole)
        if abs(value - used) >= 1:
            return [f"{value:.2f}".rstrip("0").rstrip(".")]
    return []


def umk_rows_from_table(table: pd.DataFrame, table_name: str, regions: pd.DataFrame) -> pd.DataFrame:
    """A UMK table (the shape of ``reference/umk/umk_2026.csv``) as bundled rows, one per regency and year.

    ``umk_<year>_idr`` columns give the years (the newest is the decree year the table is about; an older
    one is kept where a source states it). ``status``: ``agreed`` and ``single source`` are published
    figures, ``disputed`` keeps the rival value from the notes as an alternative, ``not found`` is a UMK
    set by decree whose figure is not known (the amount stays empty). Province and regency names come from
    the bundled regions table by Kemendagri code, so the floor joins places and maps on the code.
    """
    years = sorted((int(m.group(1)) for c in table.columns if (m := re.fullmatch(r"umk_(\d{4})_idr", c))), reverse=True)
    missing = [c for c in UMK_REFERENCE_COLUMNS if c not in table.columns]
    if missing or not years:
        raise ValueError(f"{table_name}: missing column(s) {', '.join(missing or ['umk_<year>_idr'])}")
    names = dict(zip(regions["code"].str.strip(), regions["name"].str.strip()))
    short = dict(zip(regions["code"].str.strip(), regions["province"].str.strip()))
    rows = []
    for i, r in enumerate(table.fillna("").astype(str).to_dict("records"), start=2):
        code = r["kemendagri_code"].strip()
        if code not in names or "." not in code:
            raise ValueError(f"{table_name} row {i}: kemendagri_code {code!r} is not a regency/city code")
        status = r["status"].strip()
        if status not in UMK_SOURCE_STATUSES:
            raise ValueError(f"{table_name} row {i}: status {status!r} is not one of {', '.join(UMK_SOURCE_STATUSES)}")
        for n, year in enumerate(years):
            amount = _number_text(r[f"umk_{year}_idr"])
            newest = n == 0
            if not newest and not amount:
                continue  # an older year is kept only where a source states it
            if newest and status == "not found":
                figure_status, others = "not_yet_known", []
            elif newest and status == "disputed":
                figure_status, others = "disputed", _other_published_values(r["notes"], amount)
            else:
                figure_status, others = "published", []
            rows.append(
                {
                    "country": "ID",
                    "region": short[code.split(".")[0]],
                    "regency_code": code,
                    "regency": names[code],
                    "wage_kind": "UMK",
                    "amount": amount,
                    "currency": "IDR",
                    "pay_period": "month",
                    "year": str(year),
                    "in_force_from": f"{year}-01-01",
                    "legal_basis": r["legal_basis"].strip() if newest else "",
                    "figure_status": figure_status,
                    "source_status": status if newest else f"stated in a {years[0]} source",
                    "alternatives": ";".join(others),
                    "source_kind": "government",
                    "source_title": f"UMK {years[0]} ({table_name}): {r['source_1'].strip()}",
                    "source_2": r["source_2"].strip(),
                    "note": r["notes"].strip(),
                }
            )
    return pd.DataFrame(rows, columns=list(UMK_COLUMNS))


def read_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


# --- BLS OEWS ------------------------------------------------------------------------------------------

OEWS_OCCUPATION = "43-4051"  # Customer Service Representatives
OEWS_WAGE_COLUMNS = OEWS_WAGES  # the same columns the loader checks
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


# --- World Bank exchange rates ----------------------------------------------------------------------

WORLD_BANK_INDICATOR = "PA.NUS.FCRF"
EXCHANGE_COLUMNS = ("year", "idr_per_usd", "rate_kind", "date", "source_title", "note")


def read_world_bank_rates(path: Path, country_code: str = "IDN") -> pd.DataFrame:
    """A World Bank ``API_PA.NUS.FCRF_...csv`` (4 lines of metadata, then one row per country) as bundled rows."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    meta = {row[0]: row[1] for row in lines[:4] if len(row) >= 2}
    header_at = next(
        (
            i
            for i, row in enumerate(lines)
            if row[:4] == ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
        ),
        None,
    )
    if header_at is None:
        raise ValueError(f"{path.name}: not a World Bank indicator file (no 'Country Name,Country Code,...' header)")
    header = lines[header_at]
    row = next((r for r in lines[header_at + 1 :] if len(r) > 3 and r[1] == country_code), None)
    if row is None:
        raise ValueError(f"{path.name}: no row for country code {country_code}")
    if row[3] != WORLD_BANK_INDICATOR:
        raise ValueError(f"{path.name}: indicator {row[3]!r}, expected {WORLD_BANK_INDICATOR}")
    updated = meta.get("Last Updated Date", "")
    title = f"World Bank WDI {WORLD_BANK_INDICATOR}: {row[2]}, file {path.name}" + (
        f" ('Last Updated Date' {updated})" if updated else ""
    )
    out = []
    for year, value in zip(header[4:], row[4:], strict=False):
        value = value.strip()
        if not re.fullmatch(r"\d{4}", year.strip()) or not value:
            continue
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"{path.name}: {country_code} {year}: {value!r} is not a number") from None
        out.append(
            {
                "year": year.strip(),
                "idr_per_usd": f"{round(number, 2):.2f}",
                "rate_kind": "annual_average",
                "date": "",
                "source_title": title,
                "note": f"Rounded to 2 decimals from the World Bank value {value}",
            }
        )
    return pd.DataFrame(out, columns=list(EXCHANGE_COLUMNS))


# --- applying a refresh ------------------------------------------------------------------------------

# bundled file -> the columns that identify one figure (a newer file replaces the row with the same key)
KEYS = {
    "minimum_wage.csv": ("country", "region", "wage_kind", "year"),
    "minimum_wage_umk.csv": ("regency_code", "year"),
    "exchange_rates.csv": ("year", "rate_kind"),
    "oews_national.csv": ("year", "area_type", "area_title", "naics", "occ_code"),
}


@dataclass(frozen=True)
class Change:
    file: str
    key: tuple[str, ...]
    kind: str  # "added" or "changed"
    cells: tuple[tuple[str, str, str], ...] = ()  # (column, old, new)


@dataclass(frozen=True)
class Plan:
    file: str
    before: pd.DataFrame
    after: pd.DataFrame
    changes: tuple[Change, ...]
    unchanged: int


def plan_refresh(file: str, bundled: pd.DataFrame, incoming: pd.DataFrame) -> Plan:
    """What the bundled table becomes with ``incoming`` merged in: same key -> replaced, new key -> added.

    Older years are kept: history is data. Both frames are all-text, as in the CSV.
    """
    key = list(KEYS[file])
    columns = list(bundled.columns)
    missing = [c for c in columns if c not in incoming.columns]
    if missing:
        raise ValueError(f"{file}: the new rows lack column(s) {', '.join(missing)}")
    incoming = incoming[columns].fillna("").astype(str)
    if incoming.duplicated(subset=key).any():
        raise ValueError(f"{file}: the new rows repeat a key {key}")
    old = bundled.set_index(key, drop=False)
    after = bundled.copy()
    changes, unchanged = [], 0
    for _, new in incoming.iterrows():
        k = tuple(new[c] for c in key)
        if k in old.index:
            position = old.index.get_loc(k)
            current = bundled.iloc[position]
            cells = tuple((c, current[c], new[c]) for c in columns if current[c] != new[c])
            if cells:
                changes.append(Change(file, k, "changed", cells))
                after.iloc[position] = new.to_numpy()
            else:
                unchanged += 1
        else:
            changes.append(Change(file, k, "added"))
            after = pd.concat([after, new.to_frame().T], ignore_index=True)
    return Plan(file, bundled, after, tuple(changes), unchanged)


def describe_plan(plan: Plan) -> list[str]:
    """Plain lines for the terminal: what would be added or changed, cell by cell."""
    lines = [f"{plan.file}: {len(plan.changes)} change(s), {plan.unchanged} row(s) already up to date"]
    for change in plan.changes:
        key = " / ".join(change.key)
        if change.kind == "added":
            lines.append(f"  + {key}: new row")
        else:
            for column, old, new in change.cells:
                lines.append(f"  ~ {key}: {column}: {old[:80]!r} -> {new[:80]!r}")
    return lines


def detect(path: Path) -> str:
    """Which publisher file this is: ``oews``, ``world_bank``, ``ump`` or ``us_states``."""
    name = path.name
    if re.fullmatch(r"national_M\d{4}_dl\.xlsx", name):
        return "oews"
    if name.startswith("API_" + WORLD_BANK_INDICATOR) and name.endswith(".csv"):
        return "world_bank"
    if name.endswith(".csv"):
        header = path.read_text(encoding="utf-8-sig").splitlines()[:1]
        columns = header[0].split(",") if header else []
        if any(re.fullmatch(r"ump_\d{4}", c) for c in columns):
            return "ump"
        if any(re.fullmatch(r"umk_\d{4}_idr", c) for c in columns):
            return "umk"
        if any(re.fullmatch(r"min_wage_\d{4}", c) for c in columns):
            return "us_states"
    raise ValueError(
        f"{name}: not a file the refresh knows (national_MYYYY_dl.xlsx, API_PA.NUS.FCRF_*.csv, "
        "a UMP table with an ump_YYYY column, a UMK table with umk_YYYY_idr columns, "
        "a US state table with min_wage_YYYY columns)"
    )


def incoming_rows(path: Path, data_dir: Path | None = None) -> tuple[str, pd.DataFrame]:
    """The bundled file a publisher file refreshes, and its rows in that file's layout."""
    kind = detect(path)
    if kind == "oews":
        return "oews_national.csv", read_bls_national(path)
    if kind == "world_bank":
        return "exchange_rates.csv", read_world_bank_rates(path)
    table = read_table(path)
    if kind == "umk":
        regions = read_table((data_dir or DATA_DIR) / REGIONS_FILE)
        return "minimum_wage_umk.csv", umk_rows_from_table(table, path.name, regions)
    if kind == "ump":
        year = int(next(c for c in table.columns if re.fullmatch(r"ump_\d{4}", c))[4:])
        return "minimum_wage.csv", ump_rows_from_table(table, year, path.name)
    return "minimum_wage.csv", us_state_rows_from_table(table, path.name)
