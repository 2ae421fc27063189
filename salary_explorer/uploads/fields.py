"""The importer's output columns, one function per schema field, each with the checks its values fail.

Every builder takes the ``Upload`` (the file's text columns and the mapping)
and returns a ``Column``: the field's values for every row (or one value for
all rows when the field is fixed for the whole file) and, in the order
``schema.validate_salary_frame`` tries them, the rows each check rejects.
The importer applies the checks once, over arrays; nothing is converted
twice. Columns that repeat a few texts (levels, currencies, pay figures,
years) are worked per distinct value (``columnar.Coded``), and text fields
come back as codes into their texts (``columnar.Texts``), never a Python
object per row.

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
from .columnar import Coded, occurrences, text
from .dates import years_from_dates
from .parse import parse_distinct, parse_ranges
from .vocabulary import (
    COUNTRY_WORDS,
    CURRENCY_WORDS,
    GROSS_NET_WORDS,
    INDUSTRY_WORDS,
    PAY_FIELDS,
    PERIOD_WORDS,
    level_word,
)

# Allowed values for uploads (the bundled files' vocabularies are stricter: schema.BUNDLED_VOCAB).
VOCAB = {"level": LEVELS, "industry": INDUSTRIES, "pay_period": PERIODIC + ("item",), "gross_net": GROSS_NET}
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
    _pay: dict[str, tuple[np.ndarray, ...]] | None = None  # pay field -> (number, bad, low, high) per distinct text

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

    def pay_numbers(self, fld: str) -> tuple[np.ndarray, np.ndarray]:
        """The pay field's distinct texts as numbers, and which are not numbers (fresh copies).

        Every mapped pay column is read in one call: the reader's cost is
        mostly per call (a few dozen vectorised steps), not per text.
        """
        if self._pay is None:
            pays = [f for f in PAY_FIELDS if f in self.columns]
            texts = [pc.cast(self.coded(f).dictionary, pa.large_string()) for f in pays]
            numbers, bad = parse_distinct(pa.concat_arrays(texts), self.mapping.decimal)
            low = high = np.full(len(numbers), np.nan)
            if bad.any():  # validation reads the text a second way; a figure like "1e5" passes it
                flagged = pa.concat_arrays(texts).filter(pa.array(bad)).to_pylist()
                numbers[bad] = pd.to_numeric(pd.Series(flagged), errors="coerce").astype("float64").to_numpy()
                bad[bad] = np.isnan(numbers[bad])
            if bad.any():  # issue 33: "Rp 5 jt - Rp 7 jt" in one cell is a minimum and a maximum
                low, high = low.copy(), high.copy()
                low[bad], high[bad] = parse_ranges(pa.concat_arrays(texts).filter(pa.array(bad)), self.mapping.decimal)
                bad[bad] = np.isnan(low[bad])
            ends = np.cumsum([len(t) for t in texts]).tolist()
            self._pay = {
                f: (numbers[a:b], bad[a:b], low[a:b], high[a:b])
                for f, a, b in zip(pays, [0, *ends[:-1]], ends, strict=True)
            }
        numbers, bad = self._pay[fld][:2]
        return numbers.copy(), bad.copy()

    def pay_range(self, fld: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The ends of the ranges written in one cell of the pay field's column, per distinct text (NaN: not a
        range); None when the column holds none."""
        if fld not in self.columns:
            return None
        self.pay_numbers(fld)
        low, high = self._pay[fld][2:]
        return (low, high) if not np.isnan(low).all() else None

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
        return Column(coded.texts(values), [(code, coded.mask(flags)) for code, flags in rule_checks(fld, values)])

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
    chosen = {k.strip().lower(): v for k, v in up.mapping.level_codes}  # the page's choices win over the words
    coded = up.coded("level")
    values = [chosen.get(v.strip().lower()) or level_word(v) or v.strip() for v in coded.uniques]
    unknown = sorted({v for v, there in zip(values, coded.present) if there and v not in LEVELS and v != ""})[:20]
    final = [v if v in LEVELS else "unspecified" for v in values]
    return Column(coded.texts(final), notes=unknown)


def role(up: Upload) -> Column:
    if "role" not in up.columns:
        return fixed(up, "role")
    coded = up.coded("role")
    return Column(
        coded.texts(coded.uniques), [(code, coded.mask(flags)) for code, flags in rule_checks("role", coded.uniques)]
    )


def record_id(up: Upload) -> Column:
    """``<file stem>:<the user's id>``, or ``<file stem>:<row>``; a repeated id rejects the later rows."""
    if "record_id" not in up.columns:
        return Column(row_ids(f"{up.stem}:", up.rownum))
    prefix = pa.scalar(f"{up.stem}:", pa.large_string())
    none = pa.scalar("", pa.large_string())
    coded = up.coded("record_id")
    ids = pc.cast(coded.dictionary, pa.large_string())
    empty = pc.equal(pc.binary_length(ids), 0)
    per_unique = pc.if_else(empty, none, pc.binary_join_element_wise(prefix, ids, none))
    same = pc.dictionary_encode(ids).indices.to_numpy(zero_copy_only=False)  # ids equal once trimmed
    empty = empty.to_numpy(zero_copy_only=False)
    repeated = pd.Series(same[coded.codes]).duplicated(keep="first").to_numpy() & ~coded.spread(empty)
    required = [("required", coded.mask(empty))] if empty.any() else []
    return Column(per_unique.take(pa.array(coded.codes)), required, [("duplicate_id", repeated)])


def row_ids(prefix: str, rows: np.ndarray) -> pa.LargeStringArray:
    """``prefix`` + each row number as Arrow text, written straight into Arrow's buffers.

    Row numbers only grow, so the rows with the same number of digits are one
    run of fixed-width lines: numpy writes the prefix into all of them at once
    and the digits three at a time from a table of "000".."999". Where a run
    is consecutive (a file without blank lines or dropped rows), each whole
    thousand of lines gets "000".."999" as its last digits and one text for the
    digits before them, written for all thousands in one broadcast each; the
    other rows' digits are worked out ``ID_CHUNK`` rows at a time. A million ids
    take ~17 ms warm (~30 ms working every row's digits out; Arrow's
    number-to-text cast and join ~60 ms). Row numbers that do not grow take that
    cast. The offsets are summed in place, so the only large memory touched is
    the result's own: a first import in a fresh server faulted in ~5,400 pages
    for a million ids with whole-run temporaries, ~1,500 so.
    """
    rows = np.asarray(rows, dtype=np.int64)
    head = prefix.encode("utf-8")
    if len(rows) and (rows[0] < 1 or rows[-1] >= 1 << 32 or np.any(rows[1:] <= rows[:-1])):
        text = pc.cast(pa.array(rows), pa.large_string())
        return pc.binary_join_element_wise(pa.scalar(prefix, pa.large_string()), text, pa.scalar("", pa.large_string()))
    starts = np.searchsorted(rows, _POWERS).tolist()  # where the rows of 2, 3, ... digits begin
    offsets = np.empty(len(rows) + 1, dtype=np.int64)
    offsets[0] = 0
    runs = []
    for width, (first, last) in enumerate(zip([0] + starts, starts + [len(rows)]), start=1):
        if last > first:
            ends = offsets[first + 1 : last + 1]  # each line's end: a run of equal widths, summed in place
            ends.fill(len(head) + width)
            np.cumsum(ends, out=ends)
            ends += offsets[first]
            runs.append((width, first, last))
    data = np.empty(int(offsets[-1]), dtype=np.uint8)
    scratch = np.empty(min(ID_CHUNK, len(rows)), dtype=np.uint32)
    for width, first, last in runs:
        groups = [min(3, width - done) for done in range(0, width, 3)][::-1]  # e.g. 7 digits: 1, 3, 3
        names = [f"d{i}" for i in range(len(groups))]
        line = np.dtype(
            {
                "names": ["head", *names],
                "formats": [f"S{len(head)}" if head else "V0", *(f"S{g}" for g in groups)],
                "offsets": [0, *(len(head) + sum(groups[:i]) for i in range(len(groups)))],
                "itemsize": len(head) + width,
            }
        )
        lines, numbers = data[offsets[first] : offsets[last]].view(line), rows[first:last]
        if head:
            lines["head"] = head
        a, b = _whole_thousands(numbers, width)
        if b > a:  # consecutive numbers: each thousand's lines share all but their last three digits
            block = lines[a:b].reshape(-1, 1000)
            block[names[-1]] = _DIGITS[3]
            rest = numbers[a] // 1000 + np.arange(len(block))
            for name, size in zip(names[-2::-1], groups[-2::-1]):
                block[name] = np.take(_DIGITS[size], rest % 10**size)[:, None]
                rest //= 10**size
        for start, stop in ((0, a), (b, len(numbers))):  # the rest, a chunk at a time
            for c in range(start, stop, ID_CHUNK):
                d = min(c + ID_CHUNK, stop)
                part, rest, group = lines[c:d], numbers[c:d].astype(np.uint32), scratch[: d - c]
                for name, size in zip(names[::-1], groups[::-1]):  # the last digits first
                    np.remainder(rest, 10**size, out=group)
                    part[name] = np.take(_DIGITS[size], group)
                    rest //= 10**size
    return pa.LargeStringArray.from_buffers(len(rows), pa.py_buffer(offsets), pa.py_buffer(data))


def _whole_thousands(numbers: np.ndarray, width: int) -> tuple[int, int]:
    """Where in a run of growing numbers the whole thousands (x000 .. x999) lie, when the run is consecutive
    (rows read without gaps, the usual file); (0, 0) when it is not, or its numbers are below 1,000."""
    if width < 4 or not len(numbers) or numbers[-1] - numbers[0] != len(numbers) - 1:
        return 0, 0
    a = int(-numbers[0] % 1000)
    b = a + (len(numbers) - a) // 1000 * 1000
    return (a, b) if b > a else (0, 0)


ID_CHUNK = 1 << 16  # rows of ids written at a time: their scratch stays small and in cache
_POWERS = 10 ** np.arange(1, 10, dtype=np.int64)  # row numbers below 2**32 have at most 10 digits
_DIGITS = {size: np.array([f"{i:0{size}d}" for i in range(10**size)], dtype=f"S{size}") for size in (1, 2, 3)}


# ---------- numbers ----------
def pay(fld: str):
    """A builder for a pay field: each distinct text read once (Indonesian and US formats)."""

    end = {"pay_min": 0, "pay_max": 1}.get(fld)  # which end of a range in one cell this field takes

    def build(up: Upload) -> Column:
        if fld not in up.columns:
            ranged = up.pay_range("pay_typical") if end is not None else None
            if ranged is None:
                return Column(np.float64(np.nan))
            return Column(up.coded("pay_typical").spread(ranged[end]))  # "Rp 5 jt - Rp 7 jt" as the one pay
        coded = up.coded(fld)
        numbers, bad = up.pay_numbers(fld)
        checks = [("not_a_number", coded.mask(bad))]
        ranged = up.pay_range(fld)
        if ranged is not None:
            low, high = ranged
            if end is not None:
                numbers = np.where(np.isnan(low), numbers, ranged[end])
            with np.errstate(invalid="ignore"):
                reversed_ = low > high
            if reversed_.any():
                checks.append(("min_above_max", coded.mask(reversed_)))
        with np.errstate(invalid="ignore"):
            negative = numbers < 0
        if negative.any():
            checks.append(("negative", coded.mask(negative)))
        values = coded.spread(numbers)
        other = {"pay_min": "pay_max", "pay_max": "pay_min"}.get(fld)
        ranged = up.pay_range(other) if other else None
        if ranged is not None:  # an empty cell beside a range in the other column: that range's end
            values = np.where(np.isnan(values), up.coded(other).spread(ranged[end]), values)
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
    return Column(coded.numbers(num), [("bad_year", coded.mask(bad))] if bad.any() else [])


def _year_from_date(up: Upload, fixed_year: float, fixed_bad: bool) -> Column:
    """Each distinct date text read once (``dates.years_from_dates``); where it gives no year, the file's year
    (checked as such). Non-empty dates that give none are counted for the report."""
    coded = up.coded("date")
    years, unreadable = years_from_dates(pd.Series(coded.uniques, dtype="string"))
    found = years.to_numpy(dtype="float64", na_value=np.nan)
    none = np.isnan(found)
    per_unique = np.where(none, fixed_year, found)
    rows = occurrences(coded.codes, len(found))
    checks = [("bad_year", coded.mask(none))] if fixed_bad and none.any() else []
    return Column(
        coded.numbers(per_unique), checks, counts={"dates_unreadable": int(rows[unreadable.to_numpy(bool)].sum())}
    )


def province(up: Upload) -> Column:
    """The place column's text, trimmed (issue 15); ``enrich.place`` turns it into provinces after the checks."""
    if "province" not in up.columns:
        return Column("")
    coded = up.coded("province")
    return Column(coded.texts(coded.uniques))


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
    "regency_code": constant("regency_code", ""),  # set by ``enrich.place`` from the place text
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
