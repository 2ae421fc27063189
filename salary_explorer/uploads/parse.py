"""Read pay figures the way people write them, in Indonesian and US formats.

``Rp 5.000.000``, ``5.000.000,50``, ``4,5 juta``, ``5 jt``, ``Rp5jt``, ``$12.83``,
``85,000``, ``USD 1,234.56``, ``10 rb``. Each distinct text of a column is
read once, by a few dozen of Arrow's vectorised string kernels (regular
expressions included, no Python loop per text): 270 distinct pay texts take
~1.4 ms, where the same steps as pandas string methods took ~8 ms, mostly
pandas' own overhead per step. ``parse_number`` is the same code on one value.

A lone separator followed by exactly three digits (``5.000``, ``85,000``) is
read as a thousands separator unless the column's decimal mark is given: pay
figures like "five point zero zero zero" do not occur, five thousand does.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# Amount words and abbreviations -> multiplier. "M" is left out on purpose:
# it means miliar (10^9) in Indonesian and million in English.
MULTIPLIERS = {
    "rb": 1e3,
    "ribu": 1e3,
    "k": 1e3,
    "rb.": 1e3,
    "thousand": 1e3,
    "jt": 1e6,
    "jt.": 1e6,
    "juta": 1e6,
    "mio": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_SUFFIX = "|".join(sorted((k.replace(".", r"\.") for k in MULTIPLIERS), key=len, reverse=True))
PATTERNS = {  # name -> the digits-and-separators shape it accepts
    "plain": r"\d+",
    "dot_groups": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?",  # 5.000.000 / 5.000,50  (Indonesian)
    "comma_groups": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?",  # 85,000 / 1,234.56     (US)
    "dot_decimal": r"\d+\.\d+",  # 12.83
    "comma_decimal": r"\d+,\d+",  # 4,5
}


# Cells that say "there is no figure" rather than give a wrong one (issue 15): read as empty, and a row whose
# pay cells all say so is reported on one grouped line ("1,818 rows have no pay figure: N/A"), not as errors.
NO_FIGURE_WORDS = frozenset(
    {
        "-",
        "--",
        "–",
        "—",
        "n/a",
        "na",
        "n.a.",
        "n.a",
        "null",
        "none",
        "nil",
        "?",
        "nego",
        "negotiable",
        "negosiasi",
        "bisa nego",
        "dapat dinegosiasikan",
        "competitive",
        "kompetitif",
        "gaji kompetitif",
        "competitive salary",
        "attractive",
        "menarik",
        "tbd",
        "tba",
        "confidential",
        "rahasia",
        "dirahasiakan",
        "undisclosed",
        "not disclosed",
        "not specified",
        "tidak disebutkan",
        "tidak ditampilkan",
    }
)


def no_figure(values: pd.Series) -> pd.Series:
    """True where a cell says there is no figure ("N/A", "-", "nego", "Competitive", "dirahasiakan")."""
    codes, uniques = pd.factorize(values.astype("string"), use_na_sentinel=True)  # pay columns repeat a lot
    said = np.append(said_no_figure(pa.array(uniques, pa.string())), False)  # NA -> last slot
    return pd.Series(said[np.asarray(codes)], index=values.index, dtype=bool)


def said_no_figure(texts: pa.Array) -> np.ndarray:
    """``no_figure`` for distinct texts (Arrow, nulls allowed): one flag per text."""
    said = pc.is_in(_spaced(pc.fill_null(texts, "")), value_set=_NO_FIGURE)
    return said.to_numpy(zero_copy_only=False)


# Python's whitespace (str.isspace, what ``\s`` means in Python's re), spelled out for Arrow's RE2,
# whose ``\s`` is only ASCII and misses "\v": the texts read the same whichever engine reads them.
_SPACE = (
    r"[\t\n\x{b}\x{c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
)
_NO_FIGURE = pa.array(sorted(NO_FIGURE_WORDS), pa.string())


def _spaced(texts: pa.Array) -> pa.Array:
    """Lower case, every run of white space one space, none at either end."""
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(texts), _SPACE + "+", " "))


class ParseError(ValueError):
    """A value is not a pay figure; ``value`` is the text that could not be read."""

    def __init__(self, value: object):
        self.value = value
        super().__init__(f"not a number: {str(value)[:80]!r}")


def parse_series(values: pd.Series, decimal: str | None = None, ranges: bool = False) -> tuple[pd.Series, pd.Series]:
    """Parse a column of pay texts.

    Returns ``(numbers, bad)``: floats (NaN where the cell was empty or
    unreadable) and a mask of cells that had text but no readable number.
    ``decimal`` is ``","`` or ``"."`` when the column's decimal mark is known.
    ``ranges``: a range in one cell (``Rp 5 jt - Rp 7 jt``) reads as the middle of its two ends
    (what a guess of the file's period or a summary of its figures needs), not as unreadable.
    Each distinct text is parsed once: pay columns repeat the same figures a lot.
    """
    _check_decimal(decimal)
    codes, uniques = pd.factorize(values.astype("string"), use_na_sentinel=True)
    codes = np.asarray(codes)
    if len(uniques) == 0:
        return pd.Series(np.nan, index=values.index, dtype="float64"), pd.Series(False, index=values.index)
    texts = pa.array(uniques, pa.string())
    out, flags = _parse_unique(texts, decimal)
    if ranges and flags.any():
        low, high = parse_ranges(texts.filter(pa.array(flags)), decimal)
        out[flags] = (low + high) / 2
        flags[flags] = np.isnan(low)
    missing = codes < 0
    picked = np.where(missing, 0, codes)
    return (
        pd.Series(np.where(missing, np.nan, out[picked]), index=values.index, dtype="float64"),
        pd.Series(np.where(missing, False, flags[picked]), index=values.index, dtype=bool),
    )


def parse_distinct(texts: pa.Array | list[str], decimal: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``parse_series`` for a column's distinct texts, as numpy arrays (NaN / bad per text).

    Plain digit strings, the bulk of most files, are converted in one
    vectorised Arrow step; only the rest (``Rp 5.000.000``, ``4,5 juta``)
    goes through the full reader.
    """
    _check_decimal(decimal)
    texts = texts if isinstance(texts, pa.Array) else pa.array(texts, pa.string())
    # Up to 15 digits and nothing else: what the full reader makes of them is exactly float(text).
    plain = pc.match_substring_regex(texts, r"^[0-9]{1,15}$").to_numpy(zero_copy_only=False)
    numbers = np.full(len(texts), np.nan)
    bad = np.zeros(len(texts), dtype=bool)
    if plain.any():
        numbers[plain] = pc.cast(texts.filter(pa.array(plain)), pa.float64()).to_numpy(zero_copy_only=False)
    rest = ~plain
    if rest.any():
        numbers[rest], bad[rest] = _parse_unique(texts.filter(pa.array(rest)), decimal)
    return numbers, bad


def _check_decimal(decimal: str | None) -> None:
    if decimal not in (None, ",", "."):
        raise ValueError(f"decimal must be ',' or '.', got {decimal!r}")


# Currency marks and a trailing "/bulan"-style period are noise around the number (after ``_spaced``,
# the only white space left is single spaces).
_PREFIX = r"^(?:rp\.?|idr|usd|us\$|\$) *"
_TRAILER = r" *(?:idr|usd|rupiah|dollars?)? *(?:/ *[a-z]+|per +[a-z]+)?$"
_SHAPE = rf"^(?P<sign>[-+]?)(?P<num>[0-9][0-9.,]*)(?P<suf>{_SUFFIX})?$"
_SUFFIXES = pa.array(list(MULTIPLIERS), pa.string())
_FACTORS = np.array([*MULTIPLIERS.values(), 1.0])  # the last: no suffix


def _parse_unique(texts: pa.Array, decimal: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Distinct texts (Arrow, nulls allowed) as numbers and "had text but no number" flags, in Arrow's
    vectorised kernels: a few dozen steps whatever the number of texts, each a few microseconds.

    A digit outside 0-9 (Arabic-Indic, full-width) never makes a number, so ``[0-9]`` reads as Python's ``\\d`` would.
    """
    filled = pc.fill_null(texts, "")
    spaced = _spaced(filled)
    empty = _flags(pc.equal(pc.utf8_trim_whitespace(filled), "")) | _flags(pc.is_in(spaced, value_set=_NO_FIGURE))
    bare = pc.replace_substring_regex(pc.replace_substring_regex(spaced, _PREFIX, ""), _TRAILER, "")
    parts = pc.extract_regex(pc.replace_substring(bare, " ", ""), _SHAPE)
    num = pc.fill_null(parts.field("num"), "")  # a text that does not match: no number, no sign, no suffix
    suffix = pc.fill_null(parts.field("suf"), "")
    shape = {name: _flags(pc.match_substring_regex(num, f"^(?:{pattern})$")) for name, pattern in PATTERNS.items()}
    # A lone separator + 3 digits fits both a group and a decimal pattern; pick one.
    groups_win = _flags(pc.equal(suffix, "")) & ~_flags(pc.starts_with(num, "0"))
    dot_groups = shape["dot_groups"] & ((decimal == ",") | (groups_win & (decimal != ".")) | ~shape["dot_decimal"])
    comma_groups = shape["comma_groups"] & (
        (decimal == ".") | (groups_win & (decimal != ",")) | ~shape["comma_decimal"]
    )
    choices = [  # the first that fits
        (shape["plain"], num),
        (dot_groups, pc.replace_substring(pc.replace_substring(num, ".", ""), ",", ".")),
        (comma_groups, pc.replace_substring(num, ",", "")),
        (shape["dot_decimal"], num),
        (shape["comma_decimal"], pc.replace_substring(num, ",", ".")),
    ]
    digits = pa.nulls(len(num), pa.string())
    for fits, text in reversed(choices):
        digits = pc.if_else(pa.array(fits), text, digits)
    # pandas' reader of number text, as before: the same float for every digit string, however long.
    numbers = pd.to_numeric(pd.Series(digits.to_numpy(zero_copy_only=False)), errors="coerce")
    numbers = numbers.to_numpy(dtype="float64", na_value=np.nan)
    numbers = numbers * _FACTORS[pc.fill_null(pc.index_in(suffix, value_set=_SUFFIXES), -1).to_numpy()]
    numbers = np.where(_flags(pc.equal(parts.field("sign"), "-")), -numbers, numbers)
    numbers[~np.isfinite(numbers) | empty] = np.nan
    return numbers, ~empty & np.isnan(numbers)


# Issue 33: a range in one cell, as job boards write it: "Rp 5 jt - Rp 7 jt", "Rp5.000.000 – Rp7.000.000",
# "$15-$18/hr", "4,5 - 6 juta", "5 s/d 7 jt", "15 to 18". Two figures, each with a digit, around a dash
# (hyphen, en or em dash, tilde) or a word (to, s/d, sampai, hingga); neither end may carry a minus sign.
_ENDS = r"[^-\x{2013}\x{2014}~]*[0-9][^-\x{2013}\x{2014}~]*?"
_RANGE = (
    rf"^(?P<lo>{_ENDS}) ?(?:-|\x{{2013}}|\x{{2014}}|~|\bto\b|s/d|s\.d\.?|\bsampai\b|\bhingga\b|\bsd\b)"
    rf" ?(?P<hi>{_ENDS.removesuffix('?')})$"
)
# The amount word written once, after the second figure ("4,5 - 6 juta"), counts for the first too.
_HIGH_WORD = rf"[0-9] ?(?P<suf>{_SUFFIX})(?:[ /].*)?$"
_LOW_BARE = r"[0-9]$"


def parse_ranges(texts: pa.Array | list[str], decimal: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Distinct texts read as a range in one cell: ``(low, high)`` per text, both NaN when the text is not one.

    Each end is read by the same vectorised reader as a single figure (currency marks, ``jt``/``juta``/
    ``rb``/``ribu``, Indonesian and US separators, a period after it like ``/hr``). A first end without an
    amount word takes the second's (``4,5 - 6 juta`` is 4,5 to 6 million) unless that makes it the larger.
    """
    _check_decimal(decimal)
    texts = pc.cast(texts if isinstance(texts, pa.Array) else pa.array(texts, pa.string()), pa.string())
    nan = np.full(len(texts), np.nan)
    if not len(texts):
        return nan, nan.copy()
    parts = pc.extract_regex(_spaced(pc.fill_null(texts, "")), _RANGE)
    found = _flags(pc.is_valid(parts))
    if not found.any():
        return nan, nan.copy()
    lo = pc.fill_null(parts.field("lo"), "")
    hi = pc.fill_null(parts.field("hi"), "")
    low, _ = _parse_unique(lo, decimal)
    high, _ = _parse_unique(hi, decimal)
    word = pc.fill_null(pc.extract_regex(hi, _HIGH_WORD).field("suf"), "")
    shares = _flags(pc.match_substring_regex(lo, _LOW_BARE)) & _flags(pc.not_equal(word, ""))
    if shares.any():
        joined = pc.binary_join_element_wise(lo, word, " ")
        widened, _ = _parse_unique(joined, decimal)
        with np.errstate(invalid="ignore"):
            shares &= widened <= high
        low = np.where(shares, widened, low)
    ok = found & ~np.isnan(low) & ~np.isnan(high)
    return np.where(ok, low, np.nan), np.where(ok, high, np.nan)


def _flags(mask: pa.Array) -> np.ndarray:
    """An Arrow true/false/null array as numpy flags (null: False)."""
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def parse_number(value: object, decimal: str | None = None) -> float | None:
    """One pay figure as a float; ``None`` for an empty cell; ``ParseError`` otherwise."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ParseError(value)
        return float(value)
    if not isinstance(value, str):
        raise ParseError(value)
    numbers, bad = parse_series(pd.Series([value], dtype="object"), decimal)
    if bad.iloc[0]:
        raise ParseError(value)
    result = numbers.iloc[0]
    return None if pd.isna(result) else float(result)
