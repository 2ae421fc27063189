"""Where pay sits in the official US distribution (BLS OEWS): percentile tables and placing an offer.

OEWS publishes five points per year, sector or state: P10, P25, the median, P75
and P90, hourly and annual (annual = hourly x 2,080). An offer between two
published points gets a percentile by straight-line interpolation between them
("about the 27th percentile"); outside P10-P90 it is only "below P10" / "above
P90". A point BLS suppressed (``*``) is left out; a point above the top code
(``#``) is known only to be at least the top code.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from ..core.formatting import count
from ..core.i18n import t
from ..core.money import format_money

PERCENTILES = (10, 25, 50, 75, 90)
BASIS_PERIOD = {"hour": "h", "year": "a"}  # pay period -> BLS column prefix
TOP_CODE = {"hour": 115.00, "year": 239_200.0}  # BLS top code in recent files


def survey_label(year: object, lang: str) -> str:
    """OEWS surveys are for May of their year: ``May 2025`` / ``Mei 2025``."""
    return t("dist.pick.year_option", lang, year=int(year))


def column(basis: str, pct: int) -> str:
    return f"{BASIS_PERIOD[basis]}_{'median' if pct == 50 else f'pct{pct}'}"


def percentile_name(pct: int, lang: str) -> str:
    """In a sentence: ``P25``, ``the median``."""
    return t("dist.median", lang) if pct == 50 else f"P{pct}"


def percentile_label(pct: int, lang: str) -> str:
    """As a column or legend label: ``P25``, ``Median``."""
    return t("dist.median_label", lang) if pct == 50 else f"P{pct}"


@dataclass(frozen=True)
class Point:
    pct: int
    value: float | None  # None: suppressed (``*``) or above the top code (``#``)
    flag: str = ""  # "", "*" or "#"


class Placement(NamedTuple):
    percentile: float | None  # None outside P10-P90 or next to an unknown point
    lower: Point | None
    upper: Point | None
    text: str


def points(row: pd.Series, basis: str) -> list[Point]:
    """The five published points of one OEWS row (from ``load.load_oews``), hourly or annual."""
    out = []
    for pct in PERCENTILES:
        col = column(basis, pct)
        value = row.get(col)
        flag = str(row.get(f"{col}_flag", "") or "")
        out.append(Point(pct, None if flag or pd.isna(value) else float(value), flag))
    return out


def _money(value: float, basis: str, lang: str) -> str:
    return format_money(value, "USD", lang, basis)


def _point_text(point: Point, basis: str, lang: str) -> str:
    if point.flag == "#":
        return t(
            "dist.point_topcoded", lang, name=percentile_name(point.pct, lang), top=_money(TOP_CODE[basis], basis, lang)
        )
    return t("dist.point", lang, name=percentile_name(point.pct, lang), value=_money(point.value, basis, lang))


def ordinal(pct: float, lang: str) -> str:
    n = math.floor(pct + 0.5 + 1e-9)  # half up: 82.5 -> 83rd
    if lang == "id":
        return t("dist.ordinal", lang, n=n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return t("dist.ordinal", lang, n=f"{n}{suffix}")


def place_in_distribution(offer: float, pts: list[Point], basis: str = "hour", lang: str = "en") -> Placement:
    """Place ``offer`` (USD per ``basis``) among the published points; ValueError when none is usable."""
    if offer is None or pd.isna(offer) or offer < 0:
        raise ValueError(f"offer must be a non-negative number, got {offer!r}")
    known = [p for p in pts if p.value is not None]
    topcoded = [p for p in pts if p.flag == "#"]
    if not known and not topcoded:
        raise ValueError("no published percentile to compare with (all suppressed)")
    if known and offer < known[0].value:
        first = known[0]
        return Placement(None, None, first, t("dist.place.below", lang, point=_point_text(first, basis, lang)))
    for point in known:
        if offer == point.value:
            return Placement(
                float(point.pct), point, point, t("dist.place.at", lang, point=_point_text(point, basis, lang))
            )
    for lo, hi in zip(known, known[1:], strict=False):
        if lo.value <= offer <= hi.value:
            pct = (
                lo.pct
                if hi.value == lo.value
                else lo.pct + (offer - lo.value) / (hi.value - lo.value) * (hi.pct - lo.pct)
            )
            text = t(
                "dist.place.between",
                lang,
                lower=_point_text(lo, basis, lang),
                upper=_point_text(hi, basis, lang),
                ordinal=ordinal(pct, lang),
            )
            return Placement(pct, lo, hi, text)
    last = known[-1] if known else None
    above_known = [p for p in topcoded if last is None or p.pct > last.pct]
    if above_known and offer < TOP_CODE[basis]:
        hi = above_known[0]
        lower_text = _point_text(last, basis, lang) if last else ""
        text = t("dist.place.below_topcode", lang, lower=lower_text, upper=_point_text(hi, basis, lang))
        return Placement(None, last, hi, text)
    if above_known:
        hi = above_known[-1]
        return Placement(None, hi, None, t("dist.place.above", lang, point=_point_text(hi, basis, lang)))
    return Placement(None, last, None, t("dist.place.above", lang, point=_point_text(last, basis, lang)))


# --- tables for the US pay view (small, aggregated: one row per year x percentile, sector or state) ---


def _fmt(value: float | None, flag: str, basis: str, lang: str) -> str:
    if flag == "*":
        return t("dist.flag.suppressed", lang)
    if flag == "#":
        return t("dist.flag.topcoded", lang, top=_money(TOP_CODE[basis], basis, lang))
    return _money(value, basis, lang)


def _employment(value: float | None, flag: str, lang: str) -> str:
    if flag == "**" or value is None or pd.isna(value):
        return t("dist.flag.no_employment", lang)
    return count(value, lang)


def percentile_series(national: pd.DataFrame, basis: str, lang: str) -> pd.DataFrame:
    """Long table for the chart over years: year, percentile, value (NaN when flagged), text, employment."""
    records = []
    for _, row in national.sort_values("year").iterrows():
        for point in points(row, basis):
            flag = row.get(f"{column(basis, point.pct)}_flag", "")
            records.append(
                {
                    "year": int(row["year"]),
                    "survey": survey_label(row["year"], lang),
                    "pct": point.pct,
                    "percentile": percentile_label(point.pct, lang),
                    "value": point.value,
                    "text": _fmt(point.value, flag, basis, lang),
                    "employment": _employment(row["tot_emp"], row.get("tot_emp_flag", ""), lang),
                    "source_title": row["source_title"],
                }
            )
    return pd.DataFrame(records)


def percentile_table(national: pd.DataFrame, basis: str, lang: str) -> pd.DataFrame:
    """One display row per survey: employment and the five points, as written (flags spelled out)."""
    rows = []
    for _, row in national.sort_values("year", ascending=False).iterrows():
        shown = {
            t("common.year", lang): survey_label(row["year"], lang),
            t("dist.col.employment", lang): _employment(row["tot_emp"], row.get("tot_emp_flag", ""), lang),
        }
        for point in points(row, basis):
            shown[percentile_label(point.pct, lang)] = _fmt(
                point.value, row.get(f"{column(basis, point.pct)}_flag", ""), basis, lang
            )
        rows.append(shown)
    return pd.DataFrame(rows)


def sector_table(sectors: pd.DataFrame, basis: str, lang: str) -> pd.DataFrame:
    """One row per industry sector, sorted by median: P10-P90, P25-P75, median (numbers and texts), employment."""
    out = pd.DataFrame(
        {
            "sector": sectors["naics_title"].to_numpy(),
            "survey": [survey_label(y, lang) for y in sectors["year"]],
            "employment": [
                _employment(v, f, lang) for v, f in zip(sectors["tot_emp"], sectors["tot_emp_flag"], strict=True)
            ],
            "employment_n": sectors["tot_emp"].to_numpy(),
        }
    )
    for pct in PERCENTILES:
        col = column(basis, pct)
        out[f"p{pct}"] = sectors[col].to_numpy()
        out[f"p{pct}_text"] = [
            _fmt(v, f, basis, lang) for v, f in zip(sectors[col], sectors[f"{col}_flag"], strict=True)
        ]
    return out.sort_values("p50", ascending=False, na_position="last").reset_index(drop=True)


def state_table(states: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per state, sorted by annual median: median and mean (different statistics), employment."""
    out = pd.DataFrame(
        {
            "state": states["area_title"].to_numpy(),
            "abbr": states["state_abbr"].to_numpy(),
            "survey": [survey_label(y, lang) for y in states["year"]],
            "median": states["a_median"].to_numpy(),
            "mean": states["a_mean"].to_numpy(),
            "employment_n": states["tot_emp"].to_numpy(),
        }
    )
    out["median_text"] = [
        _fmt(v, f, "year", lang) for v, f in zip(states["a_median"], states["a_median_flag"], strict=True)
    ]
    out["mean_text"] = [_fmt(v, f, "year", lang) for v, f in zip(states["a_mean"], states["a_mean_flag"], strict=True)]
    out["employment"] = [
        _employment(v, f, lang) for v, f in zip(states["tot_emp"], states["tot_emp_flag"], strict=True)
    ]
    return out.sort_values("median", ascending=False, na_position="last").reset_index(drop=True)


def distribution_row(national: pd.DataFrame, sectors: pd.DataFrame, year: int, sector: str) -> pd.Series:
    """The OEWS row an offer is compared with: national for ``year``, or a sector (its own survey year)."""
    if sector:
        match = sectors[sectors["naics_title"] == sector]
        if match.empty:
            raise KeyError(sector)
        return match.iloc[0]
    match = national[national["year"] == year]
    if match.empty:
        raise KeyError(year)
    return match.iloc[0]
