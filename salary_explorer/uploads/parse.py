"""Read pay figures the way people write them, in Indonesian and US formats.

``Rp 5.000.000``, ``5.000.000,50``, ``4,5 juta``, ``5 jt``, ``Rp5jt``, ``$12.83``,
``85,000``, ``USD 1,234.56``, ``10 rb``. The work is done on whole pandas
columns with regular expressions (no Python loop per row), so a million-row
upload parses in about a second; ``parse_number`` is the same code on one value.

A lone separator followed by exactly three digits (``5.000``, ``85,000``) is
read as a thousands separator unless the column's decimal mark is given: pay
figures like "five point zero zero zero" do not occur, five thousand does.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

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
# Currency marks and a trailing "/bulan"-style period are noise around the number.
_PREFIX = r"^(?:rp\.?|idr|usd|us\$|\$)\s*"
_TRAILER = r"\s*(?:idr|usd|rupiah|dollars?)?\s*(?:/\s*[a-z]+|per\s+[a-z]+)?$"
_SHAPE = rf"^(?P<sign>[-+]?)(?P<num>\d[\d.,]*)(?P<suf>{_SUFFIX})?$"

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
    text = pd.Series(uniques, dtype="string").str.lower().str.replace(r"[\s\u00a0]+", " ", regex=True).str.strip()
    said = np.append(text.isin(NO_FIGURE_WORDS).fillna(False).to_numpy(dtype=bool), False)  # NA -> last slot
    return pd.Series(said[np.asarray(codes)], index=values.index, dtype=bool)


class ParseError(ValueError):
    """A value is not a pay figure; ``value`` is the text that could not be read."""

    def __init__(self, value: object):
        self.value = value
        super().__init__(f"not a number: {str(value)[:80]!r}")


def _clean(values: pd.Series) -> pd.Series:
    text = values.astype("string").str.lower()
    text = text.str.replace(r"[\s\u00a0\u202f]+", " ", regex=True).str.strip()
    text = text.str.replace(_PREFIX, "", regex=True).str.replace(_TRAILER, "", regex=True)
    return text.str.replace(" ", "", regex=False)


def parse_series(values: pd.Series, decimal: str | None = None) -> tuple[pd.Series, pd.Series]:
    """Parse a column of pay texts.

    Returns ``(numbers, bad)``: floats (NaN where the cell was empty or
    unreadable) and a mask of cells that had text but no readable number.
    ``decimal`` is ``","`` or ``"."`` when the column's decimal mark is known.
    Each distinct text is parsed once: pay columns repeat the same figures a lot.
    """
    if decimal not in (None, ",", "."):
        raise ValueError(f"decimal must be ',' or '.', got {decimal!r}")
    codes, uniques = pd.factorize(values.astype("string"), use_na_sentinel=True)
    numbers, bad = _parse_unique(pd.Series(uniques, dtype="string"), decimal)
    codes = np.asarray(codes)
    missing = codes < 0
    picked = np.where(missing, 0, codes)
    out = numbers.to_numpy(dtype="float64", na_value=np.nan)
    flags = bad.to_numpy(dtype=bool)
    if len(out) == 0:
        return pd.Series(np.nan, index=values.index, dtype="float64"), pd.Series(False, index=values.index)
    return (
        pd.Series(np.where(missing, np.nan, out[picked]), index=values.index, dtype="float64"),
        pd.Series(np.where(missing, False, flags[picked]), index=values.index, dtype=bool),
    )


def _parse_unique(raw: pd.Series, decimal: str | None) -> tuple[pd.Series, pd.Series]:
    empty = raw.isna() | (raw.str.strip().fillna("") == "") | no_figure(raw)
    parts = _clean(raw).str.extract(_SHAPE)
    num, has_suffix = parts["num"].fillna(""), parts["suf"].notna()
    shape = {name: num.str.fullmatch(pattern).fillna(False).astype(bool) for name, pattern in PATTERNS.items()}
    # A lone separator + 3 digits fits both a group and a decimal pattern; pick one.
    groups_win = ~has_suffix & ~num.str.startswith("0").fillna(False)
    dot_groups = shape["dot_groups"] & ((decimal == ",") | (groups_win & (decimal != ".")) | ~shape["dot_decimal"])
    comma_groups = shape["comma_groups"] & (
        (decimal == ".") | (groups_win & (decimal != ",")) | ~shape["comma_decimal"]
    )
    digits = pd.Series(
        np.select(
            [shape["plain"], dot_groups, comma_groups, shape["dot_decimal"], shape["comma_decimal"]],
            [
                num,
                num.str.replace(".", "", regex=False).str.replace(",", ".", regex=False),
                num.str.replace(",", "", regex=False),
                num,
                num.str.replace(",", ".", regex=False),
            ],
            default="",
        ),
        index=raw.index,
    )
    numbers = pd.to_numeric(digits.where(digits != ""), errors="coerce").astype("float64")
    numbers = numbers * parts["suf"].map(MULTIPLIERS).fillna(1.0).astype("float64")
    numbers = numbers.where(parts["sign"] != "-", -numbers)
    numbers = numbers.where(np.isfinite(numbers.to_numpy(dtype="float64", na_value=np.nan)))
    numbers = numbers.where(~empty)
    bad = (~empty & numbers.isna()).astype(bool)
    return numbers, bad


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
