"""What the pay pages show, one call per section: tables, charts and sentences ready to render.

The pages only read widgets and render these objects, so every number on them
is computed (and tested) here. Each view carries the rows it came from, so the
page can name the sources and the conversion under it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from ..core import floors
from ..core import regions as id_regions
from ..core.formatting import percent, ratio
from ..core.i18n import t
from ..core.money import Display, conversion_note, convert, format_money, pick_rate
from . import charts
from . import offer_context as oc
from . import views as sv
from .distribution import survey_label


@dataclass(frozen=True)
class Official:
    """The official figures beside the article ranges: OEWS distributions and BPS mean net wages."""

    national: pd.DataFrame
    sectors: pd.DataFrame
    bps: pd.DataFrame
    bps_sector: pd.DataFrame | None = None  # BPS mean net wage by province x sector (pay by place)


@dataclass(frozen=True)
class RangeView:
    """Pay ranges by level or by industry in the reader's currency and period."""

    chart: alt.Chart | None
    table: pd.DataFrame | None
    source_rows: pd.DataFrame
    conversion: str


def range_view(rows: pd.DataFrame, kind: str, picked: list[str], d: Display, rates: pd.DataFrame) -> RangeView:
    """``kind`` is ``level`` or ``industry``; an empty pick shows nothing."""
    options = sv.RANGE_LEVELS if kind == "level" else sv.RANGE_INDUSTRIES
    source = (sv.level_rows if kind == "level" else sv.industry_rows)(rows, picked) if picked else rows.iloc[0:0]
    table = sv.range_table(source, kind, options, d.currency, d.period, rates, d.lang, d.hours, d.custom_rate)
    if table.empty:
        return RangeView(None, None, source, "")
    return RangeView(
        chart=charts.range_chart(table, d.currency, d.period, d.lang),
        table=sv.display_table(table, d.lang),
        source_rows=source,
        conversion=conversion_note(table, d, rates),
    )


@dataclass(frozen=True)
class CommissionView:
    """The online-shop commission rows and the calculator's result."""

    table: pd.DataFrame | None
    source_rows: pd.DataFrame
    total: str
    formula: str
    converted: str | None  # the total in the reader's units, with rate, year and hours


def commission_view(rows: pd.DataFrame, fixed: float, items: int, per_item: float, d: Display, rates) -> CommissionView:
    commission = sv.commission_rows(rows)
    defaults = sv.calculator_defaults(rows)
    total = sv.commission_pay(fixed, items, per_item)
    converted = None
    if (d.currency, d.period) != ("IDR", "month"):
        conv = convert(
            total, "IDR", "month", d.currency, d.period, pick_rate(rates, defaults.year, d.custom_rate), d.hours
        )
        converted = (
            t("sal.calc.converted", d.lang, value=format_money(conv.value, d.currency, d.lang, d.period))
            + " "
            + sv.conversion_text(conv.rate, conv.hours, d.lang)
        )
    return CommissionView(
        table=sv.commission_table(commission, d.lang) if not commission.empty else None,
        source_rows=commission,
        total=format_money(total, "IDR", d.lang, "month"),
        formula=t(
            "sal.calc.formula",
            d.lang,
            fixed=format_money(fixed, "IDR", d.lang),
            items=items,
            per_item=format_money(per_item, "IDR", d.lang),
            total=format_money(total, "IDR", d.lang, "month"),
        ),
        converted=converted,
    )


@dataclass(frozen=True)
class ComparisonView:
    """Indonesian ranges beside US pay, all in one currency and period."""

    chart: alt.Chart | None
    table: pd.DataFrame | None
    source_rows: pd.DataFrame
    conversion: str


def comparison_view(rows: pd.DataFrame, compared: list[str], d: Display, rates: pd.DataFrame) -> ComparisonView:
    picked = sv.comparison_rows(rows, compared)
    table = sv.comparison_table(picked, d.currency, d.period, rates, d.lang, d.hours, d.custom_rate)
    note = conversion_note(table, d, rates)
    if table.empty:
        return ComparisonView(None, None, picked, note)
    chart = charts.range_chart(table, d.currency, d.period, d.lang, legend_title=t("common.country", d.lang))
    return ComparisonView(chart, sv.comparison_display(table, d.lang), picked, note)


@dataclass(frozen=True)
class Choices:
    """Options and defaults of the pay pages' pickers (they depend on the data, uploads included)."""

    references: dict[str, str]  # record id -> label, every comparable range
    indonesian: dict[str, str]  # the Indonesian ones, for the comparison
    default_reference: str | None
    default_comparison: list[str]
    regions: list[str]
    default_region: str
    calculator: sv.CalculatorDefaults
    region_labels: dict[str, str] = field(default_factory=dict)  # Indonesian provinces and cities, US states
    us_regions: frozenset[str] = frozenset()
    check_dates: dict[str, str] = field(default_factory=dict)  # "today", "2026", ... -> label
    oews_years: dict[int, str] = field(default_factory=dict)  # newest first -> "May 2025"
    sectors: dict[str, str] = field(default_factory=dict)  # "" (all industries) or a sector -> label
    # province -> {"" (province-wide) or a regency/city code -> label}: where in the province the job is
    regencies: dict[str, dict[str, str]] = field(default_factory=dict)
    references_by_country: dict[str, dict[str, str]] = field(default_factory=dict)  # "ID"/"US" -> ranges there

    def country_of(self, region: str) -> str:
        return "US" if region in self.us_regions else "ID"

    def references_for(self, region: str) -> dict[str, str]:
        """Every range, those of the country the job is in first: a US offer is not compared with rupiah first."""
        own = self.references_by_country.get(self.country_of(region), {})
        return own | {k: v for k, v in self.references.items() if k not in own}

    def default_reference_for(self, region: str) -> str | None:
        own = list(self.references_by_country.get(self.country_of(region), {}))
        if self.default_reference in own or not own:
            return self.default_reference
        return own[0]


def choices(
    rows: pd.DataFrame,
    wages: pd.DataFrame,
    lang: str,
    official: Official | None = None,
    today: dt.date | None = None,
) -> Choices:
    refs = sv.reference_ranges(rows)
    labels = sv.reference_labels(refs, lang)
    indonesian = sv.reference_labels(refs, lang, country="ID")
    us_regions = floors.floor_regions(wages, "US")
    regions = floors.floor_regions(wages, "ID") + us_regions
    today = today or dt.date.today()
    years = floors.floor_years(wages, "ID") + floors.floor_years(wages, "US")
    check_dates = {c: floors.check_date_label(c, lang, today) for c in floors.check_date_options(years)}
    oews_years = sorted(official.national["year"].astype(int).unique(), reverse=True) if official else []
    sectors = {"": t("dist.all_industries", lang)}
    if official is not None:
        survey = survey_label(official.sectors["year"].iloc[0], lang) if len(official.sectors) else ""
        sectors |= {s: f"{s} ({survey})" for s in sorted(official.sectors["naics_title"])}
    province_wide = t("floor.regency.province_wide", lang)
    regencies = {
        province: {"": province_wide} | dict(id_regions.regencies_of(province))
        for province in floors.floor_regions(wages, "ID")
    }
    return Choices(
        regencies=regencies,
        references_by_country={c: sv.reference_labels(refs, lang, country=c) for c in ("ID", "US")},
        references=labels,
        indonesian=indonesian,
        default_reference=sv.preferred(list(labels), sv.DEFAULT_REFERENCE),
        default_comparison=sv.preferred(list(indonesian), sv.DEFAULT_COMPARISON),
        regions=regions,
        default_region=sv.preferred(regions, sv.DEFAULT_REGION),
        calculator=sv.calculator_defaults(rows),
        region_labels={r: sv.region_label(r, lang, us=r in us_regions) for r in regions},
        us_regions=frozenset(us_regions),
        check_dates=check_dates,
        oews_years={int(y): t("dist.pick.year_option", lang, year=int(y)) for y in oews_years},
        sectors=sectors,
    )


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    help: str | None = None
    delta: str | None = None
    below: bool = False


@dataclass(frozen=True)
class OfferView:
    """An offer checked against a range and the legal floor, as metrics, a verdict, a chart and notes."""

    metrics: list[Metric]
    below_floor: bool
    verdict: str
    summary: str
    chart: alt.Chart
    notes: list[str]
    floor_text: str = ""  # the floor in force: year, legal basis, disputed / fallback labels (plain text)
    floor_source: str = ""
    percentile: str | None = None  # a US offer within the OEWS distribution
    bps: str | None = None  # an Indonesian offer beside the BPS mean net wage (a different kind of figure)
    floor_unknown: bool = False  # at least the UMP, but the local UMK is not known: neither "meets" nor "below"


def offer_view(
    amount: float,
    currency: str,
    period: str,
    ref_id: str,
    region: str,
    rows: pd.DataFrame,
    wages: pd.DataFrame,
    rates: pd.DataFrame,
    d: Display,
    *,
    check_on: str = floors.TODAY,
    today: dt.date | None = None,
    official: Official | None = None,
    oews_year: int | None = None,
    sector: str = "",
    regency: str = "",
) -> OfferView:
    """Where ``amount`` falls in the chosen range and how far it is from the floor in force on the check date
    (today, or a picked year), in the offer's own units; a US offer's OEWS percentile, an Indonesian offer's
    provincial BPS mean net wage."""
    lang = d.lang
    refs = sv.reference_ranges(rows)
    floor_check = oc.floor_check(wages, region, check_on, today or dt.date.today(), lang, regency)
    wage = oc.floor_as_wage(floor_check.floor)
    result = sv.check_offer_against(amount, currency, period, refs.loc[ref_id], wage, rates, d.hours, d.custom_rate)
    check = result.check

    def fmt(value):
        return format_money(value, currency, lang, period)

    below = check.below_minimum_wage
    unknown = floor_check.floor.umk_unknown and not below  # at least the UMP, but the local UMK is not known
    floor_name = sv.floor_name(wage, lang)
    metrics = [
        Metric(t("sal.offer.position", lang), t(f"sal.pos.{check.position}", lang)),
        Metric(
            t("sal.offer.penetration", lang), percent(check.penetration, lang), t("sal.offer.penetration_help", lang)
        ),
        Metric(t("sal.offer.compa", lang), ratio(check.compa_ratio, lang), t("sal.offer.compa_help", lang)),
        Metric(
            t("sal.offer.gap", lang),
            fmt(abs(check.gap_to_minimum)),
            delta=t(
                "sal.offer.under_floor" if below else "floor.above_ump_only" if unknown else "sal.offer.above_floor",
                lang,
            ),
            below=below,
        ),
    ]
    if below:
        verdict = t(
            "sal.offer.below_floor",
            lang,
            floor_name=floor_name,
            floor=fmt(check.minimum_wage),
            gap=fmt(abs(check.gap_to_minimum)),
        )
    elif unknown:
        verdict = t(
            "sal.offer.floor_unknown",
            lang,
            floor_name=floor_name,
            floor=fmt(check.minimum_wage),
            regency=floor_check.floor.regency_name,
            year=floor_check.floor.asked_year,
        )
    else:
        verdict = t("sal.offer.meets_floor", lang, floor_name=floor_name, floor=fmt(check.minimum_wage))
    if not unknown:  # the level of government whose floor decided the verdict
        verdict += " " + t(f"floor.set_by.{floor_check.floor.wage_kind}", lang, region=floor_check.floor.region)
    summary = t(
        "sal.offer.summary",
        lang,
        offer=fmt(amount),
        pct=percent(check.penetration, lang),
        lo=fmt(check.pay_min),
        hi=fmt(check.pay_max),
        mid=fmt(check.midpoint),
        compa=ratio(check.compa_ratio, lang),
    )
    notes = [
        t(
            "sal.offer.range_note",
            lang,
            label=sv.reference_label(refs.loc[ref_id], lang),
            range=f"{fmt(check.pay_min)}–{fmt(check.pay_max)}",
            conversion=sv.conversion_text(result.range_rate, result.range_hours, lang),
        ),
    ]
    if result.wage_conv.rate or result.wage_conv.hours:
        notes.append(
            t("floor.shown_as", lang, converted=fmt(check.minimum_wage))
            + " "
            + sv.conversion_text(result.wage_conv.rate, result.wage_conv.hours, lang)
        )
    chart = charts.offer_chart(sv.offer_marks(result, lang), currency, period, lang)
    percentile = bps = None
    if official is not None and floor_check.floor.country == "US" and len(official.national):
        year = oews_year or int(official.national["year"].max())
        placed = oc.us_percentile(
            amount,
            currency,
            period,
            official.national,
            official.sectors,
            year,
            sector,
            rates,
            lang,
            d.hours,
            d.custom_rate,
        )
        percentile = placed.text + (
            " " + sv.conversion_text(placed.offer_usd.rate, placed.offer_usd.hours, lang)
            if placed.offer_usd.rate or placed.offer_usd.hours
            else ""
        )
    if official is not None and floor_check.floor.country == "ID":
        beside = oc.bps_beside(amount, currency, period, region, official.bps, rates, lang, d.hours, d.custom_rate)
        in_sector = oc.bps_sector_beside(region, refs.loc[ref_id]["industry"], official.bps_sector, lang)
        bps = "  \n".join(text for text in (in_sector, beside.text if beside else None) if text) or None
    scope = floors.scope_note(floor_check.floor, lang)
    return OfferView(
        metrics,
        below,
        verdict,
        summary,
        chart,
        notes,
        floor_check.description + (" " + scope if scope else ""),
        floor_check.source,
        percentile,
        bps,
        floor_unknown=unknown,
    )
