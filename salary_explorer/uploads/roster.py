"""A team roster (CSV or Excel): bytes in, one tidy row per employee plus a row-level report out.

It goes through the salary import's own steps, not a copy of them: ``importer.read_table``
(encodings, delimiters, ragged rows), ``parse.parse_series`` (``Rp 5.500.000``, ``5,5 jt``,
``$18.50``, ``85,000``), and ``vocabulary.guess_mapping`` with the roster's own header words in
English and Indonesian. Excel files are read with pandas; their numeric cells are taken as the
numbers they are (``12.125`` in a cell is twelve, not twelve thousand).

The tidy roster (``ROSTER_COLUMNS``) is what ``bands.team`` checks against a band ladder and the
legal floor. Whole-file problems raise ``importer.ImportError_``; a rejected row comes back as a
``Problem`` with its spreadsheet row, column, value and reason.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from ..core.i18n import LANGUAGES, t
from ..core.schema import CURRENCIES, LEVELS, PERIODIC, Problem
from . import importer
from .parse import parse_series
from .vocabulary import (
    CURRENCY_WORDS,
    DS_LEVEL_CODES,
    HEADER_SYNONYMS,
    INDUSTRY_WORDS,
    LEVEL_WORDS,
    PERIOD_WORDS,
    SAMPLE_ROWS,
    guess_currency,
    guess_mapping,
    guess_period,
)

# Fields in tie-break order: when one header fits two fields, the earlier field gets it.
ROSTER_FIELDS = ("pay", "level", "region", "group", "hire_date", "currency", "pay_period", "industry", "employee")
ROSTER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee": (
        "employee",
        "employee_id",
        "employee_name",
        "emp_id",
        "name",
        "full_name",
        "nama",
        "nama_karyawan",
        "nama_pegawai",
        "karyawan",
        "pegawai",
        "id_karyawan",
        "nik",
        "nip",
        "id",
        "staff",
        "staf",
    ),
    "level": (*HEADER_SYNONYMS["level"], "grade", "job_level", "golongan", "jenjang_jabatan"),
    "region": (
        "region",
        "province",
        "provinsi",
        "state",
        "us_state",
        "negara_bagian",
        "wilayah",
        "daerah",
        "lokasi",
        "location",
        "work_location",
        "lokasi_kerja",
        "penempatan",
        "city",
        "kota",
        "regency",
        "kabupaten",
        "kabupaten_kota",
        "kab_kota",
        "kota_kabupaten",
        "workplace",
        "tempat_kerja",
    ),
    "pay": (*HEADER_SYNONYMS["pay_typical"], "base_pay", "base_salary", "monthly_salary", "hourly_rate", "pay_rate"),
    "currency": HEADER_SYNONYMS["currency"],
    "pay_period": HEADER_SYNONYMS["pay_period"],
    "industry": HEADER_SYNONYMS["industry"],
    "group": ("group", "gender", "sex", "jenis_kelamin", "kelamin", "kelompok", "golongan_kelompok"),
    "hire_date": (
        "hire_date",
        "hired",
        "date_hired",
        "start_date",
        "join_date",
        "joined",
        "tanggal_masuk",
        "tgl_masuk",
        "tanggal_bergabung",
        "mulai_kerja",
        "tanggal_mulai",
    ),
}
FORM_FIELDS = ("employee", "level", "region", "pay", "currency", "pay_period", "industry", "group", "hire_date")
ROSTER_COLUMNS = (
    "row",
    "employee",
    "level",
    "industry",
    "region",
    "pay",
    "currency",
    "pay_period",
    "group",
    "hire_date",
)
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")


@dataclass(frozen=True)
class RosterMapping:
    """Which column feeds which roster field; hashable, so it can key a cache.

    Fields without a column take the file-wide value: ``currency``, ``pay_period``
    and ``region`` (a team in one province). ``level_codes`` translates the file's
    own level words (``L1`` -> junior_staff).
    """

    columns: tuple[tuple[str, str], ...]
    currency: str = "IDR"
    pay_period: str = "month"
    region: str = ""
    decimal: str | None = None
    level_codes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def build(
        cls,
        columns: dict[str, str | None],
        currency: str = "IDR",
        pay_period: str = "month",
        region: str = "",
        decimal: str | None = None,
        level_codes: dict[str, str] | None = None,
    ) -> RosterMapping:
        cols = tuple((f, c) for f, c in columns.items() if c and f in ROSTER_FIELDS)
        return cls(cols, currency, pay_period, region.strip(), decimal, tuple((level_codes or {}).items()))

    def column(self, fld: str) -> str | None:
        return dict(self.columns).get(fld)


@dataclass
class RosterResult:
    roster: pd.DataFrame  # ROSTER_COLUMNS, accepted rows only
    problems: list[Problem]  # one or more per rejected row
    rows_read: int
    file_name: str
    encoding: str
    mapping: RosterMapping
    unknown_levels: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return len(self.roster)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems})


@dataclass(frozen=True)
class RosterInspection:
    """What the mapping form needs: headers, a text sample and the guesses."""

    encoding: str
    headers: tuple[str, ...]
    sample: pd.DataFrame
    guess: dict[str, str | None]
    currency_guess: str | None
    period_guess: str | None


def _fail(file_name: str, code: str, value: str = "", column: str | None = None, **params) -> importer.ImportError_:
    return importer.ImportError_(Problem(file_name, None, column, value, code, dict(params)))


def is_excel(file_name: str) -> bool:
    return file_name.lower().endswith(EXCEL_SUFFIXES)


def read_raw(data: bytes, file_name: str, max_bytes: int | None = None, nrows: int | None = None) -> importer.RawTable:
    """The roster as a raw table: CSV through the salary importer, Excel through pandas.

    Excel cells keep their type (numbers, dates); CSV cells are all text.
    """
    if not is_excel(file_name):
        return importer.read_table(data, file_name, max_bytes=max_bytes, nrows=nrows)
    if max_bytes is not None and len(data) > max_bytes:
        raise _fail(file_name, "too_large", size=round(len(data) / 1e6, 1), limit=round(max_bytes / 1e6, 1))
    if not data.strip():
        raise _fail(file_name, "empty_file")
    try:
        frame = pd.read_excel(io.BytesIO(data), dtype=object, nrows=nrows, keep_default_na=False)
    except Exception:  # any unreadable workbook is one clear message, never pandas' or openpyxl's wording
        raise _fail(file_name, "roster_unreadable") from None
    header = [str(c).strip() for c in frame.columns]
    bad = sorted({h for h in header if header.count(h) > 1}) + [h for h in header if h.startswith("Unnamed:")]
    if bad or "" in header:
        raise _fail(file_name, "bad_header", ", ".join(bad))
    frame.columns = header
    frame = frame.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else v)
    blank = frame.map(lambda v: isinstance(v, str) and not v.strip()).all(axis=1)
    rownum = pd.Series(frame.index + 2, index=frame.index)[~blank]
    frame = frame[~blank]
    if frame.empty:
        raise _fail(file_name, "no_rows")
    frame = frame.reset_index(drop=True)
    text = pa.table({c: pa.array([str(v) for v in frame[c]], pa.string()) for c in frame.columns})
    raw = importer.RawTable(text, "Excel", "", rownum.reset_index(drop=True))
    raw.__dict__["frame"] = frame  # the typed cells (numbers, dates) in place of the text view, for to_roster
    return raw


def _as_text(values: pd.Series) -> pd.Series:
    return values.map(lambda v: v if isinstance(v, str) else str(v)).str.strip()


def guess_roster_mapping(headers: list[str]) -> dict[str, str | None]:
    """Roster field -> the column that most likely holds it, from English or Indonesian headers."""
    return guess_mapping(headers, ROSTER_SYNONYMS, ROSTER_FIELDS)


def inspect_roster(data: bytes, file_name: str, max_bytes: int | None = None) -> RosterInspection:
    """Read the first rows and guess the mapping; whole-file problems raise ``importer.ImportError_``."""
    raw = read_raw(data, file_name, max_bytes=max_bytes, nrows=SAMPLE_ROWS)
    headers = tuple(raw.frame.columns)
    guess = guess_roster_mapping(list(headers))
    sample = raw.frame.map(lambda v: v if isinstance(v, str) else str(v))
    pay = guess.get("pay")
    currency = guess_currency(sample[pay]) if pay else None
    period = guess_period(sample[pay], currency or "IDR") if pay else None
    return RosterInspection(raw.encoding, headers, sample, guess, currency, period)


def _level_words(mapping: RosterMapping) -> dict[str, str]:
    """Every way a level may be written: codes, English and Indonesian words, our own labels."""
    words = {k.lower(): v for k, v in DS_LEVEL_CODES.items()}
    words.update(LEVEL_WORDS)
    for lv in LEVELS:
        words[lv] = lv
        words[lv.replace("_", " ")] = lv
        for lang in LANGUAGES:
            words[t(f"level.{lv}", lang).lower()] = lv
    words.update({k.strip().lower(): v for k, v in mapping.level_codes})
    return words


def unknown_levels(sample: pd.DataFrame, column: str | None, limit: int = 12) -> list[str]:
    """The level values in the sample that no level word matches, for the user to assign."""
    if not column or column not in sample.columns:
        return []
    words = _level_words(RosterMapping(()))
    values = [v for v in pd.unique(_as_text(sample[column])) if v]
    return [v for v in values if words.get(v.lower(), "unspecified") == "unspecified"][:limit]


def _lookup(values: pd.Series, words: dict[str, str]) -> pd.Series:
    table = {u: words.get(u.lower()) for u in pd.unique(values)}
    return values.map(table)


def _parse_pay(values: pd.Series, decimal: str | None) -> tuple[pd.Series, pd.Series]:
    """Numbers from pay cells: Excel numbers as they are, text through the salary parser."""
    typed = values.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    text = values.where(~typed, "").map(str)
    numbers, bad = parse_series(text, decimal)
    numbers = numbers.where(~typed, pd.to_numeric(values.where(typed), errors="coerce"))
    return numbers.astype("float64"), bad & ~typed


def _parse_dates(values: pd.Series, us_style: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates as ISO (2024-01-15), day first (15/01/2024, Indonesian) or month first for US-dollar rows."""
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    typed = values.map(lambda v: isinstance(v, (dt.date, pd.Timestamp)))
    out[typed] = pd.to_datetime(values[typed], errors="coerce")
    text = values.where(~typed, "").map(str).str.strip()
    iso = pd.to_datetime(text.where(text != ""), format="ISO8601", errors="coerce")
    out = out.where(typed | iso.isna(), iso)
    rest = ~typed & iso.isna() & (text != "")
    for us in (False, True):
        sel = rest & (us_style == us)
        if sel.any():
            parsed = pd.to_datetime(text[sel], dayfirst=not us, format="mixed", errors="coerce")
            out[sel] = parsed
    bad = (text != "") & ~typed & out.isna()
    return out.dt.date.where(out.notna(), None), bad


def to_roster(raw: importer.RawTable, mapping: RosterMapping, file_name: str) -> RosterResult:
    """Map, parse and check every row; a row with any problem is left out and reported."""
    df, cols = raw.frame, dict(mapping.columns)
    missing = [c for c in cols.values() if c not in df.columns]
    if missing:
        raise _fail(file_name, "missing_column", ", ".join(missing))
    for required in ("pay", "level"):
        if not cols.get(required):
            raise _fail(file_name, f"roster_no_{required}_column")
    if not cols.get("region") and not mapping.region:
        raise _fail(file_name, "roster_no_region")
    problems: list[Problem] = list(raw.problems)  # ragged rows, already left out
    rejected = pd.Series(False, index=df.index)

    def flag(mask: pd.Series, fld: str, code: str, original: pd.Series, **params) -> None:
        nonlocal rejected
        mask = mask & ~rejected  # one reason per row is enough; the first found is the most basic
        for idx in df.index[mask]:
            problems.append(
                Problem(file_name, int(raw.rownum.iloc[idx]), cols.get(fld, fld), str(original[idx]), code, params)
            )
        rejected = rejected | mask

    def text(fld: str) -> pd.Series:
        return _as_text(df[cols[fld]]) if cols.get(fld) else pd.Series("", index=df.index)

    out = pd.DataFrame(index=df.index)
    out["row"] = raw.rownum.astype(int)
    pay_raw = df[cols["pay"]]
    pay, bad_pay = _parse_pay(pay_raw, mapping.decimal)
    flag(_as_text(pay_raw) == "", "pay", "required", _as_text(pay_raw))
    flag(bad_pay, "pay", "not_a_number", _as_text(pay_raw))
    flag(pay < 0, "pay", "negative", _as_text(pay_raw))
    out["pay"] = pay

    levels_text = text("level")
    levels = _lookup(levels_text, _level_words(mapping))
    unknown = levels.isna() | (levels == "unspecified")
    flag(unknown & (levels_text == ""), "level", "required", levels_text)
    flag(unknown, "level", "roster_unknown_level", levels_text)
    out["level"] = levels.fillna("unspecified")

    if cols.get("currency"):
        cur_text = text("currency")
        currency = _lookup(cur_text, {**CURRENCY_WORDS, **{c.lower(): c for c in CURRENCIES}})
        flag(cur_text == "", "currency", "required", cur_text)
        flag(currency.isna(), "currency", "roster_currency", cur_text)
        out["currency"] = currency.fillna("")
    else:
        out["currency"] = mapping.currency
    if cols.get("pay_period"):
        per_text = text("pay_period")
        period = _lookup(per_text, {**PERIOD_WORDS, **{p: p for p in PERIODIC}})
        flag(per_text == "", "pay_period", "required", per_text)
        flag(period.isna() | (period == "item"), "pay_period", "not_allowed", per_text)
        out["pay_period"] = period.fillna("")
    else:
        out["pay_period"] = mapping.pay_period

    if cols.get("region"):
        region = text("region")
        if mapping.region:
            region = region.where(region != "", mapping.region)
        flag(region == "", "region", "required", region)
        out["region"] = region
    else:
        out["region"] = mapping.region

    if cols.get("employee"):
        employee = text("employee")
        flag(employee == "", "employee", "required", employee)
        out["employee"] = employee
    else:
        out["employee"] = "#" + out["row"].astype(str)

    industry = text("industry")
    found = _lookup(industry, {**INDUSTRY_WORDS, **{i.replace("_", " "): i for i in INDUSTRY_WORDS.values()}})
    out["industry"] = found.where(found.notna(), industry).replace("", "unspecified")
    out["group"] = text("group")

    if cols.get("hire_date"):
        dates_raw = df[cols["hire_date"]]
        dates, bad_dates = _parse_dates(dates_raw, out["currency"] == "USD")
        flag(bad_dates, "hire_date", "roster_bad_date", _as_text(dates_raw))
        out["hire_date"] = dates
    else:
        out["hire_date"] = None

    problems.sort(key=lambda p: p.row or 0)
    unknown_levels = sorted(set(levels_text[unknown & (levels_text != "")]))[:20]
    roster = out[~rejected][list(ROSTER_COLUMNS)].reset_index(drop=True)
    return RosterResult(roster, problems, len(df) + len(raw.problems), file_name, raw.encoding, mapping, unknown_levels)


def read_roster(
    data: bytes, file_name: str, mapping: RosterMapping | None = None, max_bytes: int | None = None
) -> RosterResult:
    """Everything in one call; without a mapping, the guessed one (currency and period from the pay cells)."""
    raw = read_raw(data, file_name, max_bytes=max_bytes)
    if mapping is None:
        inspection = inspect_roster(data, file_name, max_bytes)
        mapping = RosterMapping.build(
            inspection.guess,
            currency=inspection.currency_guess or "IDR",
            pay_period=inspection.period_guess or "month",
        )
    return to_roster(raw, mapping, file_name)
