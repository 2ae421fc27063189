"""A roster against the structure: who gets which notice, and whose pay sits where.

The table comes from the import path as text cells (``uploads.importer`` for CSV, pandas for Excel, in
the Streamlit layer); here it is matched to the structure. Rows are named as a spreadsheet counts them
(header = row 1). A row whose grade is not in the structure gets no notice and is named; a blank hire
date is named, and the worker still gets a notice (it needs no date), but cannot be checked for tenure.

The team check (UU 13/2003 Pasal 88E and 92(2) as amended by UU 6/2023; PP 36/2021 Pasal 24):
under one year of service, at least the minimum wage at the workplace; one year or more, inside the
scale of the worker's own grade: below the minimum is a breach of the company's own structure, above
the maximum is red-circled (not illegal). The cost is what it takes to bring everyone to their grade
minimum (and the floor); nobody's pay is ever shown as to be cut (PP 36/2021 Pasal 83).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from .build import Issue, Structure, _money, issue
from .document import Worker

HEADERS = {
    "name": (
        "name",
        "nama",
        "employee",
        "karyawan",
        "pegawai",
        "pekerja",
        "nama_karyawan",
        "nama_pekerja",
        "id",
        "nik",
        "nip",
        "employee_id",
        "id_karyawan",
    ),
    "grade": ("grade", "golongan", "gol", "golongan_jabatan", "job_grade"),
    "hire": (
        "hire_date",
        "hire",
        "tanggal_masuk",
        "tgl_masuk",
        "mulai_kerja",
        "start_date",
        "join_date",
        "date_hired",
        "tmt",
    ),
    "pay": ("pay", "basic_pay", "upah_pokok", "gaji_pokok", "upah", "gaji", "salary", "base_salary"),
}


def _key(header: object) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(header).strip().lower()).strip("_")


def find_columns(columns: list[str]) -> dict[str, str | None]:
    """The roster's column for each field, by its header (English or Indonesian), earliest synonym first."""
    keys = {_key(c): c for c in columns}
    return {fld: next((keys[w] for w in words if w in keys), None) for fld, words in HEADERS.items()}


def parse_date(value: object) -> dt.date | None:
    """An ISO date, ``31/12/2024`` (day first, as Indonesians write it), or an Excel date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = pd.to_datetime(text, dayfirst=True, errors="coerce")
    return None if pd.isna(parsed) else parsed.date()


def _grade(value: object) -> int | None:
    text = str(value or "").strip()
    match = re.fullmatch(r"(?:gol(?:ongan)?\.?\s*|grade\s*)?(\d{1,3})(?:\.0+)?", text, flags=re.IGNORECASE)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class RosterRow:
    row: int
    name: str
    grade: int
    hire: dt.date | None
    pay: float | None


def read_roster(frame: pd.DataFrame, structure: Structure) -> tuple[list[RosterRow], list[Issue]]:
    """Rows matched to the structure's grades, and the problems, each naming its spreadsheet row."""
    cols = find_columns(list(frame.columns))
    if not cols["name"] or not cols["grade"]:
        return [], [issue("roster_columns", found=", ".join(map(str, frame.columns)) or "-")]
    n = structure.n
    rows, issues = [], []
    for i, rec in enumerate(frame.to_dict("records")):
        line = i + 2
        name = str(rec.get(cols["name"]) or "").strip()
        raw_grade = rec.get(cols["grade"])
        if not name and not str(raw_grade or "").strip():
            continue
        if not name:
            issues.append(issue("roster_no_name", line))
            continue
        grade = _grade(raw_grade)
        if not str(raw_grade or "").strip():
            issues.append(issue("roster_no_grade", line, name=name))
            continue
        if grade is None or not 1 <= grade <= n:
            issues.append(issue("roster_grade_unknown", line, name=name, grade=str(raw_grade).strip(), n=n))
            continue
        hire = None
        if cols["hire"]:
            raw_hire = rec.get(cols["hire"])
            hire = parse_date(raw_hire)
            if not str(raw_hire or "").strip() or (isinstance(raw_hire, float) and pd.isna(raw_hire)):
                issues.append(issue("roster_no_hire", line, error=False, name=name))
            elif hire is None:
                issues.append(issue("roster_bad_hire", line, error=False, name=name, value=str(raw_hire)[:40]))
        pay = _money(rec.get(cols["pay"])) if cols["pay"] else None
        rows.append(RosterRow(line, name, grade, hire, pay))
    return rows, issues


def workers(rows: list[RosterRow]) -> list[Worker]:
    return [Worker(r.name, r.grade, r.hire) for r in rows]


# ---------- the team against the structure ----------
STATUSES = ("below_floor", "below_min", "inside", "red_circle", "unknown_tenure", "no_pay")


def years_of_service(hire: dt.date, on: dt.date) -> int:
    """Completed years of service on the check date (0 for a hire date after it)."""
    return max(0, on.year - hire.year - ((on.month, on.day) < (hire.month, hire.day)))


def team_check(
    rows: list[RosterRow], structure: Structure, floor: float | None | list[float | None], on: dt.date
) -> pd.DataFrame:
    """One row per worker: grade, tenure, pay, the grade scale, status, and the raise to reach the yardstick
    (never a cut: above the maximum is red-circled and the raise is 0). ``floor``: one amount for everyone
    (one workplace), or one per row (each worker's own workplace); None where no figure is known."""
    grades = {int(r.grade): r for r in structure.grades.itertuples(index=False)}
    per_row = floor if isinstance(floor, list) else [floor] * len(rows)
    out = []
    for r, floor in zip(rows, per_row):
        g = grades[r.grade]
        tenure = years_of_service(r.hire, on) if r.hire else None
        if r.pay is None:
            status, target = "no_pay", None
        elif floor is not None and r.pay < floor:
            status, target = "below_floor", max(floor, g.min) if tenure is not None and tenure >= 1 else floor
        elif tenure is None:
            status, target = "unknown_tenure", None
        elif tenure < 1:
            status, target = "inside", None  # under a year: the minimum wage binds, not the scale
        elif r.pay < g.min:
            status, target = "below_min", g.min
        elif r.pay > g.max:
            status, target = "red_circle", None
        else:
            status, target = "inside", None
        raise_ = max(0.0, (target or 0) - (r.pay or 0)) if target is not None else 0.0
        out.append(
            {
                "row": r.row,
                "name": r.name,
                "grade": r.grade,
                "tenure": tenure,
                "pay": r.pay,
                "min": g.min,
                "max": g.max,
                "status": status,
                "raise": raise_,
            }
        )
    return pd.DataFrame(out, columns=["row", "name", "grade", "tenure", "pay", "min", "max", "status", "raise"])
