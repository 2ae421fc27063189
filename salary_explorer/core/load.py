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
    "minimum_wage.csv": ("country", "region", "wage_kind", "amount", "currency", "pay_period", "year", "source_title"),
    "exchange_rates.csv": ("year", "idr_per_usd", "rate_kind", "source_title"),
    "role_templates.csv": ("template_id", "name_en", "name_id", "min_education", "source_title"),
    "requirements.csv": ("template_id", "category", "item_id", "label_en", "label_id", "importance", "source_title"),
    "certifications.csv": ("cert_id", "name", "source_title"),
}
REGIONS_FILE = "id_regions.csv"  # Indonesian regions (MIT, see data/id_regions_LICENSE.txt)
NUMERIC = {"minimum_wage.csv": ("amount", "year"), "exchange_rates.csv": ("idr_per_usd", "year")}


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
    if problems:
        raise SchemaError(problems)
    return df


def load_minimum_wages(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("minimum_wage.csv", data_dir)


def load_exchange_rates(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("exchange_rates.csv", data_dir)


def load_role_templates(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("role_templates.csv", data_dir)


def load_requirements(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("requirements.csv", data_dir)


def load_certifications(data_dir: Path | None = None) -> pd.DataFrame:
    return load_reference("certifications.csv", data_dir)
