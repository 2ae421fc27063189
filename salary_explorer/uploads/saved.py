"""Saved imports: an analyst's accepted rows, mapping, import report and file hash, kept in the store.

The rows travel as one Arrow IPC file compressed with zstd (the schema's
dtypes survive: float money, nullable integer years, text), which is compact
and fast: 100k rows save in well under a second and reopen faster
(``bench/storage_bench.py``). The mapping, the report (counts and the first
``PROBLEMS_KEPT`` rejected rows) and the file's SHA-256 go into the item's
JSON. Everything is stored via ``core.storage``: private link, versions,
quota per saved dataset.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
from sqlalchemy.engine import Engine

from ..core import storage
from ..core.schema import SALARY_COLUMNS, Problem
from .importer import ImportResult, Mapping

KIND = "dataset"
FORMAT = 1
PROBLEMS_KEPT = 1000  # the import page shows at most this many rejected rows too


def rows_to_bytes(rows: pd.DataFrame) -> bytes:
    table = pa.Table.from_pandas(rows[list(SALARY_COLUMNS)], preserve_index=False)
    sink = io.BytesIO()
    with pa.ipc.new_file(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return sink.getvalue()


def rows_from_bytes(data: bytes) -> pd.DataFrame:
    table = pa.ipc.open_file(pa.BufferReader(data)).read_all()
    frame = table.to_pandas()
    # text columns come back as pandas' string dtype; give back object where the saved frame had it
    dtypes = {c["name"]: c["numpy_type"] for c in (table.schema.pandas_metadata or {}).get("columns", [])}
    for col in frame.columns:
        if dtypes.get(col) == "object" and frame[col].dtype != object:
            frame[col] = frame[col].astype(object)
    if "regency_code" not in frame.columns:  # saved before rows carried their regency/city (issue 31)
        frame["regency_code"] = ""
    return frame[list(SALARY_COLUMNS)]


def mapping_to_meta(mapping: Mapping) -> dict:
    return {
        "columns": [list(p) for p in mapping.columns],
        "fixed": [list(p) for p in mapping.fixed],
        "level_codes": [list(p) for p in mapping.level_codes],
        "decimal": mapping.decimal,
    }


def mapping_from_meta(meta: dict) -> Mapping:
    return Mapping(
        columns=tuple((str(a), str(b)) for a, b in meta.get("columns", [])),
        fixed=tuple((str(a), str(b)) for a, b in meta.get("fixed", [])),
        level_codes=tuple((str(a), str(b)) for a, b in meta.get("level_codes", [])),
        decimal=meta.get("decimal"),
    )


def _plain(value: object) -> object:
    return value if isinstance(value, (int, float, str, bool)) or value is None else str(value)


def problems_to_meta(problems: list[Problem]) -> list[dict]:
    return [
        {
            "file": p.file,
            "row": p.row,
            "column": p.column,
            "value": p.value[:200],
            "code": p.code,
            "params": {k: _plain(v) for k, v in p.params.items()},
        }
        for p in problems[:PROBLEMS_KEPT]
    ]


def problems_from_meta(items: list[dict]) -> list[Problem]:
    return [
        Problem(p["file"], p["row"], p["column"], p["value"], p["code"], dict(p.get("params") or {})) for p in items
    ]


@dataclass
class SavedImport:
    name: str  # the file label the rows were imported under
    result: ImportResult
    mapping: Mapping
    file_hash: str
    rejected_total: int = 0  # all rejected rows, even beyond PROBLEMS_KEPT
    token: str | None = field(default=None)
    version: int | None = field(default=None)
    saved_at: str = ""


def to_meta(name: str, result: ImportResult, mapping: Mapping, file_hash: str) -> dict:
    return {
        "format": FORMAT,
        "file_name": name,
        "file_hash": file_hash,
        "mapping": mapping_to_meta(mapping),
        "report": {
            "rows_read": int(result.rows_read),
            "accepted": int(result.accepted),
            "rejected": int(result.rejected),
            "unknown_levels": [str(v) for v in result.unknown_levels],
            "derivation": result.derivation,
            "problems": problems_to_meta(result.problems),
        },
    }


def from_item(item: storage.Item) -> SavedImport:
    meta, report = item.meta, item.meta.get("report", {})
    result = ImportResult(
        rows=rows_from_bytes(item.payload),
        problems=problems_from_meta(report.get("problems", [])),
        rows_read=int(report.get("rows_read", 0)),
        unknown_levels=list(report.get("unknown_levels", [])),
        derivation=str(report.get("derivation", "")),
    )
    return SavedImport(
        name=item.name,
        result=result,
        mapping=mapping_from_meta(meta.get("mapping", {})),
        file_hash=str(meta.get("file_hash", "")),
        rejected_total=int(report.get("rejected", 0)),
        token=item.token,
        version=item.version,
        saved_at=item.created_at,
    )


def save(
    engine: Engine,
    name: str,
    result: ImportResult,
    mapping: Mapping,
    file_hash: str,
    *,
    max_bytes: int | None = None,
) -> storage.Saved:
    """Save an import under a new private link. ``storage.TooLarge`` when it is above the quota."""
    payload = rows_to_bytes(result.rows)
    return storage.create(engine, KIND, name, to_meta(name, result, mapping, file_hash), payload, max_bytes=max_bytes)


def open_saved(engine: Engine, token: str) -> SavedImport:
    return from_item(storage.load(engine, token, KIND))


def delete(engine: Engine, token: str) -> None:
    storage.delete(engine, token, KIND)
