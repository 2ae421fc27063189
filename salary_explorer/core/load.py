"""Read and validate the bundled CSVs in ``data/``.

Every ``data/salary_*.csv`` follows the one salary schema, so a new file
dropped there shows up on every page. A broken bundled file raises
``SchemaError`` naming file, row and column: bundled data must be right.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .schema import BUNDLED_VOCAB, Problem, SchemaError, validate_salary_frame

DATA_DIR = Path(__file__).resolve().parents[2] / "data"

# Non-salary tables: file name -> columns that must be present and non-empty in every row.
REFERENCE_TABLES = {
    "minimum_wage.csv": (
        "country",
        "region",
        "wage_kind",
        "currency",
        "pay_period",
        "year",
        "in_force_from",
        "figure_status",
        "source_title",
    ),
    "minimum_wage_umk.csv": (
        "country",
        "region",
        "regency_code",
        "regency",
        "wage_kind",
        "currency",
        "pay_period",
        "year",
        "in_force_from",
        "figure_status",
        "source_status",
        "source_title",
    ),
    "exchange_rates.csv": ("year", "idr_per_usd", "rate_kind", "source_title"),
    "role_templates.csv": ("template_id", "name_en", "name_id", "min_education", "source_title"),
    "requirements.csv": ("template_id", "category", "item_id", "label_en", "label_id", "importance", "source_title"),
    "certifications.csv": ("cert_id", "name", "source_title"),
}
REGIONS_FILE = "id_regions.csv"  # Indonesian regions (MIT, see data/id_regions_LICENSE.txt)
NUMERIC = {
    "minimum_wage.csv": ("year",),
    "minimum_wage_umk.csv": ("year",),
    "exchange_rates.csv": ("idr_per_usd", "year"),
}
# Columns that may be empty in some rows, checked by a table-specific rule below.
OPTIONAL_NUMERIC = {"minimum_wage.csv": ("amount",), "minimum_wage_umk.csv": ("amount",)}
DATE_COLUMNS = {"minimum_wage.csv": ("in_force_from",), "minimum_wage_umk.csv": ("in_force_from",)}
ALLOWED = {
    "minimum_wage.csv": {
        "wage_kind": ("UMP", "UMK", "state", "federal"),
        "figure_status": ("published", "disputed", "not_yet_known"),
        "currency": ("IDR", "USD"),
    },
    "minimum_wage_umk.csv": {
        "wage_kind": ("UMK",),
        "figure_status": ("published", "disputed", "not_yet_known"),
        "currency": ("IDR",),
    },
}
UMK_FILE = "minimum_wage_umk.csv"  # regency/city minimum wages, joined to places by Kemendagri code


def read_text_csv(path: Path) -> pd.DataFrame:
    """Read every cell as text so validation, not pandas' guessing, decides types."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def load_salaries(data_dir: Path | None = None) -> pd.DataFrame:
    """All bundled salary rows in the tidy schema; raises SchemaError on any bad row."""
    data_dir = data_dir or DATA_DIR
    frames, problems = [], []
    files = sorted(data_dir.glob("salary_*.csv"))
    vocab = {**BUNDLED_VOCAB, "province": provinces(data_dir)}
    for path in files:
        good, bad = validate_salary_frame(read_text_csv(path), path.name, vocab=vocab)
        frames.append(good)
        problems += bad
    if problems:
        raise SchemaError(problems)
    if not frames:
        raise SchemaError([Problem(str(data_dir), None, None, "salary_*.csv", "no_salary_files")])
    out = pd.concat(frames, ignore_index=True)
    dup = out["record_id"].duplicated()
    if dup.any():
        raise SchemaError(
            [Problem("data/salary_*.csv", None, "record_id", v, "duplicate_id") for v in out.loc[dup, "record_id"]]
        )
    return out


def provinces(data_dir: Path | None = None) -> tuple[str, ...]:
    """The 38 Indonesian provinces in the short form the minimum-wage table uses (DKI Jakarta, DI Yogyakarta)."""
    path = (data_dir or DATA_DIR) / REGIONS_FILE
    if not path.exists():  # a folder holding only salary files (tests) still knows the provinces
        path = DATA_DIR / REGIONS_FILE
    df = read_text_csv(path)
    return tuple(df.loc[df["level"] == "1", "province"].str.strip())


def load_reference(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """One of the reference tables, checked for its required columns, sources and numbers."""
    path = (data_dir or DATA_DIR) / name
    df = read_text_csv(path)
    required = REFERENCE_TABLES[name]
    problems = [Problem(name, None, c, "", "missing_column") for c in required if c not in df.columns]
    if problems:
        raise SchemaError(problems)
    for col in required:
        for idx in df.index[df[col].str.strip() == ""]:
            problems.append(Problem(name, int(idx) + 2, col, "", "required"))
    for col in NUMERIC.get(name, ()):
        num = pd.to_numeric(df[col], errors="coerce")
        for idx in df.index[num.isna()]:
            problems.append(Problem(name, int(idx) + 2, col, df.at[idx, col], "not_a_number"))
        df[col] = num
    for col in OPTIONAL_NUMERIC.get(name, ()):
        text = df[col].str.strip()
        num = pd.to_numeric(text.where(text != ""), errors="coerce")
        for idx in df.index[(text != "") & num.isna()]:
            problems.append(Problem(name, int(idx) + 2, col, df.at[idx, col], "not_a_number"))
        df[col] = num
    for col in DATE_COLUMNS.get(name, ()):
        parsed = pd.to_datetime(df[col].where(df[col].str.fullmatch(r"\d{4}-\d{2}-\d{2}")), errors="coerce")
        for idx in df.index[parsed.isna() & (df[col].str.strip() != "")]:
            problems.append(Problem(name, int(idx) + 2, col, df.at[idx, col], "bad_date"))
    for col, allowed in ALLOWED.get(name, {}).items():
        for idx in df.index[~df[col].isin(allowed)]:
            problems.append(Problem(name, int(idx) + 2, col, df.at[idx, col], "not_allowed"))
    if name in ("minimum_wage.csv", UMK_FILE):
        problems += _minimum_wage_rules(df, name)
    if problems:
        raise SchemaError(problems)
    return df


def _minimum_wage_rules(df: pd.DataFrame, name: str) -> list[Problem]:
    """An amount unless "not yet known"; alternatives are numbers; a disputed figure names its alternatives."""
    problems = []
    for idx, row in df.iterrows():
        where = int(idx) + 2
        status = row["figure_status"]
        if pd.isna(row["amount"]) and status != "not_yet_known":
            problems.append(Problem(name, where, "amount", "", "required"))
        alternatives = [a for a in str(row.get("alternatives", "")).split(";") if a.strip()]
        if any(pd.isna(pd.to_numeric(a, errors="coerce")) for a in alternatives):
            problems.append(Problem(name, where, "alternatives", row["alternatives"], "not_a_number"))
        elif status == "disputed" and not alternatives:
            problems.append(Problem(name, where, "alternatives", "", "required"))
    return problems


def load_minimum_wages(data_dir: Path | None = None) -> pd.DataFrame:
    """Provincial (UMP), US state and federal minimums, then the regency/city UMK rows beside them.

    UMK rows carry ``regency_code`` (Kemendagri, e.g. ``32.15``) and ``region`` = their province, so one
    frame answers "the floor at this workplace" (``core.floors.floor_in_force(..., regency=code)``).
    A folder without the UMK file (tests, an old refresh) loads the provincial rows alone.
    """
    wages = load_reference("minimum_wage.csv", data_dir)
    if not ((data_dir or DATA_DIR) / UMK_FILE).exists():
        return wages.assign(regency_code="", regency="", source_status="", source_2="")
    return pd.concat([wages, load_umk(data_dir)], ignore_index=True).fillna(
        {"regency_code": "", "regency": "", "source_status": "", "source_2": ""}
    )


def load_umk(data_dir: Path | None = None) -> pd.DataFrame:
    """The regency/city minimum wages (UMK), checked like the provincial table."""
    return load_reference(UMK_FILE, data_dir)


def load_exchange_rates(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("exchange_rates.csv", data_dir)


def load_role_templates(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("role_templates.csv", data_dir)


def load_requirements(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("requirements.csv", data_dir)


def load_certifications(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("certifications.csv", data_dir)


# --- official distributions (BLS OEWS) and BPS mean net wages -----------------------------------------

OEWS_FILES = {"national": "oews_national.csv", "sector": "oews_sectors.csv", "state": "oews_states.csv"}
OEWS_REQUIRED = ("year", "survey", "area_type", "area_title", "occ_code", "figure_kind", "source_title", "source_file")
OEWS_WAGES = (
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
WAGE_FLAGS = ("*", "#")  # * = not published (suppressed), # = above the top code
EMPLOYMENT_FLAGS = ("**",)  # employment estimate not published
BPS_FILE = "bps_net_wage_province.csv"
BPS_REQUIRED = ("region", "area_type", "period", "year", "figure_kind", "gross_net", "statistic", "source_title")
BPS_NUMBERS = ("mean_net_all_occupations", "mean_net_clerical")


def _required(df: pd.DataFrame, name: str, columns: tuple[str, ...]) -> list[Problem]:
    problems = [Problem(name, None, c, "", "missing_column") for c in columns if c not in df.columns]
    if problems:
        raise SchemaError(problems)
    return [Problem(name, int(i) + 2, c, "", "required") for c in columns for i in df.index[df[c].str.strip() == ""]]


def _numbers(df: pd.DataFrame, name: str, columns: tuple[str, ...], flags: tuple[str, ...]) -> list[Problem]:
    """Turn ``columns`` into floats (NaN when empty or flagged), the flag kept in ``<column>_flag``."""
    problems = []
    for col in columns:
        text = df[col].str.strip()
        flagged = text.isin(flags)
        num = pd.to_numeric(text.where((text != "") & ~flagged), errors="coerce")
        for i in df.index[(text != "") & ~flagged & (num.isna() | (num < 0))]:
            problems.append(Problem(name, int(i) + 2, col, df.at[i, col], "not_a_number"))
        df[col] = num
        df[f"{col}_flag"] = text.where(flagged, "")
    return problems


def load_oews(area_type: str, data_dir: Path | None = None) -> pd.DataFrame:
    """OEWS rows (``national``, ``sector`` or ``state``): wages and employment as floats, BLS flags beside them."""
    name = OEWS_FILES[area_type]
    df = read_text_csv((data_dir or DATA_DIR) / name)
    _required(df, name, OEWS_WAGES + ("tot_emp",))  # the columns must exist; their cells may be empty
    problems = _required(df, name, OEWS_REQUIRED)
    problems += _numbers(df, name, OEWS_WAGES, WAGE_FLAGS)
    problems += _numbers(df, name, ("tot_emp",), EMPLOYMENT_FLAGS)
    for i in df.index[df["area_type"] != area_type]:
        problems.append(Problem(name, int(i) + 2, "area_type", df.at[i, "area_type"], "not_allowed"))
    year = pd.to_numeric(df["year"], errors="coerce")
    for i in df.index[year.isna()]:
        problems.append(Problem(name, int(i) + 2, "year", df.at[i, "year"], "bad_year"))
    if problems:
        raise SchemaError(problems)
    df["year"] = year.astype(int)
    return df


def load_bps_net_wages(data_dir: Path | None = None) -> pd.DataFrame:
    """BPS mean net monthly wages by province (and the national row), Rupiah per month."""
    df = read_text_csv((data_dir or DATA_DIR) / BPS_FILE)
    problems = _required(df, BPS_FILE, BPS_REQUIRED + BPS_NUMBERS)
    problems += _numbers(df, BPS_FILE, BPS_NUMBERS, ())
    for i in df.index[df["gross_net"] != "net"]:
        problems.append(Problem(BPS_FILE, int(i) + 2, "gross_net", df.at[i, "gross_net"], "not_allowed"))
    if problems:
        raise SchemaError(problems)
    df["year"] = pd.to_numeric(df["year"]).astype(int)
    return df
