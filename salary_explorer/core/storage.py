"""Saved work that lasts: band sets and imported datasets in a real database.

Pure: every function takes an SQLAlchemy ``Engine``; nothing here knows about
Streamlit. SQLite (one file, WAL mode) is the default; PostgreSQL (psycopg 3)
when a URL is configured, so several app processes share one store.

Items are opened only by a private link token (``secrets.token_urlsafe(32)``,
256 bits). The database keeps only the token's SHA-256, so a leaked backup
holds no working links; there is no function that lists items, and every
change (rename, delete, a new version) needs the token. Every save is a new
version; a save based on an old version is refused (``Conflict``) so two
people editing one set never overwrite each other silently.

The schema is versioned in the ``schema_version`` table: ``migrate`` applies
the forward-only steps in ``MIGRATIONS`` that a database has not seen yet, in
one transaction, under an advisory lock on PostgreSQL so replicas starting at
the same moment do not race. That is all two tables need; Alembic would add a
tool and a folder of scripts for the same effect.

Only bound parameters reach the database (SQLAlchemy Core expressions).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .crypto import CryptoError, KeyRing

KINDS = ("band_set", "dataset", "roster", "wage_structure")  # roster: from the team pay check; wage_structure: issue 35
TOKEN_BYTES = 32  # 256 bits from ``secrets``; the issue asks for at least 128
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # what token_urlsafe(32) produces
NAME_MAX = 100
NAME_WIDTH = 1000  # an encrypted name: 100 characters of UTF-8 (<= 400 bytes) sealed and in base64, with room
DEFAULT_MAX_SAVED_MB = 50.0
ENV_URL = "SALARY_EXPLORER_DB_URL"
ENV_MAX_MB = "SALARY_EXPLORER_MAX_SAVED_MB"
ENV_RETENTION_DAYS = "SALARY_EXPLORER_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 90.0  # a saved roster (names and pay) is purged this long after its last save
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / ".data"
DEFAULT_FILE = "salary_explorer.db"


# ---------- errors: each one maps to one translated message ----------
class StorageError(Exception):
    code = "storage.failed"


class NotFound(StorageError):
    """No item with this token and kind: a wrong, altered or deleted link (we never say which)."""

    code = "storage.not_found"


class Conflict(StorageError):
    """The item changed since the version the save was based on."""

    code = "storage.conflict"

    def __init__(self, base_version: int, current_version: int):
        super().__init__(f"based on version {base_version}, the item is now at version {current_version}")
        self.base_version, self.current_version = base_version, current_version


class KeyProblem(StorageError):
    """A stored value cannot be decrypted (key missing from the ring, or a different key under its id)."""

    code = "storage.key_problem"


class TooLarge(StorageError):
    """The item is bigger than the configured quota per saved item."""

    code = "storage.too_large"

    def __init__(self, size: int, limit: int):
        super().__init__(f"{size} bytes, limit {limit}")
        self.size, self.limit = size, limit


# ---------- configuration ----------
@dataclass(frozen=True)
class Settings:
    url: str
    max_item_bytes: int
    retention_days: float = DEFAULT_RETENTION_DAYS

    @property
    def backend(self) -> str:
        return sa.engine.make_url(self.url).get_backend_name()


def default_url(data_dir: Path | None = None) -> str:
    return f"sqlite:///{(data_dir or DEFAULT_DATA_DIR) / DEFAULT_FILE}"


def settings(env: Mapping[str, str] | None = None, secrets_toml: Mapping | None = None) -> Settings:
    """Where the store lives and how big one item may be.

    Order: the environment (``SALARY_EXPLORER_DB_URL``, ``SALARY_EXPLORER_MAX_SAVED_MB``),
    then ``[storage]`` in ``.streamlit/secrets.toml`` (``db_url``, ``max_saved_mb``, ``retention_days``),
    then the defaults (``./.data/salary_explorer.db`` beside the app, 50 MB, rosters kept 90 days).
    """
    env = os.environ if env is None else env
    section = dict((secrets_toml or {}).get("storage", {}) or {})
    url = env.get(ENV_URL) or section.get("db_url") or default_url()
    raw_mb = env.get(ENV_MAX_MB) or section.get("max_saved_mb") or DEFAULT_MAX_SAVED_MB
    try:
        mb = float(raw_mb)
    except (TypeError, ValueError):
        mb = DEFAULT_MAX_SAVED_MB
    if not mb > 0:
        mb = DEFAULT_MAX_SAVED_MB
    raw_days = env.get(ENV_RETENTION_DAYS) or section.get("retention_days") or DEFAULT_RETENTION_DAYS
    try:
        days = float(raw_days)
    except (TypeError, ValueError):
        days = DEFAULT_RETENTION_DAYS
    if not 0 < days < 36500:
        days = DEFAULT_RETENTION_DAYS
    return Settings(url=normalise_url(str(url)), max_item_bytes=int(mb * 1024 * 1024), retention_days=days)


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the one writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a power cut loses at most the last commit
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a SQLite file's folder is created, and the file runs in WAL mode."""
    url = normalise_url(url)
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


# ---------- schema ----------
metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)

items = sa.Table(
    "saved_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("name", sa.String(NAME_WIDTH), nullable=False),
    sa.Column("current_version", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

versions_table = sa.Table(
    "saved_item_versions",
    metadata,
    sa.Column("item_id", sa.Integer, sa.ForeignKey("saved_items.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(NAME_WIDTH), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("meta", sa.Text, nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("size_bytes", sa.Integer, nullable=False),
)


audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(32), nullable=False),  # UTC, ISO 8601
    sa.Column("actor", sa.String(200), nullable=False),  # the provider's subject id ("local" signed out / solo)
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("item", sa.String(20)),  # the saved item's row id: never its name or token
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("replica", sa.String(100), nullable=False),
    sa.Column("person", sa.String(64)),  # a keyed hash of an employee id (erasure, access requests)
    sa.Column("detail", sa.String(200)),  # counts only (e.g. "3 items"), never a value from a roster
)

person_index = sa.Table(
    "person_index",
    metadata,
    sa.Column("item_id", sa.Integer, sa.ForeignKey("saved_items.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("person", sa.String(64), primary_key=True),  # HMAC-SHA256 of the employee id (crypto.person_hash)
)

V2_ITEM_COLUMNS = {"owner": "VARCHAR(200)", "workspace": "VARCHAR(100)", "expires_at": "VARCHAR(32)"}
items.append_column(sa.Column("owner", sa.String(200)))  # the subject who saved it (team mode)
items.append_column(sa.Column("workspace", sa.String(100)))  # NULL: saved without sign-in (solo mode)
items.append_column(sa.Column("expires_at", sa.String(32)))  # UTC; purged after it (NULL: kept)
versions_table.append_column(sa.Column("key_id", sa.String(32)))  # NULL: stored in the clear

APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
APPEND_ONLY_POSTGRES = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def _v1(conn: Connection) -> None:
    # the version-1 shape: the columns added later are added by their own step
    v1 = sa.MetaData()
    for table in (items, versions_table):
        later = {"owner", "workspace", "expires_at", "key_id"}
        sa.Table(table.name, v1, *(c._copy() for c in table.columns if c.name not in later))
    v1.create_all(conn, checkfirst=True)


def _v2(conn: Connection) -> None:
    """Issue 34: owner, workspace and expiry of items; key id of values; the audit trail; the person index."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("saved_items")}
    for name, sql_type in V2_ITEM_COLUMNS.items():
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE saved_items ADD COLUMN {name} {sql_type}"))
    if "key_id" not in {c["name"] for c in sa.inspect(conn).get_columns("saved_item_versions")}:
        conn.execute(sa.text("ALTER TABLE saved_item_versions ADD COLUMN key_id VARCHAR(32)"))
    if conn.dialect.name == "postgresql":  # schema 1 made the names VARCHAR(400): too narrow once sealed
        for table in ("saved_items", "saved_item_versions"):
            conn.execute(sa.text(f"ALTER TABLE {table} ALTER COLUMN name TYPE VARCHAR({NAME_WIDTH})"))
    audit_log.create(conn, checkfirst=True)
    person_index.create(conn, checkfirst=True)
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS saved_items_expiry ON saved_items (expires_at)"))
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS person_index_person ON person_index (person)"))
    for statement in APPEND_ONLY_POSTGRES if conn.dialect.name == "postgresql" else APPEND_ONLY_SQLITE:
        conn.execute(sa.text(statement))


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2)  # step i brings the schema to version i + 1
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(engine: Engine) -> int:
    """Create or upgrade the schema to ``SCHEMA_VERSION``; safe to call on every start, from every replica."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(0x5A1A4E)))  # one migrator at a time
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(sa.select(schema_version.c.version).where(schema_version.c.id == 1)).scalar()
        if current is None:
            conn.execute(schema_version.insert().values(id=1, version=0))
            current = 0
        if current > SCHEMA_VERSION:
            raise StorageError(f"the database schema is version {current}, newer than this app ({SCHEMA_VERSION})")
        for step in MIGRATIONS[current:]:
            step(conn)
        conn.execute(schema_version.update().where(schema_version.c.id == 1).values(version=SCHEMA_VERSION))
    return SCHEMA_VERSION


# ---------- who is asking ----------
ENCRYPTED_KINDS = ("roster", "dataset")  # employee rows and imported data; band sets hold no one's pay
ENV_REPLICA = "SALARY_EXPLORER_REPLICA"


def replica_name() -> str:
    """This process in the audit trail: ``SALARY_EXPLORER_REPLICA``, else host name and process id."""
    return os.environ.get(ENV_REPLICA) or f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class Scope:
    """The store as one person sees it: the engine, who is asking, and the keys.

    Every function below takes either a bare ``Engine`` (solo mode as before: any item saved without
    sign-in opens by its token, nothing is audited, nothing encrypted) or a ``Scope``. With
    ``team=True`` an item opens only in its own workspace and only when its kind is in ``kinds``;
    every call, refused ones included, is written to the audit trail. With a ``keyring`` the meta and
    payload of rosters and datasets are stored encrypted.
    """

    engine: Engine
    team: bool = False
    actor: str = "local"
    role: str = ""
    workspace: str | None = None
    kinds: frozenset[str] | None = None  # None: every kind
    delete_any: bool = False  # may delete items others saved (the HR admin)
    keyring: KeyRing | None = None
    retention_days: float | None = None  # rosters expire this many days after their last save
    replica: str = field(default_factory=replica_name)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC), compare=False)

    @property
    def audited(self) -> bool:
        return self.team


def scope_of(store: Engine | Scope) -> Scope:
    return store if isinstance(store, Scope) else Scope(engine=store)


def audit(store: Engine | Scope, action: str, outcome: str = "ok", **fields) -> None:
    """Append one row to the audit trail (its own transaction, so refusals are kept too)."""
    sc = scope_of(store)
    row = {
        "at": _stamp(sc.clock()),
        "actor": sc.actor[:200],
        "role": (sc.role or "-")[:20],
        "action": action[:40],
        "outcome": outcome[:20],
        "replica": sc.replica[:100],
    }
    row.update({k: (None if v is None else str(v)) for k, v in fields.items()})
    with sc.engine.begin() as conn:
        conn.execute(audit_log.insert().values(**row))


# ---------- items ----------
@dataclass(frozen=True)
class VersionInfo:
    version: int
    name: str
    created_at: str
    size_bytes: int


@dataclass(frozen=True)
class Item:
    token: str
    kind: str
    name: str
    version: int  # the version loaded
    current_version: int  # the newest version; a save must be based on it
    created_at: str  # when this version was saved (UTC, ISO 8601)
    meta: dict = field(default_factory=dict)
    payload: bytes = b""
    expires_at: str | None = None  # when the item will be purged (UTC), if it expires


@dataclass(frozen=True)
class Saved:
    token: str
    version: int
    expires_at: str | None = None


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def valid_token(token: object) -> bool:
    return isinstance(token, str) and bool(TOKEN_PATTERN.match(token))


def clean_name(name: object, default: str = "-") -> str:
    """One line of printable text, at most ``NAME_MAX`` characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(name or "")).strip()
    text = re.sub(r"\s+", " ", text)[:NAME_MAX]
    return text or default


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return _stamp(datetime.now(UTC))


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")


def _encode(meta: dict, payload: bytes, max_bytes: int | None) -> tuple[str, int]:
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True, allow_nan=False)
    size = len(text.encode("utf-8")) + len(payload)
    if max_bytes is not None and size > max_bytes:
        raise TooLarge(size, max_bytes)
    return text, size


def _aad(item_id: int, version: int, column: str) -> str:
    return f"saved_item_versions:{item_id}:{version}:{column}"


def _seal(sc: Scope, kind: str, item_id: int, version: int, text: str, payload: bytes) -> dict:
    """The stored columns of one version: in the clear, or encrypted and bound to their row and column."""
    if sc.keyring is None or kind not in ENCRYPTED_KINDS:
        return {"meta": text, "payload": payload, "key_id": None}
    key_id, meta_blob = sc.keyring.encrypt(text.encode("utf-8"), _aad(item_id, version, "meta"))
    _, payload_blob = sc.keyring.encrypt(payload, _aad(item_id, version, "payload"))
    return {"meta": "aesgcm:" + base64.b64encode(meta_blob).decode("ascii"), "payload": payload_blob, "key_id": key_id}


def _open_sealed(sc: Scope, item_id: int, version: int, key_id: str | None, meta: str, payload) -> tuple[dict, bytes]:
    payload = bytes(payload)
    if key_id is None:
        return json.loads(meta), payload
    if sc.keyring is None:
        raise KeyProblem(f"item {item_id} is encrypted (key {key_id!r}) and no key ring is configured")
    try:
        text = sc.keyring.decrypt(
            key_id, base64.b64decode(meta.removeprefix("aesgcm:")), _aad(item_id, version, "meta")
        )
        plain = sc.keyring.decrypt(key_id, payload, _aad(item_id, version, "payload"))
    except CryptoError as err:
        raise KeyProblem(str(err)) from None
    return json.loads(text.decode("utf-8")), plain


NAME_PREFIX = "aesgcm:"  # an encrypted name: "aesgcm:<key id>:<base64 nonce + ciphertext>"


def _item_aad(item_id: int) -> str:
    return f"saved_items:{item_id}:name"


def _seal_name(sc: Scope, kind: str, aad: str, name: str) -> str:
    """A roster's or dataset's name (often a file name, which can name a person) encrypted like its content."""
    if sc.keyring is None or kind not in ENCRYPTED_KINDS:
        return "_" + name if name.startswith(NAME_PREFIX) else name  # never mistaken for a sealed one
    key_id, blob = sc.keyring.encrypt(name.encode("utf-8"), aad)
    return f"{NAME_PREFIX}{key_id}:{base64.b64encode(blob).decode('ascii')}"


def _open_name(sc: Scope, kind: str, aad: str, stored: str) -> str:
    if kind not in ENCRYPTED_KINDS or not stored.startswith(NAME_PREFIX):
        return stored
    key_id, _, b64 = stored[len(NAME_PREFIX) :].partition(":")
    if sc.keyring is None:
        raise KeyProblem(f"a name is encrypted (key {key_id!r}) and no key ring is configured")
    try:
        return sc.keyring.decrypt(key_id, base64.b64decode(b64), aad).decode("utf-8")
    except CryptoError as err:
        raise KeyProblem(str(err)) from None


def _expiry(sc: Scope, kind: str) -> str | None:
    if kind != "roster" or not sc.retention_days:
        return None
    return _stamp(sc.clock() + timedelta(days=sc.retention_days))


def _row(conn: Connection, token: str, kind: str, sc: Scope | None = None):
    sc = sc or Scope(engine=conn.engine)
    if not valid_token(token) or (sc.kinds is not None and kind not in sc.kinds):
        raise NotFound()
    in_workspace = items.c.workspace.is_(None) if sc.workspace is None else items.c.workspace == sc.workspace
    row = conn.execute(
        sa.select(items).where(items.c.token_hash == token_hash(token), items.c.kind == kind, in_workspace)
    ).one_or_none()
    if row is None or (row.expires_at is not None and row.expires_at <= _stamp(sc.clock())):
        raise NotFound()  # an expired item is gone even before the purge has run
    return row


class _Audited:
    """Audits one call in team mode: ``ok`` with the item id, or the refusal (``not_found`` etc.)."""

    def __init__(self, sc: Scope, action: str, kind: str, *, always: bool = False):
        self.sc, self.action, self.kind, self.item, self.always = sc, action, kind, None, always

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if not (self.sc.audited or self.always):
            return False
        if exc is None:
            audit(self.sc, self.action, "ok", kind=self.kind, item=self.item)
        elif isinstance(exc, StorageError):
            outcome = {"storage.not_found": "not_found", "storage.conflict": "conflict"}.get(exc.code, "refused")
            audit(self.sc, self.action, outcome, kind=self.kind, item=self.item)
        return False


def create(
    engine: Engine | Scope,
    kind: str,
    name: str,
    meta: dict,
    payload: bytes = b"",
    *,
    max_bytes: int | None = None,
    persons: tuple[str, ...] = (),
) -> Saved:
    """Save a new item (version 1) under a fresh token; ``persons`` are keyed hashes of the employees in it."""
    _check_kind(kind)
    sc = scope_of(engine)
    text, size = _encode(meta, payload, max_bytes)
    token, now, name = new_token(), _stamp(sc.clock()), clean_name(name)
    expires = _expiry(sc, kind)
    with _Audited(sc, "item.create", kind) as log, sc.engine.begin() as conn:
        owner = sc.actor if sc.team else None
        item_id = conn.execute(
            items.insert()
            .values(
                token_hash=token_hash(token),
                kind=kind,
                name="",  # sealed below, bound to the row's id
                current_version=1,
                created_at=now,
                updated_at=now,
                owner=owner,
                workspace=sc.workspace,
                expires_at=expires,
            )
            .returning(items.c.id)
        ).scalar_one()
        log.item = item_id
        conn.execute(
            items.update().where(items.c.id == item_id).values(name=_seal_name(sc, kind, _item_aad(item_id), name))
        )
        conn.execute(
            versions_table.insert().values(
                item_id=item_id,
                version=1,
                name=_seal_name(sc, kind, _aad(item_id, 1, "name"), name),
                created_at=now,
                size_bytes=size,
                **_seal(sc, kind, item_id, 1, text, payload),
            )
        )
        if persons:
            conn.execute(person_index.insert(), [{"item_id": item_id, "person": p} for p in sorted(set(persons))])
    return Saved(token, 1, expires)


def save_version(
    engine: Engine | Scope,
    token: str,
    kind: str,
    base_version: int,
    meta: dict,
    payload: bytes = b"",
    *,
    name: str | None = None,
    max_bytes: int | None = None,
) -> Saved:
    """Save a new version of an item, refused with ``Conflict`` unless ``base_version`` is still the newest."""
    _check_kind(kind)
    sc = scope_of(engine)
    text, size = _encode(meta, payload, max_bytes)
    now = _stamp(sc.clock())
    expires = _expiry(sc, kind)
    with _Audited(sc, "item.save", kind) as log, sc.engine.begin() as conn:
        row = _row(conn, token, kind, sc)
        log.item = row.id
        old_name = _open_name(sc, kind, _item_aad(row.id), row.name)
        new_name = clean_name(name, old_name) if name is not None else old_name
        bumped = conn.execute(
            items.update()
            .where(items.c.id == row.id, items.c.current_version == base_version)
            .values(
                current_version=base_version + 1,
                name=_seal_name(sc, kind, _item_aad(row.id), new_name),
                updated_at=now,
                expires_at=expires,
            )
        ).rowcount
        if bumped != 1:  # someone saved in between: compare-and-set failed, nothing written
            current = conn.execute(sa.select(items.c.current_version).where(items.c.id == row.id)).scalar_one()
            raise Conflict(base_version, current)
        conn.execute(
            versions_table.insert().values(
                item_id=row.id,
                version=base_version + 1,
                name=_seal_name(sc, kind, _aad(row.id, base_version + 1, "name"), new_name),
                created_at=now,
                size_bytes=size,
                **_seal(sc, kind, row.id, base_version + 1, text, payload),
            )
        )
    return Saved(token, base_version + 1, expires)


def save(
    engine: Engine | Scope,
    kind: str,
    name: str,
    meta: dict,
    token: str | None = None,
    base_version: int | None = None,
    *,
    max_bytes: int | None = None,
) -> Saved:
    """Save work opened from ``token`` as its next version (``Conflict`` if someone saved it since
    ``base_version``), or as a new item when it has no token yet: how band sets and wage structures save."""
    if token is None:
        return create(engine, kind, name, meta, max_bytes=max_bytes)
    return save_version(engine, token, kind, base_version or 1, meta, name=name, max_bytes=max_bytes)


def load(engine: Engine | Scope, token: str, kind: str, version: int | None = None) -> Item:
    """The item behind a token (its newest version unless ``version`` is given); ``NotFound`` otherwise."""
    _check_kind(kind)
    sc = scope_of(engine)
    with _Audited(sc, "item.open", kind) as log:
        with sc.engine.connect() as conn:
            row = _row(conn, token, kind, sc)
            log.item = row.id
            wanted = row.current_version if version is None else int(version)
            ver = conn.execute(
                sa.select(versions_table).where(versions_table.c.item_id == row.id, versions_table.c.version == wanted)
            ).one_or_none()
        if ver is None:
            raise NotFound()
        meta, payload = _open_sealed(sc, row.id, ver.version, ver.key_id, ver.meta, ver.payload)
        name = _open_name(sc, kind, _item_aad(row.id), row.name)
    return Item(
        token=token,
        kind=kind,
        name=name,
        version=ver.version,
        current_version=row.current_version,
        created_at=ver.created_at,
        meta=meta,
        payload=payload,
        expires_at=row.expires_at,
    )


def history(engine: Engine | Scope, token: str, kind: str) -> list[VersionInfo]:
    """Every version of one item (needs its token), oldest first."""
    _check_kind(kind)
    sc = scope_of(engine)
    with sc.engine.connect() as conn:
        row = _row(conn, token, kind, sc)
        rows = conn.execute(
            sa.select(
                versions_table.c.version,
                versions_table.c.name,
                versions_table.c.created_at,
                versions_table.c.size_bytes,
            )
            .where(versions_table.c.item_id == row.id)
            .order_by(versions_table.c.version)
        ).all()
    return [
        VersionInfo(
            r.version, _open_name(sc, kind, _aad(row.id, r.version, "name"), r.name), r.created_at, r.size_bytes
        )
        for r in rows
    ]


def rename(engine: Engine | Scope, token: str, kind: str, name: str) -> str:
    """Give an item a new name (not a new version: the content is unchanged). Returns the cleaned name."""
    _check_kind(kind)
    sc = scope_of(engine)
    with _Audited(sc, "item.rename", kind) as log, sc.engine.begin() as conn:
        row = _row(conn, token, kind, sc)
        log.item = row.id
        new_name = clean_name(name, _open_name(sc, kind, _item_aad(row.id), row.name))
        sealed = _seal_name(sc, kind, _item_aad(row.id), new_name)
        conn.execute(items.update().where(items.c.id == row.id).values(name=sealed, updated_at=_stamp(sc.clock())))
    return new_name


def duplicate(engine: Engine | Scope, token: str, kind: str, name: str, *, max_bytes: int | None = None) -> Saved:
    """A new item (own token, version 1) holding a copy of the newest version of this one."""
    item = load(engine, token, kind)
    return create(engine, kind, name, item.meta, item.payload, max_bytes=max_bytes)


def _remove(conn: Connection, item_ids: list[int]) -> None:
    if item_ids:
        conn.execute(person_index.delete().where(person_index.c.item_id.in_(item_ids)))
        conn.execute(versions_table.delete().where(versions_table.c.item_id.in_(item_ids)))
        conn.execute(items.delete().where(items.c.id.in_(item_ids)))


def delete(engine: Engine | Scope, token: str, kind: str) -> None:
    """Remove an item and all its versions; needs the token like everything else. In team mode only its
    owner or someone with ``delete_any`` may (anyone else reads "not found")."""
    _check_kind(kind)
    sc = scope_of(engine)
    with _Audited(sc, "item.delete", kind, always=True) as log, sc.engine.begin() as conn:  # every deletion
        row = _row(conn, token, kind, sc)
        if sc.team and not sc.delete_any and row.owner != sc.actor:
            raise NotFound()
        log.item = row.id
        _remove(conn, [row.id])


# ---------- the audit trail ----------
AUDIT_COLUMNS = ("at", "actor", "role", "action", "kind", "item", "outcome", "replica", "person", "detail")


def audit_rows(store: Engine | Scope, *, since: datetime | None = None, limit: int = 5000) -> list[dict]:
    """The newest audit rows (at most ``limit``), newest first, from ``since`` on (UTC)."""
    sc = scope_of(store)
    query = sa.select(*(audit_log.c[name] for name in AUDIT_COLUMNS)).order_by(audit_log.c.id.desc()).limit(limit)
    if since is not None:
        query = query.where(audit_log.c.at >= _stamp(since))
    with sc.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


# ---------- keys, retention and erasure ----------
def _reseal_versions(conn: Connection, sc: Scope, where, fn=None) -> int:
    """Decrypt the versions ``where`` selects, apply ``fn(meta, payload) -> (meta, payload)`` (or nothing),
    and store them again under the active key, bound to the same row and column. Returns how many."""
    rows = conn.execute(
        sa.select(versions_table, items.c.kind).join(items, items.c.id == versions_table.c.item_id).where(where)
    ).all()
    for row in rows:
        meta, payload = _open_sealed(sc, row.item_id, row.version, row.key_id, row.meta, row.payload)
        if fn is not None:
            meta, payload = fn(meta, payload)
        text, size = _encode(meta, payload, None)
        name_aad = _aad(row.item_id, row.version, "name")
        name = _seal_name(sc, row.kind, name_aad, _open_name(sc, row.kind, name_aad, row.name))
        conn.execute(
            versions_table.update()
            .where(versions_table.c.item_id == row.item_id, versions_table.c.version == row.version)
            .values(size_bytes=size, name=name, **_seal(sc, row.kind, row.item_id, row.version, text, payload))
        )
    return len(rows)


def rotate(store: Scope, *, batch: int = 500) -> int:
    """Re-encrypt every stored roster and dataset under the key ring's active key (values still in the
    clear are encrypted too). Idempotent: run it again after a crash and it carries on. Returns how many
    versions were rewritten; each batch commits on its own, so the store stays usable meanwhile."""
    sc = scope_of(store)
    if sc.keyring is None:
        raise KeyProblem("no key ring is configured: set SALARY_EXPLORER_KEYS or SALARY_EXPLORER_KEYS_FILE")
    stale = sa.and_(
        items.c.kind.in_(ENCRYPTED_KINDS),
        sa.or_(versions_table.c.key_id.is_(None), versions_table.c.key_id != sc.keyring.active_id),
    )
    total = 0
    while True:
        with sc.engine.begin() as conn:
            ids = conn.execute(
                sa.select(versions_table.c.item_id, versions_table.c.version)
                .join(items, items.c.id == versions_table.c.item_id)
                .where(stale)
                .limit(batch)
            ).all()
            if not ids:
                break
            pairs = sa.tuple_(versions_table.c.item_id, versions_table.c.version).in_([tuple(i) for i in ids])
            total += _reseal_versions(conn, sc, pairs)
    with sc.engine.begin() as conn:  # the items' own names (the versions' were resealed above)
        active = f"{NAME_PREFIX}{sc.keyring.active_id}:"
        for row in conn.execute(
            sa.select(items.c.id, items.c.kind, items.c.name).where(items.c.kind.in_(ENCRYPTED_KINDS))
        ):
            if not row.name.startswith(active):
                name = _open_name(sc, row.kind, _item_aad(row.id), row.name)
                sealed = _seal_name(sc, row.kind, _item_aad(row.id), name)
                conn.execute(items.update().where(items.c.id == row.id).values(name=sealed))
    audit(sc, "keys.rotate", "ok", detail=f"{total} values to key {sc.keyring.active_id}")
    return total


def purge_expired(store: Engine | Scope, now: datetime | None = None) -> int:
    """Delete every item whose retention period ended (all workspaces), one audit row per item purged.
    Returns how many items went."""
    sc = scope_of(store)
    stamp = _stamp(now or sc.clock())
    with sc.engine.begin() as conn:
        expired = conn.execute(
            sa.select(items.c.id, items.c.kind).where(items.c.expires_at.is_not(None), items.c.expires_at <= stamp)
        ).all()
        _remove(conn, [row.id for row in expired])
    for row in expired:
        audit(replace(sc, actor="system", role="-"), "retention.purge", "ok", kind=row.kind, item=row.id)
    return len(expired)


def items_with_person(store: Scope, person: str) -> list[int]:
    """The items of the scope's workspace holding the person with this keyed hash (from the person index)."""
    sc = scope_of(store)
    in_workspace = items.c.workspace.is_(None) if sc.workspace is None else items.c.workspace == sc.workspace
    with sc.engine.connect() as conn:
        return list(
            conn.execute(
                sa.select(person_index.c.item_id)
                .join(items, items.c.id == person_index.c.item_id)
                .where(person_index.c.person == person, in_workspace)
                .order_by(person_index.c.item_id)
            ).scalars()
        )


def item_versions(store: Scope, item_id: int) -> list[tuple[int, dict, bytes]]:
    """Every version of one item by its row id (for requests about a person; never reachable from a link)."""
    sc = scope_of(store)
    with sc.engine.connect() as conn:
        rows = conn.execute(
            sa.select(versions_table).where(versions_table.c.item_id == item_id).order_by(versions_table.c.version)
        ).all()
    return [(r.version, *_open_sealed(sc, r.item_id, r.version, r.key_id, r.meta, r.payload)) for r in rows]


def rewrite_item(store: Scope, item_id: int, fn, *, person: str | None = None) -> int:
    """Rewrite every version of one item through ``fn(meta, payload) -> (meta, payload)``; with ``person``,
    that person also leaves the item's index. Returns how many versions."""
    sc = scope_of(store)
    with sc.engine.begin() as conn:
        count = _reseal_versions(conn, sc, versions_table.c.item_id == item_id, fn)
        if person is not None:
            conn.execute(
                person_index.delete().where(person_index.c.item_id == item_id, person_index.c.person == person)
            )
    return count


def audit_about(store: Engine | Scope, person: str, item_ids: list[int]) -> list[dict]:
    """The audit rows about one person: those naming their keyed hash, and those about items holding them."""
    sc = scope_of(store)
    query = sa.select(*(audit_log.c[name] for name in AUDIT_COLUMNS)).order_by(audit_log.c.id)
    cond = audit_log.c.person == person
    if item_ids:
        cond = sa.or_(cond, sa.and_(audit_log.c.item.in_([str(i) for i in item_ids]), audit_log.c.kind == "roster"))
    with sc.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query.where(cond))]
