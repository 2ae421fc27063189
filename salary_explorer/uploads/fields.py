"""The importer's output columns, one function per schema field, each with the checks its values fail.

Every builder takes the ``Upload`` (the file's text columns and the mapping)
and returns a ``Column``: the field's values for every row (or one value for
all rows when the field is fixed for the whole file) and, in the order
``schema.validate_salary_frame`` tries them, the rows each check rejects.
The importer applies the checks once, over arrays; nothing is converted
twice. Columns that repeat a few texts (levels, currencies, pay figures,
years) are worked per distinct value (``columnar.Coded``).

To add a field step: write ``def my_field(up: Upload) -> Column`` and put it
in ``BUILDERS``; a mapping field the user can set is read with
``up.column(...)`` / ``up.fixed(...)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..core.schema import GROSS_NET, INDUSTRIES, LEVELS, PERIODIC, SALARY_COLUMNS
from .columnar import Coded, text
from .dates import years_from_dates
from .parse import parse_distinct
from .vocabulary import COUNTRY_WORDS, CURRENCY_WORDS, GROSS_NET_WORDS, INDUSTRY_WORDS, LEVEL_WORDS, PERIOD_WORDS

# Allowed values for uploads (the bundled files' vocabularies are stricter: schema.BUNDLED_VOCAB).
VOCAB = {"level": LEVELS, "industry": INDUSTRIES, "pay_period": PERIODIC + ("item",), "gross_net": GROSS_NET}
OBJECT_COLUMNS = ("source_title", "source_file", "derivation")  # one shared Python string for every row
Mask = np.ndarray | np.bool_


@dataclass
class Upload:
    """The file as text columns (by the user's header), the mapping and what every row shares."""

    table: pa.Table
    columns: dict[str, str]  # field -> the user's column
    mapping: object  # importer.Mapping: .value(field), .decimal, .level_codes
    stem: str  # record ids are "<stem>:<id or row>"
    rownum: np.ndarray  # each row's line in a spreadsheet
    constants: dict[str, str]  # source_title, source_file, derivation
    _coded: dict[str, Coded] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.rownum)

    def column(self, fld: str) -> pa.ChunkedArray | None:
        """The user's column mapped to ``fld``, as text, or None when the field is fixed for the file."""
        name = self.columns.get(fld)
        return text(self.table[name]) if name else None

    def coded(self, fld: str) -> Coded:
        if fld not in self._coded:
            self._coded[fld] = Coded.of(self.table[self.columns[fld]])
        return self._coded[fld]

    def keep(self, rows: np.ndarray) -> None:
        """Keep only ``rows`` (a flag per row), before any builder runs; codes already taken follow."""
        self.table = self.table.filter(pa.array(rows))
        self.rownum = self.rownum[rows]
        self._coded = {fld: Coded(coded.codes[rows], coded.dictionary) for fld, coded in self._coded.items()}

    def release(self) -> None:
        """Drop the file's columns and codes (every builder has run)."""
        self.table = self.table.schema.empty_table()
        self._coded.clear()

    def fixed(self, fld: str, default: str = "") -> str:
        return str(self.mapping.value(fld) or default).strip()


@dataclass
class Column:
    """One output field: values per row (or one for all), and the rows each check rejects, in order."""

    values: object
    checks: list[tuple[str, Mask]] = field(default_factory=list)
    late: list[tuple[str, Mask]] = field(default_factory=list)  # after every field's own checks (duplicates)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # for the report, e.g. dates that gave no year


# ---------- checks on distinct values ----------
def rule_checks(fld: str, values: list[str]) -> list[tuple[str, np.ndarray]]:
    """The schema's checks for a text field, one flag per value: required, currency code, allowed words."""
    kind, allowed, required = SALARY_COLUMNS[fld]
    allowed = VOCAB.get(fld, allowed)
    filled = np.array([v != "" for v in values], dtype=bool)
    checks = []
    if required:
        checks.append(("required", ~filled))
    if kind == "currency":
        checks.append(("bad_currency", filled & np.array([not re.fullmatch(r"[A-Z]{3}", v) for v in values], bool)))
    if allowed:
        checks.append(("not_allowed", filled & np.array([v not in allowed for v in values], dtype=bool)))
    return [(code, flags) for code, flags in checks if flags.any()]


def _year_numbers(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Years as numbers (NaN when empty) and a flag for non-years, as validation reads them."""
    text_values = pd.Series(values, dtype=object)
    num = pd.to_numeric(text_values.where(text_values != ""), errors="coerce").astype("float64").to_numpy()
    filled = (text_values != "").to_numpy()
    with np.errstate(invalid="ignore"):
        bad = filled & (np.isnan(num) | (num % 1 != 0) | (num < 1900) | (num > 2100))
    return num, bad


# ---------- text fields ----------
def fixed(up: Upload, fld: str, default: str = "") -> Column:
    """The mapping's one value for the whole file, checked once."""
    value = up.fixed(fld, default)
    return Column(value, [(code, flags[0]) for code, flags in rule_checks(fld, [value])])


def _lookup(values: list[str], words: dict[str, str] | None) -> list[str]:
    return values if words is None else [words.get(v.strip().lower(), v.strip()) for v in values]


def worded(fld: str, words: dict[str, str] | None = None, after: Callable[[list[str]], list[str]] | None = None):
    """A builder for a text field: the user's column through ``words`` (unknown words kept), else the fixed value."""

    def build(up: Upload) -> Column:
        if fld not in up.columns:
            return fixed(up, fld)
        coded = up.coded(fld)
        values = _lookup(coded.uniques, words)
        values = after(values) if after else values
        return Column(coded.objects(values), [(code, coded.mask(flags)) for code, flags in rule_checks(fld, values)])

    build.__name__ = fld
    return build


def _upper(values: list[str]) -> list[str]:
    return pc.utf8_upper(pa.array(values, pa.string())).to_pylist()  # as the Arrow-backed .str.upper() does


def _known_industry(values: list[str]) -> list[str]:
    return [v if v in INDUSTRIES else "unspecified" for v in values]


country = worded("country", COUNTRY_WORDS)
currency = worded("currency", CURRENCY_WORDS, _upper)
pay_period = worded("pay_period", PERIOD_WORDS)
gross_net = worded("gross_net", GROSS_NET_WORDS)
industry = worded("industry", {**INDUSTRY_WORDS, **{i: i for i in INDUSTRIES}}, _known_industry)


def level(up: Upload) -> Column:
    """Level words and the mapping's codes (EN -> junior_staff); anything else is 'unspecified' and noted."""
    if "level" not in up.columns:
        return fixed(up, "level", "unspecified")
    words = {**LEVEL_WORDS, **{k.lower(): v for k, v in up.mapping.level_codes}, **{lv: lv for lv in LEVELS}}
    coded = up.coded("level")
    values = _lookup(coded.uniques, words)
    unknown = sorted({v for v, there in zip(values, coded.present) if there and v not in LEVELS and v != ""})[:20]
    final = [v if v in LEVELS else "unspecified" for v in values]
    return Column(coded.objects(final), notes=unknown)


def role(up: Upload) -> Column:
    if "role" not in up.columns:
        return fixed(up, "role")
    coded = up.coded("role")
    return Column(
        coded.objects(coded.uniques), [(code, coded.mask(flags)) for code, flags in rule_checks("role", coded.uniques)]
    )


def record_id(up: Upload) -> Column:
    """``<file stem>:<the user's id>``, or ``<file stem>:<row>``; a repeated id rejects the later rows."""
    prefix = pa.scalar(f"{up.stem}:", pa.large_string())
    none = pa.scalar("", pa.large_string())
    if "record_id" not in up.columns:
        rows = pc.cast(pa.array(up.rownum), pa.large_string())
        return Column(pc.binary_join_element_wise(prefix, rows, none))
    coded = up.coded("record_id")
    ids = pc.cast(coded.dictionary, pa.large_string())
    empty = pc.equal(pc.binary_length(ids), 0)
    per_unique = pc.if_else(empty, none, pc.binary_join_element_wise(prefix, ids, none))
    same = pc.dictionary_encode(ids).indices.to_numpy(zero_copy_only=False)  # ids equal once trimmed
    empty = empty.to_numpy(zero_copy_only=False)
    repeated = pd.Series(same[coded.codes]).duplicated(keep="first").to_numpy() & ~coded.spread(empty)
    required = [("required", coded.mask(empty))] if empty.any() else []
    return Column(per_unique.take(pa.array(coded.codes)), required, [("duplicate_id", repeated)])


# ---------- numbers ----------
def pay(fld: str):
    """A builder for a pay field: each distinct text read once (Indonesian and US formats)."""

    def build(up: Upload) -> Column:
        if fld not in up.columns:
            return Column(np.float64(np.nan))
        coded = up.coded(fld)
        numbers, bad = parse_distinct(coded.dictionary, up.mapping.decimal)
        if bad.any():  # validation reads the text a second way; a figure like "1e5" passes it
            second = pd.to_numeric(pd.Series(coded.dictionary.filter(pa.array(bad)).to_pylist()), errors="coerce")
            numbers[bad] = second.astype("float64").to_numpy()
            bad[bad] = np.isnan(numbers[bad])
        values = coded.spread(numbers)
        checks = [("not_a_number", coded.mask(bad))]
        negative = values < 0
        if negative.any():
            checks.append(("negative", negative))
        return Column(values, checks)

    build.__name__ = fld
    return build


def year(up: Upload) -> Column:
    """The year column; without one, the year in a date column (issue 15), else the mapping's year for the file."""
    if "year" not in up.columns:
        value = up.fixed("year")
        num, bad = _year_numbers([value])
        if "date" in up.columns:
            return _year_from_date(up, num[0], bad[0])
        return Column(np.float64(num[0]), [("bad_year", bad[0])] if bad[0] else [])
    coded = up.coded("year")
    num, bad = _year_numbers(coded.uniques)
    return Column(coded.spread(num), [("bad_year", coded.mask(bad))] if bad.any() else [])


def _year_from_date(up: Upload, fixed_year: float, fixed_bad: bool) -> Column:
    """Each distinct date text read once (``dates.years_from_dates``); where it gives no year, the file's year
    (checked as such). Non-empty dates that give none are counted for the report."""
    coded = up.coded("date")
    years, unreadable = years_from_dates(pd.Series(coded.uniques, dtype="string"))
    found = years.to_numpy(dtype="float64", na_value=np.nan)
    none = np.isnan(found)
    per_unique = np.where(none, fixed_year, found)
    rows = np.bincount(coded.codes, minlength=len(found)) if len(coded.codes) else np.zeros(len(found), np.int64)
    checks = [("bad_year", coded.mask(none))] if fixed_bad and none.any() else []
    return Column(
        coded.spread(per_unique), checks, counts={"dates_unreadable": int(rows[unreadable.to_numpy(bool)].sum())}
    )


def province(up: Upload) -> Column:
    """The place column's text, trimmed (issue 15); ``enrich.place`` turns it into provinces after the checks."""
    if "province" not in up.columns:
        return Column("")
    coded = up.coded("province")
    return Column(coded.objects(coded.uniques))


def constant(fld: str, value: str | None = None):
    """A builder for a field every uploaded row shares (source kind, file name, derivation note)."""

    def build(up: Upload) -> Column:
        return Column(up.constants.get(fld, "") if value is None else value)

    build.__name__ = fld
    return build


BUILDERS: dict[str, Callable[[Upload], Column]] = {  # in schema order: the order checks are tried
    "record_id": record_id,
    "country": country,
    "province": province,
    "currency": currency,
    "pay_period": pay_period,
    "industry": industry,
    "level": level,
    "role": role,
    "pay_min": pay("pay_min"),
    "pay_typical": pay("pay_typical"),
    "pay_max": pay("pay_max"),
    "year": year,
    "gross_net": gross_net,
    "source_kind": constant("source_kind", "user_upload"),
    "source_title": constant("source_title"),
    "source_file": constant("source_file"),
    "source_year": constant("source_year", ""),
    "figure_note": constant("figure_note", ""),
    "derivation": constant("derivation"),
}
