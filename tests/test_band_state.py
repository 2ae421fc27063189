"""The band ladder's state machine (bands/state.py): pure transitions, each tested without Streamlit."""

import io

import pandas as pd
import pytest

from salary_explorer.bands import files
from salary_explorer.bands import ladder as bands
from salary_explorer.bands import state as ladders
from salary_explorer.core import load, money


@pytest.fixture(scope="module")
def converted():
    rows = load.load_salaries()
    rates = load.load_exchange_rates()
    market = bands.market_rows(rows, "ID", "unspecified")
    return money.convert_salaries(market, "IDR", "month", rates, money.Hours(), None)


@pytest.fixture
def ladder(converted):
    return ladders.start(converted, "IDR", "month", "ID", "unspecified")


def test_start_has_one_band_per_level_and_version_0(ladder):
    assert ladder.version == 0 and ladder.table is None and ladder.messages == ()
    assert list(ladder.current["level"]) == list(bands.BAND_LEVELS)
    assert ladder.editor_key == "band_editor_0"


def test_edits_keep_the_version_and_mark_rows_manual(ladder):
    edited = ladder.base.copy()
    edited.loc[0, "band_max"] = float(edited.loc[0, "band_max"]) + 100_000
    after = ladders.with_edits(ladder, edited, "IDR", "month", "ID", "unspecified")
    assert after.version == 0 and after.current.loc[0, "basis"] == "manual"
    assert after.current.loc[1, "basis"] != "manual"


def test_the_editor_shows_only_its_columns_and_the_rest_of_each_row_comes_back(ladder):
    """What the grid is given (``editor_frame``) and what comes back: an edit, a deleted row, an added row."""
    shown = ladders.editor_frame(ladder.base)
    assert tuple(shown.columns) == bands.EDITOR_COLUMNS
    edited = shown.drop(index=2).copy()
    edited.loc[0, "band_max"] = float(edited.loc[0, "band_max"]) + 100_000
    edited.loc[len(ladder.base)] = {"level": "manager", "band_min": 1.0, "band_mid": 2.0, "band_max": 3.0, "note": ""}
    table = ladders.edited_table(ladder.base, edited, "IDR", "month", "ID", "unspecified")
    assert list(table.columns) == list(
        ladders.with_edits(ladder, ladder.base, "IDR", "month", "ID", "unspecified").current.columns
    )
    assert len(table) == len(ladder.base)  # one row gone, one added
    by_level = table.reset_index(drop=True)
    assert by_level.loc[0, "basis"] == "manual" and by_level.loc[1, "basis"] == ladder.base.loc[1, "basis"]
    added = by_level.iloc[-1]
    assert (added["basis"], added["currency"], added["pay_period"], added["country"]) == (
        "manual",
        "IDR",
        "month",
        "ID",
    )
    kept = ladder.base.loc[1, ["currency", "pay_period", "country", "industry", "basis_params"]].tolist()
    assert by_level.loc[1, ["currency", "pay_period", "country", "industry", "basis_params"]].tolist() == kept


@pytest.mark.parametrize(
    "method, options",
    [
        ("market", {"anchor_mode": "none", "anchor_level": "junior_staff", "spread": 0.5, "position": 1.0}),
        ("midpoint_spread", {"anchor_mode": "none", "anchor_level": "junior_staff", "spread": 0.4, "position": 1.0}),
        ("market_position", {"anchor_mode": "none", "anchor_level": "junior_staff", "spread": 0.5, "position": 1.1}),
    ],
)
def test_quick_set_replaces_the_ladder_and_says_how(ladder, converted, method, options):
    after = ladders.quick_set(
        ladder,
        method,
        converted,
        "en",
        "Indonesia",
        currency="IDR",
        period="month",
        country="ID",
        industry="unspecified",
        **options,
    )
    assert after.version == 1 and after.table is None
    [message] = after.messages
    assert message.kind == "success"
    messages, cleared = ladders.take_messages(after)
    assert messages == (message,) and cleared.messages == ()


def test_quick_set_without_a_reference_keeps_the_ladder(ladder, converted):
    after = ladders.quick_set(
        ladder,
        "market",
        converted,
        "en",
        "Banking",
        currency="IDR",
        period="month",
        country="ID",
        industry="unspecified",
        anchor_mode="use",
        anchor_level="junior_staff",
        spread=0.5,
        position=1.0,
    )
    assert after.version == ladder.version and after.messages[0].kind == "error"
    assert "Banking" in after.messages[0].text


def test_changing_units_converts_and_says_at_which_rate(ladder):
    rate = money.Rate(16_000.0, 2025, "annual_average", exact_year=True)
    after = ladders.in_units(ladder, "USD", "hour", rate, money.Hours(), "en")
    assert after.version == 1 and set(after.current["currency"]) == {"USD"}
    assert "16,000.00" in after.messages[0].text and "2,080 h/yr" in after.messages[0].text
    assert ladders.in_units(after, "USD", "hour", rate, money.Hours(), "en") is after  # nothing to do


def test_a_band_file_is_read_once_and_a_bad_one_keeps_the_ladder(ladder):
    good = files.export_frame(ladder.current)
    buffer = io.StringIO()
    good.to_csv(buffer, index=False)
    data = buffer.getvalue().encode()
    after = ladders.imported(ladder, "file-1", "bands.csv", data, "en")
    assert after.version == 1 and after.imported == "file-1" and after.messages[0].kind == "success"
    assert ladders.imported(after, "file-1", "bands.csv", data, "en") is after  # a rerun does not read it again
    bad = ladders.imported(ladder, "file-2", "broken.csv", b"level,band_min\nceo,abc\n", "en")
    assert bad.version == ladder.version and bad.messages[0].kind == "error" and bad.messages[0].details
    pd.testing.assert_frame_equal(bad.current, ladder.current)
