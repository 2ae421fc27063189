"""A team roster saved by private link and reopened exactly as it was read (uploads/saved_roster.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from salary_explorer.core import storage
from salary_explorer.uploads import saved_roster
from salary_explorer.uploads.roster import read_roster

from .team_fixtures import roster_bytes


@pytest.fixture
def engine(tmp_path):
    engine = storage.make_engine(f"sqlite:///{tmp_path / 'saved.db'}")
    storage.migrate(engine)
    yield engine
    engine.dispose()


def test_roster_round_trip(engine):
    result = read_roster(roster_bytes(with_bad_rows=True), "tim.csv")
    saved = saved_roster.save(engine, result, "abc123")
    assert storage.valid_token(saved.token) and saved.version == 1
    back = saved_roster.open_saved(engine, saved.token)
    pd.testing.assert_frame_equal(back.result.roster, result.roster, check_dtype=False)
    assert back.result.roster["hire_date"].tolist() == result.roster["hire_date"].tolist()
    assert back.result.mapping == result.mapping
    assert (back.result.rows_read, back.result.accepted, back.result.rejected) == (14, 12, 2)
    assert [(p.row, p.code) for p in back.result.problems] == [(p.row, p.code) for p in result.problems]
    assert back.file_hash == "abc123" and back.result.file_name == "tim.csv"


def test_wrong_or_deleted_link_is_not_found_and_quota_holds(engine):
    result = read_roster(roster_bytes(), "tim.csv")
    with pytest.raises(storage.NotFound):
        saved_roster.open_saved(engine, "x" * 43)
    with pytest.raises(storage.TooLarge):
        saved_roster.save(engine, result, "h", max_bytes=100)
    token = saved_roster.save(engine, result, "h").token
    with pytest.raises(storage.NotFound):  # a roster link does not open a band set, nor the reverse
        storage.load(engine, token, "band_set")
    saved_roster.delete(engine, token)
    with pytest.raises(storage.NotFound):
        saved_roster.open_saved(engine, token)
