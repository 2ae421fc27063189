"""The take-home rule tables in ``data/takehome_*.csv``: read, validated, and looked up by date.

Indonesian PPh 21 TER brackets (PP 58/2023), PTKP amounts, the Pasal 17 and US
federal brackets, BPJS contribution rates and wage caps with the dates they are
in force, and single named parameters (biaya jabatan, the 2026 DTP limit, the
US standard deduction and FICA). Every row carries its legal basis, source,
year and kind of figure; the tables were copied from
``../shared/reference/takehome/`` (a test traces every number back there).

Amounts and rates are ``Decimal`` so a rate times a wage gives the exact
rupiah (0.0075 x 6,272,400 = 47,043, not 47,042.999...). A broken table raises
``SchemaError`` naming file, row and column, like every other bundled file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from .load import DATA_DIR, read_text_csv
from .schema import Problem, SchemaError

TER_FILE = "takehome_ter.csv"
PTKP_FILE = "takehome_ptkp.csv"
CONTRIBUTIONS_FILE = "takehome_contributions.csv"
BRACKETS_FILE = "takehome_brackets.csv"
PARAMETERS_FILE = "takehome_parameters.csv"
FILES = (TER_FILE, PTKP_FILE, CONTRIBUTIONS_FILE, BRACKETS_FILE, PARAMETERS_FILE)

PROVENANCE = ("year", "kind", "legal_basis", "source", "reference")
COLUMNS = {
    TER_FILE: ("category", "lower", "upper", "rate", "in_force_from", "in_force_to", *PROVENANCE),
    PTKP_FILE: ("status", "ptkp_annual", "ter_category", "derivation", "in_force_from", "in_force_to", *PROVENANCE),
    CONTRIBUTIONS_FILE: (
        "program",
        "payer",
        "risk_class",
        "rate",
        "wage_cap",
        "in_force_from",
        "in_force_to",
        "in_ter_gross",
        "deductible_annual",
        "rule",
        *PROVENANCE,
    ),
    BRACKETS_FILE: ("schedule", "lower", "upper", "rate", "in_force_from", "in_force_to", *PROVENANCE),
    PARAMETERS_FILE: ("name", "value", "unit", "in_force_from", "in_force_to", *PROVENANCE),
}
# Columns that may be blank: an open upper bound, no cap, no end date, no start date known.
OPTIONAL = {"upper", "wage_cap", "in_force_from", "in_force_to", "risk_class", "derivation"}

PTKP_STATUSES = ("TK/0", "TK/1", "TK/2", "TK/3", "K/0", "K/1", "K/2", "K/3")
TER_CATEGORIES = ("A", "B", "C")
PROGRAMS = ("bpjs_kesehatan", "jht", "jp", "jkk", "jkm")
PAYERS = ("employee", "employer")
JKK_CLASSES = ("very_low", "low", "medium", "high", "very_high")
SCHEDULES = ("id_pasal17", "us_federal_single")
REQUIRED_PARAMETERS = (
    "biaya_jabatan_rate",
    "biaya_jabatan_monthly_cap",
    "biaya_jabatan_annual_cap",
    "pkp_rounding",
    "thr_full_months",
    "dtp_gross_limit",
    "us_standard_deduction_single",
    "us_social_security_rate",
    "us_social_security_wage_base",
    "us_medicare_rate",
    "us_additional_medicare_rate",
    "us_additional_medicare_threshold",
)


@dataclass(frozen=True)
class Bracket:
    """One bracket: ``lower`` exclusive, ``upper`` inclusive (None = no limit), as PP 58/2023 writes them."""

    lower: Decimal
    upper: Decimal | None
    rate: Decimal
    legal_basis: str
    source: str

    def holds(self, amount: Decimal) -> bool:
        """``di atas lower sampai dengan upper``; the first bracket (lower 0) also holds 0."""
        above = amount > self.lower or (self.lower == 0 and amount >= 0)
        return above and (self.upper is None or amount <= self.upper)


@dataclass(frozen=True)
class Ptkp:
    status: str
    annual: Decimal
    ter_category: str
    legal_basis: str
    source: str


@dataclass(frozen=True)
class Contribution:
    program: str
    payer: str
    risk_class: str
    rate: Decimal
    wage_cap: Decimal | None
    start: date | None
    end: date | None
    in_ter_gross: bool
    deductible_annual: bool
    rule: str
    legal_basis: str
    source: str

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Parameter:
    name: str
    value: Decimal
    unit: str
    start: date | None
    end: date | None
    legal_basis: str
    source: str

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class TakeHomeRules:
    ter: dict[str, tuple[Bracket, ...]]
    ter_start: date
    ptkp: dict[str, Ptkp]
    contributions: tuple[Contribution, ...]
    brackets: dict[str, tuple[Bracket, ...]]
    brackets_start: dict[str, date | None]
    parameters: dict[str, Parameter]

    def contribution(self, program: str, payer: str, on: date, risk_class: str = "") -> Contribution:
        """The rate (and cap) of one programme and payer in force on a date; ValueError when there is none."""
        found = [
            c
            for c in self.contributions
            if (c.program, c.payer, c.risk_class) == (program, payer, risk_class) and c.in_force(on)
        ]
        if not found:
            raise ValueError(f"no {program} {payer} {risk_class} rate in force on {on.isoformat()}")
        return found[0]

    def parameter(self, name: str) -> Parameter:
        return self.parameters[name]

    def value(self, name: str) -> Decimal:
        return self.parameters[name].value

    def first_month(self) -> date:
        """The earliest month every Indonesian table covers (TER since 2024, the oldest JP cap row)."""
        jp = [c.start for c in self.contributions if c.program == "jp" and c.start is not None]
        return max([self.ter_start, *([min(jp)] if jp else [])])


# ---------- parsing helpers: each returns the value or records a Problem ----------
class _Reader:
    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []

    def problem(self, row: int | None, column: str | None, value: str, code: str) -> None:
        self.problems.append(Problem(self.name, row, column, value, code))

    def number(self, row: int, column: str, text: str, *, blank_ok: bool = False) -> Decimal | None:
        text = text.strip()
        if text == "":
            if not blank_ok:
                self.problem(row, column, text, "required")
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.problem(row, column, text, "not_a_number")
            return None
        if not value.is_finite() or value < 0:
            self.problem(row, column, text, "not_a_number")
            return None
        return value

    def rate(self, row: int, column: str, text: str) -> Decimal | None:
        value = self.number(row, column, text)
        if value is not None and value > 1:
            self.problem(row, column, text, "takehome_not_a_rate")
            return None
        return value

    def day(self, row: int, column: str, text: str) -> date | None:
        text = text.strip()
        if text == "":
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problem(row, column, text, "takehome_not_a_date")
            return None

    def dates(self, row: int, rec: dict[str, str]) -> tuple[date | None, date | None]:
        start = self.day(row, "in_force_from", rec["in_force_from"])
        end = self.day(row, "in_force_to", rec["in_force_to"])
        if start and end and end < start:
            self.problem(row, "in_force_to", rec["in_force_to"], "takehome_date_order")
        return start, end

    def flag(self, row: int, column: str, text: str) -> bool:
        if text not in ("yes", "no"):
            self.problem(row, column, text, "not_allowed")
        return text == "yes"

    def choice(self, row: int, column: str, text: str, allowed: tuple[str, ...]) -> str:
        if text not in allowed:
            self.problem(row, column, text, "not_allowed")
        return text


def _records(name: str, data_dir: Path, reader: _Reader) -> list[tuple[int, dict[str, str]]]:
    """Rows as dicts with their spreadsheet row number, after checking columns and required cells."""
    df = read_text_csv(data_dir / name)
    missing = [c for c in COLUMNS[name] if c not in df.columns]
    for column in missing:
        reader.problem(None, column, "", "missing_column")
    if missing:
        return []
    out = []
    for i, rec in enumerate(df.to_dict("records")):
        row = i + 2
        for column in COLUMNS[name]:
            if column not in OPTIONAL and not str(rec[column]).strip():
                reader.problem(row, column, "", "required")
        year = str(rec["year"]).strip()
        if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
            reader.problem(row, "year", year, "bad_year")
        out.append((row, {k: str(v).strip() for k, v in rec.items()}))
    return out


def _check_ladder(reader: _Reader, rows: list[tuple[int, Bracket]]) -> None:
    """Brackets start at 0, follow on without gaps, never go down in rate; only the last is open."""
    for i, (row, b) in enumerate(rows):
        if i == 0 and b.lower != 0:
            reader.problem(row, "lower", str(b.lower), "takehome_bracket_gap")
        if i > 0 and b.lower != rows[i - 1][1].upper:
            reader.problem(row, "lower", str(b.lower), "takehome_bracket_gap")
        if b.upper is not None and b.upper <= b.lower:
            reader.problem(row, "upper", str(b.upper), "min_above_max")
        if b.upper is None and i != len(rows) - 1:
            reader.problem(row, "upper", "", "required")
        if i > 0 and b.rate < rows[i - 1][1].rate:
            reader.problem(row, "rate", str(b.rate), "takehome_bracket_order")
    if rows and rows[-1][1].upper is not None:
        reader.problem(rows[-1][0], "upper", str(rows[-1][1].upper), "takehome_bracket_open")


def _brackets(name: str, key: str, allowed: tuple[str, ...], data_dir: Path, problems: list[Problem]):
    reader = _Reader(name)
    ladders: dict[str, list[tuple[int, Bracket]]] = {k: [] for k in allowed}
    starts: dict[str, date | None] = {}
    for row, rec in _records(name, data_dir, reader):
        which = reader.choice(row, key, rec[key], allowed)
        lower = reader.number(row, "lower", rec["lower"])
        upper = reader.number(row, "upper", rec["upper"], blank_ok=True)
        rate = reader.rate(row, "rate", rec["rate"])
        start, _ = reader.dates(row, rec)
        if which in ladders and lower is not None and rate is not None:
            ladders[which].append((row, Bracket(lower, upper, rate, rec["legal_basis"], rec["source"])))
            starts.setdefault(which, start)
    for which, rows in ladders.items():
        if not rows:
            reader.problem(None, key, which, "takehome_missing_rule")
        _check_ladder(reader, rows)
    problems += reader.problems
    return {k: tuple(b for _, b in v) for k, v in ladders.items()}, starts


def load_takehome_rules(data_dir: Path | None = None) -> TakeHomeRules:
    """All five take-home tables, validated together; SchemaError lists every problem found."""
    data_dir = data_dir or DATA_DIR
    problems: list[Problem] = []
    ter, ter_starts = _brackets(TER_FILE, "category", TER_CATEGORIES, data_dir, problems)
    brackets, bracket_starts = _brackets(BRACKETS_FILE, "schedule", SCHEDULES, data_dir, problems)

    reader = _Reader(PTKP_FILE)
    ptkp: dict[str, Ptkp] = {}
    for row, rec in _records(PTKP_FILE, data_dir, reader):
        status = reader.choice(row, "status", rec["status"], PTKP_STATUSES)
        amount = reader.number(row, "ptkp_annual", rec["ptkp_annual"])
        category = reader.choice(row, "ter_category", rec["ter_category"], TER_CATEGORIES)
        reader.dates(row, rec)
        if status in ptkp:
            reader.problem(row, "status", status, "duplicate_id")
        if amount is not None:
            ptkp[status] = Ptkp(status, amount, category, rec["legal_basis"], rec["source"])
    for status in PTKP_STATUSES:
        if status not in ptkp:
            reader.problem(None, "status", status, "takehome_missing_rule")
    problems += reader.problems

    reader = _Reader(CONTRIBUTIONS_FILE)
    contributions: list[tuple[int, Contribution]] = []
    for row, rec in _records(CONTRIBUTIONS_FILE, data_dir, reader):
        program = reader.choice(row, "program", rec["program"], PROGRAMS)
        payer = reader.choice(row, "payer", rec["payer"], PAYERS)
        klass = rec["risk_class"]
        if program == "jkk":
            reader.choice(row, "risk_class", klass, JKK_CLASSES)
        elif klass:
            reader.problem(row, "risk_class", klass, "not_allowed")
        rate = reader.rate(row, "rate", rec["rate"])
        cap = reader.number(row, "wage_cap", rec["wage_cap"], blank_ok=True)
        start, end = reader.dates(row, rec)
        in_gross = reader.flag(row, "in_ter_gross", rec["in_ter_gross"])
        deductible = reader.flag(row, "deductible_annual", rec["deductible_annual"])
        if rate is not None:
            c = Contribution(
                program,
                payer,
                klass,
                rate,
                cap,
                start,
                end,
                in_gross,
                deductible,
                rec["rule"],
                rec["legal_basis"],
                rec["source"],
            )
            for _, other in contributions:
                same = (other.program, other.payer, other.risk_class) == (c.program, c.payer, c.risk_class)
                if same and _overlap(other, c):
                    reader.problem(row, "in_force_from", rec["in_force_from"], "takehome_overlap")
            contributions.append((row, c))
    needed = [("bpjs_kesehatan", p, "") for p in PAYERS] + [("jht", p, "") for p in PAYERS]
    needed += [("jp", p, "") for p in PAYERS] + [("jkk", "employer", k) for k in JKK_CLASSES]
    needed += [("jkm", "employer", "")]
    have = {(c.program, c.payer, c.risk_class) for _, c in contributions}
    for program, payer, klass in needed:
        if (program, payer, klass) not in have:
            reader.problem(None, "program", f"{program} {payer} {klass}".strip(), "takehome_missing_rule")
    problems += reader.problems

    reader = _Reader(PARAMETERS_FILE)
    parameters: dict[str, Parameter] = {}
    for row, rec in _records(PARAMETERS_FILE, data_dir, reader):
        value = reader.number(row, "value", rec["value"])
        start, end = reader.dates(row, rec)
        if rec["name"] in parameters:
            reader.problem(row, "name", rec["name"], "duplicate_id")
        if value is not None:
            parameters[rec["name"]] = Parameter(
                rec["name"], value, rec["unit"], start, end, rec["legal_basis"], rec["source"]
            )
    for name in REQUIRED_PARAMETERS:
        if name not in parameters:
            reader.problem(None, "name", name, "takehome_missing_rule")
    problems += reader.problems

    if problems:
        raise SchemaError(problems)
    return TakeHomeRules(
        ter=ter,
        ter_start=min(d for d in ter_starts.values() if d is not None),
        ptkp=ptkp,
        contributions=tuple(c for _, c in contributions),
        brackets=brackets,
        brackets_start=bracket_starts,
        parameters=parameters,
    )


def _overlap(a: Contribution, b: Contribution) -> bool:
    lo_a, hi_a = a.start or date.min, a.end or date.max
    lo_b, hi_b = b.start or date.min, b.end or date.max
    return lo_a <= hi_b and lo_b <= hi_a


# ---------- reloading from the reference tables (for the data refresh command) ----------
TER_LEGAL_BASIS = "PP 58/2023 Lampiran {category} + Pasal 2(4); PMK 168/2023 Pasal 15(1)a"
TER_IN_FORCE_FROM = "2024-01-01"  # PP 58/2023 / PMK 168/2023 apply from 1 January 2024 (notes.md 1.1)
PTKP_IN_FORCE_FROM = "2016-01-01"  # PMK 101/PMK.010/2016, tax year 2016 onward (notes.md 1.7)
REFRESH_KEYS = {TER_FILE: ("category", "lower"), PTKP_FILE: ("status",)}


def ter_rows_from_reference(path: Path) -> pd.DataFrame:
    """A ``pph21_ter.csv`` (category, lower, upper, rate, source) as rows of ``takehome_ter.csv``."""
    ref = read_text_csv(path)
    missing = [c for c in ("category", "lower", "upper", "rate", "source") if c not in ref.columns]
    if missing:
        raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
    out = pd.DataFrame(
        {
            "category": ref["category"],
            "lower": ref["lower"],
            "upper": ref["upper"],
            "rate": ref["rate"],
            "in_force_from": TER_IN_FORCE_FROM,
            "in_force_to": "",
            "year": TER_IN_FORCE_FROM[:4],
            "kind": "statutory_rate",
            "legal_basis": ref["category"].map(lambda c: TER_LEGAL_BASIS.format(category=c)),
            "source": ref["source"],
            "reference": [f"takehome/{path.name} row {i + 2}" for i in range(len(ref))],
        }
    )
    return out[list(COLUMNS[TER_FILE])]


def ptkp_rows_from_reference(path: Path) -> pd.DataFrame:
    """A ``ptkp.csv`` as rows of ``takehome_ptkp.csv``: the eight withholding statuses (K/I/x are annual-return only)."""
    ref = read_text_csv(path)
    missing = [
        c for c in ("status", "ptkp_annual", "ter_category", "derivation", "legal_basis", "source") if c not in ref
    ]
    if missing:
        raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
    ref = ref.assign(reference=[f"takehome/{path.name} row {i + 2}" for i in range(len(ref))])
    ref = ref[ref["status"].isin(PTKP_STATUSES)].copy()
    ref["in_force_from"] = PTKP_IN_FORCE_FROM
    ref["in_force_to"] = ""
    ref["year"] = PTKP_IN_FORCE_FROM[:4]
    ref["kind"] = "statutory_amount"
    return ref[list(COLUMNS[PTKP_FILE])].reset_index(drop=True)
