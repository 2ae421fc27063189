"""What the bands page shows: the market and the legal floor in display units, the ladder's checks, a candidate.

One call per section; the page only renders. The compa-ratio and penetration
come from ``core.offers``, the same formulas the offer check uses.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..core import offers
from ..core.formatting import format_hours, format_money, format_rate, percent, ratio
from ..core.i18n import t
from ..core.money import Display, conversion_note, convert, convert_salaries, pick_rate
from ..core.schema import INDUSTRIES
from . import files
from . import ladder as bands
from .charts import bands_chart, chart_data

COUNTRIES = ("ID", "US")


def industries(country: str) -> tuple[str, ...]:
    """Indonesian bands can follow an employer kind; the US figures have none."""
    return INDUSTRIES if country == "ID" else ("unspecified",)


def default_region(country: str) -> str:
    return "DKI Jakarta" if country == "ID" else "Federal"


@dataclass(frozen=True)
class MarketView:
    """The market ranges and the legal floor the ladder is built against, in the reader's units."""

    source_rows: pd.DataFrame
    converted: pd.DataFrame
    table: pd.DataFrame
    conversion: str
    floor: float | None
    floor_note: str
    reference: str  # what "the industry range" means for this market, for the quick-set form


def market_view(
    ranges: pd.DataFrame,
    wages: pd.DataFrame,
    rates: pd.DataFrame,
    country: str,
    industry: str,
    region: str,
    d: Display,
) -> MarketView:
    lang = d.lang
    source = bands.market_rows(ranges, country, industry)
    converted = convert_salaries(source, d.currency, d.period, rates, d.hours, d.custom_rate)
    wage = offers.current_minimum_wage(wages, region)
    floor = convert(
        float(wage["amount"]),
        wage["currency"],
        wage["pay_period"],
        d.currency,
        d.period,
        pick_rate(rates, int(wage["year"]), d.custom_rate),
        d.hours,
    )
    note = t(
        "band.minwage",
        lang,
        region=region,
        kind=wage["wage_kind"],
        year=int(wage["year"]),
        amount=format_money(float(wage["amount"]), wage["currency"], lang, wage["pay_period"]),
    )
    if floor.rate or floor.hours:
        note += " " + t("band.minwage_conv", lang, converted=format_money(floor.value, d.currency, lang, d.period))
    if floor.rate:
        rate_text = format_rate(floor.rate, lang)
        note += " " + (rate_text if floor.rate.exact_year else t("conv.rate_nearest", lang, rate=rate_text)) + "."
    if floor.hours:
        note += " " + format_hours(floor.hours, lang) + "."
    reference = t(f"industry.{industry}", lang) if industry != "unspecified" else t(f"country.{country}", lang)
    return MarketView(
        source_rows=source,
        converted=converted,
        table=bands.market_table(converted, lang, d.currency, d.period),
        conversion=conversion_note(converted, d, rates),
        floor=floor.value,
        floor_note=note,
        reference=reference,
    )


@dataclass(frozen=True)
class LadderView:
    """Checks, metrics, chart and export of the ladder as edited."""

    warnings: list[str]
    metrics: pd.DataFrame
    chart: alt.Chart
    export: pd.DataFrame
    export_names: dict[str, str]
    levels: list[str]  # levels a candidate can be checked against


def ladder_view(
    table: pd.DataFrame, market: MarketView, overlap_pct: float, country: str, industry: str, d: Display
) -> LadderView:
    lang = d.lang
    warnings = [
        bands.describe_warning(w, lang, d.currency, d.period)
        for w in bands.band_warnings(table, overlap_pct / 100, market.floor)
    ]
    data = chart_data(
        table,
        bands.market_by_level(market.converted),
        lang,
        d.currency,
        d.period,
        bands.overall_range(market.converted, industry),
        t("band.ref.overall", lang, industry=t(f"industry.{industry}", lang)),
    )
    usable = table[table["level"].isin(bands.BAND_LEVELS)].drop_duplicates("level")
    return LadderView(
        warnings=warnings,
        metrics=bands.metrics_table(table, lang),
        chart=bands_chart(data, lang, d.currency, d.period, market.floor),
        export=files.export_frame(table),
        export_names={"country": country, "industry": industry, "cur": d.currency, "per": d.period},
        levels=list(usable["level"]),
    )


def band_midpoint(table: pd.DataFrame, level: str) -> float:
    """Where a candidate check starts: the level's midpoint (0 when the band has none)."""
    band = table[table["level"] == level].iloc[0]
    mid = band["band_mid"]
    return float(mid) if mid == mid else 0.0


@dataclass(frozen=True)
class CandidateView:
    usable: bool
    compa: str = "–"
    penetration: str = "–"
    position: str = ""
    below_floor: str | None = None


def candidate_view(table: pd.DataFrame, level: str, offer: float, floor: float | None, d: Display) -> CandidateView:
    """A candidate's pay against the level's band: compa-ratio, range penetration, position, the floor."""
    band = table[table["level"] == level].iloc[0]
    try:
        check = offers.check_offer(offer, float(band["band_min"]), float(band["band_max"]), floor)
    except ValueError:
        return CandidateView(usable=False)
    mid = float(band["band_mid"]) if band["band_mid"] == band["band_mid"] else 0.0
    below = (
        t("band.offer.below_minimum_wage", d.lang, floor=format_money(floor, d.currency, d.lang, d.period))
        if check.below_minimum_wage
        else None
    )
    return CandidateView(
        usable=True,
        compa=ratio(offers.compa_ratio(offer, mid), d.lang) if mid > 0 else "–",
        penetration=percent(check.penetration, d.lang),
        position=t(f"band.offer.position.{check.position}", d.lang),
        below_floor=below,
    )
