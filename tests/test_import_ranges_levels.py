"""Issue 33: levels read as sources write them, pay ranges in one cell, and the preview's period wording."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary_explorer.uploads import importer, preview, vocabulary
from salary_explorer.uploads.importer import Mapping, import_csv
from salary_explorer.uploads.parse import parse_ranges, parse_series

from .test_upload_page import click_import, open_upload, texts, upload

# The seed article's six levels, as it writes them (../shared/seeds/002_50deefd1af7ca5bb.txt), with its ranges.
SEED = (
    "Jenjang;Gaji\n"
    "Manager;Rp. 5.000.000 – Rp. 20.000.000\n"
    "Supervisor;Rp. 3.000.000 – Rp. 12.000.000\n"
    "Spesialis;Rp. 3.500.000 – Rp. 12.000.000\n"
    "Staff Senior;Rp. 3.000.000 – Rp. 10.000.000\n"
    "Staff Junior;Rp. 2.200.000 – Rp. 7.000.000\n"
    "Staff Magang;Rp. 1.100.000 – Rp. 3.000.000\n"
)
SEED_LEVELS = ["manager", "supervisor", "specialist", "senior_staff", "junior_staff", "intern"]
SEED_MIN = [5e6, 3e6, 3.5e6, 3e6, 2.2e6, 1.1e6]
SEED_MAX = [20e6, 12e6, 12e6, 10e6, 7e6, 3e6]


@pytest.mark.parametrize(
    "value, level",
    [
        ("Staff Magang", "intern"),
        ("Staff Junior", "junior_staff"),
        ("Staff Senior", "senior_staff"),
        ("Spesialis", "specialist"),
        ("Supervisor", "supervisor"),
        ("Manager", "manager"),
        ("staf  magang", "intern"),
        ("Internship", "intern"),
        ("Trainee", "intern"),
        ("Entry level", "junior_staff"),
        ("Fresh Graduate", "junior_staff"),
        ("Junior Agent", "junior_staff"),
        ("Mid-level", "senior_staff"),
        ("Senior CS Officer", "senior_staff"),
        ("Senior Specialist", "specialist"),
        ("Team Leader", "supervisor"),
        ("Koordinator CS", "supervisor"),
        ("Senior Manager", "manager"),
        ("Kepala Layanan Pelanggan", "manager"),
        ("Manajer", "manager"),
        ("junior_staff", "junior_staff"),
        ("EN", "junior_staff"),
        ("EX", "manager"),
        ("Staff", "unspecified"),
        ("??", "unspecified"),
    ],
)
def test_level_names_as_sources_write_them(value, level):
    assert vocabulary.default_level(value) == level


def test_the_seed_articles_levels_and_ranges_import_with_their_levels():
    result = import_csv(SEED.encode(), "seed.csv")
    assert result.rejected == 0 and result.unknown_levels == []
    assert result.rows["level"].tolist() == SEED_LEVELS
    assert result.rows["pay_min"].tolist() == SEED_MIN and result.rows["pay_max"].tolist() == SEED_MAX
    assert result.rows["pay_typical"].isna().all()


def test_the_pages_level_choices_override_the_words():
    mapping = Mapping.build(
        {"level": "Jenjang", "pay_typical": "Gaji"},
        level_codes={"Staff Magang": "unspecified", "Manager": "supervisor"},
    )
    rows = import_csv(SEED.encode(), "seed.csv", mapping).rows
    assert rows["level"].tolist() == ["supervisor", *SEED_LEVELS[1:5], "unspecified"]


# ---------- ranges in one cell ----------
RANGES = [
    ("Rp 5 jt - Rp 7 jt", None, 5e6, 7e6),
    ("Rp5.000.000 – Rp7.000.000", None, 5e6, 7e6),
    ("Rp. 5.000.000 – Rp. 20.000.000", None, 5e6, 20e6),
    ("$15-$18/hr", None, 15, 18),
    ("$15/hr - $18/hr", None, 15, 18),
    ("$15.50 – $18.25 per hour", None, 15.5, 18.25),
    ("4,5 - 6 juta", None, 4.5e6, 6e6),
    ("4,5-6 jt/bulan", None, 4.5e6, 6e6),
    ("500rb - 1jt", None, 5e5, 1e6),
    ("500 ribu – 750 ribu", None, 5e5, 7.5e5),
    ("Rp 5 jt — Rp 7 jt", None, 5e6, 7e6),
    ("5 s/d 7 juta", None, 5e6, 7e6),
    ("Rp 5 jt sampai Rp 7 jt", None, 5e6, 7e6),
    ("15 to 18", None, 15, 18),
    ("USD 50,000 - 60,000 per year", None, 50_000, 60_000),
    ("IDR 4.500.000 - 6.000.000 / bulan", None, 4.5e6, 6e6),
    ("5.000-7.500", ".", 5.0, 7.5),
    ("5.000-7.500", None, 5000, 7500),
]


@pytest.mark.parametrize("text, decimal, low, high", RANGES)
def test_a_range_in_one_cell_reads_as_its_two_ends(text, decimal, low, high):
    lows, highs = parse_ranges([text], decimal)
    assert (lows[0], highs[0]) == pytest.approx((low, high))


@pytest.mark.parametrize("text", ["5000000", "Rp 5 jt", "-5", "Rp 5 jt - lima juta", "-", "nego", "", "5 - -3"])
def test_what_is_not_a_range_is_not_read_as_one(text):
    lows, highs = parse_ranges([text])
    assert np.isnan(lows[0]) and np.isnan(highs[0])


@pytest.mark.parametrize("text, decimal, low, high", RANGES)
def test_ranges_go_through_the_import_as_minimum_and_maximum(text, decimal, low, high):
    data = f"role;pay\nA;{text}\nB;Rp 6 jt\n".encode()
    mapping = Mapping.build({"role": "role", "pay_typical": "pay"}, {"currency": "IDR"}, decimal=decimal)
    rows = import_csv(data, "r.csv", mapping).rows
    assert rows["pay_min"].tolist()[0] == pytest.approx(low) and rows["pay_max"].tolist()[0] == pytest.approx(high)
    assert np.isnan(rows["pay_typical"].tolist()[0]) and rows["pay_typical"].tolist()[1] == 6e6


def test_unreadable_and_reversed_ranges_are_listed_with_their_rows():
    data = b"role;pay\nA;Rp 5 jt - Rp 7 jt\nB;Rp 7 jt - Rp 5 jt\nC;lima - enam juta\nD;Rp 5 jt - x\n"
    result = import_csv(data, "r.csv")
    assert result.accepted == 1
    assert [(p.row, p.column, p.value, p.code) for p in result.problems] == [
        (3, "pay", "Rp 7 jt - Rp 5 jt", "min_above_max"),
        (4, "pay", "lima - enam juta", "not_a_number"),
        (5, "pay", "Rp 5 jt - x", "not_a_number"),
    ]


def test_a_range_in_a_minimum_or_maximum_column_gives_that_end():
    data = b"role;gaji min;gaji max\nA;Rp 5 jt - Rp 7 jt;Rp 8 jt - Rp 9 jt\n"
    rows = import_csv(data, "r.csv").rows
    assert (rows["pay_min"][0], rows["pay_max"][0]) == (5e6, 9e6)


def test_an_empty_minimum_or_maximum_beside_a_range_takes_its_end():
    data = b"role;gaji min;gaji max\nA;Rp 5 jt - Rp 7 jt;\nB;;Rp 8 jt - Rp 9 jt\nC;Rp 4 jt;Rp 6 jt\n"
    rows = import_csv(data, "r.csv").rows
    assert rows["pay_min"].tolist() == [5e6, 8e6, 4e6] and rows["pay_max"].tolist() == [7e6, 9e6, 6e6]


def test_the_guess_and_the_summary_read_ranges_as_their_middle():
    numbers, bad = parse_series(pd.Series(["Rp 5 jt - Rp 7 jt", "Rp 6 jt", "x"]), ranges=True)
    assert numbers.tolist()[:2] == [6e6, 6e6] and bad.tolist() == [False, False, True]
    assert parse_series(pd.Series(["Rp 5 jt - Rp 7 jt"]))[1].tolist() == [True]  # without ranges: unreadable
    inspection = importer.inspect(SEED.encode(), "seed.csv")
    assert (inspection.currency_guess, inspection.period_guess) == ("IDR", "month")


def _id_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


FORMATS = {
    "rp_dots": lambda n: f"Rp {_id_number(n)}",
    "rp_tight": lambda n: f"Rp{_id_number(n)}",
    "us_commas": lambda n: f"${n:,}",
    "plain": str,
    "jt": lambda n: f"Rp {n // 1_000_000} jt",
    "rb": lambda n: f"{n // 1_000} rb",
}
SCALE = {"jt": 1_000_000, "rb": 1_000}


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=999),
    st.sampled_from(sorted(FORMATS)),
    st.sampled_from(["-", " - ", "–", " – ", " — ", " to ", " s/d "]),
    st.sampled_from(["", "/bulan", " per month", "/hr"]),
)
def test_any_written_range_reads_back_as_its_ends(a, extra, fmt, dash, period):
    scale = SCALE.get(fmt, 1_000)
    low, high = a * scale, (a + extra) * scale
    write = FORMATS[fmt]
    lows, highs = parse_ranges([f"{write(low)}{dash}{write(high)}{period}"])
    assert (lows[0], highs[0]) == (low, high)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Rp$0123456789.,- –jtJutaribk/sd", max_size=24))
def test_the_range_reader_never_fails_and_gives_both_ends_or_neither(text):
    lows, highs = parse_ranges([text])
    assert np.isnan(lows[0]) == np.isnan(highs[0])
    if not np.isnan(lows[0]):
        assert lows[0] >= 0 and highs[0] >= 0


# ---------- the preview's period ----------
PERIOD_FILE = b"role,pay,periode\nA,5000000,bulan\nB,6000000,per bulan\nC,30000,harian\nD,x,bulan\n"


@pytest.mark.parametrize(
    "lang, said",
    [
        ("en", "per month as the column periode says (67% of rows)"),
        ("id", "per bulan menurut kolom periode (67% baris)"),
    ],
)
def test_a_mapped_period_column_is_named_in_the_summary_not_not_chosen(lang, said):
    raw = importer.read_table(PERIOD_FILE, "p.csv")
    mapping = Mapping.build({"role": "role", "pay_typical": "pay", "pay_period": "periode"})
    summary = preview.import_preview(raw, mapping, "p.csv", lang).summary
    assert said in summary
    assert "not chosen" not in summary and "belum dipilih" not in summary


@pytest.mark.parametrize(
    "lang, said", [("en", "per month as the column periode says"), ("id", "menurut kolom periode")]
)
def test_the_page_says_what_the_period_column_gives(app, lang, said):
    at = upload(open_upload(app, lang, review=True), "p.csv", PERIOD_FILE)
    assert any(said in t for t in texts(at)), texts(at)
    assert not any("period not chosen" in t or "periode belum dipilih" in t for t in texts(at))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_page_suggests_the_seeds_levels_and_imports_them(app, lang):
    at = upload(open_upload(app, lang, review=True), "seed.csv", SEED.encode())
    boxes = {s.label: s.value for s in at.selectbox if s.key.startswith("imp_lv_")}
    assert boxes == {
        "Manager": "manager",
        "Supervisor": "supervisor",
        "Spesialis": "specialist",
        "Staff Senior": "senior_staff",
        "Staff Junior": "junior_staff",
        "Staff Magang": "intern",
    }
    magang = [s.key for s in at.selectbox if s.key.startswith("imp_lv_") and s.label == "Staff Magang"][0]
    at.selectbox(key=magang).set_value("junior_staff").run()  # the user can still change each
    rows = click_import(at).session_state["uploaded_salary_tables"]["seed.csv"]
    assert rows["level"].tolist() == [*SEED_LEVELS[:5], "junior_staff"]
    assert rows["pay_min"].tolist() == SEED_MIN and rows["pay_max"].tolist() == SEED_MAX
