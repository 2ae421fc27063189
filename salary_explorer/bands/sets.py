"""Band sets: the bands page's state saved in the store, reopened, and two versions compared.

A band set is what an HR user builds on the page: market, industry, the
province whose minimum wage is the floor, the quick-set method, the overlap
limit, notes, and the ladder (``ladder.BAND_COLUMNS``, one row per level).
It is stored as JSON in ``core.storage`` (a ladder is a few rows); every save
is a new version, and a save based on an old version raises
``storage.Conflict`` so the page can offer "save as a new set".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy.engine import Engine

from ..core import storage
from ..core.i18n import t
from ..core.money import format_money
from .ladder import BAND_COLUMNS, BAND_LEVELS, NUMBER_COLUMNS, TEXT_COLUMNS, tidy

KIND = "band_set"
FORMAT = 1
NOTES_MAX = 2000
SETTINGS = ("name", "market", "industry", "province", "method", "overlap_pct", "notes")  # i18n: bset.field.<name>
COMPARED_COLUMNS = ("band_min", "band_mid", "band_max", "note")


@dataclass(eq=False)
class BandSet:
    name: str
    market: str
    industry: str
    province: str
    method: str
    ladder: pd.DataFrame
    overlap_pct: float = 50.0
    notes: str = ""
    # where it came from (set when opened or saved): the token and the version this state is based on
    token: str | None = field(default=None, compare=False)
    version: int | None = field(default=None, compare=False)
    saved_at: str = field(default="", compare=False)


def _number(value: object) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def to_meta(band_set: BandSet) -> dict:
    ladder = tidy(band_set.ladder)
    rows = []
    for record in ladder.to_dict("records"):
        row = {c: _number(record[c]) for c in NUMBER_COLUMNS}
        row.update({c: str(record[c]) for c in TEXT_COLUMNS})
        rows.append(row)
    return {
        "format": FORMAT,
        "market": band_set.market,
        "industry": band_set.industry,
        "province": band_set.province,
        "method": band_set.method,
        "overlap_pct": _number(band_set.overlap_pct),
        "notes": str(band_set.notes or "")[:NOTES_MAX],
        "ladder": rows,
    }


def from_item(item: storage.Item) -> BandSet:
    meta = item.meta
    ladder = pd.DataFrame(meta.get("ladder") or [], columns=list(BAND_COLUMNS))
    return BandSet(
        name=item.name,
        market=str(meta.get("market", "")),
        industry=str(meta.get("industry", "")),
        province=str(meta.get("province", "")),
        method=str(meta.get("method", "")),
        ladder=tidy(ladder),
        overlap_pct=_number(meta.get("overlap_pct")) or 0.0,
        notes=str(meta.get("notes", "")),
        token=item.token,
        version=item.version,
        saved_at=item.created_at,
    )


def save(engine: Engine, band_set: BandSet, *, max_bytes: int | None = None) -> BandSet:
    """Save a new set (no token yet) or a new version of the set it was opened from.

    Raises ``storage.Conflict`` when someone saved that set since ``band_set.version``.
    """
    meta = to_meta(band_set)
    saved = storage.save(engine, KIND, band_set.name, meta, band_set.token, band_set.version, max_bytes=max_bytes)
    return open_set(engine, saved.token, saved.version)


def save_as_new(engine: Engine, band_set: BandSet, name: str, *, max_bytes: int | None = None) -> BandSet:
    """Save the current state as a set of its own (own link, version 1): the way out of a conflict."""
    fresh = BandSet(**{**band_set.__dict__, "name": name, "token": None, "version": None})
    return save(engine, fresh, max_bytes=max_bytes)


def open_set(engine: Engine, token: str, version: int | None = None) -> BandSet:
    return from_item(storage.load(engine, token, KIND, version))


def versions(engine: Engine, token: str) -> list[storage.VersionInfo]:
    return storage.history(engine, token, KIND)


def rename(engine: Engine, token: str, name: str) -> str:
    return storage.rename(engine, token, KIND, name)


def duplicate(engine: Engine, token: str, name: str, *, max_bytes: int | None = None) -> BandSet:
    saved = storage.duplicate(engine, token, KIND, name, max_bytes=max_bytes)
    return open_set(engine, saved.token)


def delete(engine: Engine, token: str) -> None:
    storage.delete(engine, token, KIND)


# ---------- comparing two versions ----------
@dataclass(frozen=True)
class Change:
    where: str  # "settings" or a level
    what: str  # a setting name or a band column
    before: object
    after: object


def _by_level(ladder: pd.DataFrame) -> dict[str, dict]:
    """Rows keyed by level; a blank or repeated level gets a position suffix so nothing is lost."""
    out: dict[str, dict] = {}
    for i, record in enumerate(tidy(ladder).to_dict("records")):
        key = record["level"] or f"#{i + 1}"
        if key in out:
            key = f"{key} #{i + 1}"
        out[key] = record
    return out


def _same(a: object, b: object) -> bool:
    na, nb = _number(a), _number(b)
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return na == nb or (na is None and nb is None)
    return str(a or "") == str(b or "")


def changes(old: BandSet, new: BandSet) -> list[Change]:
    """What changed from ``old`` to ``new``: settings first, then each level in ladder order."""
    found = [
        Change("settings", name, getattr(old, name), getattr(new, name))
        for name in SETTINGS
        if not _same(getattr(old, name), getattr(new, name))
    ]
    before, after = _by_level(old.ladder), _by_level(new.ladder)
    order = {lv: i for i, lv in enumerate(BAND_LEVELS)}
    for level in sorted(before.keys() | after.keys(), key=lambda lv: (order.get(lv, len(order)), lv)):
        a, b = before.get(level), after.get(level)
        if a is None or b is None:
            found.append(Change(level, "level", "present" if a else "absent", "present" if b else "absent"))
            continue
        found.extend(Change(level, col, a[col], b[col]) for col in COMPARED_COLUMNS if not _same(a[col], b[col]))
    if not old.ladder.empty and not new.ladder.empty:
        units = (
            (old.ladder["currency"].iloc[0], old.ladder["pay_period"].iloc[0]),
            (
                new.ladder["currency"].iloc[0],
                new.ladder["pay_period"].iloc[0],
            ),
        )
        if units[0] != units[1]:
            found.append(Change("settings", "units", " ".join(units[0]), " ".join(units[1])))
    return found


def _show(change: Change, value: object, unit: tuple[str, str], lang: str) -> str:
    if change.what in NUMBER_COLUMNS:
        return format_money(_number(value), unit[0], lang, unit[1])
    if change.what == "level":
        return t(f"bset.level.{value}", lang)
    if change.what == "market":
        return t(f"country.{value}", lang) if value in ("ID", "US") else str(value)
    if change.what == "industry":
        return t(f"industry.{value}", lang) if value else ""
    if change.what == "method":
        return t(f"band.method.{value}", lang) if value else ""
    if change.what == "overlap_pct":
        return f"{_number(value) or 0:g} %"
    return str(value or "")


def _unit(band_set: BandSet) -> tuple[str, str]:
    ladder = band_set.ladder
    return (ladder["currency"].iloc[0], ladder["pay_period"].iloc[0]) if len(ladder) else ("IDR", "month")


def changes_table(old: BandSet, new: BandSet, lang: str) -> pd.DataFrame:
    """The changes as a table of plain text for the page: where, what, version A, version B."""
    rows = []
    for change in changes(old, new):
        where = t("bset.where.settings", lang) if change.where == "settings" else _level_label(change.where, lang)
        what = t(f"bset.field.{change.what}", lang)
        rows.append(
            {
                t("bset.col.where", lang): where,
                t("bset.col.what", lang): what,
                t("bset.col.before", lang, version=old.version or "-"): _show(change, change.before, _unit(old), lang),
                t("bset.col.after", lang, version=new.version or "-"): _show(change, change.after, _unit(new), lang),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            t("bset.col.where", lang),
            t("bset.col.what", lang),
            t("bset.col.before", lang, version=old.version or "-"),
            t("bset.col.after", lang, version=new.version or "-"),
        ],
    )


def _level_label(level: str, lang: str) -> str:
    return t(f"level.{level}", lang) if level in BAND_LEVELS else level


def ladder_view(band_set: BandSet, lang: str) -> pd.DataFrame:
    """One version's ladder as text, for showing two versions side by side."""
    unit = _unit(band_set)
    rows = [
        {
            t("common.level", lang): _level_label(r["level"], lang) if r["level"] else "",
            t("band.col.min", lang): format_money(_number(r["band_min"]), unit[0], lang, unit[1]),
            t("band.col.mid", lang): format_money(_number(r["band_mid"]), unit[0], lang, unit[1]),
            t("band.col.max", lang): format_money(_number(r["band_max"]), unit[0], lang, unit[1]),
            t("band.col.note", lang): r["note"],
        }
        for r in tidy(band_set.ladder).to_dict("records")
    ]
    return pd.DataFrame(
        rows,
        columns=[t(k, lang) for k in ("common.level", "band.col.min", "band.col.mid", "band.col.max", "band.col.note")],
    )


@dataclass(frozen=True)
class Comparison:
    left: BandSet
    right: BandSet
    left_table: pd.DataFrame
    right_table: pd.DataFrame
    changes: pd.DataFrame


def compare_versions(engine: Engine, token: str, left: int, right: int, lang: str) -> Comparison:
    """Two versions of one set side by side, and what changed from ``left`` to ``right``."""
    a, b = open_set(engine, token, left), open_set(engine, token, right)
    return Comparison(a, b, ladder_view(a, lang), ladder_view(b, lang), changes_table(a, b, lang))
