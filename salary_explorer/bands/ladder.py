"""Salary bands per level: quick ways to set them, their metrics, HR warnings, file round trip.

A band table has one row per level (``BAND_COLUMNS``) and carries its own
currency and pay period, so an exported file says what its numbers mean.
Definitions used throughout (all amounts in one currency and period):

- range spread = (max - min) / min
- midpoint progression = mid(level) / mid(level below) - 1
- overlap with the band below = length of the intersection of the two ranges
  divided by the width of the upper band, i.e.
  ``max(0, min(lower.max, upper.max) - max(lower.min, upper.min)) / (upper.max - upper.min)``;
  for ordinary bands this is ``(lower.max - upper.min) / (upper.max - upper.min)``,
  0 when they do not touch, 1 when the upper band lies inside the lower one.

Midpoint, compa-ratio and range penetration come from ``offers``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..core.formatting import number, percent
from ..core.i18n import t
from ..core.money import Hours, Rate, convert, format_money
from ..core.offers import midpoint
from ..core.schema import LEVELS

BAND_LEVELS = tuple(lv for lv in LEVELS if lv != "unspecified")  # ladder order, lowest first
NUMBER_COLUMNS = ("band_min", "band_mid", "band_max")
BAND_COLUMNS = (
    "level",
    *NUMBER_COLUMNS,
    "currency",
    "pay_period",
    "country",
    "industry",
    "basis",
    "basis_params",
    "note",
)
TEXT_COLUMNS = tuple(c for c in BAND_COLUMNS if c not in NUMBER_COLUMNS)
EDITOR_COLUMNS = ("level", *NUMBER_COLUMNS, "note")  # what the band editor shows and the user changes
BASES = ("market", "market_scaled", "industry_range", "country_range", "midpoint_spread", "market_position", "manual")


# ---------- the table ----------
def empty_bands(currency: str, period: str) -> pd.DataFrame:
    return tidy(pd.DataFrame(columns=list(BAND_COLUMNS)), currency, period)


def tidy(df: pd.DataFrame, currency: str | None = None, period: str | None = None) -> pd.DataFrame:
    """Every band column with its dtype, rows in ladder order; missing currency/period filled in."""
    out = df.copy()
    for col in BAND_COLUMNS:
        if col not in out.columns:
            out[col] = None
    for col in NUMBER_COLUMNS:
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in TEXT_COLUMNS:
        out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
    if currency:
        out["currency"] = out["currency"].where(out["currency"] != "", currency)
    if period:
        out["pay_period"] = out["pay_period"].where(out["pay_period"] != "", period)
    out["basis"] = out["basis"].where(out["basis"] != "", "manual")
    rank = out["level"].map({lv: i for i, lv in enumerate(BAND_LEVELS)}).fillna(len(BAND_LEVELS))
    out = out.assign(_rank=rank).sort_values("_rank", kind="stable").drop(columns="_rank")
    return out[list(BAND_COLUMNS)].reset_index(drop=True)


def params_text(**params: object) -> str:
    """``basis_params`` as ``key=value;key=value`` so a file keeps how each band was derived."""
    return ";".join(f"{k}={v}" for k, v in params.items() if v not in (None, ""))


def parse_params(text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in str(text).split(";") if "=" in part)


# ---------- market reference ----------
def market_rows(rows: pd.DataFrame, country: str, industry: str | None) -> pd.DataFrame:
    """Salary rows that can serve as a market reference: per-level ranges, the chosen industry, country-wide.

    Per-item commissions never count as a wage.
    """
    mine = rows[(rows["country"] == country) & (rows["pay_period"] != "item")]
    per_level = mine["level"].isin(BAND_LEVELS) & mine["industry"].isin(["unspecified", ""])
    overall = (mine["level"] == "unspecified") & (mine["industry"] == (industry or "unspecified"))
    return mine[per_level | overall]


@dataclass(frozen=True)
class MarketRange:
    """One market range in display units; ``typical`` may be the only figure (e.g. a median)."""

    low: float | None
    typical: float | None
    high: float | None

    @property
    def mid(self) -> float | None:
        if self.low is not None and self.high is not None and self.low <= self.high:
            return midpoint(self.low, self.high)
        return self.typical


def _value(x: object) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


def market_by_level(converted: pd.DataFrame) -> dict[str, MarketRange]:
    """Per-level market ranges from converted rows (``min/typical/max_conv``); several rows per level are averaged."""
    out = {}
    rows = converted[converted["level"].isin(BAND_LEVELS) & converted["convertible"]]
    for level in BAND_LEVELS:
        sel = rows[rows["level"] == level]
        if not sel.empty:
            out[level] = MarketRange(
                _value(sel["min_conv"].mean()), _value(sel["typical_conv"].mean()), _value(sel["max_conv"].mean())
            )
    return out


def overall_range(converted: pd.DataFrame, industry: str | None) -> MarketRange | None:
    """The one range for the chosen industry (or the country as a whole) with both ends, if any."""
    rows = converted[
        (converted["level"] == "unspecified")
        & (converted["industry"] == (industry or "unspecified"))
        & converted["convertible"]
    ].dropna(subset=["min_conv", "max_conv"])
    if rows.empty:
        return None
    return MarketRange(
        _value(rows["min_conv"].mean()), _value(rows["typical_conv"].mean()), _value(rows["max_conv"].mean())
    )


# ---------- quick ways to set bands ----------
def _band(level: str, low: float, mid: float, high: float, basis: str, **params: object) -> dict:
    return {
        "level": level,
        "band_min": low,
        "band_mid": mid,
        "band_max": high,
        "basis": basis,
        "basis_params": params_text(**params),
    }


def _frame(rows: list[dict], currency: str, period: str, country: str, industry: str) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["level", *NUMBER_COLUMNS, "basis", "basis_params"])
    return tidy(df.assign(currency=currency, pay_period=period, country=country, industry=industry))


def bands_from_market(
    market: dict[str, MarketRange], currency: str, period: str, country: str, industry: str = "unspecified"
) -> pd.DataFrame:
    """Each level's band = its market range; midpoint = (min + max) / 2."""
    rows = [
        _band(lv, r.low, midpoint(r.low, r.high), r.high, "market")
        for lv, r in market.items()
        if r.low is not None and r.high is not None
    ]
    return _frame(rows, currency, period, country, industry)


def anchor_to_range(bands: pd.DataFrame, reference: MarketRange, level: str, mode: str, basis: str) -> pd.DataFrame:
    """Use one industry/country-wide range for the bands.

    ``mode="use"``: the anchor level's band becomes that range, other levels stay.
    ``mode="scale"``: every band is multiplied by ref.mid / anchor band mid, so the
    anchor level's midpoint equals the reference midpoint and the ladder keeps its shape.
    """
    if reference is None or reference.low is None or reference.high is None:
        raise ValueError("the reference range needs a minimum and a maximum")
    out = tidy(bands)
    ref_mid = midpoint(reference.low, reference.high)
    if mode == "use":
        new = {
            "level": level,
            "band_min": reference.low,
            "band_mid": ref_mid,
            "band_max": reference.high,
            "basis": basis,
            "basis_params": "",
        }
        keep = out[out["level"] != level]
        base = out.iloc[:1] if not out.empty else pd.DataFrame(columns=list(BAND_COLUMNS))
        meta = {
            c: (base[c].iloc[0] if not base.empty else "")
            for c in ("currency", "pay_period", "country", "industry", "note")
        }
        return tidy(pd.concat([keep, pd.DataFrame([{**meta, **new, "note": ""}])], ignore_index=True))
    if mode == "scale":
        anchor = out[out["level"] == level]
        if anchor.empty or not anchor["band_mid"].iloc[0] > 0:
            raise ValueError(f"no band with a positive midpoint for level {level!r} to scale from")
        factor = ref_mid / float(anchor["band_mid"].iloc[0])
        for col in NUMBER_COLUMNS:
            out[col] = out[col] * factor
        out["basis"] = "market_scaled"
        out["basis_params"] = params_text(anchor=level, factor=f"{factor:.4f}")
        return out
    raise ValueError(f"unknown anchor mode {mode!r}")


def band_from_midpoint(mid: float, spread: float) -> tuple[float, float]:
    """(min, max) with the given midpoint and range spread: min = 2·mid / (2 + spread), max = min · (1 + spread)."""
    if spread < 0:
        raise ValueError(f"range spread must not be negative, got {spread}")
    low = 2 * mid / (2 + spread)
    return low, low * (1 + spread)


def bands_from_midpoints(bands: pd.DataFrame, spread: float) -> pd.DataFrame:
    """Keep each band's midpoint, set min and max from one range spread."""
    out = tidy(bands)
    for idx, mid in out["band_mid"].items():
        if pd.notna(mid):
            out.loc[idx, ["band_min", "band_max"]] = band_from_midpoint(float(mid), spread)
    out["basis"] = "midpoint_spread"
    out["basis_params"] = params_text(spread=f"{spread:.4g}")
    return out


def bands_at_market_position(bands: pd.DataFrame, position: float, spread: float) -> pd.DataFrame:
    """Midpoint = position × market midpoint (1.0 matches the market, 1.1 leads it by 10 %), then the spread."""
    if position <= 0:
        raise ValueError(f"market position must be positive, got {position}")
    out = bands_from_midpoints(tidy(bands).assign(band_mid=lambda df: df["band_mid"] * position), spread)
    out["basis"] = "market_position"
    out["basis_params"] = params_text(position=f"{position:.4g}", spread=f"{spread:.4g}")
    return out


QUICK_METHODS = ("market", "midpoint_spread", "market_position")
ANCHOR_MODES = ("none", "use", "scale")


def quick_bands(
    method: str,
    converted: pd.DataFrame,
    current: pd.DataFrame,
    *,
    currency: str,
    period: str,
    country: str,
    industry: str | None,
    anchor_level: str = "junior_staff",
    anchor_mode: str = "none",
    spread: float = 0.5,
    position: float = 1.0,
) -> pd.DataFrame:
    """One of the quick ways to set a whole ladder; ``converted`` = market rows in display units.

    ``market``: per-level market ranges, optionally anchored to the industry (or
    country-wide) range; ``market_position``: the same, then midpoints moved to a
    position against the market; ``midpoint_spread``: the current midpoints, one spread.
    """
    if method == "midpoint_spread":
        out = bands_from_midpoints(current, spread)
    elif method in ("market", "market_position"):
        out = bands_from_market(market_by_level(converted), currency, period, country)
        if anchor_mode != "none":
            basis = "industry_range" if industry and industry != "unspecified" else "country_range"
            out = anchor_to_range(out, overall_range(converted, industry), anchor_level, anchor_mode, basis)
        if method == "market_position":
            out = bands_at_market_position(out, position, spread)
    else:
        raise ValueError(f"unknown method {method!r}")
    return tidy(out.assign(currency=currency, pay_period=period, country=country, industry=industry or "unspecified"))


def convert_bands(bands: pd.DataFrame, to_currency: str, to_period: str, rate: Rate, hours: Hours) -> pd.DataFrame:
    """The same bands in another currency/period (``money.convert``); basis and notes kept."""
    out = tidy(bands)
    for idx, row in out.iterrows():
        for col in NUMBER_COLUMNS:
            if pd.notna(row[col]):
                out.loc[idx, col] = convert(
                    row[col], row["currency"], row["pay_period"], to_currency, to_period, rate, hours
                ).value
    out["currency"], out["pay_period"] = to_currency, to_period
    return out


# ---------- metrics ----------
def range_spread(low: float, high: float) -> float:
    """(max - min) / min; e.g. 4 jt .. 6 jt -> 0.5."""
    if not low > 0:
        raise ValueError(f"range spread needs a positive minimum, got {low}")
    return (high - low) / low


def midpoint_progression(lower_mid: float, upper_mid: float) -> float:
    """How much higher the upper level's midpoint is: upper / lower - 1; 5 jt -> 6 jt gives 0.2."""
    if not lower_mid > 0:
        raise ValueError(f"midpoint progression needs a positive lower midpoint, got {lower_mid}")
    return upper_mid / lower_mid - 1


def overlap(lower: tuple[float, float], upper: tuple[float, float]) -> float:
    """Share of the upper band (min, max) that the lower band also covers; see the module docstring."""
    width = upper[1] - upper[0]
    if not width > 0:
        raise ValueError(f"overlap needs an upper band with max above min, got {upper}")
    shared = min(lower[1], upper[1]) - max(lower[0], upper[0])
    return max(0.0, shared) / width


def _complete(row: pd.Series) -> bool:
    return all(pd.notna(row[c]) for c in NUMBER_COLUMNS)


def _sane(row: pd.Series) -> bool:
    return _complete(row) and 0 < row["band_min"] < row["band_max"]


def band_metrics(bands: pd.DataFrame) -> pd.DataFrame:
    """Per band: spread, progression and overlap against the band below (NaN where undefined)."""
    rows, prev = [], None
    for _, row in tidy(bands).iterrows():
        spread = range_spread(row["band_min"], row["band_max"]) if _sane(row) else math.nan
        prog = ovl = math.nan
        if prev is not None and _sane(row) and _sane(prev):
            if prev["band_mid"] > 0:
                prog = midpoint_progression(prev["band_mid"], row["band_mid"])
            ovl = overlap((prev["band_min"], prev["band_max"]), (row["band_min"], row["band_max"]))
        rows.append({"level": row["level"], "spread": spread, "progression": prog, "overlap": ovl})
        prev = row
    return pd.DataFrame(rows, columns=["level", "spread", "progression", "overlap"])


# ---------- warnings ----------
@dataclass(frozen=True)
class Warning:
    """One thing HR should look at; ``code`` is the i18n key ``band.warn.<code>``."""

    code: str
    level: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


def band_warnings(bands: pd.DataFrame, overlap_limit: float, minimum_wage: float | None = None) -> list[Warning]:
    """Incomplete rows, min above max, midpoint outside the band, band under the minimum wage,
    a midpoint not above the level below, and overlap with the band below above ``overlap_limit``.

    Rows are compared in ladder order (intern lowest); bands must be in one currency and period.
    """
    out: list[Warning] = []
    df = tidy(bands)
    seen: set[str] = set()
    prev = None
    for _, row in df.iterrows():
        level = row["level"]
        if level not in BAND_LEVELS:
            out.append(Warning("no_level", level))
            continue
        if level in seen:
            out.append(Warning("duplicate_level", level))
            continue
        seen.add(level)
        if not _complete(row):
            out.append(Warning("incomplete", level))
            continue
        low, mid, high = row["band_min"], row["band_mid"], row["band_max"]
        if low > high:
            out.append(Warning("min_above_max", level, {"low": low, "high": high}))
        elif not low <= mid <= high:
            out.append(Warning("mid_outside", level, {"mid": mid, "low": low, "high": high}))
        if minimum_wage is not None and low < minimum_wage:
            code = "below_minimum_wage_all" if high < minimum_wage else "below_minimum_wage"
            out.append(Warning(code, level, {"low": low, "floor": minimum_wage}))
        if prev is not None:
            if not mid > prev["band_mid"]:
                out.append(
                    Warning(
                        "no_progression", level, {"below": prev["level"], "mid": mid, "below_mid": prev["band_mid"]}
                    )
                )
            if _sane(row) and _sane(prev):
                share = overlap((prev["band_min"], prev["band_max"]), (low, high))
                if share > overlap_limit:
                    out.append(
                        Warning("overlap", level, {"below": prev["level"], "share": share, "limit": overlap_limit})
                    )
        prev = row
    return out


# ---------- sentences in the reader's language ----------


def describe_basis(basis: str, params: str, lang: str) -> str:
    """How a band was set, e.g. ``derived: midpoint kept, range spread 50%``."""
    p = parse_params(params)
    values = {
        "factor": number(float(p.get("factor", 1)), lang, "#,##0.###"),
        "anchor": t(f"level.{p.get('anchor', 'unspecified')}", lang),
        "spread": percent(float(p.get("spread", 0)), lang),
        "position": percent(float(p.get("position", 1)), lang),
    }
    return t(f"band.basis.{basis if basis in BASES else 'manual'}", lang, **values)


def describe_warning(warning: Warning, lang: str, currency: str, period: str) -> str:
    """A warning as a sentence with money in the reader's format."""
    params = {}
    for key, value in warning.params.items():
        if key in ("below", "level"):
            params[key] = t(f"level.{value}", lang)
        elif key in ("share", "limit"):
            params[key] = percent(value, lang)
        else:
            params[key] = format_money(value, currency, lang, period)
    level = t(f"level.{warning.level}", lang) if warning.level in BAND_LEVELS else warning.level
    return t(f"band.warn.{warning.code}", lang, level=level, **params)


def mark_edited(base: pd.DataFrame, edited: pd.DataFrame) -> pd.DataFrame:
    """Rows the user changed or added in the editor are ``manual``; untouched rows keep their basis."""
    out = edited.copy()
    for idx in out.index:
        same = idx in base.index and all(
            (pd.isna(out.at[idx, c]) and pd.isna(base.at[idx, c])) or out.at[idx, c] == base.at[idx, c]
            for c in ("level", *NUMBER_COLUMNS)
        )
        if not same:
            out.at[idx, "basis"], out.at[idx, "basis_params"] = "manual", ""
    return out


def after_edit(
    base: pd.DataFrame, edited: pd.DataFrame, currency: str, period: str, country: str, industry: str
) -> pd.DataFrame:
    """The editor's result as a full band table: edits marked manual, new rows given units and market.

    The editor may show only ``EDITOR_COLUMNS``: each row's other columns come back from the base by
    index (a row the user added has none, and gets the units and market given here).
    """
    hidden = [c for c in base.columns if c not in edited.columns]
    if hidden:
        edited = edited.join(base[hidden], how="left")
    out = tidy(mark_edited(base, edited), currency, period)
    out["country"] = out["country"].replace("", country)
    out["industry"] = out["industry"].replace("", industry)
    return out


def market_table(converted: pd.DataFrame, lang: str, currency: str, period: str) -> pd.DataFrame:
    """The market reference rows as the reader sees them: label, formatted range, year, source."""
    rows = []
    for _, r in converted.iterrows():
        label = (
            t("band.ref.level", lang, level=t(f"level.{r['level']}", lang))
            if r["level"] in BAND_LEVELS
            else t("band.ref.overall", lang, industry=t(f"industry.{r['industry']}", lang))
        )
        cur, per = (currency, period) if r["convertible"] else (r["currency"], r["pay_period"])
        sfx = "_conv" if r["convertible"] else ""
        cols = ("min_conv", "typical_conv", "max_conv") if sfx else ("pay_min", "pay_typical", "pay_max")
        rows.append(
            {
                t("band.col.reference", lang): label,
                **{
                    t(k, lang): format_money(r[c], cur, lang, per)
                    for k, c in zip(("common.min", "common.typical", "common.max"), cols)
                },
                t("common.year", lang): t("common.year_not_stated", lang)
                if pd.isna(r["year"])
                else str(int(r["year"])),
                t("common.source", lang): r["source_title"],
            }
        )
    return pd.DataFrame(rows)


def metrics_table(bands: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Each band with its money formatted, its metrics and how it was set."""
    df = tidy(bands)
    metrics = band_metrics(df)
    rows = []
    for (_, b), (_, m) in zip(df.iterrows(), metrics.iterrows()):

        def money(x):
            return format_money(x, b["currency"], lang, b["pay_period"])

        rows.append(
            {
                t("common.level", lang): t(f"level.{b['level']}", lang) if b["level"] in BAND_LEVELS else "–",
                t("band.col.min", lang): money(b["band_min"]),
                t("band.col.mid", lang): money(b["band_mid"]),
                t("band.col.max", lang): money(b["band_max"]),
                t("band.col.spread", lang): percent(m["spread"], lang),
                t("band.col.progression", lang): percent(m["progression"], lang),
                t("band.col.overlap", lang): percent(m["overlap"], lang),
                t("band.col.basis", lang): describe_basis(b["basis"], b["basis_params"], lang),
            }
        )
    return pd.DataFrame(rows)


def starting_bands(
    converted: pd.DataFrame, currency: str, period: str, country: str, industry: str | None
) -> pd.DataFrame:
    """The ladder a new session starts with: per-level market ranges, or, where there are none
    (the US), the country-wide range as the junior-staff band."""
    mode = "none" if market_by_level(converted) else "use"
    if mode == "use" and overall_range(converted, industry) is None:
        return empty_bands(currency, period)
    return quick_bands(
        "market",
        converted,
        empty_bands(currency, period),
        currency=currency,
        period=period,
        country=country,
        industry=industry,
        anchor_mode=mode,
    )
