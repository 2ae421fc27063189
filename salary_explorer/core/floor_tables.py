"""The floor in force across places: every regency/city at once (the floor map) and job ads judged at theirs.

Built on ``core.floors`` (one workplace at a time); here because a map and a million imported rows ask the
same question of hundreds of places, so each province's floor is looked up once and the UMK rows grouped once.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from . import regions as id_regions
from .floors import NO_UMK, Floor, floor_at_regency, floor_in_force, umk_rows


def floor_by_regency(wages: pd.DataFrame, on: dt.date) -> pd.DataFrame:
    """The floor in force at every regency/city on ``on``: one row each (514), for maps and tables.

    Columns: code, province_code, province, regency, kind ("UMK"/"UMP"), amount (NaN when the UMK is set
    but not known), year, status ("agreed", "single source", "disputed", "not found", "no UMK"),
    alternatives (other published values, "; "-joined), legal_basis, source.
    """
    out = []
    regencies = id_regions.regencies()
    places = pd.DataFrame({"province": regencies["province"], "regency_code": regencies["code"], "year": on.year})
    floors = _floors_at(wages, places, on)  # each province looked up once for its regencies
    for code, name, province, province_code in regencies.itertuples(index=False):
        floor = floors[(province, code, on.year)]
        if floor is None:
            continue
        unknown = floor.umk_unknown
        out.append(
            {
                "code": code,
                "province_code": province_code,
                "province": province,
                "regency": name,
                "kind": "UMK" if floor.wage_kind == "UMK" or unknown else "UMP",
                "amount": float("nan") if unknown else floor.amount,
                "year": floor.asked_year if unknown else floor.year,
                "status": "no UMK" if floor.umk_status == NO_UMK else floor.umk_status,
                "alternatives": "; ".join(f"{a:.0f}" for a in floor.alternatives),
                "legal_basis": floor.note if unknown else floor.legal_basis,
                "source": floor.source_title,
            }
        )
    return pd.DataFrame(
        out,
        columns=[
            "code",
            "province_code",
            "province",
            "regency",
            "kind",
            "amount",
            "year",
            "status",
            "alternatives",
            "legal_basis",
            "source",
        ],
    )


def _lowest_stated(rows: pd.DataFrame) -> pd.Series:
    """The lowest pay an ad states: its minimum, else its typical pay, else its maximum."""
    return rows["pay_min"].fillna(rows["pay_typical"]).fillna(rows["pay_max"])


def _floors_at(wages: pd.DataFrame, places: pd.DataFrame, on: dt.date) -> dict[tuple, Floor | None]:
    """The floor for each distinct (province, regency_code, year) of ``places``, as ``floor_in_force`` gives it
    (None where it knows none), with each province's floor looked up once per date and the UMK rows grouped
    once (one ``floor_in_force`` per regency parsed the whole table again: 3-6 s for 300 regencies x 3 years)."""
    umk = umk_rows(wages, None)
    own_rows = {code: rows for code, rows in umk.groupby("regency_code", sort=False)}
    province_floors: dict[tuple, Floor | None] = {}
    out: dict[tuple, Floor | None] = {}
    for province, code, year in places.itertuples(index=False):
        when = on if year == on.year else (dt.date(year, 12, 31) if year < on.year else dt.date(year, 1, 1))
        if (province, when) not in province_floors:
            try:
                province_floors[(province, when)] = floor_in_force(wages, province, when)
            except (KeyError, LookupError):
                province_floors[(province, when)] = None
        floor = province_floors[(province, when)]
        if floor is not None and code:
            if id_regions.province_of(code) != province:  # as floor_in_force: a code outside its province
                floor = None
            else:
                floor = floor_at_regency(floor, own_rows.get(code, umk.iloc[0:0]), code, when)
        out[(province, code, year)] = floor
    return out


def share_below_floor(rows: pd.DataFrame, wages: pd.DataFrame, on: dt.date, level: str = "province") -> pd.DataFrame:
    """How many monthly rupiah rows pay below the minimum wage in force at their place in their year.

    A row counts when it is Indonesian, per month, in IDR, with a province and a figure; its lowest stated
    pay (minimum, else typical, else maximum) is checked against the floor at its regency/city when the
    row carries one (``regency_code``), else its province's UMP, for the row's year (``on``'s year when
    blank). Where the local UMK is set but not known and the pay is at least the UMP, the row is
    ``unknown``, never counted as meeting the law. ``level``: ``province`` or ``regency`` (only rows placed
    at a regency/city). Columns: province[, regency_code, regency], rows, below, unknown, share
    (below / (rows - unknown); NaN when nothing can be judged).
    """
    return shares_below_floor(rows, wages, on, (level,))[level]


def shares_below_floor(
    rows: pd.DataFrame, wages: pd.DataFrame, on: dt.date, levels: tuple[str, ...] = ("province", "regency")
) -> dict[str, pd.DataFrame]:
    """``share_below_floor`` at several levels, each row judged once (the explorer shows both tables)."""
    for level in levels:
        if level not in ("province", "regency"):
            raise ValueError(f"level must be 'province' or 'regency', not {level!r}")
    work = _judged(rows, wages, on)
    return {level: _shares(work, level) for level in levels}


def _judged(rows: pd.DataFrame, wages: pd.DataFrame, on: dt.date) -> pd.DataFrame:
    """The rows that can be judged, each with its place, year, lowest stated pay, floor, below and unknown."""
    regency = rows["regency_code"] if "regency_code" in rows.columns else pd.Series("", index=rows.index)
    regency = regency.fillna("").astype(str)
    pay = _lowest_stated(rows)
    fit = (
        (rows["country"] == "ID")
        & (rows["pay_period"] == "month")
        & (rows["currency"] == "IDR")
        & rows["province"].fillna("").astype(str).ne("")
        & pay.notna()
    )
    years = pd.to_numeric(rows.loc[fit, "year"], errors="coerce").fillna(on.year).astype(int)
    work = pd.DataFrame(
        {
            "province": rows.loc[fit, "province"].astype(str),
            "regency_code": regency[fit],
            "year": years,
            "pay": pay[fit].astype(float),
        }
    )
    verdicts = _floors_at(wages, work[["province", "regency_code", "year"]].drop_duplicates(), on)
    places = list(zip(work["province"], work["regency_code"], work["year"]))
    work["floor"] = [verdicts[k].amount if verdicts[k] else float("nan") for k in places]
    unknown_umk = pd.Series([bool(verdicts[k] and verdicts[k].umk_unknown) for k in places], index=work.index)
    work["below"] = work["pay"] < work["floor"]
    work["unknown"] = work["floor"].isna() | (unknown_umk & ~work["below"])
    return work


def _shares(work: pd.DataFrame, level: str) -> pd.DataFrame:
    """The judged rows counted by province, or by regency/city (only rows placed at one)."""
    keys = ["province"] if level == "province" else ["province", "regency_code", "regency"]
    columns = [*keys, "rows", "below", "unknown", "share"]
    if level == "regency":
        work = work[work["regency_code"].ne("")]
        names = id_regions.regencies().set_index("code")["name"]
        work = work.assign(regency=work["regency_code"].map(names).fillna(work["regency_code"]))
    if work.empty:
        return pd.DataFrame(columns=columns)
    out = (
        work.groupby(keys, sort=True)
        .agg(rows=("pay", "size"), below=("below", "sum"), unknown=("unknown", "sum"))
        .reset_index()
    )
    judged = out["rows"] - out["unknown"]
    out["share"] = (out["below"] / judged).where(judged > 0)
    return out[columns]
