"""Saved wage structures: the structure and the page's inputs in the store, versioned, compared.

Like band sets (``bands.sets``): JSON in ``core.storage`` (a structure is a few rows), every save a new
version, a save based on an old version raises ``storage.Conflict``. Opening a saved structure gives it
back exactly as saved (its grades), with the inputs (workplace, effective date, decree fields) it was
saved with.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy.engine import Engine

from ..core import storage
from ..core.formatting import format_money, percent
from ..core.i18n import t
from .build import Structure, _grades

KIND = "wage_structure"
FORMAT = 1
SETTING_KEYS = (  # the page's link keys kept with a structure
    "ssm", "ssn", "ssl", "ssh", "ssr", "ssf", "ssp", "ssk", "sse", "ssa", "ssy",
    "ssco", "ssno", "ssd", "sspl", "sssg", "ssti", "ssdl",
)  # fmt: skip
COMPARED = ("jobs", "min", "mid", "max", "spread")


@dataclass(eq=False)
class SavedStructure:
    name: str
    structure: Structure
    settings: dict[str, str]
    token: str | None = field(default=None, compare=False)
    version: int | None = field(default=None, compare=False)
    saved_at: str = field(default="", compare=False)


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def to_meta(saved: SavedStructure) -> dict:
    grades = [
        {
            "grade": int(r.grade),
            "jobs": str(r.jobs),
            "min": int(r.min),
            "mid": int(r.mid),
            "max": int(r.max),
            "spread": float(r.spread),
        }
        for r in saved.structure.grades.itertuples(index=False)
    ]
    settings = {k: str(v) for k, v in saved.settings.items() if k in SETTING_KEYS}
    levels = list(saved.structure.levels)
    return {
        "format": FORMAT,
        "method": saved.structure.method,
        "grades": grades,
        "levels": levels,
        "settings": settings,
    }


def from_item(item: storage.Item) -> SavedStructure:
    """A stored structure; rows that are not whole grades (an altered store) are dropped, never shown raw."""
    meta = item.meta
    rows = []
    for g, r in enumerate(meta.get("grades") or [], start=1):
        values = {k: _number(r.get(k)) for k in ("min", "mid", "max", "spread")}
        if None in values.values():
            continue
        rows.append({"grade": g, "jobs": str(r.get("jobs", ""))[:500], **values})
    settings = {k: str(v)[:200] for k, v in (meta.get("settings") or {}).items() if k in SETTING_KEYS}
    levels = tuple(str(lv) for lv in meta.get("levels") or [])
    structure = Structure(
        _grades(rows) if rows else _grades([]),
        str(meta.get("method", "saved")),
        levels=levels if len(levels) == len(rows) else (),
    )
    return SavedStructure(item.name, structure, settings, item.token, item.version, item.created_at)


def save(engine: Engine, saved: SavedStructure, *, max_bytes: int | None = None) -> SavedStructure:
    """A new structure (no token yet) or a new version of the one it was opened from (``storage.Conflict``
    when someone saved it since)."""
    done = storage.save(engine, KIND, saved.name, to_meta(saved), saved.token, saved.version, max_bytes=max_bytes)
    return open_saved(engine, done.token, done.version)


def open_saved(engine: Engine, token: str, version: int | None = None) -> SavedStructure:
    return from_item(storage.load(engine, token, KIND, version))


def versions(engine: Engine, token: str) -> list[storage.VersionInfo]:
    return storage.history(engine, token, KIND)


def delete(engine: Engine, token: str) -> None:
    storage.delete(engine, token, KIND)


# ---------- comparing two versions ----------
def _show(what: str, value: object, lang: str) -> str:
    if value is None:
        return "-"
    if what in ("min", "mid", "max"):
        return format_money(_number(value), "IDR", lang)
    if what == "spread":
        return percent(_number(value), lang)
    return str(value)


def changes_table(old: SavedStructure, new: SavedStructure, lang: str) -> pd.DataFrame:
    """What changed from ``old`` to ``new``, grade by grade, then the inputs: plain text."""
    before = {int(r["grade"]): r for r in old.structure.grades.to_dict("records")}
    after = {int(r["grade"]): r for r in new.structure.grades.to_dict("records")}
    rows = []
    for g in sorted(before.keys() | after.keys()):
        a, b = before.get(g), after.get(g)
        for what in COMPARED:
            va, vb = (a or {}).get(what), (b or {}).get(what)
            if a is None or b is None or str(va) != str(vb):
                rows.append((str(g), t(f"structure.col.{what}", lang), _show(what, va, lang), _show(what, vb, lang)))
    for key in SETTING_KEYS:
        va, vb = old.settings.get(key, ""), new.settings.get(key, "")
        if va != vb:
            rows.append(("-", t(f"structure.setting.{key}", lang), va or "-", vb or "-"))
    columns = [
        t("structure.col.grade", lang),
        t("structure.compare.what", lang),
        t("structure.compare.version", lang, version=old.version or "-"),
        t("structure.compare.version", lang, version=new.version or "-"),
    ]
    return pd.DataFrame(rows, columns=columns)


def compare_versions(engine: Engine, token: str, left: int, right: int, lang: str) -> pd.DataFrame:
    return changes_table(open_saved(engine, token, left), open_saved(engine, token, right), lang)
