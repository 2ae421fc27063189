"""Band formulas, warnings, quick-set methods and the export -> import round trip."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from salary_explorer.bands import files as band_files
from salary_explorer.bands import ladder as bands
from salary_explorer.bands.ladder import Warning
from salary_explorer.core import export, load, money
from salary_explorer.core.i18n import describe_problem

JT = 1_000_000


def ladder(*rows, currency="IDR", period="month"):
    """A band table from (level, min, mid, max) tuples."""
    df = pd.DataFrame(rows, columns=["level", "band_min", "band_mid", "band_max"])
    return bands.tidy(df.assign(currency=currency, pay_period=period, country="ID", industry="unspecified"))


@pytest.mark.parametrize(
    "low, high, expected",
    [
        pytest.param(4 * JT, 6 * JT, 0.5, id="4jt..6jt->50%"),
        pytest.param(1.1 * JT, 3 * JT, 1.9 / 1.1, id="intern 1.1jt..3jt->172.7%"),
        pytest.param(10, 10, 0.0, id="flat band->0"),
    ],
)
def test_range_spread(low, high, expected):
    assert bands.range_spread(low, high) == pytest.approx(expected)


def test_range_spread_needs_positive_minimum():
    with pytest.raises(ValueError):
        bands.range_spread(0, 5)


@pytest.mark.parametrize(
    "lower, upper, expected",
    [
        pytest.param(5 * JT, 6 * JT, 0.2, id="5jt->6jt=+20%"),
        pytest.param(4.6 * JT, 6.5 * JT, 6.5 / 4.6 - 1, id="junior 4.6jt->senior 6.5jt=+41.3%"),
        pytest.param(7.75 * JT, 7.5 * JT, 7.5 / 7.75 - 1, id="specialist->supervisor falls 3.2%"),
    ],
)
def test_midpoint_progression(lower, upper, expected):
    assert bands.midpoint_progression(lower, upper) == pytest.approx(expected)


@pytest.mark.parametrize(
    "lower, upper, expected",
    [
        pytest.param((2, 7), (3, 10), 4 / 7, id="junior 2.2-7 vs senior 3-10 (jt, rounded)->4/7"),
        pytest.param((1, 4), (3, 5), 0.5, id="lower max 4, upper 3..5->50%"),
        pytest.param((1, 3), (3, 5), 0.0, id="touching->0"),
        pytest.param((1, 2), (3, 5), 0.0, id="gap->0"),
        pytest.param((1, 10), (3, 5), 1.0, id="upper inside lower->100%"),
        pytest.param((4, 4.5), (3, 5), 0.25, id="lower inside upper->its width/upper width"),
    ],
)
def test_overlap(lower, upper, expected):
    assert bands.overlap(lower, upper) == pytest.approx(expected)


@pytest.mark.parametrize(
    "mid, spread, low, high",
    [
        pytest.param(5 * JT, 0.5, 4 * JT, 6 * JT, id="mid 5jt spread 50%->4jt..6jt"),
        pytest.param(10, 0.0, 10, 10, id="spread 0->point band"),
        pytest.param(12, 1.0, 8, 16, id="mid 12 spread 100%->8..16"),
    ],
)
def test_band_from_midpoint(mid, spread, low, high):
    got_low, got_high = bands.band_from_midpoint(mid, spread)
    assert (got_low, got_high) == (pytest.approx(low), pytest.approx(high))
    assert (got_low + got_high) / 2 == pytest.approx(mid)
    assert bands.range_spread(got_low, got_high) == pytest.approx(spread) if got_low else True


def test_band_metrics_table():
    m = bands.band_metrics(ladder(("junior_staff", 4, 5, 6), ("senior_staff", 5, 6, 7)))
    assert math.isnan(m.loc[0, "progression"]) and math.isnan(m.loc[0, "overlap"])
    assert m.loc[0, "spread"] == pytest.approx(0.5)
    assert m.loc[1, "progression"] == pytest.approx(0.2)
    assert m.loc[1, "overlap"] == pytest.approx(0.5)


def codes(ws):
    return [(w.code, w.level) for w in ws]


@pytest.mark.parametrize(
    "rows, floor, expected",
    [
        pytest.param([("junior_staff", 4, 5, 6)], None, [], id="clean band->no warning"),
        pytest.param([("junior_staff", 6, 5, 4)], None, [("min_above_max", "junior_staff")], id="min 6 > max 4"),
        pytest.param([("junior_staff", 4, 7, 6)], None, [("mid_outside", "junior_staff")], id="mid 7 outside 4..6"),
        pytest.param(
            [("junior_staff", 4, 5, 6)], 4.5, [("below_minimum_wage", "junior_staff")], id="min 4 < floor 4.5"
        ),
        pytest.param(
            [("junior_staff", 4, 5, 6)], 7, [("below_minimum_wage_all", "junior_staff")], id="max 6 < floor 7"
        ),
        pytest.param([("junior_staff", 4, 5, 6)], 4, [], id="min equal to floor is fine"),
        pytest.param(
            [("junior_staff", 4, 5, 6), ("senior_staff", 4.5, 5, 6.5)],
            None,
            [("no_progression", "senior_staff"), ("overlap", "senior_staff")],
            id="same mid 5->no progression",
        ),
        pytest.param(
            [("junior_staff", 4, 5, 6), ("senior_staff", 5.5, 6.5, 7.5)], None, [], id="overlap 25% under 50%"
        ),
        pytest.param(
            [("junior_staff", 4, 5, 6), ("senior_staff", 5, 6, 7)], None, [], id="overlap exactly 50% allowed"
        ),
        pytest.param(
            [("junior_staff", 4, 5, 7), ("senior_staff", 5, 6, 7)],
            None,
            [("overlap", "senior_staff")],
            id="overlap 100%",
        ),
        pytest.param([("junior_staff", 4, None, 6)], None, [("incomplete", "junior_staff")], id="missing midpoint"),
        pytest.param([("", 4, 5, 6)], None, [("no_level", "")], id="blank level"),
        pytest.param(
            [("junior_staff", 4, 5, 6), ("junior_staff", 5, 6, 7)],
            None,
            [("duplicate_level", "junior_staff")],
            id="level twice",
        ),
    ],
)
def test_band_warnings(rows, floor, expected):
    assert codes(bands.band_warnings(ladder(*rows), 0.5, floor)) == expected


def test_warnings_follow_ladder_order_not_row_order():
    # manager typed first: ladder order still compares supervisor -> manager
    ws = bands.band_warnings(ladder(("manager", 4, 5, 6), ("supervisor", 7, 8, 9)), 0.5)
    assert codes(ws) == [("no_progression", "manager")]


def test_warning_sentences_in_both_languages():
    w = Warning("below_minimum_wage", "junior_staff", {"low": 2_200_000, "floor": 5_396_761})
    assert bands.describe_warning(w, "id", "IDR", "month") == (
        "Staf junior: minimum Rp 2.200.000/bulan di bawah upah minimum Rp 5.396.761/bulan."
    )
    assert bands.describe_warning(w, "en", "IDR", "month") == (
        "Junior staff: the minimum Rp 2,200,000/mo is below the minimum wage Rp 5,396,761/mo."
    )
    ov = Warning("overlap", "senior_staff", {"below": "junior_staff", "share": 4 / 7, "limit": 0.5})
    assert bands.describe_warning(ov, "id", "IDR", "month") == (
        "Staf senior: 57,1% dari rentang ini tumpang tindih dengan Staf junior, lebih dari batas 50% Anda."
    )


# ---------- quick-set methods on the bundled market data ----------
@pytest.fixture(scope="module")
def id_banking():
    rows = load.load_salaries()
    src = bands.market_rows(rows, "ID", "banking")
    return money.convert_salaries(src, "IDR", "month", load.load_exchange_rates())


def test_market_rows_skip_commissions_and_other_industries(id_banking):
    assert sorted(id_banking["record_id"]) == sorted(
        ["id-2019-banking"] + [f"id-level-{lv}" for lv in bands.BAND_LEVELS]
    )


def test_quick_set_from_market(id_banking):
    got = bands.quick_bands(
        "market",
        id_banking,
        bands.empty_bands("IDR", "month"),
        currency="IDR",
        period="month",
        country="ID",
        industry="banking",
    )
    junior = got.set_index("level").loc["junior_staff"]
    assert (junior.band_min, junior.band_mid, junior.band_max) == (2.2 * JT, 4.6 * JT, 7 * JT)
    assert list(got["level"]) == list(bands.BAND_LEVELS) and set(got["basis"]) == {"market"}


def test_quick_set_industry_range_for_one_level(id_banking):
    got = bands.quick_bands(
        "market",
        id_banking,
        bands.empty_bands("IDR", "month"),
        currency="IDR",
        period="month",
        country="ID",
        industry="banking",
        anchor_level="senior_staff",
        anchor_mode="use",
    )
    senior = got.set_index("level").loc["senior_staff"]
    assert (senior.band_min, senior.band_mid, senior.band_max, senior.basis) == (
        5 * JT,
        6 * JT,
        7 * JT,
        "industry_range",
    )
    assert got.set_index("level").loc["manager", "band_max"] == 20 * JT  # others untouched


def test_quick_set_scaled_so_anchor_midpoint_is_industry_midpoint(id_banking):
    # junior market midpoint 4.6 jt, banking midpoint 6 jt -> factor 6 / 4.6
    got = bands.quick_bands(
        "market",
        id_banking,
        bands.empty_bands("IDR", "month"),
        currency="IDR",
        period="month",
        country="ID",
        industry="banking",
        anchor_level="junior_staff",
        anchor_mode="scale",
    )
    by = got.set_index("level")
    assert by.loc["junior_staff", "band_mid"] == pytest.approx(6 * JT)
    assert by.loc["manager", "band_max"] == pytest.approx(20 * JT * 6 / 4.6)
    assert bands.describe_basis(by.loc["manager", "basis"], by.loc["manager", "basis_params"], "en") == (
        "derived: per-level market ranges × 1.304, so that Junior staff's midpoint equals the reference midpoint"
    )


def test_quick_set_market_position_and_spread(id_banking):
    # junior market midpoint 4.6 jt x 110% = 5.06 jt; spread 50% -> 4.048 .. 6.072 jt
    got = bands.quick_bands(
        "market_position",
        id_banking,
        bands.empty_bands("IDR", "month"),
        currency="IDR",
        period="month",
        country="ID",
        industry="banking",
        spread=0.5,
        position=1.1,
    )
    junior = got.set_index("level").loc["junior_staff"]
    assert junior.band_mid == pytest.approx(5.06 * JT)
    assert (junior.band_min, junior.band_max) == (pytest.approx(4.048 * JT), pytest.approx(6.072 * JT))
    assert bands.describe_basis(junior.basis, junior.basis_params, "id") == (
        "turunan: titik tengah = 110% dari titik tengah pasar, lebar rentang 50%"
    )


def test_quick_set_midpoint_spread_keeps_midpoints():
    got = bands.quick_bands(
        "midpoint_spread",
        pd.DataFrame(),
        ladder(("intern", 1, 5, 9)),
        currency="IDR",
        period="month",
        country="ID",
        industry=None,
        spread=0.5,
    )
    assert tuple(got.loc[0, ["band_min", "band_mid", "band_max"]]) == (4, 5, 6)


def test_us_starts_with_the_one_hourly_range_as_junior_band():
    rows = load.load_salaries()
    conv = money.convert_salaries(bands.market_rows(rows, "US", None), "USD", "hour", load.load_exchange_rates())
    got = bands.starting_bands(conv, "USD", "hour", "US", "unspecified")
    assert got[["level", "band_min", "band_max", "basis"]].values.tolist() == [
        ["junior_staff", 7.25, 27.2, "country_range"]
    ]


def test_scale_without_reference_raises(id_banking):
    with pytest.raises(ValueError):
        bands.anchor_to_range(ladder(("intern", 1, 2, 3)), None, "intern", "scale", "industry_range")


def test_convert_bands_idr_month_to_usd_hour_and_back():
    rate = money.Rate(16_000.0, 2024, "user")
    hours = money.Hours()
    there = bands.convert_bands(
        ladder(("junior_staff", 2_773_333.33, 3_466_666.67, 4_160_000)), "USD", "hour", rate, hours
    )
    assert there.loc[0, "band_max"] == pytest.approx(4_160_000 / 16_000 / (2080 / 12))  # $1.50/hr
    assert (there.loc[0, "currency"], there.loc[0, "pay_period"]) == ("USD", "hour")
    back = bands.convert_bands(there, "IDR", "month", rate, hours)
    assert back.loc[0, "band_max"] == pytest.approx(4_160_000)


def test_mark_edited_turns_changed_rows_manual():
    base = ladder(("intern", 1, 2, 3), ("junior_staff", 2, 3, 4)).assign(basis="market")
    edited = base.copy()
    edited.loc[1, "band_max"] = 5
    out = bands.mark_edited(base, edited)
    assert list(out["basis"]) == ["market", "manual"]


# ---------- file round trip ----------
def tricky_ladder():
    df = ladder(
        ("intern", 1_100_000.0, 2_050_000.5, 3_000_000.0),
        ("junior_staff", 1 / 3, None, 7e6),
        ("senior_staff", None, None, None),
        ("", 5.0, 6.0, 7.0),
    )
    df["note"] = ['=HYPERLINK("x")', "'=already quoted", "+62 812 tel", "catatan biasa, dengan koma"]
    df.loc[0, "basis"], df.loc[0, "basis_params"] = "market_position", "position=1.1;spread=0.5"
    return df


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_import_round_trip_loses_nothing(kind):
    original = tricky_ladder()
    out = band_files.export_frame(original)
    data = export.to_csv_bytes(out) if kind == "csv" else export.to_xlsx_bytes(out, "bands")
    back, problems = band_files.read_band_file(f"bands.{kind}", data)
    assert problems == []
    pd.testing.assert_frame_equal(back, original)


def test_exported_cells_cannot_run_as_formulas():
    text = export.to_csv_bytes(band_files.export_frame(tricky_ladder())).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "'+62 812 tel" in text


@pytest.mark.parametrize(
    "csv, expected",
    [
        pytest.param(
            "level,band_min,band_max,currency,pay_period\nintern,1,3,IDR,month\n",
            [(None, "band_mid", "missing_column")],
            id="no band_mid column",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\nboss,1,2,3,IDR,month\n",
            [(2, "level", "not_allowed")],
            id="row 2 unknown level",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\nintern,1,dua,3,IDR,month\n",
            [(2, "band_mid", "not_a_number")],
            id="row 2 mid not a number",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\nintern,1,2,3,IDR,month\nmanager,-1,2,3,IDR,month\n",
            [(3, "band_min", "negative")],
            id="row 3 negative",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\nintern,1,2,3,EUR,item\n",
            [(2, "currency", "not_allowed"), (2, "pay_period", "not_allowed")],
            id="EUR per item",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\nintern,1,2,3,IDR,month\nmanager,1,2,3,USD,hour\n",
            [(None, "currency", "band_mixed_units")],
            id="mixed units",
        ),
        pytest.param(
            "level,band_min,band_mid,band_max,currency,pay_period\n", [(None, None, "band_empty")], id="header only"
        ),
    ],
)
def test_import_errors_name_row_and_column(csv, expected):
    table, problems = band_files.read_band_file("mine.csv", csv.encode())
    assert table is None
    assert [(p.row, p.column, p.code) for p in problems] == expected


def test_import_error_messages_in_both_languages():
    _, problems = band_files.read_band_file(
        "mine.csv", b"level,band_min,band_mid,band_max,currency,pay_period\nintern,1,dua,3,IDR,month\n"
    )
    assert describe_problem(problems[0], "en") == "mine.csv, row 2, column “band_mid”: not a number (value: dua)"
    assert describe_problem(problems[0], "id") == "mine.csv, baris 2, kolom “band_mid”: bukan angka (nilai: dua)"
    _, mixed = band_files.read_band_file(
        "m.csv",
        b"level,band_min,band_mid,band_max,currency,pay_period\nintern,1,2,3,IDR,month\nmanager,1,2,3,USD,hour\n",
    )
    assert describe_problem(mixed[0], "id") == (
        "m.csv, kolom “currency”: semua baris harus memakai satu mata uang dan satu periode gaji"
    )


HEADER = "level,band_min,band_mid,band_max,currency,pay_period\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param("intern,1,2,3,IDR,month,\njunior_staff,4,5,6,IDR,month,\n", [2, 3], id="trailing-comma-each-row"),
        pytest.param("intern,1,2,3,IDR,month,x\njunior_staff,4,5,6,IDR,month\n", [2], id="first-row-long"),
        pytest.param("intern,1,2,3,IDR,month\njunior_staff,4,5,6,IDR,month,x\n", [3], id="later-row-long"),
    ],
)
def test_rows_longer_than_the_header_are_named_not_shifted(body, expected):
    """pandas would read a column too many as the index (every value one column to the left) or drop cells."""
    table, problems = band_files.read_band_file("mine.csv", (HEADER + body).encode())
    assert table is None  # any problem rejects the file: no half-imported ladder
    assert [(p.row, p.code, p.params["found"]) for p in problems] == [(r, "ragged_row", 7) for r in expected]
    assert describe_problem(problems[0], "id").startswith(f"mine.csv, baris {expected[0]}")


def test_short_rows_still_import():
    table, problems = band_files.read_band_file("mine.csv", (HEADER + "intern,1,2,3,IDR\n").encode())
    assert problems == [] or all(p.code != "ragged_row" for p in problems)


def test_unreadable_file_is_a_problem_not_a_traceback():
    table, problems = band_files.read_band_file("bands.xlsx", b"not a zip file")
    assert table is None and problems[0].code == "band_unreadable"
    assert "bands.xlsx" in describe_problem(problems[0], "en")


def test_every_band_key_has_both_languages():
    from salary_explorer.core.i18n.bands import CATALOG

    assert all(k.startswith(("band.", "problem.band_")) and v.get("en") and v.get("id") for k, v in CATALOG.items())
