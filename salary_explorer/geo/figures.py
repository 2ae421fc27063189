"""The tables the maps draw: one row per region, aggregated before plotting, values as published.

Each table has ``code`` (the map's join key: Kemendagri province code, or the US FIPS code), ``region``,
``value`` (float, NaN where there is no figure: never zero), ``value_text`` (the value as readers write
it, or why there is none), ``period``, ``status`` (``ok``, or why the region is marked), ``note`` and
``source``. The table beside a map is made from the same frame (``reading_table``), so both show one set
of values.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import pandas as pd

from ..core import bps_sectors
from ..core import regions as id_regions
from ..core.formatting import count as format_count
from ..core.formatting import percent
from ..core.i18n import t
from ..core.load import DATA_DIR, REGIONS_FILE, read_text_csv
from ..core.money import format_money

SECTORS, INDUSTRY_SECTOR = bps_sectors.SECTORS, bps_sectors.INDUSTRY_SECTOR
ID_FIGURES = ("bps", "occupation", "ump", "floor")
OCCUPATIONS = ("3", "4", "5", "all", "01", "2", "6", "789", "x00")  # clerical (closest to CS work) first
US_FIGURES = ("median", "employment", "minimum")
MARKED = ("small_sample", "disputed", "not_known", "single_source")
TABLE_COLUMNS = ("region", "value", "value_text", "period", "status_text", "source")


@dataclass(frozen=True)
class PlaceTable:
    """One figure by region: ``rows`` joined to the map, plus what the map's title and legend say."""

    rows: pd.DataFrame
    title: str
    unit: str  # the legend's title
    kind: str  # the kind of figure, said under the map
    currency: str  # "IDR", "USD", "%" (a share) or "" (a count)
    sources: tuple[str, ...]
    columns: tuple[str, ...] = TABLE_COLUMNS  # what the table beside the map shows, in this order


def bps_periods(bps: pd.DataFrame, area_type: str = "province") -> list[str]:
    """The periods with figures for ``area_type``, newest first ("2025-08", "2025-02")."""
    return sorted(bps.loc[bps["area_type"] == area_type, "period_id"].unique(), reverse=True)


def period_label(period_id: str, lang: str) -> str:
    year, month = period_id.split("-")
    return t("place.period_label", lang, month=t(f"place.month.{int(month)}", lang), year=int(year))


@functools.cache
def _province_list() -> tuple[tuple[str, str], ...]:
    regions = read_text_csv(DATA_DIR / REGIONS_FILE)
    level1 = regions[regions["level"] == "1"]
    return tuple(zip(level1["code"], level1["province"].str.strip()))


def _provinces() -> pd.DataFrame:
    """The 38 provinces: Kemendagri code (the map's join key) and the short name the minimum-wage table uses."""
    codes, names = zip(*_province_list())
    return pd.DataFrame({"code": list(codes), "region": list(names)})


def bps_sector_table(bps: pd.DataFrame, sector: str, period: str, lang: str) -> PlaceTable:
    """BPS mean net monthly wage of all employees in ``sector`` by province in ``period`` (38 rows)."""
    cells = bps_sectors.province_sector(bps, sector, period)
    national_value = cells.attrs["national"]
    rows = _provinces().merge(cells.drop(columns="region"), how="left", left_on="code", right_on="province_code")
    value = rows["value"].astype(float)
    small = rows["small"].fillna(False).astype(bool)
    label = period_label(period, lang)
    sector_name = t(f"place.sector.{sector}", lang)
    out = _bps_frame(rows, value, small, national_value, label, lang)
    picked = bps[(bps["sector"] == sector) & (bps["period_id"] == period)]
    sources = tuple(dict.fromkeys(picked["source_title"]))
    title = t("place.bps.title", lang, sector=sector_name, period=label)
    return PlaceTable(out, title, t("place.unit.idr_month", lang), t("place.kind.bps", lang), "IDR", sources)


def _bps_frame(
    rows: pd.DataFrame, value: pd.Series, small: pd.Series, national_value: float, label: str, lang: str
) -> pd.DataFrame:
    """One BPS wage per province as the map and its table read it: blank cells "not published", possibly tiny
    samples marked with the national figure beside them (a sector's or an occupation group's table alike)."""
    national_text = format_money(national_value, "IDR", lang, "month") if math.isfinite(national_value) else "–"
    status = pd.Series("ok", index=rows.index).mask(small, "small_sample").mask(value.isna(), "missing")
    return pd.DataFrame(
        {
            "code": rows["code"],
            "region": rows["region"],
            "value": value,
            "value_text": [
                format_money(v, "IDR", lang, "month") if pd.notna(v) else t("place.not_published", lang) for v in value
            ],
            "period": label,
            "status": status,
            "status_text": [_status_text(s, lang, national=national_text) for s in status],
            "national": national_value,
            "national_text": national_text,
            "source": ["" if pd.isna(v) else f"BPS Sakernas (var {v})" for v in rows["bps_var_id"]],
        }
    )


def bps_occupation_table(bps_occupation: pd.DataFrame, occupation: str, lang: str) -> PlaceTable:
    """BPS mean net monthly wage of employees in a main occupation group by province (one period: February 2026).

    Marked as a possibly tiny sample: a whole 100,000s, or under half / over 2.5x the national figure of the
    group (there is no other round to compare with)."""
    picked = bps_occupation[bps_occupation["occupation"] == occupation]
    period = picked["period_id"].iloc[0]
    national = picked.loc[picked["area_type"] == "national", "mean_net_monthly_wage"]
    national_value = float(national.iloc[0]) if len(national) else math.nan
    cells = picked[picked["area_type"] == "province"]
    rows = _provinces().merge(
        cells[["province_code", "mean_net_monthly_wage", "bps_var_id"]],
        how="left",
        left_on="code",
        right_on="province_code",
    )
    value = rows["mean_net_monthly_wage"].astype(float)
    small = bps_sectors.looks_small(
        value, pd.Series(national_value, index=rows.index), pd.Series(math.nan, index=rows.index)
    )
    label = period_label(period, lang)
    out = _bps_frame(rows, value, small, national_value, label, lang)
    title = t("place.occupation.title", lang, occupation=t(f"place.occupation.{occupation}", lang), period=label)
    kind = t("place.kind.occupation", lang)
    return PlaceTable(
        out, title, t("place.unit.idr_month", lang), kind, "IDR", tuple(dict.fromkeys(picked["source_title"]))
    )


def _short(source: str, limit: int = 120) -> str:
    """A source title short enough for a hover box; the full titles are listed under the map."""
    return source if len(source) <= limit else source[: limit - 1].rstrip() + "…"


def _status_text(status: str, lang: str, **params) -> str:
    return "" if status == "ok" else t(f"place.status.{status}", lang, **params)


def ump_years(wages: pd.DataFrame) -> list[int]:
    ump = wages[(wages["country"] == "ID") & (wages["wage_kind"] == "UMP")]
    return sorted({int(y) for y in ump["year"]}, reverse=True)


def ump_table(wages: pd.DataFrame, year: int, lang: str) -> PlaceTable:
    """The provincial minimum wage (UMP) of ``year`` by province; a disputed figure marked, an unknown one missing."""
    ump = wages[(wages["country"] == "ID") & (wages["wage_kind"] == "UMP") & (wages["year"] == year)]
    rows = _provinces().merge(ump, how="left", left_on="region", right_on="region")
    value = rows["amount"].astype(float)
    status = (
        rows["figure_status"]
        .map({"published": "ok", "disputed": "disputed", "not_yet_known": "not_known"})
        .fillna("missing")
    )
    status = status.mask(value.isna() & (status == "ok"), "missing")
    out = pd.DataFrame(
        {
            "code": rows["code"],
            "region": rows["region"],
            "value": value,
            "value_text": [
                format_money(v, "IDR", lang, "month") if pd.notna(v) else t("place.not_known", lang) for v in value
            ],
            "period": str(year),
            "status": status,
            "status_text": [
                _status_text(s, lang, alternatives=_alternatives(a, lang)) for s, a in zip(status, rows["alternatives"])
            ],
            "decree": rows["legal_basis"].fillna(""),
            "source": rows["source_title"].fillna(""),
        }
    )
    sources = tuple(dict.fromkeys(ump["source_title"]))
    return PlaceTable(
        out,
        t("place.ump.title", lang, year=year),
        t("place.unit.idr_month", lang),
        t("place.kind.ump", lang),
        "IDR",
        sources,
    )


def _alternatives(text: object, lang: str) -> str:
    parts = [p for p in str(text or "").split(";") if p.strip() and p.strip().lower() != "nan"]
    return " / ".join(format_money(float(p), "IDR", lang, "month") for p in parts)


# --- United States ----------------------------------------------------------------------------------------


def us_table(states: pd.DataFrame, wages: pd.DataFrame, figure: str, year: int | None, lang: str) -> PlaceTable:
    """OEWS median annual wage or employment of customer service representatives, or the state minimum wage."""
    base = (
        states[["area", "area_title"]].drop_duplicates("area").rename(columns={"area": "code", "area_title": "region"})
    )
    if figure == "minimum":
        picked = wages[(wages["wage_kind"] == "state") & (wages["year"] == year)]
        rows = base.merge(picked, how="left", left_on="region", right_on="region")
        value = rows["amount"].astype(float)
        text = [format_money(v, "USD", lang, "hour") if pd.notna(v) else t("place.not_known", lang) for v in value]
        period, sources = str(year), tuple(dict.fromkeys(picked["source_title"]))
        title, unit, kind, currency = (
            t("place.us.minimum.title", lang, year=year),
            t("place.unit.usd_hour", lang),
            t("place.kind.us_minimum", lang),
            "USD",
        )
        notes = rows["note"].fillna("")
    else:
        column = "a_median" if figure == "median" else "tot_emp"
        rows = base.merge(
            states[["area", column, "survey", "source_title"]], how="left", left_on="code", right_on="area"
        )
        value = rows[column].astype(float)
        if figure == "median":
            text = [
                format_money(v, "USD", lang, "year") if pd.notna(v) else t("place.not_published", lang) for v in value
            ]
            unit, currency = t("place.unit.usd_year", lang), "USD"
        else:
            text = [format_count(int(v), lang) if pd.notna(v) else t("place.not_published", lang) for v in value]
            unit, currency = t("place.unit.employees", lang), ""
        period = rows["survey"].fillna("").iloc[0] if len(rows) else ""
        sources = tuple(dict.fromkeys(states["source_title"]))
        title = t(f"place.us.{figure}.title", lang, survey=period)
        kind = t("place.kind.oews", lang)
        notes = pd.Series("", index=rows.index)
    status = pd.Series("ok", index=rows.index).mask(value.isna(), "missing")
    out = pd.DataFrame(
        {
            "code": rows["code"],
            "region": rows["region"],
            "value": value,
            "value_text": text,
            "period": period,
            "status": status,
            "status_text": [_status_text(s, lang) for s in status],
            "note": notes,
            "source": [_short(s) for s in rows["source_title"].fillna("")],
        }
    )
    return PlaceTable(out, title, unit, kind, currency, sources)


def us_minimum_years(wages: pd.DataFrame) -> list[int]:
    return sorted({int(y) for y in wages.loc[wages["wage_kind"] == "state", "year"]}, reverse=True)


# --- the table beside a map -----------------------------------------------------------------------------------


def reading_table(table: PlaceTable, lang: str) -> pd.DataFrame:
    """The map's rows sorted by value (highest first, regions with no figure last), columns in the reader's language."""
    rows = table.rows.sort_values(["value", "region"], ascending=[False, True], na_position="last")
    return pd.DataFrame({t(f"place.col.{c}", lang): rows[c].to_numpy() for c in table.columns if c in rows.columns})


# --- the floor in force by regency/city (issue 31's map) ------------------------------------------------------

FLOOR_STATUS = {
    "agreed": "ok",
    "no UMK": "no_umk",
    "single source": "single_source",
    "disputed": "disputed",
    "not found": "not_known",
}
FLOOR_COLUMNS = ("region", "province", "kind", "value", "value_text", "period", "status_text", "decree", "source")


def floor_table(floors_by_regency: pd.DataFrame, province: str, on_label: str, lang: str) -> PlaceTable:
    """The floor in force at each regency/city (``core.floor_tables.floor_by_regency``), of one province or all (``""``).

    A UMK set but not known to the app has no value (grey) and is marked; a disputed one shows the higher
    value and the others; a regency with no UMK shows its province's UMP and says so.
    """
    rows = floors_by_regency
    if province:
        rows = rows[rows["province"] == province]
    rows = rows.reset_index(drop=True)
    status = rows["status"].map(FLOOR_STATUS).fillna("ok")
    value = rows["amount"].astype(float)
    status_text = [
        _status_text(code, lang, alternatives=_alternatives(alternatives, lang))
        for code, alternatives in zip(status, rows["alternatives"])
    ]
    out = pd.DataFrame(
        {
            "code": rows["code"],
            "region": rows["regency"],
            "province": rows["province"],
            "kind": rows["kind"],
            "value": value,
            "value_text": [
                format_money(v, "IDR", lang, "month") if pd.notna(v) else t("place.not_known", lang) for v in value
            ],
            "period": rows["year"].astype(str),
            "status": status,
            "status_text": status_text,
            "decree": rows["legal_basis"].fillna(""),
            "source": [_short(s) for s in rows["source"].fillna("")],
        }
    )
    return PlaceTable(
        out,
        t("place.floor.title", lang, date=on_label),
        t("place.unit.idr_month", lang),
        t("place.kind.floor", lang),
        "IDR",
        tuple(dict.fromkeys(rows["source"].dropna())),
        FLOOR_COLUMNS,
    )


# --- an analyst's imported job ads by province -------------------------------------------------------------------

FILE_FIGURES = ("count", "median", "below")
FILE_COLUMNS = ("region", "count", "median", "share_below", "status_text")
FILE_REGENCY_COLUMNS = ("region", "province", "count", "median", "share_below", "status_text")
FILE_LEVELS = ("province", "regency")


def _monthly_rupiah(rows: pd.DataFrame) -> pd.DataFrame:
    """Imported Indonesian rows paid per month in Rupiah with a province: their pay (typical, else the middle of
    the range, else the one end stated)."""
    uploaded = rows[rows["source_kind"] == "user_upload"] if "source_kind" in rows.columns else rows
    middle = uploaded[["pay_min", "pay_max"]].astype(float).mean(axis=1)
    pay = uploaded["pay_typical"].astype(float).fillna(middle)
    province = uploaded["province"].fillna("").astype(str)
    fit = (
        (uploaded["country"] == "ID")
        & (uploaded["pay_period"] == "month")
        & (uploaded["currency"] == "IDR")
        & province.isin(set(_provinces()["region"]))
        & pay.notna()
    )
    regency = (
        uploaded["regency_code"].fillna("").astype(str)
        if "regency_code" in uploaded.columns
        else pd.Series("", index=uploaded.index)
    )
    usable = pd.DataFrame(
        {"province": province[fit], "regency_code": regency[fit], "pay": pay[fit], "year": uploaded.loc[fit, "year"]}
    )
    return usable, len(uploaded)


def _regencies() -> pd.DataFrame:
    """The 514 regencies/cities: Kemendagri code (the regency map's join key) and name (``core.regions``)."""
    return id_regions.regencies().rename(columns={"name": "region"})[["code", "region"]]


def file_table(
    rows: pd.DataFrame, below: pd.DataFrame, figure: str, min_count: int, lang: str, level: str = "province"
) -> tuple[PlaceTable, int, int]:
    """Imported job ads by province (or by regency/city, ``level="regency"``: the rows whose place resolved to
    one): count, median monthly pay and the share below the local floor (``below``:
    ``core.floor_tables.share_below_floor`` of the same rows at the same level). A region with fewer than
    ``min_count`` ads shows no figure at all (grey), not even its count. Returns the table, the rows used and
    the rows read."""
    usable, total = _monthly_rupiah(rows)
    if level == "regency":
        usable = usable[usable["regency_code"] != ""]
        key, out = "regency_code", _regencies()
        stats = usable.groupby(key)["pay"].agg(["size", "median"])
        shares = below.set_index("regency_code")["share"] if len(below) else pd.Series(dtype=float)
        out = out[out["code"].isin(set(stats.index))].reset_index(drop=True) if len(stats) else out.iloc[0:0]
        mapped = out["code"]
    else:
        stats = usable.groupby("province")["pay"].agg(["size", "median"])
        shares = below.set_index("province")["share"] if len(below) else pd.Series(dtype=float)
        out = _provinces()
        mapped = out["region"]
    count = mapped.map(stats["size"]).fillna(0).astype(int)
    enough = count >= max(int(min_count), 1)
    median = mapped.map(stats["median"]).where(enough)
    share = mapped.map(shares).astype(float).where(enough)
    shown = {"count": count.astype(float).where(enough), "median": median, "below": share}[figure]
    status = pd.Series("ok", index=out.index).mask(~enough & (count > 0), "too_few").mask(count == 0, "missing")
    no_figure = t("place.no_figure", lang, min=min_count)

    def text(value, kind):
        if pd.isna(value):
            return no_figure
        if kind == "count":
            return format_count(int(value), lang)
        return format_money(value, "IDR", lang, "month") if kind == "median" else percent(value, lang)

    years = pd.to_numeric(usable["year"], errors="coerce").dropna().astype(int)
    period = (
        t("place.file.period", lang)
        if years.empty
        else (str(years.min()) if years.min() == years.max() else f"{years.min()}–{years.max()}")
    )
    table = pd.DataFrame(
        {
            "code": out["code"],
            "region": out["region"],
            "value": shown,
            "value_text": [text(v, figure) for v in shown],
            "count": count.where(enough).astype("Int64"),
            "median": median,
            "share_below": [percent(v, lang) if pd.notna(v) else "" for v in share],
            "detail": [
                t(
                    "place.file.detail",
                    lang,
                    count=format_count(int(c), lang),
                    median=text(m, "median"),
                    share=text(s, "below"),
                )
                if ok
                else no_figure
                for c, m, s, ok in zip(count, median, share, enough)
            ],
            "period": period,
            "status": status,
            "status_text": [_status_text(s, lang, min=min_count) for s in status],
            "source": t("place.file.source", lang),
        }
    )
    if level == "regency":  # only the regencies/cities that have ads are rows (the map greys the others)
        table = table.assign(province=table["code"].map(id_regions.regencies().set_index("code")["province"]))
    unit = {"count": "place.unit.count", "median": "place.unit.idr_month", "below": "place.unit.share"}[figure]
    currency = {"count": "", "median": "IDR", "below": "%"}[figure]
    place_table = PlaceTable(
        table,
        t(f"place.file.title.{figure}", lang) if level == "province" else t(f"place.file.regency.{figure}", lang),
        t(unit, lang),
        t("place.kind.file", lang, min=min_count),
        currency,
        (),
        FILE_COLUMNS if level == "province" else FILE_REGENCY_COLUMNS,
    )
    return place_table, len(usable), total
