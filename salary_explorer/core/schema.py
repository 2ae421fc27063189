"""The one tidy schema every salary row follows, bundled or uploaded.

Validation returns the good rows plus a list of ``Problem`` records (file,
row, column, value, code) so the UI can explain each rejection in the user's
language instead of showing a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

PAY_PERIODS = ("hour", "day", "week", "month", "year", "item")
PERIODIC = ("hour", "day", "week", "month", "year")  # "item" is a per-item commission, never a wage
CURRENCIES = ("IDR", "USD")  # the ones the rates table converts; uploads may carry any ISO 4217 code
LEVELS = ("intern", "junior_staff", "senior_staff", "specialist", "supervisor", "manager", "unspecified")
INDUSTRIES = ("banking", "logistics", "online_shop", "general_staff", "unspecified")
GROSS_NET = ("gross", "net", "unknown")
SOURCE_KINDS = ("article_estimate", "job_ad", "survey", "government", "user_upload")

# column -> (dtype, allowed values or None, required?)
SALARY_COLUMNS: dict[str, tuple[str, tuple[str, ...] | None, bool]] = {
    "record_id": ("text", None, True),
    "country": ("text", None, True),
    "province": ("text", None, False),  # Indonesian province (short form, as in minimum_wage.csv) or US state
    "regency_code": ("text", None, False),  # Kemendagri code of the regency/city ("32.15"), when the place names one
    "currency": ("currency", None, True),
    "pay_period": ("text", PAY_PERIODS, True),
    "industry": ("text", None, True),
    "level": ("text", None, True),
    "role": ("text", None, True),
    "pay_min": ("number", None, False),
    "pay_typical": ("number", None, False),
    "pay_max": ("number", None, False),
    "year": ("year", None, False),
    "gross_net": ("text", GROSS_NET, True),
    "source_kind": ("text", SOURCE_KINDS, True),
    "source_title": ("text", None, True),
    "source_file": ("text", None, False),
    "source_year": ("year", None, False),
    "figure_note": ("text", None, False),
    "derivation": ("text", None, False),
}
MONEY_COLUMNS = ("pay_min", "pay_typical", "pay_max")
TEXT_COLUMNS = tuple(c for c, (kind, _, _) in SALARY_COLUMNS.items() if kind in ("text", "currency"))
# Bundled CSVs may only use the known vocabularies; uploads map onto them.
BUNDLED_VOCAB = {"level": LEVELS, "industry": INDUSTRIES, "country": ("ID", "US"), "currency": CURRENCIES}


@dataclass(frozen=True)
class Problem:
    """One reason a row (or a whole file) was rejected; ``row`` is 1-based as in a spreadsheet, header = row 1."""

    file: str
    row: int | None
    column: str | None
    value: str
    code: str  # an i18n key: problem.<code>
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def long_row(cls, file: str, row: int, cells: list[str], delimiter: str, expected: int) -> Problem:
        """A row with more cells than the header (salary imports and band files say it the same way)."""
        found = {"expected": expected, "found": len(cells)}
        return cls(file, row, None, delimiter.join(cells)[:80], "ragged_row", found)


class SchemaError(ValueError):
    """A bundled file does not follow the schema; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        super().__init__(
            f"{first.file}: row {first.row}, column {first.column}: {first.code} ({first.value!r})"
            + (f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else "")
        )


def empty_salary_frame() -> pd.DataFrame:
    return coerce_types(pd.DataFrame({c: pd.Series(dtype="object") for c in SALARY_COLUMNS}))


def coerce_types(df: pd.DataFrame) -> pd.DataFrame:
    """Give validated rows their final dtypes: float money, nullable Int years, str text."""
    out = df.copy()
    for col, (kind, _, _) in SALARY_COLUMNS.items():
        if col not in out.columns:  # an optional column a frame was built without (e.g. province)
            out[col] = pd.NA if kind in ("number", "year") else ""
        if kind == "number":
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
        elif kind == "year":
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
        else:
            out[col] = out[col].fillna("").astype(str)
    return out[list(SALARY_COLUMNS)]


def validate_salary_frame(
    raw: pd.DataFrame, file_name: str, vocab: dict[str, tuple[str, ...]] | None = None, first_row: int = 2
) -> tuple[pd.DataFrame, list[Problem]]:
    """Check a raw (all-text) frame against the schema.

    Returns the accepted rows, typed, and one Problem per rejected cell. A
    missing column is a file-level problem and rejects everything.
    """
    missing = [c for c, (_, _, required) in SALARY_COLUMNS.items() if c not in raw.columns and required]
    if missing:
        return empty_salary_frame(), [Problem(file_name, None, c, "", "missing_column") for c in missing]
    df = raw.copy()
    for col in SALARY_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df.fillna("")
    for col in SALARY_COLUMNS:
        df[col] = df[col].astype(str).str.strip()
    problems: list[Problem] = []
    bad = pd.Series(False, index=df.index)
    rownum = pd.Series(range(first_row, first_row + len(df)), index=df.index)

    def flag(mask: pd.Series, col: str, code: str) -> None:
        nonlocal bad
        mask = mask & ~bad  # one problem per row is enough to reject it
        for idx in df.index[mask]:
            problems.append(Problem(file_name, int(rownum[idx]), col, str(df.at[idx, col]), code))
        bad = bad | mask

    vocab = vocab or {}
    for col, (kind, allowed, required) in SALARY_COLUMNS.items():
        values = df[col]
        if required:
            flag(values == "", col, "required")
        if kind == "number":
            num = pd.to_numeric(values.where(values != ""), errors="coerce")
            flag((values != "") & num.isna(), col, "not_a_number")
            flag(num < 0, col, "negative")
        elif kind == "currency":
            flag((values != "") & ~values.str.fullmatch(r"[A-Z]{3}"), col, "bad_currency")
        elif kind == "year":
            num = pd.to_numeric(values.where(values != ""), errors="coerce")
            flag((values != "") & (num.isna() | (num % 1 != 0) | (num < 1900) | (num > 2100)), col, "bad_year")
        allowed = vocab.get(col, allowed)
        if allowed:
            flag((values != "") & ~values.isin(allowed), col, "not_allowed")
    nums = {c: pd.to_numeric(df[c].where(df[c] != ""), errors="coerce") for c in MONEY_COLUMNS}
    flag(nums["pay_min"].isna() & nums["pay_typical"].isna() & nums["pay_max"].isna(), "pay_min", "no_pay")
    flag(nums["pay_min"] > nums["pay_max"], "pay_min", "min_above_max")
    flag(df["record_id"].duplicated(keep="first") & (df["record_id"] != ""), "record_id", "duplicate_id")
    return coerce_types(df[~bad]), problems
