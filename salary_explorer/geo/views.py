"""What the pay-by-place page shows: one call per map (its table, chart and captions), cached by the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..core import floor_tables, floors, regions
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
    keys = ("region", "value", "period", "status", "source", "decree", "detail")
    return {k: t(f"place.hover.{k}", lang) for k in keys}


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


def occupation_view(bps_occupation: pd.DataFrame, occupation: str, lang: str) -> PlaceView:
    """The BPS mean net wage of a main occupation group by province (clerical workers: the closest to CS work)."""
    table = figures.bps_occupation_table(bps_occupation, occupation, lang)
    captions = [
        t(
            "place.national_occupation",
            lang,
            occupation=t(f"place.occupation.{occupation}", lang),
            value=table.rows["national_text"].iloc[0],
        ),
        t("place.small_sample_rule", lang),
    ]
    return _view(table, "provinces", lang, captions, "bps_occupation", scheme="teals", height=380)


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


# --- the floor in force by regency/city ---------------------------------------------------------------------


@dataclass(frozen=True)
class FloorOptions:
    check_dates: dict[str, str]  # "today", "2026", ... -> label
    provinces: dict[str, str]  # "" (all of Indonesia) or a province -> label
    dates: dict[str, str]  # the same choices -> the date checked (ISO), for the map's title


def floor_options(wages: pd.DataFrame, today: dt.date, lang: str) -> FloorOptions:
    choices = floors.check_date_options(floors.floor_years(wages, "ID"))
    names = sorted(regions.province_codes())
    return FloorOptions(
        {c: floors.check_date_label(c, lang, today) for c in choices},
        {"": t("place.all_provinces", lang), **{n: n for n in names}},
        {c: floors.check_date(c, today).isoformat() for c in choices},
    )


def floors_on(wages: pd.DataFrame, choice: str, today: dt.date) -> pd.DataFrame:
    """The floor in force at every regency/city on the chosen date (the slow part: one call per date, cached)."""
    return floor_tables.floor_by_regency(wages, floors.check_date(choice, today))


def floor_view(by_regency: pd.DataFrame, province: str, on_label: str, lang: str) -> PlaceView:
    """The floor map by regency/city: all of Indonesia, or one province's regencies and cities."""
    table = figures.floor_table(by_regency, province, on_label, lang)
    within = regions.province_codes().get(province, "") if province else ""
    height = 380 if not province else 460
    return _view(table, "regencies", lang, [], "floor", scheme="oranges", height=height, within=within)


# --- imported job ads -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileView:
    place: PlaceView | None  # None: no usable imported rows
    rows_note: str


def file_view(
    rows: pd.DataFrame,
    wages: pd.DataFrame,
    figure: str,
    min_count: int,
    today: dt.date,
    lang: str,
    level: str = "province",
) -> FileView:
    """This session's imported job ads by province (or regency/city): count, median monthly pay, share below
    the local floor."""
    uploaded = rows[rows["source_kind"] == "user_upload"]
    if uploaded.empty:
        return FileView(None, "")
    below = floor_tables.share_below_floor(uploaded, wages, today, level)
    table, used, total = figures.file_table(uploaded, below, figure, min_count, lang, level)
    note = t("place.file.rows", lang, used=figures.format_count(used, lang), total=figures.format_count(total, lang))
    if not used:
        return FileView(None, note)
    scheme = {"count": "purples", "median": "blues", "below": "reds"}[figure]
    geometry = "provinces" if level == "province" else "regencies"
    stem = f"imported_{level}_{figure}"
    return FileView(_view(table, geometry, lang, [], stem, scheme=scheme, height=380), note)
