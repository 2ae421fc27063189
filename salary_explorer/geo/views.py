"""What the pay-by-place page shows: one call per map (its table, chart and captions), cached by the UI."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..core.i18n import t
from ..core.money import format_money
from . import figures
from .figures import PlaceTable, reading_table
from .maps import choropleth


@dataclass(frozen=True)
class PlaceView:
    title: str
    chart: alt.LayerChart
    table: pd.DataFrame  # the map's values, sorted, for reading and export
    captions: tuple[str, ...]  # the kind of figure, marks, national figure, sources
    export_name: str


def hover_labels(lang: str) -> dict[str, str]:
    return {k: t(f"place.hover.{k}", lang) for k in ("region", "value", "period", "status", "source")}


def _view(table: PlaceTable, geometry: str, lang: str, captions: list[str], stem: str, **chart) -> PlaceView:
    chart_ = choropleth(table, geometry, lang, hover_labels(lang), **chart)
    sources = t("place.sources", lang, sources="; ".join(table.sources)) if table.sources else ""
    return PlaceView(
        table.title,
        chart_,
        reading_table(table, lang),
        tuple(c for c in (table.kind, *captions, sources) if c),
        stem,
    )


@dataclass(frozen=True)
class IdOptions:
    sectors: tuple[str, ...]
    periods: tuple[str, ...]  # province x sector periods, newest first
    ump_years: tuple[int, ...]


def id_options(bps: pd.DataFrame, wages: pd.DataFrame) -> IdOptions:
    present = set(bps["sector"])
    return IdOptions(
        tuple(s for s in figures.SECTORS if s in present),
        tuple(figures.bps_periods(bps)),
        tuple(figures.ump_years(wages)),
    )


def bps_view(bps: pd.DataFrame, sector: str, period: str, lang: str) -> PlaceView:
    """The BPS mean net wage of ``sector`` by province in ``period``, with the national figure and later ones."""
    table = figures.bps_sector_table(bps, sector, period, lang)
    sector_name = t(f"place.sector.{sector}", lang)
    captions = [
        t(
            "place.national",
            lang,
            sector=sector_name,
            period=figures.period_label(period, lang),
            value=table.rows["national_text"].iloc[0],
        ),
    ]
    later = bps[(bps["area_type"] == "national") & (bps["sector"] == sector) & (bps["period_id"] > period)]
    later = later[~later["period_id"].isin(figures.bps_periods(bps))].sort_values("period_id")
    if len(later):
        values = "; ".join(
            f"{figures.period_label(p, lang)}: {format_money(v, 'IDR', lang, 'month')}"
            for p, v in zip(later["period_id"], later["mean_net_monthly_wage"])
        )
        captions.append(t("place.national_later", lang, values=values))
    captions.append(t("place.small_sample_rule", lang))
    return _view(table, "provinces", lang, captions, "bps_net_wage", height=380)


def ump_view(wages: pd.DataFrame, year: int, lang: str) -> PlaceView:
    table = figures.ump_table(wages, year, lang)
    return _view(table, "provinces", lang, [], "ump", scheme="greens", height=380)


@dataclass(frozen=True)
class UsOptions:
    minimum_years: tuple[int, ...]


def us_options(wages: pd.DataFrame) -> UsOptions:
    return UsOptions(tuple(figures.us_minimum_years(wages)))


def us_view(states: pd.DataFrame, wages: pd.DataFrame, figure: str, year: int, lang: str) -> PlaceView:
    table = figures.us_table(states, wages, figure, year, lang)
    scheme = {"median": "blues", "employment": "purples", "minimum": "greens"}[figure]
    return _view(table, "states", lang, [], f"us_{figure}", scheme=scheme, height=400)
