"""A team roster kept in the store (``core.storage``) when the user asks: private link, quota, like other saved work.

Until then it lives in the browser session only. The tidy roster travels as an Arrow IPC file (zstd);
the mapping, the file's name and hash, and the row report go into the item's JSON, so a reopened
roster is checked exactly as it was read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
from sqlalchemy.engine import Engine

from ..core import storage
from .roster import ROSTER_COLUMNS, RosterMapping, RosterResult
from .saved import problems_from_meta, problems_to_meta

KIND = "roster"
FORMAT = 1


def roster_to_bytes(roster: pd.DataFrame) -> bytes:
    frame = roster[list(ROSTER_COLUMNS)].copy()
    frame["hire_date"] = pd.to_datetime(frame["hire_date"], errors="coerce")
    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = io.BytesIO()
    with pa.ipc.new_file(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return sink.getvalue()


def roster_from_bytes(data: bytes) -> pd.DataFrame:
    frame = pa.ipc.open_file(pa.BufferReader(data)).read_all().to_pandas()
    dates = pd.to_datetime(frame["hire_date"])
    frame["hire_date"] = dates.dt.date.astype(object).where(dates.notna(), None)
    for col in ROSTER_COLUMNS:
        if col not in ("row", "pay", "hire_date"):
            frame[col] = frame[col].astype(object)
    return frame[list(ROSTER_COLUMNS)]


def mapping_to_meta(mapping: RosterMapping) -> dict:
    return {
        "columns": [list(p) for p in mapping.columns],
        "currency": mapping.currency,
        "pay_period": mapping.pay_period,
        "region": mapping.region,
        "decimal": mapping.decimal,
        "level_codes": [list(p) for p in mapping.level_codes],
    }


def mapping_from_meta(meta: dict) -> RosterMapping:
    return RosterMapping(
        columns=tuple((str(a), str(b)) for a, b in meta.get("columns", [])),
        currency=str(meta.get("currency", "IDR")),
        pay_period=str(meta.get("pay_period", "month")),
        region=str(meta.get("region", "")),
        decimal=meta.get("decimal"),
        level_codes=tuple((str(a), str(b)) for a, b in meta.get("level_codes", [])),
    )


@dataclass
class SavedRoster:
    result: RosterResult
    file_hash: str
    token: str
    version: int
    saved_at: str
    expires_at: str | None = None  # when the retention period ends and the roster is purged (UTC)


def person_hashes(store, roster: pd.DataFrame) -> tuple[str, ...]:
    """Keyed hashes of the roster's employee ids, for "delete this employee everywhere" (needs a key ring)."""
    ring = storage.scope_of(store).keyring
    if ring is None:
        return ()
    return tuple(sorted({ring.person_hash(e) for e in roster["employee"].dropna().astype(str) if e.strip()}))


def save(engine: Engine, result: RosterResult, file_hash: str, *, max_bytes: int | None = None) -> storage.Saved:
    """Save a read roster under a new private link; ``storage.TooLarge`` above the quota."""
    meta = {
        "format": FORMAT,
        "file_name": result.file_name,
        "file_hash": file_hash,
        "encoding": result.encoding,
        "mapping": mapping_to_meta(result.mapping),
        "report": {
            "rows_read": int(result.rows_read),
            "unknown_levels": [str(v) for v in result.unknown_levels],
            "problems": problems_to_meta(result.problems),
        },
    }
    payload = roster_to_bytes(result.roster)
    persons = person_hashes(engine, result.roster)
    return storage.create(engine, KIND, result.file_name, meta, payload, max_bytes=max_bytes, persons=persons)


def open_saved(engine: Engine, token: str) -> SavedRoster:
    """The roster behind a private link; ``storage.NotFound`` for a wrong, altered or deleted link."""
    item = storage.load(engine, token, KIND)
    meta, report = item.meta, item.meta.get("report", {})
    result = RosterResult(
        roster=roster_from_bytes(item.payload),
        problems=problems_from_meta(report.get("problems", [])),
        rows_read=int(report.get("rows_read", 0)),
        file_name=str(meta.get("file_name", item.name)),
        encoding=str(meta.get("encoding", "")),
        mapping=mapping_from_meta(meta.get("mapping", {})),
        unknown_levels=list(report.get("unknown_levels", [])),
    )
    file_hash = str(meta.get("file_hash", ""))
    return SavedRoster(result, file_hash, item.token, item.version, item.created_at, item.expires_at)


def delete(engine: Engine, token: str) -> None:
    storage.delete(engine, token, KIND)


# ---------- requests about one person (UU 27/2022 Pasal 32 and 43; GDPR Art 15 and 17) ----------
def _is_person(ring, roster: pd.DataFrame, person: str) -> pd.Series:
    return roster["employee"].astype(str).map(lambda e: ring.person_hash(e) == person)


def export_person(store: storage.Scope, person_id: str) -> tuple[pd.DataFrame, list[dict]]:
    """A person's rows in every saved roster of the workspace (every version) and the audit rows about them.

    Found through the person index (a keyed hash of their id), never by reading every roster. The export
    itself is logged, with the hash and not the id."""
    ring = store.keyring
    if ring is None:
        raise storage.KeyProblem("requests about one person need the key ring (the person index is keyed)")
    person = ring.person_hash(person_id)
    item_ids = storage.items_with_person(store, person)
    frames = []
    for item_id in item_ids:
        for version, _meta, payload in storage.item_versions(store, item_id):
            roster = roster_from_bytes(payload)
            mine = roster[_is_person(ring, roster, person)]
            frames.append(mine.assign(item=item_id, version=version))
    rows = (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*ROSTER_COLUMNS, "item", "version"])
    )
    trail = storage.audit_about(store, person, item_ids)
    storage.audit(store, "person.export", "ok", kind=KIND, person=person, detail=f"{len(item_ids)} rosters")
    return rows, trail


def erase_person(store: storage.Scope, person_id: str) -> tuple[int, int]:
    """Delete one employee everywhere: their rows leave every version of every saved roster in the
    workspace, and the person index forgets them. Returns (rosters changed, rows removed); logged."""
    ring = store.keyring
    if ring is None:
        raise storage.KeyProblem("requests about one person need the key ring (the person index is keyed)")
    person = ring.person_hash(person_id)
    removed = 0

    def without(meta: dict, payload: bytes) -> tuple[dict, bytes]:
        nonlocal removed
        roster = roster_from_bytes(payload)
        hit = _is_person(ring, roster, person)
        removed += int(hit.sum())
        report = dict(meta.get("report", {}))  # a problem quoting their id as its value goes too
        report["problems"] = [
            p for p in report.get("problems", []) if ring.person_hash(str(p.get("value", ""))) != person
        ]
        return {**meta, "report": report}, roster_to_bytes(roster[~hit].reset_index(drop=True))

    item_ids = storage.items_with_person(store, person)
    for item_id in item_ids:
        storage.rewrite_item(store, item_id, without, person=person)
    storage.audit(
        store, "person.erase", "ok", kind=KIND, person=person, detail=f"{len(item_ids)} rosters, {removed} rows"
    )
    return len(item_ids), removed
