"""Uploaded rows are summarised into ranges before range views; single rows pass through unchanged."""

import numpy as np
import pandas as pd

from salary_explorer.core.schema import SALARY_COLUMNS, coerce_types
from salary_explorer.uploads.summarise import summarise_rows


def rows(*specs):
    """specs: (level, year, pay_min, pay_typical, pay_max, role)"""
    base = {c: "" for c in SALARY_COLUMNS}
    base.update(
        country="US",
        currency="USD",
        pay_period="year",
        industry="unspecified",
        gross_net="unknown",
        source_kind="user_upload",
        source_title="mine.csv",
    )
    data = [
        dict(base, record_id=f"r{i}", level=lv, year=yr, pay_min=lo, pay_typical=ty, pay_max=hi, role=role)
        for i, (lv, yr, lo, ty, hi, role) in enumerate(specs)
    ]
    return coerce_types(pd.DataFrame(data, columns=list(SALARY_COLUMNS)))


def test_individual_salaries_become_one_range_per_level_and_year():
    out = summarise_rows(
        rows(
            ("manager", 2023, None, 100_000, None, "Head of CS"),
            ("manager", 2023, None, 140_000, None, "CS Director"),
            ("manager", 2023, None, 120_000, None, "Head of CS"),
            ("manager", 2022, None, 90_000, None, "Head of CS"),
        )
    ).set_index("year")
    row = out.loc[2023]
    assert (row["pay_min"], row["pay_typical"], row["pay_max"]) == (100_000, 120_000, 140_000)
    assert row["role"] == "Head of CS (+1 more roles)"
    assert row["derivation"].startswith("Summary of 3 uploaded rows")
    single = out.loc[2022]  # a group of one is the row itself
    assert (single["record_id"], single["pay_typical"], single["derivation"]) == ("r3", 90_000, "")


def test_ranges_use_lowest_minimum_median_midpoint_and_highest_maximum():
    out = summarise_rows(
        rows(
            ("intern", None, 1_000, None, 3_000, "A"),
            ("intern", None, 2_000, None, 6_000, "A"),
            ("intern", None, 1_500, None, 2_500, "A"),
        )
    )
    assert len(out) == 1
    assert (out.at[0, "pay_min"], out.at[0, "pay_typical"], out.at[0, "pay_max"]) == (1_000, 2_000, 6_000)
    assert pd.isna(out.at[0, "year"])


def test_schema_columns_and_types_are_kept():
    out = summarise_rows(rows(("manager", 2023, None, 1, None, "x"), ("manager", 2023, None, 2, None, "x")))
    assert list(out.columns) == list(SALARY_COLUMNS)
    assert str(out["year"].dtype) == "Int64" and out["pay_min"].dtype == "float64"


def test_empty_upload_stays_empty():
    assert summarise_rows(rows()).empty


def test_a_large_upload_shrinks_to_its_groups():
    rng = np.random.default_rng(0)
    n = 2000
    levels = rng.choice(["junior_staff", "senior_staff", "specialist", "manager"], n)
    years = rng.choice([2020, 2021, 2022, 2023], n)
    pay = rng.integers(20_000, 300_000, n)
    big = rows(*[(lv, int(yr), None, float(p), None, "Data Scientist") for lv, yr, p in zip(levels, years, pay)])
    out = summarise_rows(big)
    assert len(out) == 16
    assert out["figure_note"].str.extract(r"(\d+)")[0].astype(int).sum() == 2000
