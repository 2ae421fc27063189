"""What the offer check shows beside an offer: its take-home per month and per year, every step, employer cost.

One call (``takehome_view``) returns everything the page renders; ``takehome_range_table``
turns the level/industry ranges into "estimated take-home, TK/0" figures for their own chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

from ..core import offers
from ..core.i18n import t
from ..core.money import LOCALES, conversion_note, convert, convert_period, format_money, pick_rate
from ..core.takehome_rules import JKK_CLASSES, PTKP_STATUSES, TakeHomeRules
from . import charts, screens
from . import takehome as th
from . import views as sv

STATUSES = PTKP_STATUSES
US_YEAR = 2026  # the only US year bundled (notes.md section 5)
DEFAULT_STATUS = "TK/0"
DEFAULT_JKK = th.DEFAULT_JKK
THR_MONTHS = tuple(range(1, 13))


def status_label(status: str, lang: str) -> str:
    """``single, no dependants (TK/0)``: the status in plain words, its code after."""
    return f"{t('th.status.' + status, lang)} ({status})"


def rate_text(rate: Decimal | None, lang: str) -> str:
    """``0,75 %`` / ``0.75 %``; empty when a step has no rate."""
    if rate is None:
        return ""
    return format_decimal(rate * 100, format="#,##0.###", locale=LOCALES.get(lang, "en_US")) + " %"


def jkk_label(risk: str, rules: TakeHomeRules, lang: str) -> str:
    rate = next(c.rate for c in rules.contributions if c.program == "jkk" and c.risk_class == risk)
    return f"{t('th.jkk.' + risk, lang)} ({rate_text(rate, lang)})"


def month_name(month: int, lang: str) -> str:
    return format_date(date(2026, month, 1), "LLLL", locale=LOCALES.get(lang, "en_US"))


def status_labels(lang: str) -> dict[str, str]:
    """``{status: plain words (code)}`` for the status picker."""
    return {s: status_label(s, lang) for s in STATUSES}


def jkk_labels(rules: TakeHomeRules, lang: str) -> dict[str, str]:
    return {risk: jkk_label(risk, rules, lang) for risk in JKK_CLASSES}


def month_labels(lang: str) -> dict[int, str]:
    return {m: month_name(m, lang) for m in THR_MONTHS}


def tax_years(rules: TakeHomeRules) -> list[int]:
    """Tax years the Indonesian tables cover, newest last (TER since 2024, up to the newest row)."""
    first = rules.first_month().year
    last = max([first, *(c.start.year for c in rules.contributions if c.start is not None)])
    return list(range(first, last + 1))


@dataclass(frozen=True)
class Headline:
    label: str
    value: str
    help: str


@dataclass(frozen=True)
class TakeHomeView:
    """Everything the take-home block renders; ``error`` set (and nothing else) when it cannot compute."""

    country: str  # ID | US
    title: str
    headlines: list[Headline] = field(default_factory=list)
    steps: pd.DataFrame | None = None
    steps_title: str = ""
    december: pd.DataFrame | None = None
    december_title: str = ""
    months: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


NBSP = "\u00a0"  # money never breaks across lines in the narrow table columns
EMPLOYER_STEPS = ("jkk", "jkm", "bpjs_kes_employer", "jht_employer", "jp_employer", "employer_cost")


def _money(value: float, currency: str, lang: str) -> str:
    return format_money(value, currency, lang).replace(" ", NBSP)


def _amount_text(step: th.Step, currency: str, lang: str) -> str:
    if step.amount is None:
        return ""
    value = float(step.amount)
    text = _money(abs(value), currency, lang)
    if step.effect == "deduct":
        return ("−" if value >= 0 else "+") + NBSP + text
    if step.effect == "add":
        return "+" + NBSP + text
    return ("−" + NBSP if value < 0 else "") + text


def _params(step: th.Step, currency: str, lang: str, rules: TakeHomeRules) -> dict:
    out = {}
    for k, v in step.params.items():
        if isinstance(v, Decimal):
            out[k] = rate_text(v, lang) if k.endswith("rate") else format_money(float(v), currency, lang)
        elif v is None:
            out[k] = "–" if k != "upper" else t("th.no_limit", lang)
        elif isinstance(v, date):
            out[k] = format_date(v, "MMM yyyy", locale=LOCALES.get(lang, "en_US"))
        elif k == "risk":
            out[k] = jkk_label(v, rules, lang)
        elif k == "parts":
            out[k] = ", ".join(t(f"th.part.{p}", lang) for p in v)
        else:
            out[k] = v
    return out


def steps_table(
    steps: tuple[th.Step, ...], currency: str, lang: str, rules: TakeHomeRules, skip: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The working as a table: what, rate (x base), amount (signed), rule."""
    rows = []
    for s in steps:
        if s.key in skip:
            continue
        what = t(f"th.step.{s.key}", lang, **_params(s, currency, lang, rules))
        rate = rate_text(s.rate, lang)
        if rate and s.base is not None and s.key != "ter_rate":
            rate = rate.replace(" ", NBSP) + " × " + _money(float(s.base), currency, lang)
        rows.append((what, rate, _amount_text(s, currency, lang), s.rule))
    cols = [t(f"th.col.{c}", lang) for c in ("what", "rate", "amount", "rule")]
    return pd.DataFrame(rows, columns=cols)


def months_table(year: th.Year, lang: str) -> pd.DataFrame:
    rows = []
    for m in year.months:
        rate = rate_text(m.ter_rate, lang) if m.ter_rate is not None else t("th.true_up_short", lang)
        rows.append(
            (
                month_name(m.month.month, lang),
                format_money(float(m.wage + m.thr), "IDR", lang),
                format_money(float(m.ter_gross), "IDR", lang),
                rate,
                format_money(float(m.pph21 - m.dtp), "IDR", lang),
                format_money(float(m.net), "IDR", lang),
            )
        )
    cols = [t(f"th.mcol.{c}", lang) for c in ("month", "gross", "ter_gross", "rate", "pph21", "net")]
    return pd.DataFrame(rows, columns=cols)


def takehome_view(
    amount: float,
    currency: str,
    period: str,
    country: str,
    rules: TakeHomeRules,
    rates: pd.DataFrame,
    d,
    *,
    status: str = DEFAULT_STATUS,
    year: int | None = None,
    jkk_class: str = th.DEFAULT_JKK,
    floor: float | None = None,
    floor_name: str | None = None,
    dtp_asked: bool = False,
    thr_month: int = 3,
    thr_service_months: int = 12,
) -> TakeHomeView:
    """The offer's take-home: Indonesian rules for a job in Indonesia, US federal for a US job.

    ``d`` carries the reader's ``lang``, ``hours`` and ``custom_rate``. The offer is first
    converted to rupiah per month (Indonesia) or dollars per year (US), and the conversion is
    said. ``floor`` is the UMP/UMK (Rp per month) that floors the BPJS Kesehatan base.
    """
    lang = d.lang
    to_currency, to_period = ("IDR", "month") if country == "ID" else ("USD", "year")
    title = t("th.title", lang)
    year = year or (tax_years(rules)[-1] if country == "ID" else US_YEAR)
    try:
        conv = convert(
            float(amount), currency, period, to_currency, to_period, pick_rate(rates, year, d.custom_rate), d.hours
        )
    except ValueError as err:
        return TakeHomeView(country, title, error=t("th.error", lang, reason=str(err)))
    notes = []
    if conv.rate is not None or conv.hours is not None:
        notes.append(
            t(
                "th.converted",
                lang,
                original=format_money(amount, currency, lang, period),
                converted=format_money(conv.value, to_currency, lang, to_period),
                conversion=sv.conversion_text(conv.rate, conv.hours, lang),
            )
        )
    if country == "US":
        return _us_view(conv.value, rules, lang, title, notes)
    return _id_view(
        conv.value,
        rules,
        lang,
        title,
        notes,
        status=status,
        year=year,
        jkk_class=jkk_class,
        floor=floor,
        floor_name=floor_name,
        dtp_asked=dtp_asked,
        thr_month=thr_month,
        thr_service_months=thr_service_months,
    )


def _id_view(wage, rules, lang, title, notes, *, status, year, jkk_class, floor, floor_name, dtp_asked, thr_month,
             thr_service_months) -> TakeHomeView:  # fmt: skip
    wage = th.rupiah(Decimal(str(wage)))
    try:
        y = th.year_pay(
            wage,
            status,
            year,
            rules,
            jkk_class=jkk_class,
            bpjs_floor=floor,
            thr_month=thr_month,
            thr_service_months=thr_service_months,
            dtp_asked=dtp_asked,
        )
    except ValueError as err:
        return TakeHomeView("ID", title, error=t("th.error", lang, reason=str(err)))

    def rp(x: Decimal) -> str:
        return format_money(float(x), "IDR", lang)

    regular = y.regular
    month_text = format_date(regular.month, "MMMM yyyy", locale=LOCALES.get(lang, "en_US"))
    headlines = [
        Headline(t("th.per_month", lang), rp(regular.net), t("th.per_month_help", lang, month=month_text)),
        Headline(t("th.per_year", lang), rp(y.net), t("th.per_year_help", lang, year=year, thr=rp(y.thr))),
        Headline(t("th.employer_month", lang), rp(regular.employer_cost), t("th.employer_help", lang)),
        Headline(t("th.employer_year", lang), rp(y.employer_cost), t("th.employer_help", lang)),
    ]
    warnings = []
    if y.dtp.reason in ("over_limit", "not_2026"):
        warnings.append(t(f"th.dtp.{y.dtp.reason}", lang, limit=rp(y.dtp.limit), year=year))
    notes.append(t(f"th.dtp.{'applies' if y.dtp.applies else 'offer'}", lang, limit=rp(y.dtp.limit)))
    if jkk_class == th.DEFAULT_JKK:
        notes.append(t("th.jkk_default", lang, jkk=jkk_label(jkk_class, rules, lang)))
    if y.thr:
        notes.append(
            t("th.thr_note", lang, thr=rp(y.thr), month=month_name(y.thr_month, lang), months=thr_service_months)
        )
    else:
        notes.append(t("th.no_thr", lang))
    if floor:
        notes.append(t("th.floor_note", lang, floor=rp(Decimal(str(floor))), name=floor_name or ""))
    notes += [t("th.assumptions", lang), t("th.rounding", lang), t("th.sources", lang)]
    return TakeHomeView(
        country="ID",
        title=title,
        headlines=headlines,
        steps=steps_table(regular.steps, "IDR", lang, rules),
        steps_title=t("th.steps_title", lang, month=month_text, status=status_label(status, lang)),
        december=steps_table(y.months[11].steps, "IDR", lang, rules, skip=EMPLOYER_STEPS),
        december_title=t("th.december_title", lang, year=year),
        months=months_table(y, lang),
        notes=notes,
        warnings=warnings,
    )


def _us_view(gross, rules, lang, title, notes) -> TakeHomeView:
    us = th.us_federal(th.cents(Decimal(str(gross))), rules)

    def usd(x: Decimal, period: str | None = None) -> str:
        return format_money(float(x), "USD", lang, period)

    headlines = [
        Headline(t("th.per_month", lang), usd(us.net_month, "month"), t("th.us_month_help", lang)),
        Headline(t("th.per_year", lang), usd(us.net, "year"), t("th.us_year_help", lang, year=US_YEAR)),
        Headline(t("th.employer_year", lang), usd(us.employer_cost, "year"), t("th.us_employer_help", lang)),
    ]
    return TakeHomeView(
        country="US",
        title=title,
        headlines=headlines,
        steps=steps_table(us.steps, "USD", lang, rules),
        steps_title=t("th.us_steps_title", lang, year=US_YEAR),
        notes=[*notes, t("th.us_not_included", lang), t("th.us_sources", lang)],
    )


def _floor_row(wages: pd.DataFrame, region: str) -> pd.Series | None:
    try:
        return offers.current_minimum_wage(wages, region)
    except KeyError:
        return None


def country_of(region: str, wages: pd.DataFrame) -> str:
    """``US`` for the US federal (or a state's) floor, else ``ID``: which take-home rules apply."""
    wage = _floor_row(wages, region)
    return "US" if region == sv.US_REGION or (wage is not None and wage["country"] == "US") else "ID"


def offer_takehome(
    amount: float,
    currency: str,
    period: str,
    region: str,
    wages: pd.DataFrame,
    rules: TakeHomeRules,
    rates: pd.DataFrame,
    d,
    **options,
) -> TakeHomeView:
    """The take-home block for the offer check: the region picked there says which rules apply.

    An Indonesian province -> Indonesian rules, its UMP floors the BPJS Kesehatan base;
    the US -> federal rules. ``options`` go to ``takehome_view`` (status, year, jkk_class, ...).
    """
    wage = _floor_row(wages, region)
    country = country_of(region, wages)
    floor = floor_name = None
    if country == "ID" and wage is not None and (wage["currency"], wage["pay_period"]) == ("IDR", "month"):
        floor, floor_name = float(wage["amount"]), sv.floor_name(wage, d.lang)
    return takehome_view(
        amount, currency, period, country, rules, rates, d, floor=floor, floor_name=floor_name, **options
    )


# ---------- ranges in hand ----------
def rows_in_hand(rows: pd.DataFrame, rules: TakeHomeRules, hours, status: str = DEFAULT_STATUS) -> pd.DataFrame:
    """Indonesian rupiah wage rows with min/typical/max replaced by the estimated take-home of a regular month.

    Each figure is taken to rupiah per month (with the hours assumption when its period
    differs), run through the calculator for the newest tax year (TK/0, JKK 0.24 %, no
    THR that month) and put back in its own period. Other currencies are left out.
    """
    out = rows[(rows["currency"] == "IDR") & (rows["pay_period"] != "item")].copy()
    year = tax_years(rules)[-1]
    cache: dict[float, float] = {}

    def in_hand(value, period):
        if value is None or pd.isna(value):
            return value
        monthly = round(convert_period(float(value), period, "month", hours))
        if monthly not in cache:
            cache[monthly] = float(th.year_pay(monthly, status, year, rules, thr_month=None).regular.net)
        return convert_period(cache[monthly], "month", period, hours)

    for col in ("pay_min", "pay_typical", "pay_max"):
        out[col] = [in_hand(v, p) for v, p in zip(out[col], out["pay_period"], strict=True)]
    out["gross_net"] = "net"
    out["derivation"] = f"estimated take-home, {status}, regular month of {year}, JKK 0.24 % (pay/takehome.py)"
    return out


def takehome_range_table(rows, kind, options, d, rates, rules) -> pd.DataFrame:
    """``views.range_table`` on the take-home rows, every series labelled "estimated take-home, TK/0"."""
    table = sv.range_table(
        rows_in_hand(rows, rules, d.hours), kind, options, d.currency, d.period, rates, d.lang, d.hours, d.custom_rate
    )
    label = t("th.in_hand_label", d.lang, status=DEFAULT_STATUS)
    table["series"] = label + " · " + table["series"].astype(str)
    return table


def takehome_range_view(rows, kind: str, picked: list[str], d, rates, rules: TakeHomeRules) -> screens.RangeView:
    """``screens.range_view`` with every figure as estimated take-home (TK/0); titled so, never beside gross."""
    options = sv.RANGE_LEVELS if kind == "level" else sv.RANGE_INDUSTRIES
    source = (sv.level_rows if kind == "level" else sv.industry_rows)(rows, picked) if picked else rows.iloc[0:0]
    table = takehome_range_table(source, kind, options, d, rates, rules)
    if table.empty:
        return screens.RangeView(None, None, source, "")
    title = t("th.in_hand_label", d.lang, status=DEFAULT_STATUS)
    chart = charts.range_chart(table, d.currency, d.period, d.lang).properties(title=title[:1].upper() + title[1:])
    return screens.RangeView(
        chart=chart,
        table=sv.display_table(table, d.lang),
        source_rows=source,
        conversion=conversion_note(table, d, rates) + " " + t("th.in_hand_note", d.lang),
    )


__all__ = [
    "JKK_CLASSES",
    "STATUSES",
    "THR_MONTHS",
    "offer_takehome",
    "takehome_view",
    "takehome_range_table",
    "status_label",
]
