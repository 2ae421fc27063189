"""An offer beside the official figures: the floor in force on a check date, the OEWS percentile
(US offers), and the BPS mean net wage of the province (Indonesian offers, a different kind of figure)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from ..core.floors import Floor, check_date, describe_floor, floor_in_force
from ..core.i18n import t
from ..core.money import Conversion, Hours, convert, format_money, pick_rate
from .distribution import Placement, distribution_row, place_in_distribution, points, survey_label


def floor_as_wage(floor: Floor) -> pd.Series:
    """The floor as the minimum-wage row the offer check converts (amount already the checked value)."""
    return pd.Series(
        {
            "country": floor.country,
            "region": floor.regency_name if floor.wage_kind == "UMK" else floor.region,  # "UMK Kota Bekasi 2026"
            "wage_kind": floor.wage_kind,
            "amount": floor.amount,
            "currency": floor.currency,
            "pay_period": floor.pay_period,
            "year": floor.year,
            "source_title": floor.source_title,
        }
    )


@dataclass(frozen=True)
class FloorCheck:
    floor: Floor
    on: dt.date
    description: str  # year, legal basis, disputed / fallback labels
    source: str  # where the figure comes from, for a caption


def floor_check(
    wages: pd.DataFrame, region: str, choice: str | int | None, today: dt.date, lang: str, regency: str = ""
) -> FloorCheck:
    """The floor at the workplace (``regency``: a regency/city code in ``region``, "" province-wide) on the date."""
    on = check_date(choice, today)
    floor = floor_in_force(wages, region, on, regency=regency)
    return FloorCheck(
        floor, on, describe_floor(floor, lang, with_source=False), t("floor.source", lang, source=floor.source_title)
    )


@dataclass(frozen=True)
class PercentileResult:
    placement: Placement
    basis: str  # "hour" or "year"
    offer_usd: Conversion  # the offer as compared (USD per basis), with the rate/hours used
    survey: str
    sector: str  # "" for all industries
    text: str  # the full sentence, naming the survey, sector and kind of figure


def us_percentile(
    offer: float,
    currency: str,
    period: str,
    national: pd.DataFrame,
    sectors: pd.DataFrame,
    year: int,
    sector: str,
    rates: pd.DataFrame,
    lang: str,
    hours: Hours = Hours(),
    custom_rate: float | None = None,
) -> PercentileResult:
    """Place an offer (any currency/period) in the OEWS distribution of ``year`` (national) or of a 2024 sector."""
    if offer is None or not math.isfinite(offer) or offer < 0:
        raise ValueError(f"offer must be a number of zero or more, got {offer!r}")
    row = distribution_row(national, sectors, year, sector)
    basis = "year" if period == "year" else "hour"
    survey_year = int(row["year"])
    converted = convert(offer, currency, period, "USD", basis, pick_rate(rates, survey_year, custom_rate), hours)
    placement = place_in_distribution(converted.value, points(row, basis), basis, lang)
    where = sector or t("dist.all_industries", lang)
    text = t(
        "dist.offer_sentence",
        lang,
        offer=format_money(converted.value, "USD", lang, basis),
        placement=placement.text,
        survey=survey_label(row["year"], lang),
        where=where,
    )
    return PercentileResult(placement, basis, converted, survey_label(row["year"], lang), sector, text)


@dataclass(frozen=True)
class BpsBeside:
    region: str
    period: str
    all_occupations: float
    clerical: float
    national_all: float | None
    text: str  # labelled as a different kind of figure
    offer_text: str  # the offer in Rp per month, for the side-by-side


def bps_beside(
    offer: float,
    currency: str,
    period: str,
    province: str,
    bps: pd.DataFrame,
    rates: pd.DataFrame,
    lang: str,
    hours: Hours = Hours(),
    custom_rate: float | None = None,
) -> BpsBeside | None:
    """The BPS mean net monthly wage of ``province`` beside an offer; None when the province has no BPS row."""
    match = bps[(bps["region"] == province) & (bps["area_type"] == "province")]
    if match.empty:
        return None
    row = match.iloc[0]
    national = bps[bps["area_type"] == "national"]
    offer_month = convert(
        offer, currency, period, "IDR", "month", pick_rate(rates, int(row["year"]), custom_rate), hours
    )
    text = t(
        "bps.beside",
        lang,
        region=province,
        period=t("bps.period", lang, month=t(f"bps.month.{int(row['month'])}", lang), year=int(row["year"])),
        all=format_money(row["mean_net_all_occupations"], "IDR", lang, "month"),
        clerical=format_money(row["mean_net_clerical"], "IDR", lang, "month"),
    )
    return BpsBeside(
        province,
        row["period"],
        float(row["mean_net_all_occupations"]),
        float(row["mean_net_clerical"]),
        float(national.iloc[0]["mean_net_all_occupations"]) if len(national) else None,
        text,
        format_money(offer_month.value, "IDR", lang, "month"),
    )
