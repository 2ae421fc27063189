"""The store behind saved band sets and datasets: tokens, versions, conflicts, quota, migrations.

Every test runs on a SQLite file; the same tests run on PostgreSQL when its
binaries are there (marked ``cluster``: ``tests/services.py`` starts a
throwaway server, and CI requires it).
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
import sqlalchemy as sa

from salary_explorer.core import storage

from .services import postgres_server

KIND = "band_set"


@pytest.fixture(scope="module")
def pg_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.cluster)])
def engine(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'nested' / 'store.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    engine = storage.make_engine(url)
    if request.param == "postgresql":  # one server for the module: start every test from an empty schema
        storage.metadata.drop_all(engine)
    storage.migrate(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def test_token_has_at_least_128_bits_and_the_database_keeps_only_its_hash(engine):
    saved = storage.create(engine, KIND, "Jakarta 2025", {"a": 1})
    assert storage.valid_token(saved.token) and len(saved.token) == 43  # 32 bytes = 256 bits
    assert storage.TOKEN_BYTES * 8 >= 128
    with engine.connect() as conn:
        stored = conn.execute(sa.select(storage.items.c.token_hash)).scalars().all()
    assert stored == [storage.token_hash(saved.token)]
    assert saved.token not in stored[0]


def test_tokens_differ():
    assert len({storage.new_token() for _ in range(1000)}) == 1000


def test_save_reopen_round_trip(engine):
    meta = {"ladder": [{"level": "intern", "band_min": 1.5}], "note": "ümlaut, 'quotes'; DROP TABLE x"}
    saved = storage.create(engine, "dataset", "Mine", meta, b"\x00\x01binary")
    item = storage.load(engine, saved.token, "dataset")
    assert (item.name, item.version, item.current_version, item.meta, item.payload) == (
        "Mine",
        1,
        1,
        meta,
        b"\x00\x01binary",
    )


BAD_TOKENS = [
    "",
    "x",
    "' OR '1'='1",
    "../../etc/passwd",
    "a" * 43,  # well-formed but unknown
    "a" * 44,
    None,
    12,
]


@pytest.mark.parametrize("token", BAD_TOKENS, ids=repr)
def test_wrong_links_are_not_found(engine, token):
    storage.create(engine, KIND, "x", {})
    with pytest.raises(storage.NotFound):
        storage.load(engine, token, KIND)


def test_an_altered_token_is_not_found(engine):
    token = storage.create(engine, KIND, "x", {}).token
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    with pytest.raises(storage.NotFound):
        storage.load(engine, altered, KIND)


def test_a_token_of_another_kind_is_not_found(engine):
    token = storage.create(engine, "dataset", "x", {}).token
    with pytest.raises(storage.NotFound):
        storage.load(engine, token, "band_set")


def test_every_save_is_a_new_version_and_old_ones_stay(engine):
    token = storage.create(engine, KIND, "v", {"n": 1}).token
    assert storage.save_version(engine, token, KIND, 1, {"n": 2}).version == 2
    assert storage.save_version(engine, token, KIND, 2, {"n": 3}, name="renamed").version == 3
    assert storage.load(engine, token, KIND).meta == {"n": 3}
    assert storage.load(engine, token, KIND, version=1).meta == {"n": 1}
    assert [(v.version, v.name) for v in storage.history(engine, token, KIND)] == [(1, "v"), (2, "v"), (3, "renamed")]
    with pytest.raises(storage.NotFound):
        storage.load(engine, token, KIND, version=9)


def test_a_save_based_on_an_old_version_is_refused(engine):
    token = storage.create(engine, KIND, "shared", {"who": "first"}).token
    storage.save_version(engine, token, KIND, 1, {"who": "alice"})
    with pytest.raises(storage.Conflict) as err:
        storage.save_version(engine, token, KIND, 1, {"who": "bob"})
    assert (err.value.base_version, err.value.current_version) == (1, 2)
    assert storage.load(engine, token, KIND).meta == {"who": "alice"}  # nothing overwritten
    copy = storage.create(engine, KIND, "shared (bob)", {"who": "bob"})  # "save as new"
    assert storage.load(engine, copy.token, KIND).meta == {"who": "bob"}


def test_concurrent_saves_of_one_version_let_exactly_one_win(engine):
    token = storage.create(engine, KIND, "race", {"n": 0}).token
    outcomes: list[str] = []

    def save(i):
        try:
            storage.save_version(engine, token, KIND, 1, {"n": i})
            outcomes.append("saved")
        except storage.Conflict:
            outcomes.append("conflict")
        except sa.exc.OperationalError:  # SQLite's single writer may time out instead; still no overwrite
            outcomes.append("busy")

    threads = [threading.Thread(target=save, args=(i,)) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert outcomes.count("saved") == 1
    assert storage.load(engine, token, KIND).current_version == 2


def test_rename_duplicate_delete(engine):
    token = storage.create(engine, KIND, "first", {"n": 1}).token
    assert storage.rename(engine, token, KIND, "  second\nname\t ") == "second name"
    assert storage.load(engine, token, KIND).name == "second name"
    copy = storage.duplicate(engine, token, KIND, "copy")
    assert copy.token != token and copy.version == 1
    assert storage.load(engine, copy.token, KIND).meta == {"n": 1}
    storage.delete(engine, token, KIND)
    with pytest.raises(storage.NotFound):
        storage.load(engine, token, KIND)
    with pytest.raises(storage.NotFound):
        storage.delete(engine, token, KIND)
    assert storage.load(engine, copy.token, KIND).name == "copy"  # the copy lives on


@pytest.mark.parametrize(
    "payload, limit, ok",
    [(b"x" * 10, 1000, True), (b"x" * 2000, 1000, False), (b"", None, True), (b"x" * 10_000, None, True)],
)
def test_quota_per_saved_item(engine, payload, limit, ok):
    if ok:
        storage.create(engine, "dataset", "d", {}, payload, max_bytes=limit)
        return
    with pytest.raises(storage.TooLarge) as err:
        storage.create(engine, "dataset", "d", {}, payload, max_bytes=limit)
    assert err.value.size > err.value.limit == limit


def test_migrate_is_idempotent_and_records_the_version(engine):
    assert storage.migrate(engine) == storage.SCHEMA_VERSION
    assert storage.migrate(engine) == storage.SCHEMA_VERSION
    with engine.connect() as conn:
        assert conn.execute(sa.select(storage.schema_version.c.version)).scalar_one() == storage.SCHEMA_VERSION


def test_a_newer_schema_is_refused(engine):
    with engine.begin() as conn:
        conn.execute(storage.schema_version.update().values(version=storage.SCHEMA_VERSION + 1))
    with pytest.raises(storage.StorageError):
        storage.migrate(engine)


def test_sqlite_file_is_created_in_wal_mode(tmp_path):
    path = tmp_path / "deep" / "dir" / "s.db"
    engine = storage.make_engine(f"sqlite:///{path}")
    storage.migrate(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize(
    "env, secrets_toml, url, mb",
    [
        ({}, {}, storage.default_url(), storage.DEFAULT_MAX_SAVED_MB),
        ({"SALARY_EXPLORER_DB_URL": "sqlite:///x.db"}, {}, "sqlite:///x.db", 50),
        ({}, {"storage": {"db_url": "postgresql://u@h/db", "max_saved_mb": 5}}, "postgresql+psycopg://u@h/db", 5),
        (
            {"SALARY_EXPLORER_DB_URL": "postgres://a@b/c", "SALARY_EXPLORER_MAX_SAVED_MB": "0.5"},
            {"storage": {"db_url": "sqlite:///ignored.db"}},
            "postgresql+psycopg://a@b/c",
            0.5,
        ),
        ({"SALARY_EXPLORER_MAX_SAVED_MB": "lots"}, {}, storage.default_url(), 50),
        ({"SALARY_EXPLORER_MAX_SAVED_MB": "-3"}, {}, storage.default_url(), 50),
    ],
)
def test_settings(env, secrets_toml, url, mb):
    got = storage.settings(env, secrets_toml)
    assert got.url == url
    assert got.max_item_bytes == int(mb * 1024 * 1024)


def test_the_default_store_is_a_file_beside_the_app_and_ignored_by_git():
    from .conftest import ROOT

    assert storage.DEFAULT_DATA_DIR == ROOT / ".data"
    assert ".data/" in (ROOT / ".gitignore").read_text().splitlines()


@pytest.mark.parametrize(
    "name, default, expected",
    [("  a  b ", "-", "a b"), ("", "dflt", "dflt"), ("x" * 300, "-", "x" * 100), ("a\x00b", "-", "a b")],
)
def test_clean_name(name, default, expected):
    assert storage.clean_name(name, default) == expected
