"""The legal minimum wage in force on a date: which figure, which year, on what legal basis.

Pure: works on the bundled ``minimum_wage.csv`` frame (``load.load_minimum_wages``).

- Indonesia: at a workplace (a province, or a regency/city in it by Kemendagri code) the regency/city
  minimum (UMK) where the governor set one, else the provincial UMP, of the year in force on the date.
  A UMK replaces the UMP where it exists (PP 36/2021 as amended by PP 51/2023 and PP 49/2025), so a
  check that stopped at the province would pass pay that is below the law in Karawang or Bekasi.
  A disputed figure is checked against the highest published value, saying so; a UMK that is set but
  whose figure the app does not know makes the floor "at least the UMP", never a plain "meets";
  a region without a figure for that year falls back to its latest earlier year, labelled.
- United States: a state's minimum where it is higher than the federal $7.25, else the federal one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from . import regions as id_regions
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
PROVINCE_KINDS = ("UMP", "state")  # a province's or state's own floor (UMK rows are found by regency code)
# What a regency's own minimum is: set and known (the reference's statuses), set but not known, or none.
UMK_NOT_KNOWN = "not found"
NO_UMK = "none"


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
    regency_code: str = ""  # the workplace's regency/city (Kemendagri code); "" = province-wide
    regency_name: str = ""
    umk_status: str = (
        ""  # "agreed" / "single source" / "disputed" / "not found" / "none" (no UMK set); "" province-wide
    )
    province_amount: float | None = None  # the UMP beside a UMK (or under an unknown UMK)
    last_known_umk: tuple[int, float] | None = None  # (year, amount) when this year's UMK is not known
    sector_minimum: bool = False  # the decree also sets sectoral minimums (UMSK) that may be higher

    @property
    def umk_unknown(self) -> bool:
        """A UMK is set here but the app does not know its figure: the floor is only "at least the UMP"."""
        return self.umk_status == UMK_NOT_KNOWN


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


def floor_in_force(wages: pd.DataFrame, region: str, on: dt.date, regency: str = "") -> Floor:
    """The minimum wage in force at a workplace on ``on``.

    ``region``: a province (as the minimum-wage table names it), a US state or ``Federal``;
    ``regency``: a regency/city code in that province ("32.15"), or "" for the province-wide floor.
    KeyError for an unknown region or a regency code outside ``region``.
    """
    if regency:
        return _regency_floor(wages, region, regency, on)
    if region == FEDERAL:
        rows = _rows(wages, FEDERAL, ("federal",))
        if rows.empty:
            raise KeyError(region)
        row, fallback, _ = _pick(rows, on)
        return _floor(row, on, fallback, ())
    rows = _rows(wages, region, PROVINCE_KINDS)
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


def umk_rows(wages: pd.DataFrame, regency: str | None) -> pd.DataFrame:
    """A regency's UMK rows (every regency's with ``None``), their start dates parsed, oldest first."""
    if "regency_code" not in wages.columns:
        return wages.iloc[0:0].assign(_from=pd.Series(dtype="datetime64[ns]"))
    mask = wages["wage_kind"] == "UMK"
    if regency is not None:
        mask &= wages["regency_code"] == regency
    rows = wages[mask].copy()
    rows["_from"] = pd.to_datetime(rows["in_force_from"])
    return rows.sort_values(["_from", "year"])


def _mentions_umsk(row: pd.Series) -> bool:
    return "UMSK" in f"{row.get('legal_basis', '')} {row.get('note', '')}"


def _regency_floor(wages: pd.DataFrame, region: str, regency: str, on: dt.date) -> Floor:
    """The UMK in force at a regency/city, or the province's UMP with the reason it applies."""
    if id_regions.province_of(regency) != region:
        raise KeyError(regency)
    return floor_at_regency(floor_in_force(wages, region, on), umk_rows(wages, regency), regency, on)


def floor_at_regency(province: Floor, rows: pd.DataFrame, regency: str, on: dt.date) -> Floor:
    """The floor at ``regency`` from its province's floor and its own UMK rows (``_from`` parsed, in order)."""
    name = id_regions.regency_name(regency)
    place = {"regency_code": regency, "regency_name": name, "province_amount": province.amount}
    if rows.empty:  # the governor set no UMK here: the UMP is the floor
        return Floor(**{**province.__dict__, **place, "umk_status": NO_UMK})
    in_force = rows[rows["_from"] <= pd.Timestamp(on)]
    current = in_force.iloc[-1] if not in_force.empty else None
    if current is None or pd.isna(current["amount"]):
        # A UMK is set (or was set in the years we know) but not its figure for this date.
        known = rows[rows["amount"].notna() & (rows["_from"] <= pd.Timestamp(on))]
        last = (int(known.iloc[-1]["year"]), float(known.iloc[-1]["amount"])) if not known.empty else None
        basis = current if current is not None else pd.Series(dtype=object)  # no decree known for that year
        return Floor(
            **{
                **province.__dict__,
                **place,
                "umk_status": UMK_NOT_KNOWN,
                "last_known_umk": last,
                "legal_basis": province.legal_basis,
                "note": str(basis.get("legal_basis", "") or ""),  # the decree that set the unknown UMK
                "sector_minimum": _mentions_umsk(basis),
            }
        )
    row, fallback, skipped = _pick(rows, on)
    floor = _floor(row, on, fallback, skipped)
    return Floor(
        **{
            **floor.__dict__,
            **place,
            "region": province.region,
            "umk_status": str(row.get("source_status", "") or "agreed"),
            "sector_minimum": _mentions_umsk(row),
        }
    )


def floor_regions(wages: pd.DataFrame, country: str) -> list[str]:
    """Regions with a floor of their own: Indonesian provinces (UMP); US states then ``Federal``.

    Regencies and cities are picked within their province (``core.regions.regencies_of``).
    """
    rows = wages[wages["country"] == country]
    kinds = ("UMP",) if country == "ID" else ("state",)
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
    region = floor.regency_name if floor.wage_kind == "UMK" and floor.regency_name else floor.region
    return t(f"floor.name.{floor.wage_kind}", lang, region=region, year=floor.year)


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
    parts += _workplace_parts(floor, lang)
    text = " ".join(parts)
    return text[:1].upper() + text[1:]  # "upah minimum federal AS: ..." starts a sentence


def _workplace_parts(floor: Floor, lang: str) -> list[str]:
    """What the regency/city adds: the UMK replaces the UMP, no UMK is set, or it is set but not known."""
    if not floor.regency_code:
        return []
    parts = []
    ump = format_money(floor.province_amount or 0, floor.currency, lang, floor.pay_period)
    if floor.umk_unknown:
        parts.append(
            t(
                "floor.umk_unknown",
                lang,
                regency=floor.regency_name,
                year=floor.asked_year or floor.year,
                decree=floor.note or t("floor.basis_unknown", lang),
                ump=ump,
            )
        )
        if floor.last_known_umk:
            year, amount = floor.last_known_umk
            parts.append(t("floor.umk_last_known", lang, year=year, amount=format_money(amount, floor.currency, lang)))
    elif floor.umk_status == NO_UMK:
        parts.append(t("floor.no_umk", lang, regency=floor.regency_name))
    elif floor.wage_kind == "UMK" and floor.province_amount is not None:
        parts.append(t("floor.umk_replaces", lang, province=floor.region, ump=ump))
    if floor.sector_minimum:
        parts.append(t("floor.umsk", lang))
    return parts


def scope_note(floor: Floor, lang: str) -> str:
    """Whom an Indonesian minimum binds (workers under one year of service); "" for a US floor."""
    return t("floor.scope", lang) if floor.country == "ID" else ""


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
    if shown.floor.umk_unknown:
        return t("floor.headline_unknown", lang, name=floor_name(shown.floor, lang), amount=amount)
    text = f"{floor_name(shown.floor, lang)} {amount}"
    return f"{text} ({t('floor.disputed_mark', lang)})" if shown.floor.disputed else text
