"""What the bands page shows: the market and the legal floor in display units, the ladder's checks, a candidate.

One call per section; the page only renders. The compa-ratio and penetration
come from ``core.offers``, the same formulas the offer check uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..core import floors, offers
from ..core import regions as id_regions
from ..core.formatting import format_money, percent, ratio
from ..core.i18n import t
from ..core.money import Display, conversion_note, convert_salaries
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


def regions(wages: pd.DataFrame, country: str) -> list[str]:
    """The floors a band can be checked against: Indonesian provinces, or US states and federal."""
    return floors.floor_regions(wages, country)


def regencies(province: str, lang: str) -> dict[str, str]:
    """Where in the province the workplace is: "" (province-wide, the UMP) or a regency/city code -> name."""
    return {"": t("floor.regency.province_wide", lang)} | dict(id_regions.regencies_of(province))


def check_dates(wages: pd.DataFrame, country: str, lang: str, today: dt.date) -> dict[str, str]:
    """``today`` and each year with figures -> label, for the check-date picker."""
    options = floors.check_date_options(floors.floor_years(wages, country))
    return {c: floors.check_date_label(c, lang, today) for c in options}


def rules_label(check_label: str, floor_headline: str, overlap_pct: float, lang: str) -> str:
    """The checks' section label: what the ladder is checked against (the floor by name and amount) while shut."""
    return t("band.rules", lang, date=check_label, floor=floor_headline, pct=percent(overlap_pct / 100, lang))


@dataclass(frozen=True)
class MarketView:
    """The market ranges and the legal floor the ladder is built against, in the reader's units."""

    source_rows: pd.DataFrame
    converted: pd.DataFrame
    table: pd.DataFrame
    conversion: str
    floor: float | None
    floor_note: str  # the floor's paragraph: figure, legal basis, source, disputed or fallback notes
    floor_headline: str  # its name and amount, for the checks section's label
    reference: str  # what "the industry range" means for this market, for the quick-set form
    floor_caveat: str = ""  # the workplace sets a UMK the app does not know: the floor is only "at least the UMP"


def market_view(
    ranges: pd.DataFrame,
    wages: pd.DataFrame,
    rates: pd.DataFrame,
    country: str,
    industry: str,
    region: str,
    d: Display,
    check_on: str = floors.TODAY,
    today: dt.date | None = None,
    regency: str = "",
) -> MarketView:
    """The market rows in the reader's units, and the floor in force at the workplace (``regency``: a
    regency/city code in ``region``, "" for the province-wide UMP) on the check date."""
    lang = d.lang
    source = bands.market_rows(ranges, country, industry)
    converted = convert_salaries(source, d.currency, d.period, rates, d.hours, d.custom_rate)
    on = floors.check_date(check_on, today or dt.date.today())
    floor = floors.floor_in_force(wages, region, on, regency=regency)
    shown = floors.floor_in_units(floor, d.currency, d.period, rates, lang, d.hours, d.custom_rate)
    scope = floors.scope_note(floor, lang)
    reference = t(f"industry.{industry}", lang) if industry != "unspecified" else t(f"country.{country}", lang)
    return MarketView(
        source_rows=source,
        converted=converted,
        table=bands.market_table(converted, lang, d.currency, d.period),
        conversion=conversion_note(converted, d, rates),
        floor=shown.value,
        floor_note=shown.text + (" " + scope if scope else ""),
        floor_headline=floors.floor_headline(shown, lang),
        reference=reference,
        floor_caveat=t("band.floor_unknown", lang, regency=floor.regency_name) if floor.umk_unknown else "",
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
    warnings = [market.floor_caveat] if market.floor_caveat else []
    warnings += [
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
