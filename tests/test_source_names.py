"""The "figures from" caption: each (source, year) once, in the rows' order, a missing year said in words."""

import pandas as pd
import pytest

from salary_explorer.ui import _source_names


@pytest.mark.parametrize(
    "titles, years, expected",
    [
        (["A", "A", "B"], [2019, 2019, 2020], "A (2019); B (2020)"),
        (["B", "A", "B"], [2020, None, 2021], "B (2020); A (not stated); B (2021)"),
        (["A"], [None], "A (not stated)"),
        ([], [], ""),
    ],
)
def test_each_source_and_year_once_in_row_order(titles, years, expected):
    rows = pd.DataFrame({"source_title": titles, "year": pd.array(years, dtype="Int64"), "pay": range(len(titles))})
    assert _source_names(rows, "not stated") == expected
