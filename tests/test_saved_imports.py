"""Saved imports: accepted rows, mapping, report and file hash survive the store unchanged."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from salary_explorer.core import storage
from salary_explorer.uploads import importer, saved

CSV = (
    b"Posisi;Gaji;Tahun;Level\n"
    b"CS Bank;Rp 5.000.000;2023;EN\n"
    b"Admin Toko Online;4,5 juta;2024;MI\n"
    b"Kasir;Rp5jt;;SE\n"
    b'=HYPERLINK("x");lots;2024;EN\n'
)


@pytest.fixture
def engine(tmp_path):
    engine = storage.make_engine(f"sqlite:///{tmp_path / 's.db'}")
    storage.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def imported():
    mapping = importer.Mapping.build({"role": "Posisi", "pay_typical": "Gaji", "year": "Tahun", "level": "Level"})
    return importer.import_csv(CSV, "gaji.csv", mapping), mapping


def test_save_and_reopen_round_trip(engine, imported):
    result, mapping = imported
    assert result.accepted == 3 and result.rejected == 1
    digest = hashlib.sha256(CSV).hexdigest()
    token = saved.save(engine, "gaji.csv", result, mapping, digest).token
    back = saved.open_saved(engine, token)
    pd.testing.assert_frame_equal(back.result.rows, result.rows)
    assert back.mapping == mapping
    assert back.file_hash == digest and back.name == "gaji.csv"
    assert back.result.problems == result.problems
    assert (back.result.rows_read, back.result.accepted, back.result.rejected) == (4, 3, 1)
    assert back.result.derivation == result.derivation


@pytest.mark.parametrize("n", [0, 1, 1000])
def test_rows_bytes_round_trip_keeps_dtypes(n):
    rng = np.random.default_rng(1)
    rows = pd.DataFrame(
        {
            "record_id": [f"r{i}" for i in range(n)],
            "country": "ID",
            "currency": "IDR",
            "pay_period": "month",
            "industry": "unspecified",
            "level": "junior_staff",
            "role": "CS",
            "pay_min": rng.uniform(1e6, 5e6, n),
            "pay_typical": np.nan,
            "pay_max": rng.uniform(5e6, 9e6, n),
            "year": pd.array([2024 if i % 3 else None for i in range(n)], dtype="Int64"),
            "gross_net": "unknown",
            "source_kind": "user_upload",
            "source_title": "gaji.csv",
            "source_file": "",
            "source_year": pd.array([None] * n, dtype="Int64"),
            "figure_note": "",
            "derivation": "",
        }
    )
    from salary_explorer.core.schema import coerce_types

    rows = coerce_types(rows)
    pd.testing.assert_frame_equal(saved.rows_from_bytes(saved.rows_to_bytes(rows)), rows)


def test_quota_is_enforced(engine, imported):
    result, mapping = imported
    with pytest.raises(storage.TooLarge):
        saved.save(engine, "gaji.csv", result, mapping, "h", max_bytes=100)


def test_delete_needs_the_token_and_then_it_is_gone(engine, imported):
    result, mapping = imported
    token = saved.save(engine, "gaji.csv", result, mapping, "h").token
    saved.delete(engine, token)
    with pytest.raises(storage.NotFound):
        saved.open_saved(engine, token)
