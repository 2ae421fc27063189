"""A wage structure and scale (struktur dan skala upah): one row per golongan, built three ways.

- ``from_ladder``: the bands page's ladder, level by level (golongan 1 = the lowest level); the
  midpoint is the annex's arithmetic one, ``(min + max) / 2``, whatever the band said.
- ``two_point``: number of golongan, lowest and highest midpoints, a spread per golongan (annex Bab II).
- ``from_points``: jobs with job-evaluation points and current basic pay, graded by equal point
  intervals; the pay line is the two-point line over golongan (annex Bab IV, example B) or a
  least-squares line over points (the annex's Excel scatter), read at each golongan's centre.

Amounts are upah pokok (basic pay) per month in Rupiah (Permenaker 1/2017 Pasal 3; PP 36/2021 Pasal 20).
A builder returns a ``Built``: the structure, or ``None`` with the problems (each naming its row) that
stopped it, so the page keeps whatever it had built before.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from . import annex

GRADE_COLUMNS = ("grade", "jobs", "min", "mid", "max", "spread")
JOB_COLUMNS = ("job", "points", "pay")
METHODS = ("ladder", "two_point", "points")
FITS = ("two_point", "least_squares")
MAX_GRADES = 30
DEFAULT_SPREAD = 0.4  # the annex examples' lower golongan; the annex rule of thumb for staff is 20-50 %


@dataclass(frozen=True)
class Issue:
    """Something wrong with an input, where it is (``row``: 1-based as the reader counts) and how bad."""

    code: str
    row: int | None = None
    params: tuple[tuple[str, object], ...] = ()
    error: bool = True  # False: said, but the structure is still built

    @property
    def values(self) -> dict[str, object]:
        return dict(self.params)


def issue(code: str, row: int | None = None, error: bool = True, **params) -> Issue:
    return Issue(code, row, tuple(params.items()), error)


@dataclass(frozen=True)
class Structure:
    grades: pd.DataFrame  # GRADE_COLUMNS, golongan 1 first; amounts whole rupiah, spread a fraction
    method: str
    line: annex.Line | None = None
    jobs: pd.DataFrame | None = None  # the points method: job, points, pay, grade
    intervals: annex.Intervals | None = None
    notes: tuple[Issue, ...] = ()  # non-blocking remarks (a band midpoint replaced by the arithmetic one)
    levels: tuple[str, ...] = ()  # from the ladder: the level code of each golongan (the team check maps by it)

    @property
    def n(self) -> int:
        return len(self.grades)


@dataclass(frozen=True)
class Built:
    structure: Structure | None
    issues: tuple[Issue, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.error]


def _finite(x: object) -> float | None:
    try:
        value = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _money(value: object) -> float | None:
    """A pay figure: a number, or text as Indonesians write it (``Rp 5.500.000``, ``5500000``)."""
    if isinstance(value, (int, float)):
        return _finite(value)
    text = str(value or "").replace("Rp", "").replace(" ", "").strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", text):  # 5.500.000 or 5.500.000,00
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):  # 5,500,000
        text = text.replace(",", "")
    return _finite(text)


def _grades(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(GRADE_COLUMNS))
    frame["grade"] = frame["grade"].astype("int64")
    for col in ("min", "mid", "max"):
        frame[col] = frame[col].astype("int64")
    frame["spread"] = frame["spread"].astype("float64")
    frame["jobs"] = frame["jobs"].astype("string").fillna("")
    return frame


def by_formula_6(mids: list[float], spreads: list[float], labels: list[str] | None = None) -> pd.DataFrame:
    """Min and max from each exact midpoint and spread (formula 6), all rounded half-up at the end."""
    rows = []
    for g, (mid, spread) in enumerate(zip(mids, spreads), start=1):
        low, high = annex.from_mid_spread(mid, spread)
        rows.append(
            {
                "grade": g,
                "jobs": labels[g - 1] if labels else "",
                "min": annex.rupiah(low),
                "mid": annex.rupiah(mid),
                "max": annex.rupiah(high),
                "spread": spread,
            }
        )
    return _grades(rows)


def spreads_for(n: int, spreads: list[float]) -> list[float]:
    """One spread per golongan: the list given, its last value repeated when it is short, 40 % when empty."""
    given = list(spreads) or [DEFAULT_SPREAD]
    return (given + [given[-1]] * n)[:n]


def parse_spreads(text: str) -> tuple[list[float], list[Issue]]:
    """``"40, 40, 80"`` (percent) -> [0.4, 0.4, 0.8]; a bad entry is named by its position."""
    values, issues = [], []
    for i, part in enumerate([p for p in str(text or "").replace(";", ",").split(",") if p.strip()], start=1):
        value = _finite(part.strip().rstrip("%").replace(" ", ""))
        if value is None or value <= 0 or value > 500:
            issues.append(issue("bad_spread", i, value=part.strip()))
        else:
            values.append(value / 100)
    return values, issues


def _check_spreads(spreads: list[float]) -> list[Issue]:
    return [issue("bad_spread", g, value=s) for g, s in enumerate(spreads, 1) if not (s > 0)]


# ---------- 1. from the band ladder ----------
def from_ladder(bands: pd.DataFrame, level_names: dict[str, str] | None = None) -> Built:
    """Each level with a minimum and maximum becomes a golongan, lowest first; min above max stops it."""
    issues: list[Issue] = []
    rows, levels = [], []
    if bands is None or bands.empty:
        return Built(None, (issue("ladder_empty"),))
    units = {(str(c), str(p)) for c, p in zip(bands["currency"], bands["pay_period"])}
    if units - {("IDR", "month")}:
        shown = ", ".join(sorted(f"{c} {p}" for c, p in units))
        return Built(None, (issue("ladder_units", units=shown),))
    for i, row in enumerate(bands.itertuples(index=False), start=1):
        level = str(row.level)
        name = (level_names or {}).get(level, level)
        low, high = _finite(row.band_min), _finite(row.band_max)
        if low is None or high is None:
            issues.append(issue("ladder_incomplete", i, error=False, level=name))
            continue
        if low <= 0 or high < low:
            issues.append(issue("min_above_max" if high < low else "not_positive", i, level=name))
            continue
        spread, mid = annex.from_min_max(low, high)
        stated = _finite(row.band_mid)
        if stated is not None and annex.rupiah(stated) != annex.rupiah(mid):
            issues.append(issue("ladder_mid_replaced", i, error=False, level=name, stated=stated, mid=mid))
        rows.append({"jobs": name, "min": annex.rupiah(low), "mid": annex.rupiah(mid), "max": annex.rupiah(high)})
        levels.append(level)
        rows[-1]["spread"] = spread
    if any(i.error for i in issues):
        return Built(None, tuple(issues))
    if not rows:
        return Built(None, (*issues, issue("ladder_empty")))
    for g, row in enumerate(rows, start=1):
        row["grade"] = g
    notes = tuple(i for i in issues if not i.error)
    return Built(Structure(_grades(rows), "ladder", notes=notes, levels=tuple(levels)), tuple(issues))


# ---------- 2. two-point ----------
def two_point(n: int, low_mid: float, high_mid: float, spreads: list[float]) -> Built:
    """The annex's two-point method: the line through (1, lowest mid) and (n, highest mid), formula 6."""
    issues = []
    if not (2 <= int(n) <= MAX_GRADES):
        issues.append(issue("bad_grade_count", low=2, high=MAX_GRADES))
    if not (low_mid and low_mid > 0):
        issues.append(issue("bad_low_mid"))
    elif high_mid < low_mid:
        issues.append(issue("high_below_low"))
    spreads = spreads_for(int(n), spreads)
    issues += _check_spreads(spreads)
    if issues:
        return Built(None, tuple(issues))
    line = annex.two_point_line(1, low_mid, int(n), high_mid)
    mids = [line.at(g) for g in range(1, int(n) + 1)]
    return Built(Structure(by_formula_6(mids, spreads), "two_point", line=line))


# ---------- 3. by points ----------
def clean_jobs(jobs: pd.DataFrame) -> tuple[pd.DataFrame, list[Issue]]:
    """The jobs table as numbers: a row without points or pay (or with text there) is named; blank rows skipped."""
    issues: list[Issue] = []
    rows = []
    frame = jobs if jobs is not None else pd.DataFrame(columns=list(JOB_COLUMNS))
    for col in JOB_COLUMNS:
        if col not in frame.columns:
            frame = frame.assign(**{col: None})
    for i, row in enumerate(frame[list(JOB_COLUMNS)].itertuples(index=False), start=1):
        name = "" if pd.isna(row.job) else str(row.job).strip()
        raw_points = "" if pd.isna(row.points) else str(row.points).strip()
        raw_pay = "" if pd.isna(row.pay) else str(row.pay).strip()
        if not (name or raw_points or raw_pay):
            continue  # an empty row of the editor
        label = name or f"#{i}"
        points, pay = _finite(raw_points), _money(row.pay)
        if not raw_points:
            issues.append(issue("job_no_points", i, job=label))
        elif points is None or points <= 0:
            issues.append(issue("job_bad_points", i, job=label, value=raw_points))
        if not raw_pay:
            issues.append(issue("job_no_pay", i, job=label))
        elif pay is None or pay <= 0:
            issues.append(issue("job_bad_pay", i, job=label, value=raw_pay))
        if points is not None and points > 0 and pay is not None and pay > 0:
            rows.append({"row": i, "job": label, "points": points, "pay": pay})
    return pd.DataFrame(rows, columns=["row", "job", "points", "pay"]), issues


def from_points(jobs: pd.DataFrame, n: int, fit: str, spreads: list[float]) -> Built:
    """Grade the jobs by equal point intervals, fit the pay line, then formula 6 per golongan."""
    table, issues = clean_jobs(jobs)
    if not (2 <= int(n) <= MAX_GRADES):
        issues.append(issue("bad_grade_count", low=2, high=MAX_GRADES))
    spreads = spreads_for(int(n), spreads)
    issues += _check_spreads(spreads)
    if not issues and len(table) < 2:
        issues.append(issue("too_few_jobs"))
    if not issues and table["points"].nunique() < 2:
        issues.append(issue("same_points"))
    if issues:
        return Built(None, tuple(issues))
    n = int(n)
    intervals = annex.equal_intervals(table["points"].tolist(), n)
    table["grade"] = [intervals.grade(p) for p in table["points"]]
    if fit == "least_squares":
        line = annex.least_squares_line(table["points"].tolist(), table["pay"].tolist())
        mids = [line.at(intervals.centre(g)) for g in range(1, n + 1)]
    else:  # the annex: the lowest- and highest-point jobs' pay (their average if several) as the end midpoints
        lowest = table.loc[table["points"] == table["points"].min(), "pay"].mean()
        highest = table.loc[table["points"] == table["points"].max(), "pay"].mean()
        line = annex.two_point_line(1, lowest, n, highest)
        mids = [line.at(g) for g in range(1, n + 1)]
    notes = []
    if mids[0] <= 0 or any(b < a for a, b in zip(mids, mids[1:])):
        return Built(None, (issue("line_falls"),))
    labels = [", ".join(table.loc[table["grade"] == g, "job"].tolist()) for g in range(1, n + 1)]
    empty = [g for g, label in enumerate(labels, 1) if not label]
    if empty:
        notes.append(issue("empty_grades", error=False, grades=", ".join(map(str, empty))))
    grades = by_formula_6(mids, spreads, labels)
    return Built(
        Structure(grades, "points", line=line, jobs=table, intervals=intervals, notes=tuple(notes)), tuple(notes)
    )
