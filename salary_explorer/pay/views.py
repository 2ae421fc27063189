"""Data prep for the job-seeker salary page: range tables, commission pay, reference ranges, offer checks.

Everything here is pure (no Streamlit) so the page only reads widgets and
renders. Tables keep one row per category *and* source/year: figures from
different sources or years are labelled side by side, never averaged together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ..core import offers
from ..core.i18n import CATALOG, t
from ..core.money import (
    Conversion,
    Hours,
    Rate,
    convert,
    convert_salaries,
    format_hours,
    format_money,
    format_rate,
    pick_rate,
)
from ..core.schema import INDUSTRIES, LEVELS, PERIODIC

RANGE_LEVELS = tuple(level for level in LEVELS if level != "unspecified")  # intern -> manager
RANGE_INDUSTRIES = tuple(industry for industry in INDUSTRIES if industry != "unspecified")
US_REGION = "Federal"


def year_label(year: object, lang: str) -> str:
    """``2019`` or ``year not stated``: every figure on screen carries one of the two."""
    return t("common.year_not_stated", lang) if year is None or pd.isna(year) else str(int(year))


def level_rows(rows: pd.DataFrame, levels: list[str] | tuple[str, ...] = RANGE_LEVELS) -> pd.DataFrame:
    """Indonesian wage rows for the chosen levels (any industry), commissions excluded."""
    keep = (rows["country"] == "ID") & rows["level"].isin(levels) & rows["pay_period"].isin(PERIODIC)
    return rows[keep]


def industry_rows(rows: pd.DataFrame, industries: list[str] | tuple[str, ...] = RANGE_INDUSTRIES) -> pd.DataFrame:
    """Indonesian wage rows for the chosen industries, commissions excluded (see ``commission_rows``)."""
    keep = (rows["country"] == "ID") & rows["industry"].isin(industries) & rows["pay_period"].isin(PERIODIC)
    return rows[keep]


def commission_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Per-item commissions: pay per item sold, shown on their own, never as a wage."""
    return rows[rows["pay_period"] == "item"]


def range_table(
    rows: pd.DataFrame,
    by: str,
    order: tuple[str, ...],
    currency: str,
    period: str,
    rates: pd.DataFrame,
    lang: str,
    hours: Hours = Hours(),
    custom_rate: float | None = None,
) -> pd.DataFrame:
    """One row per ``by`` value and source/year, in ``currency`` per ``period``, ready for chart and table.

    ``mid`` is the typical figure when the source gives one, else the midpoint
    of min and max (``mid_kind`` says which). Rows whose currency has no rate
    here are left out, since they cannot be put on the same axis.
    """
    conv = convert_salaries(rows, currency, period, rates, hours, custom_rate)
    conv = conv[conv["convertible"]].copy()
    if conv.empty:
        return pd.DataFrame(
            columns=[
                "key",
                "label",
                "series",
                "year",
                "source_title",
                "lo",
                "hi",
                "mid",
                "mid_kind",
                "n",
                "lo_text",
                "hi_text",
                "mid_text",
                "rate_used",
                "rate_year",
                "rate_exact_year",
            ]
        )
    conv["year_text"] = conv["year"].map(lambda y: year_label(y, lang))
    grouped = (
        conv.groupby([by, "source_title", "year_text"], sort=False, dropna=False)
        .agg(
            lo=("min_conv", "min"),
            hi=("max_conv", "max"),
            typical=("typical_conv", "median"),
            n=("record_id", "size"),
            rate_used=("rate_used", "first"),
            rate_year=("rate_year", "first"),
            rate_exact_year=("rate_exact_year", "first"),
        )
        .reset_index()
    )
    mid_range = (grouped["lo"] + grouped["hi"]) / 2
    grouped["mid_kind"] = grouped["typical"].notna().map({True: "typical", False: "midpoint"})
    grouped["mid"] = grouped["typical"].fillna(mid_range)
    prefix = "level" if by == "level" else "industry"
    grouped["key"] = grouped[by]
    grouped["label"] = grouped[by].map(lambda v: t(f"{prefix}.{v}", lang))
    grouped["year"] = grouped["year_text"]
    grouped["series"] = grouped["source_title"].str.slice(0, 60) + " (" + grouped["year_text"] + ")"
    for col in ("lo", "hi", "mid"):
        grouped[f"{col}_text"] = grouped[col].map(lambda v: format_money(v, currency, lang, period))
    rank = {value: i for i, value in enumerate(order)}
    grouped["_rank"] = grouped["key"].map(rank).fillna(len(order))
    grouped = grouped.sort_values(["_rank", "year_text"], kind="stable").drop(
        columns=["_rank", "typical", "year_text", by]
    )
    return grouped.reset_index(drop=True)


def display_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The range table as formatted text columns with translated headers (money already formatted)."""
    return pd.DataFrame(
        {
            t("sal.col.what", lang): table["label"],
            t("common.min", lang): table["lo_text"],
            t("sal.col.mid", lang): table["mid_text"]
            + " ("
            + table["mid_kind"].map(lambda k: t(f"sal.mid.{k}", lang))
            + ")",
            t("common.max", lang): table["hi_text"],
            t("common.year", lang): table["year"],
            t("common.source", lang): table["source_title"],
        }
    )


def conversion_text(rate: Rate | None, hours: Hours | None, lang: str) -> str:
    """Which rate (and its year) and which hours turned one figure into another, for a caption."""
    parts = []
    if rate is not None:
        key = (
            "sal.offer.conv_rate_user"
            if rate.kind == "user"
            else "sal.offer.conv_rate"
            if rate.exact_year
            else "sal.offer.conv_rate_nearest"
        )
        parts.append(t(key, lang, rate=format_rate(rate, lang)))
    if hours is not None:
        parts.append(t("sal.offer.conv_hours", lang, hours=format_hours(hours, lang)))
    return " ".join(parts) or t("sal.offer.no_conversion", lang)


# ---------- online-shop commission calculator ----------
@dataclass(frozen=True)
class CalculatorDefaults:
    """Starting values taken from the data: the lowest fixed pay and lowest commission of the online-shop rows."""

    fixed: float
    per_item: float
    year: int | None


def calculator_defaults(rows: pd.DataFrame) -> CalculatorDefaults:
    shop = rows[(rows["country"] == "ID") & (rows["industry"] == "online_shop") & (rows["currency"] == "IDR")]
    fixed = shop.loc[shop["pay_period"] == "month", "pay_min"].min()
    commission = shop[shop["pay_period"] == "item"]
    per_item = commission["pay_min"].min()
    year = commission["year"].dropna().max() if not commission.empty else None
    return CalculatorDefaults(
        fixed=0.0 if pd.isna(fixed) else float(fixed),
        per_item=0.0 if pd.isna(per_item) else float(per_item),
        year=_year(year),
    )


def commission_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per-item commission rows as the source wrote them: ``Rp 5.000/item – Rp 50.000/item``."""
    return pd.DataFrame(
        {
            t("common.industry", lang): rows["industry"].map(lambda v: t(f"industry.{v}", lang)),
            t("sal.commission.col.per_item", lang): [_original_text(row, lang) for _, row in rows.iterrows()],
            t("common.year", lang): rows["year"].map(lambda y: year_label(y, lang)),
            t("common.source", lang): rows["source_title"],
        }
    )


def commission_pay(fixed: float, items: float, per_item: float) -> float:
    """Monthly pay = fixed pay + items sold x commission per item, e.g. 500,000 + 100 x 5,000 = 1,000,000."""
    for name, value in (("fixed", fixed), ("items", items), ("per_item", per_item)):
        if value is None or not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be a number of zero or more, got {value!r}")
    return fixed + items * per_item


# ---------- reference ranges for the offer check ----------
def reference_ranges(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows an offer can be compared with: a wage range with min below max, in a currency we can convert."""
    nums_ok = rows["pay_min"].notna() & rows["pay_max"].notna() & (rows["pay_max"] > rows["pay_min"])
    keep = nums_ok & rows["pay_period"].isin(PERIODIC) & rows["currency"].isin(("IDR", "USD"))
    refs = rows[keep].copy()
    kind = pd.Series("other", index=refs.index)
    kind = kind.mask(refs["country"] == "US", "us")
    kind = kind.mask((refs["country"] == "ID") & refs["industry"].isin(RANGE_INDUSTRIES), "industry")
    kind = kind.mask((refs["country"] == "ID") & refs["level"].isin(RANGE_LEVELS), "level")
    kind = kind.mask(refs["source_kind"] == "user_upload", "upload")  # never passed off as bundled figures
    refs["ref_kind"] = kind
    order = {"level": 0, "industry": 1, "us": 2, "upload": 3, "other": 4}
    level_rank = refs["level"].map({v: i for i, v in enumerate(LEVELS)}).fillna(len(LEVELS))
    refs["_o"] = refs["ref_kind"].map(order) * 100 + level_rank
    return refs.sort_values("_o", kind="stable").drop(columns="_o").set_index("record_id", drop=False)


def reference_label(ref: pd.Series, lang: str) -> str:
    """``Level: Junior staff · Rp 2.200.000–Rp 7.000.000/bulan (tahun tidak disebut)``."""
    kind = ref["ref_kind"]
    if kind == "level":
        what = t("sal.ref.level", lang, level=t(f"level.{ref['level']}", lang))
    elif kind == "industry":
        what = t("sal.ref.industry", lang, industry=t(f"industry.{ref['industry']}", lang))
    elif kind == "us":
        what = t("sal.ref.us", lang)
    elif kind == "upload":
        what = t(
            "sal.ref.upload",
            lang,
            file=str(ref["source_title"])[:40],
            level=t(f"level.{ref['level']}", lang) if f"level.{ref['level']}" in CATALOG else str(ref["level"]),
            country=ref["country"],
        )
    else:
        what = str(ref["role"])[:60]
    lo = format_money(ref["pay_min"], ref["currency"], lang)
    hi = format_money(ref["pay_max"], ref["currency"], lang, ref["pay_period"])
    return f"{what} · {lo}–{hi} ({year_label(ref['year'], lang)})"


DEFAULT_REFERENCE = "id-2019-general_staff"
DEFAULT_COMPARISON = ("id-2019-general_staff", "id-level-junior_staff")
DEFAULT_REGION = "DKI Jakarta"


def reference_labels(refs: pd.DataFrame, lang: str, country: str | None = None) -> dict[str, str]:
    """``{record_id: label}`` for a selectbox, optionally only one country's ranges."""
    if country is not None:
        refs = refs[refs["country"] == country]
    return {rid: reference_label(ref, lang) for rid, ref in refs.iterrows()}


def preferred(options: list[str], wanted: tuple[str, ...] | str) -> list[str] | str | None:
    """The wanted default(s) that exist among ``options``; for a single default, else the first option."""
    if isinstance(wanted, str):
        return wanted if wanted in options else (options[0] if options else None)
    return [w for w in wanted if w in options]


def region_label(region: str, lang: str) -> str:
    return t("sal.region.federal", lang) if region == US_REGION else region


def floor_name(wage: pd.Series, lang: str) -> str:
    """``UMP DKI Jakarta 2025`` or ``US federal minimum wage (in force since 2009)``."""
    kind = "federal" if wage["wage_kind"] == "federal" else "UMP"
    return t(f"sal.floor.{kind}", lang, region=wage["region"], year=int(wage["year"]))


@dataclass(frozen=True)
class OfferResult:
    """An offer checked against a reference range and a legal minimum, all in the offer's currency and period."""

    check: offers.OfferCheck
    currency: str
    period: str
    range_rate: Rate | None  # rate used to convert the range, None when it was already in the offer's currency
    range_hours: Hours | None  # hours used to convert the range's period, None when not needed
    range_year: int | None
    wage: pd.Series  # the minimum-wage row used
    wage_conv: Conversion


def _year(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def check_offer_against(
    offer: float,
    currency: str,
    period: str,
    ref: pd.Series,
    wage: pd.Series,
    rates: pd.DataFrame,
    hours: Hours = Hours(),
    custom_rate: float | None = None,
) -> OfferResult:
    """Convert the reference range and the minimum wage into the offer's currency and period, then check.

    Each figure is converted at the rate of its own year (or the user's rate),
    so a 2019 range and a 2025 minimum wage each use the rate that fits them.
    """
    if offer is None or not math.isfinite(offer) or offer < 0:
        raise ValueError(f"offer must be a number of zero or more, got {offer!r}")
    range_year = _year(ref["year"])
    rate = pick_rate(rates, range_year, custom_rate)
    lo = convert(float(ref["pay_min"]), ref["currency"], ref["pay_period"], currency, period, rate, hours)
    hi = convert(float(ref["pay_max"]), ref["currency"], ref["pay_period"], currency, period, rate, hours)
    wage_rate = pick_rate(rates, _year(wage["year"]), custom_rate)
    floor = convert(float(wage["amount"]), wage["currency"], wage["pay_period"], currency, period, wage_rate, hours)
    return OfferResult(
        check=offers.check_offer(offer, lo.value, hi.value, floor.value),
        currency=currency,
        period=period,
        range_rate=lo.rate,
        range_hours=lo.hours,
        range_year=range_year,
        wage=wage,
        wage_conv=floor,
    )


def offer_marks(result: OfferResult, lang: str) -> pd.DataFrame:
    """The few points the offer chart draws: range ends, midpoint, minimum wage, the offer."""
    c = result.check
    names = {
        "min": t("common.min", lang),
        "mid": t("common.midpoint", lang),
        "max": t("common.max", lang),
        "floor": t("sal.offer.floor_mark", lang),
        "offer": t("sal.offer.offer_mark", lang),
    }
    values = {"min": c.pay_min, "mid": c.midpoint, "max": c.pay_max, "floor": c.minimum_wage, "offer": c.offer}
    return pd.DataFrame(
        {
            "mark": list(values),
            "name": [names[k] for k in values],
            "value": list(values.values()),
            "text": [format_money(v, result.currency, lang, result.period) for v in values.values()],
        }
    )


# ---------- Indonesia vs US ----------
def comparison_rows(rows: pd.DataFrame, indonesian_ids: list[str]) -> pd.DataFrame:
    """The chosen Indonesian wage rows plus every US wage row, for one side-by-side view."""
    wages = rows[rows["pay_period"].isin(PERIODIC)]
    keep = ((wages["country"] == "ID") & wages["record_id"].isin(indonesian_ids)) | (wages["country"] == "US")
    return wages[keep]


def comparison_table(
    rows: pd.DataFrame,
    currency: str,
    period: str,
    rates: pd.DataFrame,
    lang: str,
    hours: Hours = Hours(),
    custom_rate: float | None = None,
) -> pd.DataFrame:
    """Each row converted into one currency and period, labelled with country, what it is, year and rate used."""
    conv = convert_salaries(rows, currency, period, rates, hours, custom_rate)
    conv = conv[conv["convertible"]].copy()
    refs = reference_ranges(rows)
    out = pd.DataFrame(index=conv.index)
    out["country"] = conv["country"].map(lambda c: t(f"country.{c}", lang))
    out["label"] = [_comparison_what(row, refs, lang) for _, row in conv.iterrows()]
    out["year"] = conv["year"].map(lambda y: year_label(y, lang))
    out["lo"] = conv["min_conv"]
    out["hi"] = conv["max_conv"]
    out["typical"] = conv["typical_conv"]
    out["mid"] = out["typical"].fillna((out["lo"] + out["hi"]) / 2)
    out["mid_kind"] = out["typical"].notna().map({True: "typical", False: "midpoint"})
    out["original"] = [_original_text(row, lang) for _, row in conv.iterrows()]
    for col in ("lo", "hi", "mid"):
        out[f"{col}_text"] = out[col].map(lambda v: format_money(v, currency, lang, period))
    out["rate_used"] = conv["rate_used"]
    out["rate_year"] = conv["rate_year"]
    out["rate_exact_year"] = conv["rate_exact_year"]
    out["source_title"] = conv["source_title"]
    out["series"] = out["country"]
    return out.reset_index(drop=True)


def _comparison_what(row: pd.Series, refs: pd.DataFrame, lang: str) -> str:
    if row["country"] == "US":
        key = "sal.cmp.us_median" if pd.isna(row["pay_min"]) else "sal.cmp.us_range"
        return t(key, lang)
    if row["level"] in RANGE_LEVELS:
        return t("sal.ref.level", lang, level=t(f"level.{row['level']}", lang))
    if row["industry"] in RANGE_INDUSTRIES:
        return t("sal.ref.industry", lang, industry=t(f"industry.{row['industry']}", lang))
    return str(row["role"])[:60]


def _original_text(row: pd.Series, lang: str) -> str:
    """The figure as the source wrote it, e.g. ``$7.25/hr – $27.20/hr`` or ``$35,830/yr``."""
    values = [row[c] for c in ("pay_min", "pay_typical", "pay_max") if not pd.isna(row[c])]
    return " – ".join(format_money(v, row["currency"], lang, row["pay_period"]) for v in values)


def comparison_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``display_table`` plus the country and each figure as the source wrote it."""
    out = display_table(table, lang)
    out.insert(0, t("common.country", lang), table["country"].to_numpy())
    out.insert(5, t("sal.col.original", lang), table["original"].to_numpy())
    return out
