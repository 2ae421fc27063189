"""The legal minimum wage in force on a date: which figure, which year, on what legal basis.

Pure: works on the bundled ``minimum_wage.csv`` frame (``load.load_minimum_wages``).

- Indonesia: the provincial UMP (or a city's UMK) of the year in force on the date.
  A disputed figure is checked against the highest published value, saying so;
  a region without a figure for that year falls back to its latest earlier year, labelled.
- United States: a state's minimum where it is higher than the federal $7.25, else the federal one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from .i18n import t
from .money import DEFAULT_HOURS, Hours, Rate, convert, format_hours, format_money, format_rate, pick_rate

FEDERAL = "Federal"
TODAY = "today"  # the check-date choice meaning "the day the page is opened"


def check_date(choice: str | int | None, today: dt.date) -> dt.date:
    """The date whose floor applies: today, or for a picked year its last day (its first day for a future year)."""
    if choice in (None, "", TODAY):
        return today
    year = int(choice)
    if year == today.year:
        return today
    return dt.date(year, 12, 31) if year < today.year else dt.date(year, 1, 1)


def check_date_options(years: list[int]) -> list[str]:
    """``today`` then the years with figures, newest first (URL values are these strings)."""
    return [TODAY, *[str(y) for y in sorted(set(years), reverse=True)]]


def check_date_label(choice: str, lang: str, today: dt.date) -> str:
    if choice == TODAY:
        return t("floor.check.today", lang, date=today.isoformat())
    return t("floor.check.year", lang, year=choice)


ANNUAL_KINDS = ("UMP", "UMK", "state")  # set for a year; the federal minimum holds until changed


@dataclass(frozen=True)
class Floor:
    country: str
    region: str
    wage_kind: str  # "UMP", "UMK", "state" or "federal"
    amount: float
    currency: str
    pay_period: str
    year: int
    in_force_from: dt.date
    legal_basis: str
    source_title: str
    disputed: bool = False
    alternatives: tuple[float, ...] = ()  # other published values (disputed or not-yet-known figures)
    fallback: bool = False  # the asked year had no figure; an earlier (or the nearest) year is used
    note: str = ""
    asked_year: int | None = None  # the year of the check date
    state_below_federal: bool = False  # a US state whose own minimum is not above the federal one


def _as_date(value: object) -> dt.date:
    return pd.Timestamp(value).date()


def _alternatives(value: object) -> tuple[float, ...]:
    return tuple(float(a) for a in str(value or "").split(";") if a.strip())


def _rows(wages: pd.DataFrame, region: str, kinds: tuple[str, ...]) -> pd.DataFrame:
    rows = wages[(wages["region"] == region) & wages["wage_kind"].isin(kinds)].copy()
    rows["_from"] = pd.to_datetime(rows["in_force_from"])
    return rows.sort_values(["_from", "year"])


def _pick(rows: pd.DataFrame, on: dt.date) -> tuple[pd.Series, bool, tuple[float, ...]]:
    """The row in force on ``on`` with an amount; fallback flag; values published for a skipped year."""
    in_force = rows[rows["_from"] <= pd.Timestamp(on)]
    skipped: tuple[float, ...] = ()
    if not in_force.empty:
        current = in_force.iloc[-1]
        with_amount = in_force[in_force["amount"].notna()]
        if pd.isna(current["amount"]):
            skipped = _alternatives(current.get("alternatives", ""))
        if not with_amount.empty:
            row = with_amount.iloc[-1]
            annual = row["wage_kind"] in ANNUAL_KINDS
            return row, bool(annual and int(row["year"]) < on.year), skipped
    later = rows[rows["amount"].notna()]
    if later.empty:
        raise LookupError(f"no minimum wage figure for {rows['region'].iloc[0]}")
    return later.iloc[0], True, skipped  # nothing in force yet: the earliest known figure, labelled


def _floor(row: pd.Series, on: dt.date, fallback: bool, skipped: tuple[float, ...], **extra) -> Floor:
    alternatives = _alternatives(row.get("alternatives", ""))
    disputed = row.get("figure_status", "") == "disputed"
    amount = float(row["amount"])
    if disputed:  # the check uses the highest published value
        values = sorted({amount, *alternatives})
        amount, alternatives = values[-1], tuple(v for v in values[:-1])
    return Floor(
        country=row["country"],
        region=row["region"],
        wage_kind=row["wage_kind"],
        amount=amount,
        currency=row["currency"],
        pay_period=row["pay_period"],
        year=int(row["year"]),
        in_force_from=_as_date(row["in_force_from"]),
        legal_basis=str(row.get("legal_basis", "") or ""),
        source_title=row["source_title"],
        disputed=disputed,
        alternatives=alternatives if disputed else skipped,
        fallback=fallback,
        note=str(row.get("note", "") or ""),
        asked_year=on.year,
        **extra,
    )


def floor_in_force(wages: pd.DataFrame, region: str, on: dt.date) -> Floor:
    """The minimum wage in force in ``region`` (a province, city, US state or ``Federal``) on ``on``.

    KeyError for an unknown region.
    """
    if region == FEDERAL:
        rows = _rows(wages, FEDERAL, ("federal",))
        if rows.empty:
            raise KeyError(region)
        row, fallback, _ = _pick(rows, on)
        return _floor(row, on, fallback, ())
    rows = _rows(wages, region, ANNUAL_KINDS)
    if rows.empty:
        raise KeyError(region)
    row, fallback, skipped = _pick(rows, on)
    floor = _floor(row, on, fallback, skipped)
    if floor.country == "US":
        federal = floor_in_force(wages, FEDERAL, on)
        if federal.amount >= floor.amount:
            return Floor(
                **{
                    **federal.__dict__,
                    "region": region,
                    "note": floor.note,
                    "asked_year": on.year,
                    "state_below_federal": True,
                }
            )
    return floor


def floor_regions(wages: pd.DataFrame, country: str) -> list[str]:
    """Regions with a floor: Indonesian provinces (UMP) then cities (UMK); US states then ``Federal``."""
    rows = wages[wages["country"] == country]
    kinds = ("UMP", "UMK") if country == "ID" else ("state",)
    regions: list[str] = []
    for kind in kinds:
        regions += sorted(rows.loc[rows["wage_kind"] == kind, "region"].unique())
    if country == "US" and (rows["wage_kind"] == "federal").any():
        regions.append(FEDERAL)
    return regions


def floor_years(wages: pd.DataFrame, country: str) -> list[int]:
    """Years with annual figures for a country, newest first (for a "check against year" picker)."""
    rows = wages[(wages["country"] == country) & wages["wage_kind"].isin(ANNUAL_KINDS)]
    return sorted({int(y) for y in rows["year"].dropna()}, reverse=True)


def floor_name(floor: Floor, lang: str) -> str:
    """What the floor is called: "UMP DKI Jakarta 2026", "US federal minimum wage (Texas sets no higher minimum)"."""
    if floor.wage_kind == "federal":
        if floor.state_below_federal and floor.region != FEDERAL:
            return t("floor.name.federal_for_state", lang, region=floor.region)
        return t("floor.name.federal", lang)
    return t(f"floor.name.{floor.wage_kind}", lang, region=floor.region, year=floor.year)


def describe_floor(floor: Floor, lang: str, with_source: bool = True) -> str:
    """One paragraph: the figure, its year, legal basis and source, and any disputed/fallback label.

    ``with_source=False`` leaves the (long) source out, for a page that shows it in a caption of its own.
    """
    amount = format_money(floor.amount, floor.currency, lang, floor.pay_period)
    name = floor_name(floor, lang)
    parts = [
        t(
            "floor.describe" if with_source else "floor.describe_short",
            lang,
            name=name,
            amount=amount,
            since=floor.in_force_from.isoformat(),
            basis=floor.legal_basis
            or t("floor.basis.state" if floor.wage_kind == "state" else "floor.basis_unknown", lang),
            source=floor.source_title,
        )
    ]
    others = ", ".join(format_money(a, floor.currency, lang) for a in floor.alternatives)
    if floor.disputed:
        parts.append(t("floor.disputed", lang, amount=amount, others=others))
    if floor.fallback:
        asked = floor.asked_year if floor.asked_year is not None else floor.year
        key = "floor.fallback_later" if asked < floor.year else "floor.fallback"
        parts.append(t(key, lang, asked=asked, year=floor.year))
        if floor.alternatives and not floor.disputed:
            parts.append(t("floor.unresolved", lang, asked=asked, others=others))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]  # "upah minimum federal AS: ..." starts a sentence


@dataclass(frozen=True)
class FloorInUnits:
    """A floor converted to the page's currency and period, with the words that say how."""

    floor: Floor
    value: float
    currency: str
    period: str
    rate: Rate | None
    hours: Hours | None
    text: str  # describe_floor + "shown as ..." + rate and hours when converted


def floor_in_units(
    floor: Floor,
    currency: str,
    period: str,
    rates: pd.DataFrame,
    lang: str,
    hours: Hours = DEFAULT_HOURS,
    custom_rate: float | None = None,
) -> FloorInUnits:
    """Convert a floor (at the rate of its own year, or the user's) and describe it."""
    conv = convert(
        floor.amount,
        floor.currency,
        floor.pay_period,
        currency,
        period,
        pick_rate(rates, floor.year, custom_rate),
        hours,
    )
    text = describe_floor(floor, lang)
    if conv.rate or conv.hours:
        text += " " + t("floor.shown_as", lang, converted=format_money(conv.value, currency, lang, period))
    if conv.rate:
        rate_text = format_rate(conv.rate, lang)
        text += " " + (rate_text if conv.rate.exact_year else t("conv.rate_nearest", lang, rate=rate_text)) + "."
    if conv.hours:
        text += " " + format_hours(conv.hours, lang) + "."
    return FloorInUnits(floor, conv.value, currency, period, conv.rate, conv.hours, text)


def floor_headline(shown: FloorInUnits, lang: str) -> str:
    """The floor in a few words for a section's label: its name and the amount in the page's units.

    A disputed figure says so here too; its other published values, source and any fallback year
    are in ``shown.text``, which the section holds.
    """
    amount = format_money(shown.value, shown.currency, lang, shown.period)
    text = f"{floor_name(shown.floor, lang)} {amount}"
    return f"{text} ({t('floor.disputed_mark', lang)})" if shown.floor.disputed else text
