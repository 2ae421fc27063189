"""What an offer pays in hand: Indonesian PPh 21 (TER) with BPJS, THR and the December true-up; US federal.

Pure and table-driven: every rate, cap, bracket and amount comes from
``core.takehome_rules`` (``data/takehome_*.csv``); this module only applies
them. Each result carries its steps (what, base, rate, amount, rule) so a page
can show exactly how the figure was reached.

Indonesia, for a permanent employee paid monthly (PMK 168/2023):
- every month but the last: PPh 21 = TER rate x gross, where the gross the
  table is read with includes the employer-paid JKK, JKM and BPJS Kesehatan
  premiums (Pasal 5) but not the employer's JHT and JP (Pasal 7 huruf c);
- the last month (December) recomputes the year under Pasal 17 after biaya
  jabatan, the employee's JHT + JP and PTKP, minus what was withheld so far;
- THR is added to the gross of the month it is paid and taxed there.
Rounding of rate x amount is not regulated: whole rupiah, half up (notes 1.10).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ..core.takehome_rules import Bracket, TakeHomeRules

DEFAULT_JKK = "very_low"  # 0.24 %: office work; the page says it is assumed
DTP_YEAR = 2026
DTP_SECTORS = ("footwear", "textile_apparel", "furniture", "leather_goods", "tourism")

# Rules that are text, not numbers (their figures live in data/).
RULE_TER_GROSS = "PMK 168/2023 Pasal 5; Pasal 7 huruf c"
RULE_TER_CATEGORY = "PP 58/2023 Pasal 2(4)"
RULE_TER_TAX = "PMK 168/2023 Pasal 15(1)a"
RULE_DECEMBER = "PMK 168/2023 Pasal 15(1)b, 15(2)"
RULE_DEDUCTIBLE = "PMK 168/2023 Pasal 10(1)b"
RULE_REFUND = "PMK 168/2023 Pasal 21(1)"
RULE_DTP = "PMK 105/2025"
RULE_THR = "Permenaker 6/2016 Pasal 3"
RULE_NET = ""  # the step label says how it is made up
RULE_EMPLOYER = ""
RULE_PTKP = "PMK 101/PMK.010/2016 Pasal 1"
RULE_FLOOR = "Perpres 82/2018 Pasal 33(3)"

ONE = Decimal(1)
CENT = Decimal("0.01")


def rupiah(x: Decimal) -> Decimal:
    """Whole rupiah, half up (the notes' implementation choice; the law does not regulate it)."""
    return x.quantize(ONE, rounding=ROUND_HALF_UP)


def cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _d(value: float | int | str | Decimal) -> Decimal:
    value = value if isinstance(value, Decimal) else Decimal(str(value))
    if not value.is_finite() or value < 0:
        raise ValueError(f"an amount must be a number of zero or more, got {value!r}")
    return value


@dataclass(frozen=True)
class Step:
    """One line of the working: ``key`` names it (an i18n key under ``th.step.``).

    ``effect`` says how it counts: ``deduct`` (taken from pay), ``add`` (added to pay),
    ``employer`` (paid by the employer), ``info`` (an intermediate figure), ``result``.
    """

    key: str
    amount: Decimal | None
    effect: str
    rule: str
    rate: Decimal | None = None
    base: Decimal | None = None
    params: dict = field(default_factory=dict, compare=False)


# ---------- lookups ----------
def ter_category(status: str, rules: TakeHomeRules) -> str:
    """A, B or C from the PTKP status (PP 58/2023 Pasal 2(4)); ValueError for an unknown status."""
    if status not in rules.ptkp:
        raise ValueError(f"unknown PTKP status {status!r}; one of {', '.join(rules.ptkp)}")
    return rules.ptkp[status].ter_category


def ter_bracket(category: str, gross: Decimal, rules: TakeHomeRules) -> Bracket:
    """The TER bracket holding ``gross``: above its lower bound, up to and including its upper bound."""
    gross = _d(gross)
    for bracket in rules.ter[category]:
        if bracket.holds(gross):
            return bracket
    raise ValueError(f"no TER {category} bracket holds {gross}")  # the loader guarantees a full ladder


def progressive_tax(amount: Decimal, brackets: tuple[Bracket, ...]) -> Decimal:
    """Tax on ``amount`` with each bracket's rate applied to the slice inside it (Pasal 17, US brackets)."""
    tax = Decimal(0)
    for b in brackets:
        if amount <= b.lower:
            break
        top = amount if b.upper is None else min(amount, b.upper)
        tax += (top - b.lower) * b.rate
    return tax


def jp_cap(on: date, rules: TakeHomeRules) -> Decimal | None:
    """The JP wage cap in force in a month: it changes each March (PP 45/2015 Pasal 29)."""
    return rules.contribution("jp", "employee", on).wage_cap


def thr_amount(wage: Decimal, months_of_service: int, rules: TakeHomeRules) -> Decimal:
    """THR: one month's wage after 12 months of service; months/12 of it from 1 to 11 months; none before."""
    full = int(rules.value("thr_full_months"))
    if months_of_service < 1:
        return Decimal(0)
    return rupiah(_d(wage) * min(months_of_service, full) / full)


# ---------- DTP 2026 (PMK 105/2025) ----------
@dataclass(frozen=True)
class DtpCheck:
    applies: bool
    reason: str  # i18n key suffix: applies | not_asked | not_2026 | over_limit
    limit: Decimal


def dtp_check(asked: bool, wage_january: Decimal, year: int, rules: TakeHomeRules) -> DtpCheck:
    """The 2026 incentive only when asked for (employer in one of the five sectors) and its tests pass.

    Employee test: fixed and regular gross at most Rp 10 jt in January 2026. Whether the
    employer's BPJS premiums count toward that test is not settled by the sources read,
    so the wage alone is tested (and the page says so).
    """
    limit = rules.value("dtp_gross_limit")
    if not asked:
        return DtpCheck(False, "not_asked", limit)
    param = rules.parameter("dtp_gross_limit")
    if not param.in_force(date(year, 1, 1)):
        return DtpCheck(False, "not_2026", limit)
    if _d(wage_january) > limit:
        return DtpCheck(False, "over_limit", limit)
    return DtpCheck(True, "applies", limit)


# ---------- one month ----------
@dataclass(frozen=True)
class Month:
    """One month's pay slip: what the employee gets and what the employer pays."""

    month: date
    wage: Decimal
    thr: Decimal
    bpjs_kes: Decimal
    jht: Decimal
    jp: Decimal
    jkk: Decimal
    jkm: Decimal
    bpjs_kes_employer: Decimal
    jht_employer: Decimal
    jp_employer: Decimal
    ter_gross: Decimal
    category: str
    ter_rate: Decimal | None  # None in December (annual true-up instead)
    pph21: Decimal  # withheld this month; negative in December = refunded
    dtp: Decimal  # PPh 21 borne by the government and paid to the employee in cash
    net: Decimal
    employer_cost: Decimal
    steps: tuple[Step, ...]

    @property
    def employee_bpjs(self) -> Decimal:
        return self.bpjs_kes + self.jht + self.jp

    @property
    def employer_bpjs(self) -> Decimal:
        return self.bpjs_kes_employer + self.jht_employer + self.jp_employer + self.jkk + self.jkm


def _contributions(wage: Decimal, on: date, rules: TakeHomeRules, jkk_class: str, floor: Decimal | None):
    """Employee and employer BPJS for one month, with their steps."""
    kes_e = rules.contribution("bpjs_kesehatan", "employee", on)
    kes_r = rules.contribution("bpjs_kesehatan", "employer", on)
    base_kes = max(wage, floor) if floor and wage > 0 else wage  # no pay, no premium on the floor
    if kes_e.wage_cap is not None:
        base_kes = min(base_kes, kes_e.wage_cap)
    jht_e, jht_r = rules.contribution("jht", "employee", on), rules.contribution("jht", "employer", on)
    jp_e, jp_r = rules.contribution("jp", "employee", on), rules.contribution("jp", "employer", on)
    base_jp = wage if jp_e.wage_cap is None else min(wage, jp_e.wage_cap)
    jkk = rules.contribution("jkk", "employer", on, jkk_class)
    jkm = rules.contribution("jkm", "employer", on)
    amounts = {
        "bpjs_kes": rupiah(base_kes * kes_e.rate),
        "jht": rupiah(wage * jht_e.rate),
        "jp": rupiah(base_jp * jp_e.rate),
        "jkk": rupiah(wage * jkk.rate),
        "jkm": rupiah(wage * jkm.rate),
        "bpjs_kes_employer": rupiah(base_kes * kes_r.rate),
        "jht_employer": rupiah(wage * jht_r.rate),
        "jp_employer": rupiah(base_jp * jp_r.rate),
    }
    kes_params = {"cap": kes_e.wage_cap, "floor": floor}
    jp_params = {"cap": jp_e.wage_cap, "since": jp_e.start}
    employee = [
        Step("bpjs_kes", amounts["bpjs_kes"], "deduct", kes_e.rule, kes_e.rate, base_kes, kes_params),
        Step("jht", amounts["jht"], "deduct", jht_e.rule, jht_e.rate, wage),
        Step("jp", amounts["jp"], "deduct", jp_e.rule, jp_e.rate, base_jp, jp_params),
    ]
    employer = [
        Step("jkk", amounts["jkk"], "employer", jkk.rule, jkk.rate, wage, {"risk": jkk_class}),
        Step("jkm", amounts["jkm"], "employer", jkm.rule, jkm.rate, wage),
        Step("bpjs_kes_employer", amounts["bpjs_kes_employer"], "employer", kes_r.rule, kes_r.rate, base_kes),
        Step("jht_employer", amounts["jht_employer"], "employer", jht_r.rule, jht_r.rate, wage),
        Step("jp_employer", amounts["jp_employer"], "employer", jp_r.rule, jp_r.rate, base_jp, jp_params),
    ]
    in_gross = amounts["jkk"] * jkk.in_ter_gross + amounts["jkm"] * jkm.in_ter_gross
    in_gross += amounts["bpjs_kes_employer"] * kes_r.in_ter_gross
    in_gross += amounts["jht_employer"] * jht_r.in_ter_gross + amounts["jp_employer"] * jp_r.in_ter_gross
    return amounts, employee, employer, in_gross


def _check_month(on: date, rules: TakeHomeRules) -> date:
    on = date(on.year, on.month, 1)
    if on < rules.first_month():
        raise ValueError(f"the TER rules here start in {rules.first_month():%B %Y}; {on:%B %Y} is earlier")
    return on


def month_pay(
    wage: float | Decimal,
    status: str,
    month: date,
    rules: TakeHomeRules,
    *,
    jkk_class: str = DEFAULT_JKK,
    bpjs_floor: float | Decimal | None = None,
    thr: float | Decimal = 0,
    dtp: bool = False,
) -> Month:
    """A month other than the last of the tax year: TER withholding on the month's gross.

    ``wage`` is the monthly wage (basic + fixed allowances, the BPJS base), ``thr``
    any THR paid this month, ``bpjs_floor`` the UMK/UMP that floors the BPJS
    Kesehatan base, ``dtp`` whether the 2026 incentive applies (see ``dtp_check``).
    """
    wage, thr = _d(wage), _d(thr)
    floor = None if bpjs_floor is None else _d(bpjs_floor)
    month = _check_month(month, rules)
    amounts, employee, employer, in_gross = _contributions(wage, month, rules, jkk_class, floor)
    ter_gross = wage + thr + in_gross
    category = ter_category(status, rules)
    bracket = ter_bracket(category, ter_gross, rules)
    pph21 = rupiah(ter_gross * bracket.rate)
    borne = pph21 if dtp else Decimal(0)
    net = wage + thr - amounts["bpjs_kes"] - amounts["jht"] - amounts["jp"] - pph21 + borne
    cost = wage + thr + sum(s.amount for s in employer)
    steps = [Step("wage", wage, "info", "")]
    if thr:
        steps.append(Step("thr", thr, "add", RULE_THR))
    steps += employee + employer
    taxable_employer = [s.key for s in employer if s.key in ("jkk", "jkm", "bpjs_kes_employer")]
    steps += [
        Step("ter_gross", ter_gross, "info", RULE_TER_GROSS, params={"parts": taxable_employer}),
        Step("ter_category", None, "info", RULE_TER_CATEGORY, params={"status": status, "category": category}),
        Step(
            "ter_rate",
            None,
            "info",
            bracket.legal_basis,
            bracket.rate,
            ter_gross,
            {"category": category, "lower": bracket.lower, "upper": bracket.upper},
        ),
        Step("pph21", pph21, "deduct", RULE_TER_TAX, bracket.rate, ter_gross),
    ]
    if dtp:
        steps.append(Step("dtp", borne, "add", RULE_DTP))
    steps += [
        Step("net", net, "result", RULE_NET),
        Step("employer_cost", cost, "result", RULE_EMPLOYER),
    ]
    return Month(
        month=month,
        wage=wage,
        thr=thr,
        ter_gross=ter_gross,
        category=category,
        ter_rate=bracket.rate,
        pph21=pph21,
        dtp=borne,
        net=net,
        employer_cost=cost,
        steps=tuple(steps),
        **amounts,
    )


# ---------- December: the annual true-up ----------
@dataclass(frozen=True)
class TrueUp:
    annual_gross: Decimal
    biaya_jabatan: Decimal
    pension: Decimal  # employee JHT + JP for the year
    annual_net: Decimal
    ptkp: Decimal
    pkp: Decimal
    annual_tax: Decimal
    withheld: Decimal  # Jan-Nov
    december_tax: Decimal  # negative = refunded
    steps: tuple[Step, ...]


def true_up(
    annual_gross: Decimal,
    pension: Decimal,
    withheld: Decimal,
    status: str,
    rules: TakeHomeRules,
    months: int = 12,
    zakat: Decimal = Decimal(0),
) -> TrueUp:
    """December PPh 21 = Pasal 17 on the year's PKP minus what January-November withheld.

    PKP = annual gross - biaya jabatan (5 %, at most Rp 500.000 a month and Rp 6.000.000 a
    year) - employee JHT + JP - zakat - PTKP, rounded down to the thousand (PMK 168/2023).
    """
    annual_gross, pension, withheld = _d(annual_gross), _d(pension), _d(withheld)
    bj_rate = rules.value("biaya_jabatan_rate")
    bj_cap = min(rules.value("biaya_jabatan_monthly_cap") * months, rules.value("biaya_jabatan_annual_cap"))
    biaya_jabatan = min(rupiah(annual_gross * bj_rate), bj_cap)
    annual_net = annual_gross - biaya_jabatan - pension - _d(zakat)
    ptkp = rules.ptkp[status].annual
    step = rules.value("pkp_rounding")
    pkp = max(Decimal(0), ((annual_net - ptkp) / step).to_integral_value(rounding=ROUND_DOWN) * step)
    annual_tax = rupiah(progressive_tax(pkp, rules.brackets["id_pasal17"]))
    december = annual_tax - withheld
    bj = rules.parameter("biaya_jabatan_rate")
    p17 = rules.brackets["id_pasal17"][0]
    steps = (
        Step("annual_gross", annual_gross, "info", RULE_DECEMBER),
        Step("biaya_jabatan", biaya_jabatan, "deduct", bj.legal_basis, bj_rate, annual_gross, {"cap": bj_cap}),
        Step("pension", pension, "deduct", RULE_DEDUCTIBLE),
        Step("annual_net", annual_net, "info", RULE_DECEMBER),
        Step("ptkp", ptkp, "deduct", RULE_PTKP, params={"status": status}),
        Step("pkp", pkp, "info", rules.parameter("pkp_rounding").legal_basis),
        Step("annual_tax", annual_tax, "info", p17.legal_basis),
        Step("withheld", withheld, "deduct", RULE_TER_TAX),
        Step("december_tax", december, "deduct", RULE_DECEMBER if december >= 0 else RULE_REFUND),
    )
    return TrueUp(annual_gross, biaya_jabatan, pension, annual_net, ptkp, pkp, annual_tax, withheld, december, steps)


def december_pay(
    wage: float | Decimal,
    status: str,
    year: int,
    earlier: list[Month],
    rules: TakeHomeRules,
    *,
    jkk_class: str = DEFAULT_JKK,
    bpjs_floor: float | Decimal | None = None,
    thr: float | Decimal = 0,
    dtp: bool = False,
) -> tuple[Month, TrueUp]:
    """The last month: contributions as usual, PPh 21 from the annual true-up over ``earlier`` + December.

    With the DTP incentive, December's tax is paid to the employee too, and an
    excess that came from DTP is not refunded (PMK 105/2025).
    """
    base = month_pay(wage, status, date(year, 12, 1), rules, jkk_class=jkk_class, bpjs_floor=bpjs_floor, thr=thr)
    months = [*earlier, base]
    annual_gross = sum((m.ter_gross for m in months), Decimal(0))
    pension = sum((m.jht + m.jp for m in months), Decimal(0))
    withheld = sum((m.pph21 for m in earlier), Decimal(0))
    up = true_up(annual_gross, pension, withheld, status, rules, months=len(months))
    pph21 = up.december_tax
    if dtp:
        pph21 = max(pph21, Decimal(0))  # no refund of what DTP already paid out
    borne = pph21 if dtp else Decimal(0)
    net = base.wage + base.thr - base.employee_bpjs - pph21 + borne
    keep = [s for s in base.steps if s.key not in ("ter_category", "ter_rate", "pph21", "net", "employer_cost")]
    steps = keep + list(up.steps)
    if dtp:
        steps.append(Step("dtp", borne, "add", RULE_DTP))
    steps += [Step("net", net, "result", RULE_NET), Step("employer_cost", base.employer_cost, "result", RULE_EMPLOYER)]
    month = replace(base, ter_rate=None, pph21=pph21, dtp=borne, net=net, steps=tuple(steps))
    return month, up


# ---------- a whole tax year ----------
@dataclass(frozen=True)
class Year:
    year: int
    status: str
    months: tuple[Month, ...]
    true_up: TrueUp
    thr: Decimal
    thr_month: int
    dtp: DtpCheck
    regular: Month  # a month with no THR and no true-up: the "per month" figure

    @property
    def net(self) -> Decimal:
        return sum((m.net for m in self.months), Decimal(0))

    @property
    def employer_cost(self) -> Decimal:
        return sum((m.employer_cost for m in self.months), Decimal(0))

    @property
    def pph21(self) -> Decimal:
        return sum((m.pph21 - m.dtp for m in self.months), Decimal(0))

    @property
    def gross(self) -> Decimal:
        return sum((m.wage + m.thr for m in self.months), Decimal(0))


def year_pay(
    wage: float | Decimal,
    status: str,
    year: int,
    rules: TakeHomeRules,
    *,
    jkk_class: str = DEFAULT_JKK,
    bpjs_floor: float | Decimal | None = None,
    thr_month: int | None = 3,
    thr_service_months: int = 12,
    dtp_asked: bool = False,
) -> Year:
    """Twelve months of the same wage: January-November on TER (THR in ``thr_month``), December trued up.

    Yearly take-home = the twelve monthly nets, THR included. The THR month moves
    withholding between months but not the year's tax, which December settles.
    """
    wage = _d(wage)
    if thr_month is not None and not 1 <= thr_month <= 12:
        raise ValueError(f"THR month must be 1-12, got {thr_month}")
    thr = thr_amount(wage, thr_service_months, rules) if thr_month else Decimal(0)
    dtp = dtp_check(dtp_asked, wage, year, rules)
    kw = {"jkk_class": jkk_class, "bpjs_floor": bpjs_floor, "dtp": dtp.applies}
    months = [
        month_pay(wage, status, date(year, m, 1), rules, thr=thr if m == thr_month else 0, **kw) for m in range(1, 12)
    ]
    december, up = december_pay(wage, status, year, months, rules, thr=thr if thr_month == 12 else 0, **kw)
    months.append(december)
    regular = [m for m in months[:11] if not m.thr]
    return Year(year, status, tuple(months), up, thr, thr_month or 0, dtp, regular[-1])


# ---------- US federal, single filer ----------
@dataclass(frozen=True)
class UsYear:
    gross: Decimal
    standard_deduction: Decimal
    taxable: Decimal
    income_tax: Decimal
    social_security: Decimal
    medicare: Decimal
    net: Decimal
    employer_cost: Decimal
    steps: tuple[Step, ...]

    @property
    def net_month(self) -> Decimal:
        return cents(self.net / 12)


def us_federal(gross_year: float | Decimal, rules: TakeHomeRules) -> UsYear:
    """Federal income tax (2026 brackets, single, standard deduction), Social Security to the wage base, Medicare.

    State and local income taxes are not included (the page says so).
    """
    gross = _d(gross_year)
    p = rules.parameter
    sd = rules.value("us_standard_deduction_single")
    taxable = max(Decimal(0), gross - sd)
    brackets = rules.brackets["us_federal_single"]
    tax = cents(progressive_tax(taxable, brackets))
    ss_rate, ss_base = rules.value("us_social_security_rate"), rules.value("us_social_security_wage_base")
    ss_wages = min(gross, ss_base)
    ss = cents(ss_wages * ss_rate)
    med_rate = rules.value("us_medicare_rate")
    add_rate, add_from = rules.value("us_additional_medicare_rate"), rules.value("us_additional_medicare_threshold")
    medicare = cents(gross * med_rate)
    additional = cents(max(Decimal(0), gross - add_from) * add_rate)
    net = gross - tax - ss - medicare - additional
    employer = gross + ss + medicare  # the employer matches 6.2 % and 1.45 %, not the additional 0.9 %
    top = next(b for b in brackets if b.holds(taxable))
    steps = [
        Step("us_gross", gross, "info", ""),
        Step("us_standard_deduction", sd, "info", p("us_standard_deduction_single").legal_basis),
        Step("us_taxable", taxable, "info", p("us_standard_deduction_single").legal_basis),
        Step("us_income_tax", tax, "deduct", top.legal_basis, top.rate, taxable, {"top_rate": top.rate}),
        Step("us_social_security", ss, "deduct", p("us_social_security_rate").legal_basis, ss_rate, ss_wages),
        Step("us_medicare", medicare, "deduct", p("us_medicare_rate").legal_basis, med_rate, gross),
    ]
    if additional:
        steps.append(
            Step(
                "us_additional_medicare",
                additional,
                "deduct",
                p("us_additional_medicare_rate").legal_basis,
                add_rate,
                gross - add_from,
            )
        )
    steps += [
        Step("us_net", net, "result", ""),
        Step("us_employer_cost", employer, "result", p("us_social_security_rate").legal_basis),
    ]
    return UsYear(gross, sd, taxable, tax, ss, medicare + additional, net, employer, tuple(steps))
