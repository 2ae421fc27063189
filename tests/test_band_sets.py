"""Band sets in the store: save, reopen, versions, conflicts, rename/duplicate/delete, version compare."""

from __future__ import annotations

import pandas as pd
import pytest

from salary_explorer.bands import ladder, sets
from salary_explorer.core import storage


@pytest.fixture
def engine(tmp_path):
    engine = storage.make_engine(f"sqlite:///{tmp_path / 's.db'}")
    storage.migrate(engine)
    yield engine
    engine.dispose()


def ladder_of(*rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["level", "band_min", "band_mid", "band_max", "note"])
    return ladder.tidy(frame, "IDR", "month")


LADDER = ladder_of(
    ("intern", 2e6, 2.5e6, 3e6, ""),
    ("junior_staff", 4e6, 5e6, 6e6, "=cmd|' /C calc'!A0"),
    ("manager", 10e6, 12.5e6, 15e6, "<b>not html</b>"),
)


def band_set(**kw) -> sets.BandSet:
    base = dict(
        name="Jakarta banking 2025",
        market="ID",
        industry="banking",
        province="DKI Jakarta",
        method="market",
        ladder=LADDER,
        overlap_pct=40.0,
        notes="first draft",
    )
    return sets.BandSet(**{**base, **kw})


def test_save_and_reopen_keeps_everything(engine):
    saved = sets.save(engine, band_set())
    assert storage.valid_token(saved.token) and saved.version == 1
    again = sets.open_set(engine, saved.token)
    for name in ("name", "market", "industry", "province", "method", "overlap_pct", "notes"):
        assert getattr(again, name) == getattr(band_set(), name)
    pd.testing.assert_frame_equal(again.ladder, LADDER)


def test_empty_amounts_survive(engine):
    partial = ladder_of(("intern", None, 2e6, None, ""), ("", 1.0, None, 3.0, "no level yet"))
    again = sets.open_set(engine, sets.save(engine, band_set(ladder=partial)).token)
    pd.testing.assert_frame_equal(again.ladder, partial)


def test_each_save_is_a_version_and_a_stale_save_is_refused(engine):
    first = sets.save(engine, band_set())
    alice = sets.open_set(engine, first.token)
    bob = sets.open_set(engine, first.token)
    alice.notes = "alice's change"
    alice = sets.save(engine, alice)
    assert alice.version == 2
    bob.notes = "bob's change"
    with pytest.raises(storage.Conflict):
        sets.save(engine, bob)
    assert sets.open_set(engine, first.token).notes == "alice's change"
    copy = sets.save_as_new(engine, bob, "bob's copy")
    assert copy.token != first.token and copy.version == 1 and copy.notes == "bob's change"
    assert [v.version for v in sets.versions(engine, first.token)] == [1, 2]


def test_rename_duplicate_delete(engine):
    token = sets.save(engine, band_set()).token
    assert sets.rename(engine, token, "Renamed") == "Renamed"
    dup = sets.duplicate(engine, token, "Copy")
    assert dup.name == "Copy" and dup.token != token
    pd.testing.assert_frame_equal(dup.ladder, LADDER)
    sets.delete(engine, token)
    with pytest.raises(storage.NotFound):
        sets.open_set(engine, token)
    assert sets.open_set(engine, dup.token).name == "Copy"


def test_a_dataset_link_is_not_a_band_set(engine):
    token = storage.create(engine, "dataset", "d", {}).token
    with pytest.raises(storage.NotFound):
        sets.open_set(engine, token)


CHANGES = [
    ({"notes": "new notes"}, [("settings", "notes", "first draft", "new notes")]),
    (
        {"province": "Bali", "overlap_pct": 30.0},
        [("settings", "province", "DKI Jakarta", "Bali"), ("settings", "overlap_pct", 40.0, 30.0)],
    ),
    (
        {
            "ladder": ladder_of(
                ("intern", 2e6, 2.5e6, 3.5e6, ""),
                ("junior_staff", 4e6, 5e6, 6e6, "=cmd|' /C calc'!A0"),
                ("manager", 10e6, 12.5e6, 15e6, "<b>not html</b>"),
            )
        },
        [("intern", "band_max", 3e6, 3.5e6)],
    ),
    (
        {"ladder": ladder_of(("intern", 2e6, 2.5e6, 3e6, ""), ("junior_staff", 4e6, 5e6, 6e6, "=cmd|' /C calc'!A0"))},
        [("manager", "level", "present", "absent")],
    ),
    (
        {
            "ladder": ladder_of(
                ("intern", 2e6, 2.5e6, 3e6, ""),
                ("junior_staff", 4e6, 5e6, 6e6, "=cmd|' /C calc'!A0"),
                ("supervisor", 7e6, 8e6, 9e6, ""),
                ("manager", 10e6, 12.5e6, 15e6, "<b>not html</b>"),
            )
        },
        [("supervisor", "level", "absent", "present")],
    ),
    ({}, []),
]


@pytest.mark.parametrize("edit, expected", CHANGES)
def test_changes(edit, expected):
    got = sets.changes(band_set(), band_set(**edit))
    assert [(c.where, c.what, c.before, c.after) for c in got] == expected


@pytest.mark.parametrize(
    "lang, where, what, before, after",
    [
        ("en", "Intern", "Maximum", "Rp 3,000,000/mo", "Rp 3,500,000/mo"),
        ("id", "Staf magang", "Maksimum", "Rp 3.000.000/bulan", "Rp 3.500.000/bulan"),
    ],
)
def test_compare_two_versions_side_by_side(engine, lang, where, what, before, after):
    token = sets.save(engine, band_set()).token
    edited = sets.open_set(engine, token)
    edited.ladder = LADDER.assign(band_max=[3.5e6, 6e6, 15e6])
    sets.save(engine, edited)
    comparison = sets.compare_versions(engine, token, 1, 2, lang)
    assert len(comparison.left_table) == len(comparison.right_table) == 3
    assert comparison.changes.shape == (1, 4)
    assert comparison.changes.iloc[0].tolist() == [where, what, before, after]
    assert comparison.left_table.iloc[2, 4] == "<b>not html</b>"  # text stays text; the page renders a dataframe
