"""The store's protections (issue 34): workspace and role scoping, the append-only audit trail,
encryption at rest (raw SQLite file and PostgreSQL dump searched), wrong keys, rotation, retention
with an injected clock, and requests about one person. SQLite always; PostgreSQL when its binaries
are there (marked ``cluster``)."""

from __future__ import annotations

import base64
import glob
import re
import struct
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from salary_explorer import rotate_keys
from salary_explorer.core import crypto, storage
from salary_explorer.uploads import saved_roster
from salary_explorer.uploads.roster import read_roster

from .services import Postgres, _as_postgres
from .team_fixtures import roster_bytes

K1 = "k1:" + base64.b64encode(bytes(range(32))).decode()
K2 = "k2:" + base64.b64encode(bytes(range(32, 64))).decode()
T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
NAMES = ("A01 Ani", "A02 Budi", "C04 Lukas", "Budi", "Lukas")
PAYS = (5500000.0, 6000000.0, 14000000.0)


@pytest.fixture(scope="module")
def pg():
    server = Postgres()
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.remove()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.cluster)])
def backend(request, tmp_path):
    if request.param == "sqlite":
        url, server = f"sqlite:///{tmp_path / 'store.db'}", None
    else:
        server = request.getfixturevalue("pg")
        url = server.url
    engine = storage.make_engine(url)
    if server is not None:
        with engine.begin() as conn:  # one server for the module: start every test from an empty schema
            conn.execute(sa.text("DROP TABLE IF EXISTS audit_log, person_index CASCADE"))
        storage.metadata.drop_all(engine)
    storage.migrate(engine)
    try:
        yield request.param, engine, server, tmp_path
    finally:
        engine.dispose()


def scope(engine, actor="hr-1", role="hr", workspace="acme", kinds=("band_set", "roster"), **kw):
    return storage.Scope(
        engine=engine, team=True, actor=actor, role=role, workspace=workspace, kinds=frozenset(kinds), **kw
    )


def roster():
    return read_roster(roster_bytes(with_bad_rows=True), "tim.csv")


def raw_bytes(name, engine, server, tmp_path) -> bytes:
    """Everything the database holds on disk (SQLite file + WAL), or a pg_dump of the tables."""
    if server is None:
        engine.dispose()
        return b"".join(open(f, "rb").read() for f in glob.glob(str(tmp_path / "store.db*")))
    dump = subprocess.run(
        _as_postgres(
            [str(server.bin_dir / "pg_dump"), "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "salary"]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    # bytea columns appear as hex (\\x4152...): decode them so the search sees the stored bytes themselves
    decoded = b"".join(bytes.fromhex(h.decode()) for h in re.findall(rb"\\\\x([0-9a-f]+)", dump.stdout))
    return dump.stdout + decoded


def leaks(data: bytes) -> list:
    found = [n for n in NAMES if n.encode() in data]
    found += [p for p in PAYS if str(int(p)).encode() in data or struct.pack("<d", p) in data]
    return found


# ---------- scoping ----------
def test_an_item_opens_only_in_its_workspace_for_the_right_kinds(backend):
    _, engine, *_ = backend
    token = saved_roster.save(scope(engine), roster(), "abc").token
    assert saved_roster.open_saved(scope(engine, actor="hr-2"), token).result.accepted == 12  # a colleague
    for other in (
        scope(engine, workspace="other"),
        scope(engine, role="analyst", kinds=("dataset",)),
        storage.Scope(engine=engine),  # solo mode: items saved in a workspace are not its own
    ):
        with pytest.raises(storage.NotFound):
            saved_roster.open_saved(other, token)
    with pytest.raises(storage.NotFound):  # only its owner (or an HR admin) deletes it
        saved_roster.delete(scope(engine, actor="hr-2"), token)
    saved_roster.delete(scope(engine, actor="admin-1", role="hr_admin", delete_any=True), token)
    with pytest.raises(storage.NotFound):
        saved_roster.open_saved(scope(engine), token)
    rows = storage.audit_rows(engine)
    outcomes = [(r["actor"], r["action"], r["outcome"]) for r in reversed(rows)]
    assert outcomes == [
        ("hr-1", "item.create", "ok"),
        ("hr-2", "item.open", "ok"),
        ("hr-1", "item.open", "not_found"),  # another workspace
        ("hr-1", "item.open", "not_found"),  # a role whose kinds leave rosters out
        # solo mode keeps no trail of openings
        ("hr-2", "item.delete", "not_found"),
        ("admin-1", "item.delete", "ok"),
        ("hr-1", "item.open", "not_found"),
    ]
    assert {r["outcome"] for r in rows} == {"ok", "not_found"}
    assert all(r["replica"] for r in rows)
    text = repr(rows)
    assert not leaks(text.encode()) and "tim.csv" not in text


# ---------- the audit trail is append-only in the database itself ----------
def test_the_audit_trail_refuses_updates_and_deletes(backend):
    name, engine, *_ = backend
    storage.audit(scope(engine), "item.open", "ok", kind="roster", item=1)
    for statement in ("UPDATE audit_log SET outcome = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(sa.text(statement))
    if name == "postgresql":
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(sa.text("TRUNCATE audit_log"))
    assert [r["outcome"] for r in storage.audit_rows(engine)] == ["ok"]


# ---------- encryption at rest ----------
def test_the_raw_database_holds_no_name_or_salary(backend):
    name, engine, server, tmp_path = backend
    ring = crypto.parse(K1)
    sc = scope(engine, keyring=ring)
    named = read_roster(roster_bytes(with_bad_rows=True), "gaji Lukas.csv")  # a file name can name a person
    token = saved_roster.save(sc, named, "abc").token
    storage.rename(sc, token, "roster", "tim Lukas")
    back = saved_roster.open_saved(sc, token)
    assert back.result.roster["employee"].tolist()[:2] == ["A01 Ani", "A02 Budi"]
    assert back.result.file_name == "gaji Lukas.csv"
    assert storage.load(sc, token, "roster").name == "tim Lukas"
    assert [v.name for v in storage.history(sc, token, "roster")] == ["gaji Lukas.csv"]
    data = raw_bytes(name, engine, server, tmp_path)
    assert leaks(data) == []
    assert b"ARROW1" not in data and b"rows_read" not in data  # neither payload nor meta is readable
    assert b"k1" in data  # the key id is stored beside each value


def test_without_a_key_ring_the_values_are_readable_which_is_why_the_test_above_means_something(backend):
    name, engine, server, tmp_path = backend
    saved_roster.save(storage.Scope(engine=engine), roster(), "abc")
    data = raw_bytes(name, engine, server, tmp_path)
    assert b"ARROW1" in data and b"rows_read" in data


def test_a_value_moved_to_another_row_does_not_decrypt(backend):
    _, engine, *_ = backend
    sc = scope(engine, keyring=crypto.parse(K1))
    first = saved_roster.save(sc, roster(), "a").token
    second = saved_roster.save(sc, roster(), "b").token
    with engine.begin() as conn:
        rows = conn.execute(sa.select(storage.versions_table).order_by(storage.versions_table.c.item_id)).all()
        conn.execute(
            storage.versions_table.update()
            .where(storage.versions_table.c.item_id == rows[1].item_id)
            .values(payload=rows[0].payload)
        )
    assert saved_roster.open_saved(sc, first).result.accepted == 12
    with pytest.raises(storage.KeyProblem, match="altered or moved"):
        saved_roster.open_saved(sc, second)


@pytest.mark.parametrize(
    ("ring", "message"),
    [
        ("k1:" + base64.b64encode(b"x" * 32).decode(), "does not decrypt with key 'k1'"),  # same id, other key
        (K2, "encrypted with key 'k1', which is not in the key ring"),
        (None, "no key ring is configured"),
    ],
)
def test_a_wrong_key_fails_with_a_clear_message(backend, ring, message):
    _, engine, *_ = backend
    token = saved_roster.save(scope(engine, keyring=crypto.parse(K1)), roster(), "abc").token
    with pytest.raises(storage.KeyProblem, match=message):
        saved_roster.open_saved(scope(engine, keyring=crypto.parse(ring) if ring else None), token)


def test_rotation_round_trips(backend):
    _, engine, *_ = backend
    old = scope(engine, keyring=crypto.parse(K1))
    tokens = [saved_roster.save(old, roster(), str(i)).token for i in range(3)]
    plain = saved_roster.save(storage.Scope(engine=engine, workspace="acme"), roster(), "p").token  # before keys
    new = scope(engine, keyring=crypto.parse(f"{K2},{K1}"))
    assert storage.rotate(new) == 4
    assert storage.rotate(new) == 0  # idempotent
    with engine.connect() as conn:
        assert set(conn.execute(sa.select(storage.versions_table.c.key_id)).scalars()) == {"k2"}
    only_new = scope(engine, keyring=crypto.parse(K2))
    for token in [*tokens, plain]:
        assert saved_roster.open_saved(only_new, token).result.roster["pay"].tolist()[:2] == [5500000.0, 6000000.0]
        assert storage.load(only_new, token, "roster").name == "tim.csv"
        assert [v.name for v in storage.history(only_new, token, "roster")] == ["tim.csv"]
    with pytest.raises(storage.KeyProblem):
        saved_roster.open_saved(old, tokens[0])


def test_the_rotate_command(backend, monkeypatch, capsys):
    name, engine, *_ = backend
    saved_roster.save(storage.Scope(engine=engine, keyring=crypto.parse(K1)), roster(), "abc")
    monkeypatch.setenv(storage.ENV_URL, str(engine.url.render_as_string(hide_password=False)))
    monkeypatch.setenv(crypto.ENV_KEYS, f"{K2}\n{K1}")
    assert rotate_keys.main([]) == 0
    assert "1 stored values re-encrypted under key 'k2'" in capsys.readouterr().out
    monkeypatch.setenv(crypto.ENV_KEYS, "k3:" + base64.b64encode(b"y" * 32).decode())
    saved_roster.save(storage.Scope(engine=engine, keyring=crypto.parse(K2)), roster(), "x")
    assert rotate_keys.main([]) == 2
    assert "not in the key ring" in capsys.readouterr().err
    monkeypatch.setenv(crypto.ENV_KEYS, "k1:short")
    assert rotate_keys.main([]) == 2
    assert "not base64" in capsys.readouterr().err or "needs 32" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("k1", "not 'id:base64key'"),
        ("k1:!!!", "not base64"),
        ("k1:" + base64.b64encode(b"x" * 16).decode(), "16 bytes, AES-256 needs 32"),
        (f"{K1},{K1}", "used twice"),
        ("bad id:" + base64.b64encode(b"x" * 32).decode(), "not 'id:base64key'"),
    ],
)
def test_a_malformed_key_ring_is_named(text, message):
    with pytest.raises(crypto.CryptoError, match=message):
        crypto.parse(text)


def test_key_ring_from_a_secret_file(tmp_path):
    path = tmp_path / "keys"
    path.write_text(f"# rotated 2026-12\n{K2}\n{K1}\n")
    ring = crypto.from_env({crypto.ENV_KEYS_FILE: str(path)})
    assert ring.active_id == "k2" and [k for k, _ in ring.keys] == ["k2", "k1"]
    assert crypto.from_env({}) is None
    with pytest.raises(crypto.CryptoError, match="cannot read"):
        crypto.from_env({crypto.ENV_KEYS_FILE: str(tmp_path / "missing")})


# ---------- retention ----------
def test_expired_rosters_are_purged_and_the_purge_is_logged(backend):
    _, engine, *_ = backend
    clock = {"now": T0}
    sc = scope(engine, retention_days=90, clock=lambda: clock["now"])
    saved = saved_roster.save(sc, roster(), "abc")
    assert saved.expires_at == "2026-04-01T09:00:00Z"
    assert saved_roster.open_saved(sc, saved.token).expires_at == "2026-04-01T09:00:00Z"
    band = storage.create(sc, "band_set", "bands", {"a": 1})  # band sets hold no one's pay: they do not expire
    assert band.expires_at is None
    assert storage.purge_expired(sc, T0 + timedelta(days=89)) == 0
    clock["now"] = T0 + timedelta(days=90, seconds=1)
    with pytest.raises(storage.NotFound):  # gone for readers before the purge has run
        saved_roster.open_saved(sc, saved.token)
    assert storage.purge_expired(sc) == 1
    assert storage.load(sc, band.token, "band_set").name == "bands"
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(storage.versions_table)).scalar() == 1
        assert conn.execute(sa.select(sa.func.count()).select_from(storage.person_index)).scalar() == 0
    purges = [r for r in storage.audit_rows(engine) if r["action"] == "retention.purge"]
    assert [(r["actor"], r["kind"], r["outcome"], r["at"]) for r in purges] == [
        ("system", "roster", "ok", "2026-04-01T09:00:01Z")
    ]


def test_a_new_version_restarts_the_retention_period(backend):
    _, engine, *_ = backend
    clock = {"now": T0}
    sc = scope(engine, retention_days=10, clock=lambda: clock["now"])
    saved = storage.create(sc, "roster", "r", {"a": 1})
    clock["now"] = T0 + timedelta(days=5)
    again = storage.save_version(sc, saved.token, "roster", 1, {"a": 2})
    assert again.expires_at == "2026-01-16T09:00:00Z"
    assert storage.purge_expired(sc, T0 + timedelta(days=11)) == 0


@pytest.mark.parametrize(
    ("env", "days"),
    [({}, 90), ({"SALARY_EXPLORER_RETENTION_DAYS": "30"}, 30), ({"SALARY_EXPLORER_RETENTION_DAYS": "-1"}, 90)],
)
def test_retention_setting(env, days):
    assert storage.settings(env, {}).retention_days == days
    assert storage.settings({}, {"storage": {"retention_days": 7}}).retention_days == 7


# ---------- requests about one person ----------
def test_one_employee_exported_and_deleted_everywhere(backend):
    _, engine, *_ = backend
    sc = scope(engine, actor="admin-1", role="hr_admin", keyring=crypto.parse(K1))
    tokens = [saved_roster.save(sc, roster(), str(i)).token for i in range(2)]
    other_ws = saved_roster.save(scope(engine, workspace="other", keyring=crypto.parse(K1)), roster(), "o").token
    saved_roster.open_saved(sc, tokens[0])
    rows, trail = saved_roster.export_person(sc, " a02 budi ")  # trimmed and case-folded
    assert rows["employee"].tolist() == ["A02 Budi", "A02 Budi"] and rows["pay"].tolist() == [6000000.0] * 2
    assert {r["action"] for r in trail} >= {"item.create", "item.open"}
    assert saved_roster.erase_person(sc, "A02 Budi") == (2, 2)
    for token in tokens:
        left = saved_roster.open_saved(sc, token).result.roster["employee"].tolist()
        assert "A02 Budi" not in left and len(left) == 11
    other = saved_roster.open_saved(scope(engine, workspace="other", keyring=crypto.parse(K1)), other_ws)
    assert "A02 Budi" in other.result.roster["employee"].tolist()  # another workspace's request, not ours
    assert saved_roster.erase_person(sc, "A02 Budi") == (0, 0)
    logged = [r for r in storage.audit_rows(engine) if r["action"] in ("person.export", "person.erase")]
    assert len(logged) == 3 and all(r["person"] == crypto.parse(K1).person_hash("A02 Budi") for r in logged)
    assert not leaks(repr(storage.audit_rows(engine)).encode())


def test_a_version_1_database_is_upgraded_in_place(tmp_path):
    """A store saved before issue 34 (schema 1) gains the new columns, the trail and its triggers; its items
    still open by their links (solo mode) and stay in the clear until a rotation encrypts them."""
    engine = storage.make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        storage.schema_version.create(conn)
        conn.execute(storage.schema_version.insert().values(id=1, version=1))
        storage.MIGRATIONS[0](conn)
        now = "2025-01-01T00:00:00Z"
        token = storage.new_token()
        conn.execute(
            sa.text(
                "INSERT INTO saved_items (token_hash, kind, name, current_version, created_at, updated_at) "
                "VALUES (:h, 'roster', 'old', 1, :n, :n)"
            ),
            {"h": storage.token_hash(token), "n": now},
        )
        conn.execute(
            sa.text(
                "INSERT INTO saved_item_versions (item_id, version, name, created_at, meta, payload, size_bytes) "
                "VALUES (1, 1, 'old', :n, '{\"a\": 1}', :p, 3)"
            ),
            {"n": now, "p": b"abc"},
        )
    assert storage.migrate(engine) == storage.SCHEMA_VERSION == 2
    assert storage.migrate(engine) == 2  # again: nothing to do
    item = storage.load(engine, token, "roster")
    assert (item.meta, item.payload, item.expires_at) == ({"a": 1}, b"abc", None)
    storage.audit(engine, "item.open", "ok")
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log"))
    ring = crypto.parse(K1)
    assert storage.rotate(storage.Scope(engine=engine, keyring=ring)) == 1
    assert storage.load(storage.Scope(engine=engine, keyring=ring), token, "roster").payload == b"abc"


def test_a_plain_name_that_looks_sealed_stays_a_name(backend):
    _, engine, *_ = backend
    saved = storage.create(engine, "roster", "aesgcm:k1:AAAA", {"a": 1})
    assert storage.load(engine, saved.token, "roster").name == "_aesgcm:k1:AAAA"
