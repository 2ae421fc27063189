"""Checks of a wage structure, each with its legal basis, and the optional years-of-service scale.

- the lowest golongan's minimum against the minimum wage in force at the workplace on the effective
  date (UMK where the regency has one, else UMP): UU 13/2003 Pasal 88E(2) (as amended by UU 6/2023),
  PP 36/2021 Pasal 23(3), Permenaker 1/2017 Pasal 4(4);
- with fixed allowances declared, basic pay at least 75 % of basic + fixed allowances (PP 36/2021 Pasal 7(2));
- minimum, midpoint and maximum rising with the golongan (Permenaker 1/2017 Pasal 1 angka 2);
- gaps and overlaps between adjacent golongan (no legal rule: shown to read);
- a structure effective before the current minimum-wage year: review needed (Permenaker 1/2017 Pasal 10,
  PP 36/2021 Pasal 48).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..core.floors import Floor
from . import annex

SEVERITIES = ("critical", "warning", "ok", "info")
BASIS = {
    "floor": "UU 13/2003 Pasal 88E(2) jo. UU 6/2023 Pasal 81 angka 28; PP 36/2021 Pasal 23(3); Permenaker 1/2017 Pasal 4(4)",
    "allowances": "PP 36/2021 Pasal 7(2); UU 13/2003 Pasal 94 jo. UU 6/2023",
    "rising": "Permenaker 1/2017 Pasal 1 angka 2",
    "overlap": "",
    "review": "Permenaker 1/2017 Pasal 10; PP 36/2021 Pasal 48; UU 13/2003 Pasal 92A jo. UU 6/2023",
}
FIXED_SHARE = 0.75  # PP 36/2021 Pasal 7(2)


@dataclass(frozen=True)
class Check:
    code: str  # the text is structure.check.<code>
    severity: str
    topic: str  # a key of BASIS
    params: tuple[tuple[str, object], ...] = ()

    @property
    def values(self) -> dict[str, object]:
        return dict(self.params)


def _check(code: str, severity: str, topic: str, **params) -> Check:
    return Check(code, severity, topic, tuple(params.items()))


def floor_check(grades: pd.DataFrame, floor: Floor | None, allowances: float = 0.0) -> list[Check]:
    """Golongan 1's minimum (upah pokok) against the floor; a declared fixed allowance can close a gap only
    while basic pay stays at least 75 % of basic + fixed allowances."""
    if grades.empty:
        return []
    low = float(grades["min"].iloc[0])
    allowances = float(allowances or 0)
    out: list[Check] = []
    if allowances > 0 and low < FIXED_SHARE * (low + allowances):
        out.append(
            _check(
                "fixed_share_low",
                "critical",
                "allowances",
                basic=low,
                allowances=allowances,
                share=low / (low + allowances),
            )
        )
    if floor is None:
        return [_check("floor_unknown", "warning", "floor", low=low), *out]
    if getattr(floor, "umk_unknown", False) and low >= floor.amount:  # at least the UMP; the UMK is not known
        return [_check("floor_umk_unknown", "warning", "floor", low=low, floor=floor), *out]
    if low >= floor.amount:
        return [_check("floor_met", "ok", "floor", low=low, floor=floor), *out]
    total = low + allowances
    if allowances > 0 and total >= floor.amount and not out:
        return [_check("floor_met_with_allowances", "warning", "floor", low=low, total=total, floor=floor)]
    return [_check("floor_below", "critical", "floor", low=low, floor=floor, short=floor.amount - low), *out]


def rising_checks(grades: pd.DataFrame) -> list[Check]:
    """Each of min, mid and max at least the golongan below's; one finding per golongan and figure that falls."""
    out = []
    for col in ("min", "mid", "max"):
        values = grades[col].tolist()
        for g in range(1, len(values)):
            if values[g] < values[g - 1]:
                out.append(_check(f"falls_{col}", "warning", "rising", grade=g + 1, below=g))
    return out or [_check("rising_ok", "ok", "rising")]


def overlaps(grades: pd.DataFrame) -> pd.DataFrame:
    """Per golongan from the second: max of the one below minus own min (> 0 overlap, < 0 gap)."""
    rows = []
    mins, maxs = grades["min"].tolist(), grades["max"].tolist()
    for g in range(1, len(mins)):
        amount = maxs[g - 1] - mins[g]
        width = maxs[g] - mins[g]
        rows.append({"grade": g + 1, "overlap": amount, "share": amount / width if width > 0 else None})
    return pd.DataFrame(rows, columns=["grade", "overlap", "share"])


def overlap_checks(grades: pd.DataFrame) -> list[Check]:
    out = []
    for row in overlaps(grades).itertuples(index=False):
        if row.overlap > 0:
            out.append(_check("overlap", "info", "overlap", grade=row.grade, below=row.grade - 1, amount=row.overlap))
        elif row.overlap < 0:
            out.append(_check("gap", "info", "overlap", grade=row.grade, below=row.grade - 1, amount=-row.overlap))
    return out


def review_check(effective: dt.date, current_floor_year: int | None) -> list[Check]:
    """A structure effective before the year of the minimum wage now in force needs review."""
    if current_floor_year is not None and effective.year < current_floor_year:
        return [_check("review_needed", "warning", "review", year=effective.year, floor_year=current_floor_year)]
    return []


def run_checks(
    grades: pd.DataFrame,
    floor: Floor | None,
    effective: dt.date,
    current_floor_year: int | None,
    allowances: float = 0.0,
) -> list[Check]:
    """Every check, most serious first."""
    found = [
        *floor_check(grades, floor, allowances),
        *rising_checks(grades),
        *review_check(effective, current_floor_year),
        *overlap_checks(grades),
    ]
    return sorted(found, key=lambda c: SEVERITIES.index(c.severity))


# ---------- the years-of-service scale (common practice, not law) ----------
def service_scale(grades: pd.DataFrame, step: float, years: int) -> pd.DataFrame:
    """Per golongan, the minimum raised by ``step`` a year of service (compounded), capped at the maximum."""
    rows = []
    for row in grades.itertuples(index=False):
        entry = {"grade": row.grade}
        for y in range(years + 1):
            entry[y] = min(annex.rupiah(row.min * (1 + step) ** y), int(row.max))
        rows.append(entry)
    return pd.DataFrame(rows)
