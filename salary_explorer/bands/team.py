"""A whole team's pay against a band ladder and the legal floor: who is outside, what fixing it costs.

Input: a tidy roster (``uploads.roster.ROSTER_COLUMNS``, one row per employee), a band table
(``ladder.BAND_COLUMNS``) and ``floor_for(region) -> Floor`` (the minimum wage in force on the
check date, ``core.floors``). Every amount is compared in one unit, the *reporting unit*: the
roster's currency, per month. Where an employee's pay, a band or a floor is in another currency
or period it is converted with ``money.convert`` and the rate, its year and the hours assumption
are listed in ``TeamCheck.conversions``, so nothing is silently mixed.

Definitions (standard compensation formulas, as in ``core.offers``):

- compa-ratio = pay / band midpoint (1.00 at the midpoint)
- range penetration = (pay - band min) / (band max - band min) (0 at the minimum, 1 at the maximum)
- position: below / inside / above the band (the ends count as inside)
- shortfall to the floor = max(0, floor - pay); to the band = max(0, band min - pay)
- cost to fix = sum of shortfalls, per month; per year = 12 x per month
- pay gap of a group = (mean pay of the best-paid group - mean pay of the group) / mean pay of the
  best-paid group, per level and overall; the median gap likewise. A gap of 5 % or more in mean
  pay is the EU Pay Transparency Directive's (2023/970, Art. 10) trigger for a joint pay
  assessment. A scope (a level, or the whole team) where any group has fewer than
  ``MIN_GROUP`` people shows no group figures at all: with the level's totals on screen, the
  others would give the small group's pay away by subtraction.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import altair as alt
import pandas as pd
from babel.numbers import format_decimal

from ..core import export
from ..core import regions as id_regions
from ..core.charting import finish, money_axis
from ..core.floors import Floor, describe_floor, floor_in_force, floor_regions
from ..core.i18n import t
from ..core.money import (
    DEFAULT_HOURS,
    LOCALES,
    Conversion,
    Hours,
    Rate,
    convert,
    convert_salaries,
    format_hours,
    format_money,
    format_rate,
)
from .ladder import BAND_LEVELS, market_rows, starting_bands, tidy

CHECK_DATE_RANGE = (dt.date(2024, 1, 1), dt.date(2030, 12, 31))  # the years the floor table can answer for
MIN_GROUP = 5  # smallest group whose pay figures are shown (privacy)
GAP_FLAG = 0.05  # EU Pay Transparency Directive, Art. 10: joint pay assessment at a 5 % gap
REPORT_PERIOD = "month"
CHART_MAX_DOTS = 2000
MAX_FLOOR_RULES = 3  # above this, employees are binned per level before plotting
POSITIONS = ("below", "inside", "above", "no_band")
EMPLOYEE_COLUMNS = (
    "row",
    "employee",
    "level",
    "industry",
    "region",
    "group",
    "hire_date",
    "pay",
    "currency",
    "pay_period",
    "pay_month",
    "band_min",
    "band_mid",
    "band_max",
    "compa_ratio",
    "penetration",
    "position",
    "floor_region",
    "floor_kind",
    "floor_year",
    "floor_month",
    "below_floor",
    "floor_shortfall",
    "band_shortfall",
)


# ---------- regions ----------
_DROP_WORDS = re.compile(r"\b(provinsi|province|prov|state of|daerah khusus ibukota|dki|di|daerah istimewa)\b")
ALIASES = {
    "jakarta": "DKI Jakarta",
    "yogyakarta": "DI Yogyakarta",
    "jogja": "DI Yogyakarta",
    "jogjakarta": "DI Yogyakarta",
}


def _region_key(text: str) -> str:
    low = re.sub(r"[^a-z ]+", " ", str(text).lower())
    return " ".join(_DROP_WORDS.sub(" ", low).split())


def resolve_region(value: str, known: Sequence[str]) -> str | None:
    """The floor table's spelling of a roster's province or state: ``dki jakarta``, ``Jakarta``,
    ``Provinsi Jawa Barat`` and ``jawa barat`` all find theirs; None when nothing fits."""
    text = str(value).strip()
    if text in known:
        return text
    by_lower = {k.lower(): k for k in known}
    if text.lower() in by_lower:
        return by_lower[text.lower()]
    by_key = {_region_key(k): k for k in known}
    key = _region_key(text)
    if key in by_key:
        return by_key[key]
    alias = ALIASES.get(key)
    return alias if alias in known else None


# ---------- the check ----------
@dataclass(frozen=True)
class Costs:
    """Cost to bring everyone up, in the reporting currency; yearly = 12 x monthly."""

    currency: str
    to_floor_month: float
    to_band_month: float
    below_floor: int
    below_band: int

    @property
    def to_floor_year(self) -> float:
        return self.to_floor_month * 12

    @property
    def to_band_year(self) -> float:
        return self.to_band_month * 12


@dataclass
class TeamCheck:
    employees: pd.DataFrame  # EMPLOYEE_COLUMNS, amounts in the reporting unit (currency per month)
    levels: pd.DataFrame  # summary per level
    costs: Costs
    currency: str  # the reporting currency
    floors: dict[str, Floor]  # floor region -> the Floor used
    unknown_regions: list[str]  # roster regions with no floor (not checked against one)
    conversions: list[tuple[str, Conversion]] = field(default_factory=list)  # what was converted, and how
    bands: pd.DataFrame | None = None  # the band table used, as given


def _units(currency: str, period: str, to_currency: str, rate: Rate, hours: Hours) -> Conversion:
    """The factor from one unit into the reporting unit, with the rate/hours it needed."""
    return convert(1.0, currency, period, to_currency, REPORT_PERIOD, rate, hours)


def band_lookup(bands: pd.DataFrame, currency: str, rate: Rate, hours: Hours) -> tuple[pd.DataFrame, Conversion | None]:
    """Usable bands (one per level, 0 < min < max) in the reporting unit, indexed by level."""
    df = tidy(bands)
    df = df[df["level"].isin(BAND_LEVELS)].drop_duplicates("level")
    df = df[(df["band_min"] > 0) & (df["band_max"] > df["band_min"])]
    if df.empty:
        return pd.DataFrame(columns=["band_min", "band_mid", "band_max"], dtype="float64"), None
    unit = _units(df["currency"].iloc[0], df["pay_period"].iloc[0], currency, rate, hours)
    mid = df["band_mid"].where(df["band_mid"].notna(), (df["band_min"] + df["band_max"]) / 2)
    out = pd.DataFrame(
        {
            "band_min": df["band_min"] * unit.value,
            "band_mid": mid * unit.value,
            "band_max": df["band_max"] * unit.value,
        }
    )
    out.index = df["level"]
    return out, unit if (unit.rate or unit.hours) else None


def check_team(
    roster: pd.DataFrame,
    bands: pd.DataFrame,
    floor_for: Callable[[str], Floor],
    *,
    regions: Sequence[str] | None = None,
    rate: Rate,
    hours: Hours = DEFAULT_HOURS,
    currency: str | None = None,
) -> TeamCheck:
    """Every employee against their level's band and their region's floor; summary and costs.

    ``regions`` are the floor table's region names (roster spellings are matched to them);
    ``floor_for`` may raise ``KeyError``/``ValueError`` for a region it has no floor for.
    ``currency`` is the reporting currency (default: the roster's most common one).
    """
    if roster.empty:
        raise ValueError("the roster has no employees")
    currency = currency or str(roster["currency"].mode().iloc[0])
    conversions: list[tuple[str, Conversion]] = []
    emp = roster.copy().reset_index(drop=True)

    # pay in the reporting unit: one factor per (currency, period) present
    factor = pd.Series(1.0, index=emp.index)
    for (cur, per), idx in emp.groupby(["currency", "pay_period"]).groups.items():
        unit = _units(cur, per, currency, rate, hours)
        factor[idx] = unit.value
        if unit.rate or unit.hours:
            conversions.append((f"pay:{cur}/{per}", unit))
    emp["pay_month"] = emp["pay"] * factor

    # bands
    band, band_unit = band_lookup(bands, currency, rate, hours)
    if band_unit:
        b = tidy(bands)
        conversions.append((f"bands:{b['currency'].iloc[0]}/{b['pay_period'].iloc[0]}", band_unit))
    for col in ("band_min", "band_mid", "band_max"):
        emp[col] = emp["level"].map(band[col]).astype("float64")
    has_band = emp["band_min"].notna()
    emp["compa_ratio"] = (emp["pay_month"] / emp["band_mid"]).where(has_band)
    emp["penetration"] = ((emp["pay_month"] - emp["band_min"]) / (emp["band_max"] - emp["band_min"])).where(has_band)
    emp["position"] = "no_band"
    emp.loc[has_band & (emp["pay_month"] < emp["band_min"]), "position"] = "below"
    emp.loc[has_band & (emp["pay_month"] > emp["band_max"]), "position"] = "above"
    emp.loc[has_band & emp["pay_month"].between(emp["band_min"], emp["band_max"]), "position"] = "inside"

    # floors: one per distinct roster region
    floors: dict[str, Floor] = {}
    per_region: dict[str, tuple[str | None, object | None, float]] = {}
    unknown: list[str] = []
    for value in pd.unique(emp["region"]):
        name = resolve_region(value, regions) if regions is not None else str(value)
        floor = None
        if name is not None:
            try:
                floor = floor_for(name)
            except (LookupError, ValueError):
                floor = None
        if floor is None or getattr(floor, "amount", None) is None:
            unknown.append(str(value))
            per_region[value] = (None, None, math.nan)
            continue
        if regions is None:  # the place as the floor names it: "Jakarta" and "DKI Jakarta" share one floor
            name = floor.regency_name or floor.region
        unit = _units(floor.currency, floor.pay_period, currency, rate, hours)
        if unit.rate or unit.hours:
            conversions.append((f"floor:{name}", unit))
        floors[name] = floor
        per_region[value] = (name, floor, float(floor.amount) * unit.value)
    emp["floor_region"] = emp["region"].map(lambda r: per_region[r][0])
    emp["floor_kind"] = emp["region"].map(lambda r: getattr(per_region[r][1], "wage_kind", None))
    emp["floor_year"] = emp["region"].map(lambda r: getattr(per_region[r][1], "year", None)).astype("Int64")
    emp["floor_month"] = emp["region"].map(lambda r: per_region[r][2]).astype("float64")
    has_floor = emp["floor_month"].notna()
    emp["below_floor"] = (emp["pay_month"] < emp["floor_month"]).astype("boolean").where(has_floor, pd.NA)
    emp["floor_shortfall"] = (emp["floor_month"] - emp["pay_month"]).clip(lower=0).where(has_floor, 0.0)
    emp["band_shortfall"] = (emp["band_min"] - emp["pay_month"]).clip(lower=0).where(has_band, 0.0)
    emp = emp[list(EMPLOYEE_COLUMNS)]

    costs = Costs(
        currency,
        float(emp["floor_shortfall"].sum()),
        float(emp["band_shortfall"].sum()),
        int(emp["below_floor"].fillna(False).sum()),
        int((emp["position"] == "below").sum()),
    )
    return TeamCheck(emp, level_summary(emp), costs, currency, floors, sorted(unknown), conversions, bands)


def level_summary(emp: pd.DataFrame) -> pd.DataFrame:
    """Per level in ladder order: headcount, below floor, below/in/above band, mean compa-ratio, costs."""
    order = {lv: i for i, lv in enumerate((*BAND_LEVELS, "unspecified"))}
    frame = emp.assign(
        below_floor_n=emp["below_floor"].fillna(False).astype(int),
        below_band=(emp["position"] == "below").astype(int),
        inside_band=(emp["position"] == "inside").astype(int),
        above_band=(emp["position"] == "above").astype(int),
        no_band=(emp["position"] == "no_band").astype(int),
    )
    out = frame.groupby("level", sort=False).agg(
        headcount=("employee", "size"),
        below_floor=("below_floor_n", "sum"),
        below_band=("below_band", "sum"),
        inside_band=("inside_band", "sum"),
        above_band=("above_band", "sum"),
        no_band=("no_band", "sum"),
        mean_compa_ratio=("compa_ratio", "mean"),
        floor_cost_month=("floor_shortfall", "sum"),
        band_cost_month=("band_shortfall", "sum"),
    )
    out = out.reset_index()
    return out.sort_values("level", key=lambda s: s.map(order).fillna(99), kind="stable").reset_index(drop=True)


# ---------- pay gap ----------
@dataclass
class PayGap:
    table: pd.DataFrame  # scope, group, n, median_pay, mean_pay, mean_compa_ratio, gap_mean, gap_median, flagged
    suppressed: list[str]  # scopes ("all" or a level) left out because a group has < MIN_GROUP people
    reference: dict[str, str]  # scope -> the best-paid group the gaps are measured against


NOT_STATED = ""  # an empty group cell: "not stated", counted as a group of its own


def pay_gap(emp: pd.DataFrame, min_group: int = MIN_GROUP, flag_at: float = GAP_FLAG) -> PayGap:
    """Group pay per level and overall; see the module docstring for the definitions and the privacy rule."""
    rows, suppressed, reference = [], [], {}
    scopes = [("all", emp)] + [(lv, emp[emp["level"] == lv]) for lv in (*BAND_LEVELS, "unspecified")]
    for scope, part in scopes:
        if part.empty:
            continue
        stats = part.groupby("group", sort=True).agg(
            n=("employee", "size"),
            median_pay=("pay_month", "median"),
            mean_pay=("pay_month", "mean"),
            mean_compa_ratio=("compa_ratio", "mean"),
        )
        if (stats["n"] < min_group).any():
            suppressed.append(scope)
            continue
        best = stats["mean_pay"].idxmax()
        reference[scope] = best
        stats["gap_mean"] = 1 - stats["mean_pay"] / stats.at[best, "mean_pay"]
        stats["gap_median"] = 1 - stats["median_pay"] / stats.at[best, "median_pay"]
        stats["flagged"] = stats["gap_mean"].round(10) >= flag_at
        rows.append(stats.reset_index().assign(scope=scope))
    columns = ["scope", "group", "n", "median_pay", "mean_pay", "mean_compa_ratio", "gap_mean", "gap_median", "flagged"]
    table = pd.concat(rows, ignore_index=True)[columns] if rows else pd.DataFrame(columns=columns)
    return PayGap(table, suppressed, reference)


# ---------- words, tables and files for the page ----------
def _level(level: str, lang: str) -> str:
    return t(f"level.{level}", lang)


def _yes_no(value: object, lang: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return t("team.yes", lang) if bool(value) else t("team.no", lang)


def money_unit(currency: str, lang: str, period: str = REPORT_PERIOD) -> str:
    """``Rp/month`` or ``US$/month`` for a column header."""
    return f"{t(f'team.cur.{currency}', lang)}/{t(f'team.per.{period}', lang)}"


def _money_digits(currency: str) -> int:
    """Rupiah tables show whole rupiah; dollars show cents."""
    return 0 if currency == "IDR" else 2


def _with_formats(df: pd.DataFrame, formats: dict[str, str]) -> pd.DataFrame:
    """Display formats for ratio columns (``%.2f``), kept on the frame for the table widget."""
    df.attrs["formats"] = formats
    return df


def employee_table(check: TeamCheck, lang: str) -> pd.DataFrame:
    """One row per employee, headed in the reader's language; numbers stay numbers so the table sorts."""
    e = check.employees
    unit, digits = money_unit(check.currency, lang), _money_digits(check.currency)
    formats = {t("team.col.compa", lang): "%.2f", t("team.col.penetration", lang): "%.1f"}
    return _with_formats(
        pd.DataFrame(
            {
                t("team.col.employee", lang): e["employee"],
                t("common.level", lang): e["level"].map(lambda lv: _level(lv, lang)),
                t("team.col.region", lang): e["region"],
                t("team.col.group", lang): e["group"],
                t("team.col.pay", lang, unit=unit): e["pay_month"].round(digits),
                t("team.col.band_min", lang, unit=unit): e["band_min"].round(digits),
                t("team.col.band_max", lang, unit=unit): e["band_max"].round(digits),
                t("team.col.compa", lang): e["compa_ratio"].round(2),
                t("team.col.penetration", lang): (e["penetration"] * 100).round(1),
                t("team.col.position", lang): e["position"].map(lambda p: t(f"team.pos.{p}", lang)),
                t("team.col.floor", lang, unit=unit): e["floor_month"].round(digits),
                t("team.col.floor_year", lang): e["floor_year"].map(lambda y: "–" if pd.isna(y) else str(int(y))),
                t("team.col.below_floor", lang): e["below_floor"].map(lambda v: _yes_no(v, lang)),
                t("team.col.floor_shortfall", lang, unit=unit): e["floor_shortfall"].round(digits),
                t("team.col.band_shortfall", lang, unit=unit): e["band_shortfall"].round(digits),
            }
        ),
        formats,
    )


def levels_table(check: TeamCheck, lang: str) -> pd.DataFrame:
    lv = check.levels
    unit, digits = money_unit(check.currency, lang), _money_digits(check.currency)
    return _with_formats(
        pd.DataFrame(
            {
                t("common.level", lang): lv["level"].map(lambda x: _level(x, lang)),
                t("team.col.headcount", lang): lv["headcount"],
                t("team.col.n_below_floor", lang): lv["below_floor"],
                t("team.col.n_below_band", lang): lv["below_band"],
                t("team.col.n_inside_band", lang): lv["inside_band"],
                t("team.col.n_above_band", lang): lv["above_band"],
                t("team.col.n_no_band", lang): lv["no_band"],
                t("team.col.mean_compa", lang): lv["mean_compa_ratio"].round(2),
                t("team.col.floor_cost", lang, unit=unit): lv["floor_cost_month"].round(digits),
                t("team.col.band_cost", lang, unit=unit): lv["band_cost_month"].round(digits),
            }
        ),
        {t("team.col.mean_compa", lang): "%.2f"},
    )


def gap_table(gap: PayGap, currency: str, lang: str) -> pd.DataFrame:
    g = gap.table
    unit = money_unit(currency, lang)
    formats = {t("team.col.mean_compa", lang): "%.2f", t("team.col.gap_mean", lang): "%.1f"}
    formats[t("team.col.gap_median", lang)] = "%.1f"
    return _with_formats(
        pd.DataFrame(
            {
                t("team.col.scope", lang): g["scope"].map(
                    lambda s: t("team.gap.all", lang) if s == "all" else _level(s, lang)
                ),
                t("team.col.group", lang): g["group"].map(
                    lambda x: x if x != NOT_STATED else t("team.gap.not_stated", lang)
                ),
                t("team.col.headcount", lang): g["n"],
                t("team.col.median_pay", lang, unit=unit): g["median_pay"].round(_money_digits(currency)),
                t("team.col.mean_pay", lang, unit=unit): g["mean_pay"].round(_money_digits(currency)),
                t("team.col.mean_compa", lang): g["mean_compa_ratio"].round(2),
                t("team.col.gap_mean", lang): (g["gap_mean"] * 100).round(1),
                t("team.col.gap_median", lang): (g["gap_median"] * 100).round(1),
                t("team.col.flag", lang): g["flagged"].map(lambda f: t("team.gap.flag", lang) if f else ""),
            }
        ),
        formats,
    )


def describe_conversion(what: str, unit: Conversion, lang: str) -> str:
    """Which figures were converted into the reporting unit, at which rate (and year) and hours."""
    kind, _, detail = what.partition(":")
    parts = []
    if unit.rate:
        rate = format_rate(unit.rate, lang)
        parts.append(rate if unit.rate.exact_year else t("conv.rate_nearest", lang, rate=rate))
    if unit.hours:
        parts.append(format_hours(unit.hours, lang))
    return t(f"team.conv.{kind}", lang, detail=detail, how="; ".join(parts))


def summary_sentences(check: TeamCheck, lang: str) -> dict[str, str]:
    """The cost figures as the reader writes money."""
    c, cur = check.costs, check.currency
    return {
        "floor_month": format_money(c.to_floor_month, cur, lang, "month"),
        "floor_year": format_money(c.to_floor_year, cur, lang, "year"),
        "band_month": format_money(c.to_band_month, cur, lang, "month"),
        "band_year": format_money(c.to_band_year, cur, lang, "year"),
    }


# ---------- export ----------
def provenance(check: TeamCheck, roster_name: str, band_set: str, on: object, lang: str = "en") -> pd.DataFrame:
    """Where every comparison figure came from: the band set, each floor, each conversion."""
    rows = [
        {"item": "roster", "detail": roster_name},
        {"item": "check_date", "detail": str(on)},
        {"item": "reporting_unit", "detail": f"{check.currency} per month; per year = 12 x per month"},
    ]
    b = tidy(check.bands) if check.bands is not None else None
    if b is not None and not b.empty:
        rows.append(
            {
                "item": "band_set",
                "detail": f"{band_set}: {b['currency'].iloc[0]} per {b['pay_period'].iloc[0]}, "
                f"market {b['country'].iloc[0] or '-'}, industry {b['industry'].iloc[0] or '-'}",
            }
        )
        for _, r in b.iterrows():
            rows.append(
                {
                    "item": f"band:{r['level']}",
                    "detail": f"min {r['band_min']:.10g}, mid {r['band_mid']:.10g}, max {r['band_max']:.10g}; "
                    f"basis {r['basis']} {r['basis_params']}".strip(),
                }
            )
    for name, floor in check.floors.items():
        rows.append({"item": f"floor:{name}", "detail": describe_floor(floor, lang)})
    for region in check.unknown_regions:
        rows.append({"item": f"no_floor:{region}", "detail": t("team.no_floor", lang, region=region)})
    for what, unit in check.conversions:
        rows.append({"item": f"conversion:{what}", "detail": describe_conversion(what, unit, lang)})
    return pd.DataFrame(rows, columns=["item", "detail"])


def export_frame(check: TeamCheck, band_set: str, on: object) -> pd.DataFrame:
    """The findings per employee, with the provenance of the band and floor on every row."""
    e = check.employees.copy()
    e["hire_date"] = e["hire_date"].map(lambda d: "" if d is None or pd.isna(d) else str(d))
    e["below_floor"] = e["below_floor"].map(lambda v: "" if v is pd.NA or v is None else ("yes" if v else "no"))
    e["report_currency"] = check.currency
    e["report_period"] = REPORT_PERIOD
    e["band_set"] = band_set
    e["floor_source"] = e["floor_region"].map(
        lambda r: getattr(check.floors.get(r), "source_title", "") if r in check.floors else ""
    )
    e["floor_legal_basis"] = e["floor_region"].map(
        lambda r: getattr(check.floors.get(r), "legal_basis", "") if r in check.floors else ""
    )
    e["check_date"] = str(on)
    for col in ("floor_region", "floor_kind"):
        e[col] = e[col].fillna("")
    return e


def export_sheets(check: TeamCheck, gap: PayGap | None, roster_name: str, band_set: str, on: object) -> dict:
    """Sheets of the Excel file: employees, levels, costs, pay gap (privacy rule applied), provenance."""
    c = check.costs
    costs = pd.DataFrame(
        {
            "measure": ["to_floor", "to_band_min"],
            "employees_below": [c.below_floor, c.below_band],
            "per_month": [c.to_floor_month, c.to_band_month],
            "per_year": [c.to_floor_year, c.to_band_year],
            "currency": [c.currency, c.currency],
        }
    )
    sheets = {
        "employees": export_frame(check, band_set, on),
        "levels": check.levels,
        "costs": costs,
        "provenance": provenance(check, roster_name, band_set, on),
    }
    if gap is not None:
        sheets["pay_gap"] = gap.table.assign(flagged=gap.table["flagged"].map({True: "yes", False: "no"}))
    return sheets


# ---------- chart ----------
def chart_frame(check: TeamCheck, max_dots: int = CHART_MAX_DOTS) -> tuple[pd.DataFrame, bool]:
    """Employees as dots (level, pay, position, count); above ``max_dots`` binned per level to 60 pay steps."""
    e = check.employees
    dots = e[["employee", "level", "pay_month", "position"]].assign(count=1)
    if len(dots) <= max_dots:
        return dots, False
    low, high = float(e["pay_month"].min()), float(e["pay_month"].max())
    step = (high - low) / 60 or 1.0
    binned = dots.assign(pay_month=((dots["pay_month"] - low) // step) * step + low + step / 2)
    out = binned.groupby(["level", "pay_month", "position"], as_index=False).agg(count=("employee", "size"))
    return out.assign(employee=""), True


def team_chart(check: TeamCheck, lang: str) -> alt.Chart:
    """Each level's band as a bar (midpoint ticked), every employee as a dot coloured by position."""
    dots, binned = chart_frame(check)
    order = [lv for lv in (*BAND_LEVELS, "unspecified") if lv in set(dots["level"])]
    labels = {lv: _level(lv, lang) for lv in order}
    dots = dots.assign(
        level_label=dots["level"].map(labels),
        position_label=dots["position"].map(lambda p: t(f"team.pos.{p}", lang)),
        jitter=[((i * 7) % 11 - 5) / 5 for i in range(len(dots))],  # fixed spread in -1..1, same on every rerun
    )
    lv = check.employees.drop_duplicates("level")[["level", "band_min", "band_mid", "band_max"]].dropna()
    lv = lv.assign(level_label=lv["level"].map(labels))
    top = float(max(dots["pay_month"].max(), lv["band_max"].max() if not lv.empty else 0))
    x_axis = money_axis(check.currency, REPORT_PERIOD, lang, top)
    y = alt.Y("level_label:N", sort=[labels[o] for o in order], title=t("common.level", lang))
    bars = (
        alt.Chart(lv)
        .mark_bar(opacity=0.25, height=26, color="#4c78a8")
        .encode(
            x=alt.X("band_min:Q", axis=x_axis),
            x2="band_max:Q",
            y=y,
            tooltip=[alt.Tooltip("level_label:N", title=t("common.level", lang))],
        )
    )
    mids = alt.Chart(lv).mark_tick(thickness=2, size=26, color="#4c78a8").encode(x="band_mid:Q", y=y)
    colours = alt.Scale(
        domain=[t(f"team.pos.{p}", lang) for p in POSITIONS], range=["#d62728", "#2ca02c", "#ff7f0e", "#7f7f7f"]
    )
    tooltip = [
        alt.Tooltip("employee:N", title=t("team.col.employee", lang)),
        alt.Tooltip("pay_month:Q", title=t("team.col.pay", lang, unit=money_unit(check.currency, lang)), format=",.0f"),
        alt.Tooltip("position_label:N", title=t("team.col.position", lang)),
    ]
    if binned:
        tooltip = [alt.Tooltip("count:Q", title=t("team.col.headcount", lang)), *tooltip[1:]]
    points = (
        alt.Chart(dots)
        .mark_circle(opacity=0.8)
        .encode(
            x="pay_month:Q",
            y=y,
            yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[-3, 3])),  # stay on the band's bar
            color=alt.Color("position_label:N", scale=colours, title=t("team.col.position", lang)),
            size=alt.Size("count:Q", legend=None) if binned else alt.value(60),
            tooltip=tooltip,
        )
    )
    layers = [bars, mids, points]
    floors = check.employees.dropna(subset=["floor_month"]).drop_duplicates("floor_month")
    if 0 < len(floors) <= MAX_FLOOR_RULES:  # a few floors read as lines; many would only clutter
        floors = floors.assign(
            label=[
                f"{r} {k} {y}" for r, k, y in zip(floors["floor_region"], floors["floor_kind"], floors["floor_year"])
            ]
        )
        layers.append(
            alt.Chart(floors[["floor_month", "label"]])
            .mark_rule(color="#d62728", strokeDash=[4, 3])
            .encode(x="floor_month:Q", tooltip=[alt.Tooltip("label:N", title=t("team.col.floor_rule", lang))])
        )
    chart = alt.layer(*layers).properties(height=max(120, 60 * len(order)))
    return finish(chart, lang)


def default_bands(rows: pd.DataFrame, rates: pd.DataFrame, hours: Hours = DEFAULT_HOURS) -> pd.DataFrame:
    """The ladder the bands page starts a session with (Indonesian per-level market ranges, Rp per month),
    for a user who has not opened the bands page yet."""
    converted = convert_salaries(market_rows(rows, "ID", None), "IDR", "month", rates, hours)
    return starting_bands(converted, "IDR", "month", "ID", None)


def usable_levels(bands: pd.DataFrame) -> int:
    """How many levels of a band table can be checked against (0 < min < max, level known)."""
    band, _ = band_lookup(bands, "IDR", Rate(1.0, None, "none"), DEFAULT_HOURS)
    return len(band)


# ---------- everything the page shows, in one call ----------
@dataclass
class TeamView:
    check: TeamCheck
    gap: PayGap | None
    unit: str  # "Rp/month"
    costs: dict[str, str]
    levels: pd.DataFrame
    employees: pd.DataFrame
    gap_table: pd.DataFrame | None
    floor_notes: list[str]
    conversion_notes: list[str]
    chart: alt.Chart
    binned: bool
    metrics: dict[str, str]  # headcount, below_floor, below_band, above_band
    band_note: str
    gap_flagged: int
    gap_suppressed: str  # the scopes left out, in the reader's words
    csv: Callable[[], bytes]  # built when the user clicks download, not on every rerun
    xlsx: Callable[[], bytes] | None  # None when a sheet has more rows than Excel holds
    csv_name: str
    xlsx_name: str


def default_check_date() -> dt.date:
    """Today: the minimum wage in force now, unless the user picks another date."""
    return dt.date.today()


def file_stem(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", str(name).rsplit(".", 1)[0]).strip("-")[:40] or "roster"


def workplace_floor(wages: pd.DataFrame, on: object, picks: dict[str, str] | None = None) -> Callable[[str], Floor]:
    """A roster's place text -> the floor in force there on ``on``: a province or US state (its UMP or state
    minimum), else a regency/city ("Kota Bekasi", "Karawang", "Jakarta Selatan": its UMK where set).

    ``picks`` maps an ambiguous text ("Bekasi": a kota and a kabupaten) to the code the reader chose; an
    ambiguous text without a pick, or an unknown one, raises LookupError (no floor: listed, never guessed).
    """
    regions = floor_regions(wages, "ID") + floor_regions(wages, "US")
    picks = picks or {}
    known: dict[str, Floor | LookupError] = {}  # a roster names a few places many times: each worked out once

    def floor_for(text: str) -> Floor:
        if text not in known:
            try:
                known[text] = _floor_of(text)
            except LookupError as err:  # KeyError included
                known[text] = err
        if isinstance(known[text], LookupError):
            raise known[text]
        return known[text]

    def _floor_of(text: str) -> Floor:
        name = resolve_region(text, regions)
        if name is not None:
            return floor_in_force(wages, name, on)
        code = picks.get(str(text).strip())
        if not code:
            match = id_regions.resolve_regency(text)
            if match.status != "ok":
                raise LookupError(text)
            code = match.code
        return floor_in_force(wages, id_regions.province_of(code), on, regency=code)

    return floor_for


def ambiguous_places(roster: pd.DataFrame, wages: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Roster places that name more than one regency/city ("Bekasi") -> {code: name} to pick from."""
    regions = floor_regions(wages, "ID") + floor_regions(wages, "US")
    out = {}
    for text in pd.unique(roster["region"].astype(str).str.strip()):
        if not text or resolve_region(text, regions) is not None:
            continue
        match = id_regions.resolve_regency(text)
        if match.status == "ambiguous":
            out[text] = {
                code: f"{id_regions.regency_name(code)} ({id_regions.province_of(code)})" for code in match.candidates
            }
    return out


def team_view(
    roster: pd.DataFrame,
    bands: pd.DataFrame,
    wages: pd.DataFrame,
    *,
    on: object,
    rate: Rate,
    hours: Hours,
    lang: str,
    roster_name: str,
    band_set: str,
    with_gap: bool,
    place_picks: tuple[tuple[str, str], ...] = (),
) -> TeamView:
    """The team check as the page renders it: tables in the reader's language, notes, chart, export files.

    Floors are the ones in force on ``on`` (``core.floors``) where each employee works: their province or
    state, or their regency/city (its UMK where one is set). ``place_picks``: (place text, regency code)
    for the ambiguous places the reader resolved.
    """
    floor_for = workplace_floor(wages, on, dict(place_picks))
    check = check_team(roster, bands, floor_for, rate=rate, hours=hours)
    gap = pay_gap(check.employees) if with_gap else None
    sheets = export_sheets(check, gap, roster_name, band_set, on)
    stem = export.export_file_name("team-check", {"roster": file_stem(roster_name), "bands": file_stem(band_set)}, "x")
    stem = stem[: -len(".x")]
    fits = all(export.fits_in_excel(df) for df in sheets.values())
    _, binned = chart_frame(check)

    def count(n: int) -> str:
        return format_decimal(n, locale=LOCALES.get(lang, "en_US"))

    b = tidy(bands)
    metrics = {
        "headcount": count(len(check.employees)),
        "below_floor": count(check.costs.below_floor),
        "below_band": count(check.costs.below_band),
        "above_band": count(int((check.employees["position"] == "above").sum())),
    }
    scopes = [t("team.gap.all", lang) if s == "all" else _level(s, lang) for s in (gap.suppressed if gap else [])]
    return TeamView(
        check=check,
        gap=gap,
        unit=money_unit(check.currency, lang),
        costs=summary_sentences(check, lang),
        levels=levels_table(check, lang),
        employees=employee_table(check, lang),
        gap_table=gap_table(gap, check.currency, lang) if gap is not None else None,
        floor_notes=[describe_floor(f, lang) for f in check.floors.values()]
        + [t("team.no_floor", lang, region=r) for r in check.unknown_regions],
        conversion_notes=[describe_conversion(w, u, lang) for w, u in check.conversions],
        chart=team_chart(check, lang),
        binned=binned,
        metrics=metrics,
        band_note=t(
            "team.bands.used",
            lang,
            name=band_set,
            unit=money_unit(b["currency"].iloc[0], lang, b["pay_period"].iloc[0]),
            n=usable_levels(bands),
        ),
        gap_flagged=int(gap.table["flagged"].sum()) if gap is not None else 0,
        gap_suppressed=", ".join(scopes),
        csv=functools.partial(export.to_csv_bytes, sheets["employees"]),
        xlsx=functools.partial(export.sheets_to_xlsx_bytes, sheets) if fits else None,
        csv_name=f"{stem}.csv",
        xlsx_name=f"{stem}.xlsx",
    )
