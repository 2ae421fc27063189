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

import hashlib
import json
import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

KINDS = ("band_set", "dataset", "roster", "wage_structure")  # roster: from the team pay check; wage_structure: issue 35
TOKEN_BYTES = 32  # 256 bits from ``secrets``; the issue asks for at least 128
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # what token_urlsafe(32) produces
NAME_MAX = 100
DEFAULT_MAX_SAVED_MB = 50.0
ENV_URL = "SALARY_EXPLORER_DB_URL"
ENV_MAX_MB = "SALARY_EXPLORER_MAX_SAVED_MB"
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

    @property
    def backend(self) -> str:
        return sa.engine.make_url(self.url).get_backend_name()


def default_url(data_dir: Path | None = None) -> str:
    return f"sqlite:///{(data_dir or DEFAULT_DATA_DIR) / DEFAULT_FILE}"


def settings(env: Mapping[str, str] | None = None, secrets_toml: Mapping | None = None) -> Settings:
    """Where the store lives and how big one item may be.

    Order: the environment (``SALARY_EXPLORER_DB_URL``, ``SALARY_EXPLORER_MAX_SAVED_MB``),
    then ``[storage]`` in ``.streamlit/secrets.toml`` (``db_url``, ``max_saved_mb``),
    then the defaults (``./.data/salary_explorer.db`` beside the app, 50 MB).
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
    return Settings(url=normalise_url(str(url)), max_item_bytes=int(mb * 1024 * 1024))


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
    sa.Column("name", sa.String(NAME_MAX * 4), nullable=False),
    sa.Column("current_version", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

versions_table = sa.Table(
    "saved_item_versions",
    metadata,
    sa.Column("item_id", sa.Integer, sa.ForeignKey("saved_items.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(NAME_MAX * 4), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("meta", sa.Text, nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("size_bytes", sa.Integer, nullable=False),
)


def _v1(conn: Connection) -> None:
    items.create(conn, checkfirst=True)
    versions_table.create(conn, checkfirst=True)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1,)  # step i brings the schema to version i + 1
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


@dataclass(frozen=True)
class Saved:
    token: str
    version: int


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


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")


def _encode(meta: dict, payload: bytes, max_bytes: int | None) -> tuple[str, int]:
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True, allow_nan=False)
    size = len(text.encode("utf-8")) + len(payload)
    if max_bytes is not None and size > max_bytes:
        raise TooLarge(size, max_bytes)
    return text, size


def _row(conn: Connection, token: str, kind: str):
    if not valid_token(token):
        raise NotFound()
    row = conn.execute(
        sa.select(items).where(items.c.token_hash == token_hash(token), items.c.kind == kind)
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


def create(
    engine: Engine, kind: str, name: str, meta: dict, payload: bytes = b"", *, max_bytes: int | None = None
) -> Saved:
    """Save a new item (version 1) under a fresh token."""
    _check_kind(kind)
    text, size = _encode(meta, payload, max_bytes)
    token, now, name = new_token(), _now(), clean_name(name)
    with engine.begin() as conn:
        item_id = conn.execute(
            items.insert()
            .values(
                token_hash=token_hash(token), kind=kind, name=name, current_version=1, created_at=now, updated_at=now
            )
            .returning(items.c.id)
        ).scalar_one()
        conn.execute(
            versions_table.insert().values(
                item_id=item_id, version=1, name=name, created_at=now, meta=text, payload=payload, size_bytes=size
            )
        )
    return Saved(token, 1)


def save_version(
    engine: Engine,
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
    text, size = _encode(meta, payload, max_bytes)
    now = _now()
    with engine.begin() as conn:
        row = _row(conn, token, kind)
        new_name = clean_name(name, row.name) if name is not None else row.name
        bumped = conn.execute(
            items.update()
            .where(items.c.id == row.id, items.c.current_version == base_version)
            .values(current_version=base_version + 1, name=new_name, updated_at=now)
        ).rowcount
        if bumped != 1:  # someone saved in between: compare-and-set failed, nothing written
            current = conn.execute(sa.select(items.c.current_version).where(items.c.id == row.id)).scalar_one()
            raise Conflict(base_version, current)
        conn.execute(
            versions_table.insert().values(
                item_id=row.id,
                version=base_version + 1,
                name=new_name,
                created_at=now,
                meta=text,
                payload=payload,
                size_bytes=size,
            )
        )
    return Saved(token, base_version + 1)


def load(engine: Engine, token: str, kind: str, version: int | None = None) -> Item:
    """The item behind a token (its newest version unless ``version`` is given); ``NotFound`` otherwise."""
    _check_kind(kind)
    with engine.connect() as conn:
        row = _row(conn, token, kind)
        wanted = row.current_version if version is None else int(version)
        ver = conn.execute(
            sa.select(versions_table).where(versions_table.c.item_id == row.id, versions_table.c.version == wanted)
        ).one_or_none()
    if ver is None:
        raise NotFound()
    return Item(
        token=token,
        kind=kind,
        name=row.name,
        version=ver.version,
        current_version=row.current_version,
        created_at=ver.created_at,
        meta=json.loads(ver.meta),
        payload=bytes(ver.payload),
    )


def history(engine: Engine, token: str, kind: str) -> list[VersionInfo]:
    """Every version of one item (needs its token), oldest first."""
    _check_kind(kind)
    with engine.connect() as conn:
        row = _row(conn, token, kind)
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
    return [VersionInfo(r.version, r.name, r.created_at, r.size_bytes) for r in rows]


def rename(engine: Engine, token: str, kind: str, name: str) -> str:
    """Give an item a new name (not a new version: the content is unchanged). Returns the cleaned name."""
    _check_kind(kind)
    with engine.begin() as conn:
        row = _row(conn, token, kind)
        new_name = clean_name(name, row.name)
        conn.execute(items.update().where(items.c.id == row.id).values(name=new_name, updated_at=_now()))
    return new_name


def duplicate(engine: Engine, token: str, kind: str, name: str, *, max_bytes: int | None = None) -> Saved:
    """A new item (own token, version 1) holding a copy of the newest version of this one."""
    item = load(engine, token, kind)
    return create(engine, kind, name, item.meta, item.payload, max_bytes=max_bytes)


def delete(engine: Engine, token: str, kind: str) -> None:
    """Remove an item and all its versions; needs the token like everything else."""
    _check_kind(kind)
    with engine.begin() as conn:
        row = _row(conn, token, kind)
        conn.execute(versions_table.delete().where(versions_table.c.item_id == row.id))
        conn.execute(items.delete().where(items.c.id == row.id))
