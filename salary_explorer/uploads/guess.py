"""What the pay figures of a file mean: their currency and pay period, guessed from headers and values.

The evidence, strongest first:

1. a header word: ``Gaji per bulan``, ``Annual salary``, ``hourly_rate``, ``Upah/jam`` -> that period;
   a currency word in the header (``Gaji (Rp)``, ``salary_usd``) -> that currency;
2. words in the cells: ``Rp 5 jt`` -> Rupiah, ``$18/hr`` or ``5 jt/bulan`` -> that period;
3. the size of the figures: Rupiah amounts of Rp 500 rb - Rp 100 jt are monthly pay; US dollar
   amounts of 7-150 are hourly and 15,000-500,000 yearly; with Indonesian headers and figures in
   the hundreds of thousands or more, the currency is Rupiah.

A header word wins over the figures (and the reason says when the figures disagree). When the
figures are mixed (a fifth or more in two bands) or weak (fewer than four in five in one band),
there is no guess: the page asks. Every outcome carries a reason (an i18n key plus its numbers),
so the user sees why ("most figures are between Rp 2 jt and Rp 30 jt: read as per month").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..core.formatting import format_money
from ..core.i18n import t
from .parse import parse_series
from .vocabulary import normalise_header

# currency -> ((period, low, high), ...): the magnitude bands that count as evidence.
BANDS: dict[str, tuple[tuple[str, float, float], ...]] = {
    "IDR": (("month", 500_000, 100_000_000),),
    "USD": (("hour", 7, 150), ("year", 15_000, 500_000)),
}
TOO_BIG_FOR_USD = 500_000  # a median above the top of the USD yearly band: the figures are Rupiah
STRONG = 0.8  # share of figures in one band needed for a guess
MIXED = 0.2  # a second band holding this share makes the evidence mixed
GUESS_ROWS = 50_000  # a larger file is judged on every n-th row: the shares do not change, the wait does
MIN_FIGURES = 1  # one readable figure inside a band is evidence; none is not

# Header / cell words for a period (normalised with "_" between words).
PERIOD_HEADER_WORDS = {
    "hour": ("per_jam", "jam", "hourly", "per_hour", "hour", "hr", "perjam"),
    "day": ("per_hari", "harian", "daily", "per_day", "day"),
    "week": ("per_minggu", "mingguan", "weekly", "per_week", "week"),
    "month": ("per_bulan", "bulanan", "bulan", "monthly", "per_month", "month", "perbulan", "bln"),
    "year": ("per_tahun", "tahunan", "annual", "annually", "yearly", "per_year", "year", "pa", "per_annum"),
}
CURRENCY_HEADER_WORDS = {"IDR": ("rp", "idr", "rupiah"), "USD": ("usd", "us", "dollar", "dollars")}
# "year" alone in a header is a year column (work_year), not a period: only these count for pay headers.
_CELL_PERIOD = re.compile(
    r"(?:/|\bper\s*)\s*(?P<word>jam|hour|hr|hari|day|minggu|week|wk|bulan|bln|month|mo|tahun|thn|year|yr|annum)\b"
)
# The same pattern for Arrow's RE2: its ``\s`` and ``\b`` are ASCII, as the cells' words and separators are.
_CELL_PERIOD_RE2 = _CELL_PERIOD.pattern
_CELL_PERIODS = {
    "jam": "hour",
    "hour": "hour",
    "hr": "hour",
    "hari": "day",
    "day": "day",
    "minggu": "week",
    "week": "week",
    "wk": "week",
    "bulan": "month",
    "bln": "month",
    "month": "month",
    "mo": "month",
    "tahun": "year",
    "thn": "year",
    "year": "year",
    "yr": "year",
    "annum": "year",
}
INDONESIAN_HEADER_WORDS = {
    "gaji",
    "upah",
    "lokasi",
    "perusahaan",
    "judul",
    "pekerjaan",
    "posisi",
    "jabatan",
    "tahun",
    "bulan",
    "rata2",
    "rata",
    "kota",
    "provinsi",
    "tanggal",
    "industri",
    "pendidikan",
    "pengalaman",
}


@dataclass(frozen=True)
class Reason:
    """Why a guess was made (or not): an i18n key (``guess.<code>``) and its parameters."""

    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Guess:
    """The guessed currency and period of a file's pay figures; ``None`` means the user must choose."""

    currency: str | None
    period: str | None
    currency_reason: Reason
    period_reason: Reason

    @property
    def must_ask(self) -> bool:
        return self.period is None


def _header_words(header: str) -> list[str]:
    norm = normalise_header(header)
    return [w for w in norm.split("_") if w]


def period_from_header(headers: list[str]) -> tuple[str, str] | None:
    """(period, header) when a pay column's header names a period ("Gaji per bulan", "hourly_rate")."""
    for header in headers:
        norm = "_" + normalise_header(header) + "_"
        found = {
            period
            for period, words in PERIOD_HEADER_WORDS.items()
            for word in words
            if f"_{word}_" in norm or (len(word) > 4 and word in norm)
        }
        if len(found) == 1:
            return found.pop(), header
    return None


def currency_from_header(headers: list[str]) -> tuple[str, str] | None:
    for header in headers:
        words = set(_header_words(header))
        found = {cur for cur, names in CURRENCY_HEADER_WORDS.items() if words & set(names)}
        if len(found) == 1:
            return found.pop(), header
    return None


def period_from_cells(text: pd.Series) -> str | None:
    """The period most cells write after the figure (``5 jt/bulan``, ``$18 per hour``), if 80 % agree."""
    # Arrow's RE2 over the texts (pandas' extract runs Python's re cell by cell: 0.3 s for 100,000 cells)
    found = pc.extract_regex(pc.utf8_lower(pa.array(text.astype("string"), pa.string())), _CELL_PERIOD_RE2)
    words = pd.Series(pc.struct_field(found, "word").to_numpy(zero_copy_only=False)).dropna()
    if len(words) < max(1, STRONG * len(text.dropna())):
        return None
    periods = words.map(_CELL_PERIODS).value_counts()
    return str(periods.index[0]) if periods.iloc[0] >= STRONG * len(words) else None


def currency_from_cells(text: pd.Series) -> str | None:
    low = text.str.strip().str.lower().dropna()
    if low.empty:
        return None
    if low.str.contains(r"rp|idr|juta|jt|rb|ribu", regex=True).mean() > 0.5:
        return "IDR"
    if low.str.contains(r"\$|usd", regex=True).mean() > 0.5:
        return "USD"
    return None


def is_indonesian(headers: list[str]) -> bool:
    """The headers are Indonesian: two Indonesian words among them, or a pay header saying gaji / upah."""
    words = [w for h in headers for w in _header_words(h)]
    return sum(w in INDONESIAN_HEADER_WORDS for w in words) >= 2 or bool({"gaji", "upah"} & set(words))


def band_shares(numbers: np.ndarray, currency: str) -> dict[str, float]:
    """Share of the figures in each magnitude band of ``currency`` (empty when no bands are known)."""
    if len(numbers) == 0:
        return {}
    return {
        period: float(np.mean((numbers >= low) & (numbers <= high))) for period, low, high in BANDS.get(currency, ())
    }


def _span(numbers: np.ndarray) -> tuple[float, float]:
    """The middle 90 % of the figures (5th-95th percentile), what "most figures" means in a reason."""
    return float(np.percentile(numbers, 5, method="nearest")), float(np.percentile(numbers, 95, method="nearest"))


def guess_file(
    headers: list[str],
    pay_columns: dict[str, pd.Series],
    currency_column: pd.Series | None = None,
) -> Guess:
    """Guess the currency and period of a file's pay figures.

    ``pay_columns``: header -> the column's cells as text (min, typical and max columns together).
    ``currency_column``: the file's per-row currency codes, when a column holds them; the figures
    are then judged within the most common currency.
    """
    pay_headers = list(pay_columns)
    if pay_columns and len(next(iter(pay_columns.values()))) > GUESS_ROWS:  # evenly spread rows stand for the file
        step = len(next(iter(pay_columns.values()))) // GUESS_ROWS + 1
        pay_columns = {h: v.iloc[::step] for h, v in pay_columns.items()}
        currency_column = currency_column.iloc[::step] if currency_column is not None else None
    cells = pd.concat(list(pay_columns.values()), ignore_index=True) if pay_columns else pd.Series([], dtype="string")
    cells = cells.astype("string")
    numbers_all, _ = parse_series(cells, ranges=True)
    # ---- currency ----
    currency: str | None
    if currency_column is not None:
        codes = currency_column.astype("string").str.strip().str.upper()
        top = codes.value_counts()
        currency = str(top.index[0]) if len(top) else None
        currency_reason = Reason("currency_column", {"currency": currency or ""})
        if currency is not None and len(pay_columns):
            same = pd.concat([codes] * len(pay_columns), ignore_index=True) == currency
            numbers_all = numbers_all[same.to_numpy()]
    elif (found := currency_from_header(pay_headers)) is not None:
        currency, header = found
        currency_reason = Reason("currency_header", {"currency": currency, "header": header})
    elif (currency := currency_from_cells(cells)) is not None:
        currency_reason = Reason("currency_cells", {"currency": currency})
    else:
        numbers = numbers_all.dropna().to_numpy()
        median = float(np.median(numbers)) if len(numbers) else None
        indonesian = is_indonesian(headers)
        if median is None:
            currency, currency_reason = None, Reason("currency_unknown")
        elif indonesian and median >= 100_000:
            currency, currency_reason = "IDR", Reason("currency_language", {"currency": "IDR"})
        elif not indonesian and median < TOO_BIG_FOR_USD:
            currency, currency_reason = "USD", Reason("currency_language", {"currency": "USD"})
        elif median >= TOO_BIG_FOR_USD:  # no US dollar pay band reaches this far: only Rupiah fits
            currency, currency_reason = "IDR", Reason("currency_size", {"currency": "IDR", "median": median})
        else:
            currency, currency_reason = None, Reason("currency_unknown")
    numbers = numbers_all.dropna().to_numpy(dtype="float64")
    numbers = numbers[numbers > 0]
    # ---- period ----
    shares = band_shares(numbers, currency or "")
    if (found := period_from_header(pay_headers)) is not None:
        period, header = found
        best = max(shares, key=shares.get) if shares else None
        if best and best != period and shares[best] >= STRONG:
            return Guess(
                currency,
                period,
                currency_reason,
                Reason("header_over_figures", {"header": header, "period": period, "other": best}),
            )
        return Guess(currency, period, currency_reason, Reason("header", {"header": header, "period": period}))
    if (period := period_from_cells(cells)) is not None:
        return Guess(currency, period, currency_reason, Reason("cells", {"period": period}))
    if len(numbers) < MIN_FIGURES:
        return Guess(currency, None, currency_reason, Reason("too_few", {"n": len(numbers)}))
    if currency is None:
        return Guess(None, None, currency_reason, Reason("no_currency"))
    if not shares:
        return Guess(currency, None, currency_reason, Reason("no_bands", {"currency": currency}))
    ranked = sorted(shares.items(), key=lambda kv: -kv[1])
    best, share = ranked[0]
    low, high = _span(numbers)
    if len(ranked) > 1 and ranked[1][1] >= MIXED:
        other, other_share = ranked[1]
        return Guess(
            currency,
            None,
            currency_reason,
            Reason(
                "mixed",
                {
                    "currency": currency,
                    "period": best,
                    "share": share,
                    "other": other,
                    "other_share": other_share,
                },
            ),
        )
    if share >= STRONG:
        return Guess(
            currency,
            best,
            currency_reason,
            Reason("figures", {"currency": currency, "period": best, "share": share, "low": low, "high": high}),
        )
    return Guess(
        currency,
        None,
        currency_reason,
        Reason("weak", {"currency": currency, "period": best, "share": share, "low": low, "high": high}),
    )


def _band(currency: str, period: str, lang: str) -> str:
    for name, low, high in BANDS.get(currency, ()):
        if name == period:
            return (
                f"{format_money(low, currency, lang, compact=True)}–{format_money(high, currency, lang, compact=True)}"
            )
    return ""


def describe(reason: Reason, lang: str) -> str:
    """The reason as a sentence in ``lang``: "most figures (100 %) are between Rp 3,5 jt and Rp 10,5 jt ..."."""
    params = dict(reason.params)
    currency = params.get("currency") or ""
    for key in ("period", "other"):
        if params.get(key):
            params[key] = t(f"period.{params[key]}", lang)
    for key in ("share", "other_share"):
        if key in params:
            params[key] = f"{params[key]:.0%}"
    if "median" in params:
        params["median"] = format_money(params["median"], currency, lang, compact=True)
    for key in ("low", "high"):
        if key in params:
            params[key] = format_money(params[key], currency, lang, compact=True)
    if reason.code in ("mixed", "weak"):
        params["band"] = _band(currency, reason.params["period"], lang)
        if reason.code == "mixed":
            params["other_band"] = _band(currency, reason.params["other"], lang)
    if currency and reason.code.startswith("currency_"):
        params["currency"] = t(f"currency.{currency}", lang) if currency in ("IDR", "USD") else currency
    return t(f"guess.{reason.code}", lang, **params)
