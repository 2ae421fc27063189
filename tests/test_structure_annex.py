"""The annex method of Permenaker 1/2017: the six formulas, the pay lines, point grading, and the annex's
worked examples A and B reproduced exactly (``../shared/reference/wage_structure/permenaker_1_2017_example.csv``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salary_explorer.structure import annex, build

from .conftest import SHARED

EXAMPLES = SHARED / "reference" / "wage_structure" / "permenaker_1_2017_example.csv"

# Example B as the issue states it: midpoints with the unrounded slope (the printed 2.564.286 is 1-2 rupiah off).
B_MIDS = [2_050_000, 4_614_286, 7_178_571, 9_742_857, 12_307_143, 14_871_429, 17_435_714, 20_000_000]
B_SPREADS = [0.4, 0.4, 0.4, 0.8, 1.0, 1.0, 1.0, 1.0]
A_MIDS = [1_575_000, 3_812_500, 6_050_000, 8_287_500, 10_525_000, 12_762_500, 15_000_000]
A_SPREADS = [0.4, 0.4, 0.4, 0.4, 0.7, 1.0, 1.0]


def reference(example: str, quantity: str) -> list[int]:
    frame = pd.read_csv(EXAMPLES)
    rows = frame[(frame["example_id"] == example) & (frame["quantity"] == quantity)].sort_values("golongan")
    return [int(v) for v in rows["value"]]


def test_example_b_midpoints_minimum_and_maximum_exactly():
    built = build.two_point(8, 2_050_000, 20_000_000, B_SPREADS)
    grades = built.structure.grades
    assert grades["mid"].tolist() == B_MIDS
    assert grades["mid"].tolist() == reference("B", "upah_tengah")
    assert grades["min"].tolist() == reference("B", "upah_terkecil")
    assert grades["max"].tolist() == reference("B", "upah_terbesar")
    assert grades["min"].tolist()[:2] == [1_708_333, 3_845_238]


def test_example_b_by_points_office_boy_and_general_manager():
    """Annex Bab IV: office boy 150 points (golongan 1), general manager 870 (golongan 8), two-point line."""
    jobs = pd.DataFrame(
        {"job": ["Office boy", "General manager"], "points": [150, 870], "pay": [2_050_000, 20_000_000]}
    )
    built = build.from_points(jobs, 8, "two_point", [s * 100 / 100 for s in B_SPREADS])
    assert built.structure.grades["mid"].tolist() == B_MIDS
    assert built.structure.jobs["grade"].tolist() == [1, 8]
    assert built.structure.grades["jobs"].tolist()[0] == "Office boy"


def test_example_b_printed_rounded_slope_is_off_by_one_or_two():
    printed = annex.Line(-514_286, 2_564_286, "two_point")
    off = [annex.rupiah(printed.at(g)) - m for g, m in enumerate(B_MIDS, start=1)]
    assert off[2:] == [1, 1, 1, 1, 2, 2]
    exact = annex.two_point_line(1, 2_050_000, 8, 20_000_000)
    assert exact.b == pytest.approx(17_950_000 / 7)
    assert annex.rupiah(exact.b) == 2_564_286 and annex.rupiah(exact.a) == -514_286


def test_example_a_two_point_line_and_scale():
    line = annex.two_point_line(1, 1_575_000, 7, 15_000_000)
    assert (line.a, line.b) == (-662_500, 2_237_500)
    grades = build.two_point(7, 1_575_000, 15_000_000, A_SPREADS).structure.grades
    assert grades["mid"].tolist() == A_MIDS == reference("A", "upah_tengah")
    assert grades["min"].tolist() == reference("A", "upah_terkecil")
    assert grades["max"].tolist() == reference("A", "upah_terbesar")


@pytest.mark.parametrize("example", ["A", "B"])
def test_overlaps_match_the_reference(example):
    from salary_explorer.structure import checks

    n, low, high, spreads = (
        (7, 1_575_000, 15_000_000, A_SPREADS) if example == "A" else (8, 2_050_000, 20_000_000, B_SPREADS)
    )
    grades = build.two_point(n, low, high, spreads).structure.grades
    got = checks.overlaps(grades)["overlap"].tolist()
    # The reference subtracts the unrounded min and max; the app subtracts the whole-rupiah figures the
    # document prints, so the two may differ by one rupiah (example A, golongan 6: 4.745.371 vs 4.745.370).
    assert all(abs(a - b) <= 1 for a, b in zip(got, reference(example, "overlap_with_lower_grade")))


@pytest.mark.parametrize(
    "known, expected",
    [
        ({"low": 1000, "high": 1400}, (1000, 1200, 1400, 0.4)),  # formula 1
        ({"low": 1000, "spread": 0.4}, (1000, 1200, 1400, 0.4)),  # formula 2
        ({"low": 1000, "mid": 1200}, (1000, 1200, 1400, 0.4)),  # formula 3
        ({"high": 1400, "spread": 0.4}, (1000, 1200, 1400, 0.4)),  # formula 4 (spread + 1, not + 2)
        ({"high": 1400, "mid": 1200}, (1000, 1200, 1400, 0.4)),  # formula 5
        ({"mid": 1200, "spread": 0.4}, (1000, 1200, 1400, 0.4)),  # formula 6
        ({"mid": 2_750_000, "spread": 0.8}, (1_964_285.714, 2_750_000, 3_535_714.286, 0.8)),  # the consultant template
    ],
)
def test_the_six_formulas(known, expected):
    assert annex.complete(**known) == pytest.approx(expected)


def test_complete_wants_exactly_two():
    with pytest.raises(ValueError):
        annex.complete(low=1.0)
    with pytest.raises(ValueError):
        annex.complete(low=1.0, mid=2.0, high=3.0)


@given(
    mid=st.floats(min_value=1_000_000, max_value=200_000_000),
    spread=st.floats(min_value=0.05, max_value=3.0),
)
def test_formulas_round_trip(mid, spread):
    """Min and max from formula 6 give back the spread ((max - min) / min) and the arithmetic mid."""
    low, _, high, _ = annex.complete(mid=mid, spread=spread)
    back_spread, back_mid = annex.from_min_max(low, high)
    assert back_spread == pytest.approx(spread) and back_mid == pytest.approx(mid)
    for pair in (
        {"low": low, "spread": spread},
        {"low": low, "mid": mid},
        {"high": high, "spread": spread},
        {"high": high, "mid": mid},
    ):
        assert annex.complete(**pair) == pytest.approx((low, mid, high, spread))


def test_least_squares_line():
    line = annex.least_squares_line([1, 2, 3, 4], [3, 5, 7, 9])
    assert (line.a, line.b, line.r2) == pytest.approx((1, 2, 1))
    with pytest.raises(ValueError):
        annex.least_squares_line([2, 2], [1, 3])


@pytest.mark.parametrize(
    "points, n, expected",
    [
        ([150, 870], 8, [1, 8]),
        ([150, 239, 240, 870], 8, [1, 1, 2, 8]),  # width 90: [150, 240) is golongan 1
        ([100, 200, 300], 2, [1, 2, 2]),
    ],
)
def test_point_interval_grading(points, n, expected):
    intervals = annex.equal_intervals(points, n)
    assert [intervals.grade(p) for p in points] == expected


@pytest.mark.parametrize("value, expected", [(2_391_666.5, 2_391_667), (1_708_333.33, 1_708_333), (0.5, 1), (-0.5, 0)])
def test_rupiah_rounds_half_up(value, expected):
    assert annex.rupiah(value) == expected
