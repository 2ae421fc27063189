"""Summarise uploaded salary rows into ranges before they reach range charts and pickers.

An upload can hold a million individual salaries; the pay and bands pages
compare *ranges*, so each group of uploaded rows that describe the same thing
(source, country, currency, period, industry, level, year) becomes one range
row: lowest figure, median typical figure, highest figure. The row says so in
``derivation``. A group of one row is passed through unchanged.
"""

from __future__ import annotations

import pandas as pd

from ..core.schema import SALARY_COLUMNS, coerce_types

GROUP_BY = [
    "source_title",
    "country",
    "currency",
    "pay_period",
    "industry",
    "level",
    "year",
    "gross_net",
    "source_kind",
]


def summarise_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """One range row per group of rows; the typical value is the median of typical figures (or range midpoints)."""
    if rows.empty:
        return rows.copy()
    work = rows.copy()
    work["_low"] = work["pay_min"].fillna(work["pay_typical"]).fillna(work["pay_max"])
    work["_high"] = work["pay_max"].fillna(work["pay_typical"]).fillna(work["pay_min"])
    work["_typical"] = work["pay_typical"].fillna((work["_low"] + work["_high"]) / 2)
    work["_group"] = work.groupby(GROUP_BY, dropna=False, sort=False).ngroup()
    sizes = work.groupby("_group", sort=False)["_group"].transform("size")
    single = work[sizes == 1][list(SALARY_COLUMNS)]
    many = work[sizes > 1]
    if many.empty:
        return single.reset_index(drop=True)
    grouped = many.groupby("_group", sort=False)
    summary = grouped[GROUP_BY + ["source_file", "source_year"]].first()
    summary["pay_min"] = grouped["_low"].min()
    summary["pay_typical"] = grouped["_typical"].median()
    summary["pay_max"] = grouped["_high"].max()
    count = grouped.size()
    roles = grouped["role"].nunique()
    first_role = grouped["role"].first()
    summary["role"] = [r if n == 1 else f"{r} (+{n - 1} more roles)" for r, n in zip(first_role, roles)]
    if "province" in many.columns:  # one province for the group, or none when its rows span several
        places = grouped["province"].nunique()
        summary["province"] = [p if n == 1 else "" for p, n in zip(grouped["province"].first(), places)]
    summary["record_id"] = [f"summary-{i + 1}-of-{title}" for i, title in enumerate(summary["source_title"])]
    summary["figure_note"] = [f"{n} uploaded rows" for n in count]
    summary["derivation"] = [
        f"Summary of {n} uploaded rows: lowest figure, median of typical figures (or range midpoints), highest figure"
        for n in count
    ]
    summary = coerce_types(summary.reset_index(drop=True))
    return pd.concat([coerce_types(single), summary], ignore_index=True)
