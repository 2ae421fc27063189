"""The take-home calculator against the worked examples in ../shared/reference/takehome/notes.md.

Figures are copied from notes.md section 6 (Rp 6.000.000 TK/0 and Rp 10.000.000 K/1, January 2026,
JKK 0.24 %), section 1.5 (the PP 58/2023 elucidation's December example), section 1.3 (TER excerpt,
every bracket edge) and section 4 (the Kemenkeu THR example).
"""

import csv
from datetime import date
from decimal import Decimal

import pytest

from salary_explorer.core.load import DATA_DIR
from salary_explorer.core.takehome_rules import load_takehome_rules
from salary_explorer.pay import takehome as th

D = Decimal
JAN_2026 = date(2026, 1, 1)


@pytest.fixture(scope="module")
def rules():
    return load_takehome_rules()


# ---------- notes.md section 6: the two January examples, and the JKK sensitivity table ----------
EXAMPLES = [
    # wage, status, jkk, bpjs_kes, jht, jp, ter_gross, category, rate, pph21, net
    (6_000_000, "TK/0", "very_low", 60_000, 120_000, 60_000, 6_272_400, "A", "0.0075", 47_043, 5_712_957),
    (10_000_000, "K/1", "very_low", 100_000, 200_000, 100_000, 10_454_000, "B", "0.015", 156_810, 9_443_190),
    (6_000_000, "TK/0", "low", 60_000, 120_000, 60_000, 6_290_400, "A", "0.0075", 47_178, 5_712_822),
    (6_000_000, "TK/0", "medium", 60_000, 120_000, 60_000, 6_311_400, "A", "0.01", 63_114, 5_696_886),
    (6_000_000, "TK/0", "high", 60_000, 120_000, 60_000, 6_334_200, "A", "0.01", 63_342, 5_696_658),
    (6_000_000, "TK/0", "very_high", 60_000, 120_000, 60_000, 6_362_400, "A", "0.01", 63_624, 5_696_376),
    (10_000_000, "K/1", "low", 100_000, 200_000, 100_000, 10_484_000, "B", "0.015", 157_260, 9_442_740),
    (10_000_000, "K/1", "medium", 100_000, 200_000, 100_000, 10_519_000, "B", "0.015", 157_785, 9_442_215),
    (10_000_000, "K/1", "high", 100_000, 200_000, 100_000, 10_557_000, "B", "0.015", 158_355, 9_441_645),
    (10_000_000, "K/1", "very_high", 100_000, 200_000, 100_000, 10_604_000, "B", "0.015", 159_060, 9_440_940),
]


@pytest.mark.parametrize("wage,status,jkk,kes,jht,jp,ter_gross,cat,rate,pph21,net", EXAMPLES)
def test_worked_examples_january_2026(rules, wage, status, jkk, kes, jht, jp, ter_gross, cat, rate, pph21, net):
    m = th.month_pay(wage, status, JAN_2026, rules, jkk_class=jkk, bpjs_floor=5_729_876)
    assert (m.bpjs_kes, m.jht, m.jp) == (kes, jht, jp)
    assert m.ter_gross == ter_gross
    assert (m.category, m.ter_rate) == (cat, D(rate))
    assert m.pph21 == pph21
    assert m.net == net


def test_employer_cost_of_example_1(rules):
    """notes.md: 6,000,000 + 240,000 + 222,000 (JHT) + 120,000 (JP) + 14,400 + 18,000 = 6,614,400."""
    m = th.month_pay(6_000_000, "TK/0", JAN_2026, rules)
    assert (m.bpjs_kes_employer, m.jht_employer, m.jp_employer, m.jkk, m.jkm) == (
        240_000,
        222_000,
        120_000,
        14_400,
        18_000,
    )
    assert m.employer_cost == 6_614_400


@pytest.mark.parametrize(
    "wage,status,net",
    [(6_000_000, "TK/0", 5_760_000), (10_000_000, "K/1", 9_600_000)],  # notes.md section 6, DTP variants
)
def test_dtp_2026_pays_the_tax_back_in_cash(rules, wage, status, net):
    check = th.dtp_check(True, D(wage), 2026, rules)
    assert check.applies
    m = th.month_pay(wage, status, JAN_2026, rules, dtp=check.applies)
    assert m.dtp == m.pph21 and m.net == net


@pytest.mark.parametrize(
    "asked,wage,year,applies,reason",
    [
        (False, 6_000_000, 2026, False, "not_asked"),  # never by default
        (True, 10_000_000, 2026, True, "applies"),  # "at most Rp 10 jt": 10 jt itself qualifies
        (True, 10_000_001, 2026, False, "over_limit"),
        (True, 6_000_000, 2025, False, "not_2026"),  # PMK 105/2025 covers tax periods Jan-Dec 2026 only
        (True, 6_000_000, 2027, False, "not_2026"),
    ],
)
def test_dtp_condition(rules, asked, wage, year, applies, reason):
    check = th.dtp_check(asked, D(wage), year, rules)
    assert (check.applies, check.reason) == (applies, reason)


def test_year_with_dtp_takes_home_gross_minus_bpjs(rules):
    y = th.year_pay(6_000_000, "TK/0", 2026, rules, thr_month=None, dtp_asked=True)
    assert all(m.net == 5_760_000 for m in y.months)
    assert y.pph21 == 0


# ---------- December true-up ----------
@pytest.mark.parametrize(
    "wage,status,annual_gross,biaya_jabatan,pension,net,pkp,annual_tax,withheld,december",
    [
        # notes.md section 6, example 1 and example 2 December illustrations
        (6_000_000, "TK/0", 75_268_800, 3_763_440, 2_160_000, 69_345_360, 15_345_000, 767_250, 517_473, 249_777),
        (10_000_000, "K/1", 125_448_000, 6_000_000, 3_600_000, 115_848_000, 52_848_000, 2_642_400, 1_724_910, 917_490),
    ],
)
def test_december_true_up_examples(
    rules, wage, status, annual_gross, biaya_jabatan, pension, net, pkp, annual_tax, withheld, december
):
    y = th.year_pay(wage, status, 2026, rules, thr_month=None)
    up = y.true_up
    assert up.annual_gross == annual_gross
    assert up.biaya_jabatan == biaya_jabatan
    assert up.pension == pension
    assert up.annual_net == net
    assert up.pkp == pkp
    assert up.annual_tax == annual_tax
    assert up.withheld == withheld
    assert up.december_tax == december
    assert y.months[11].pph21 == december
    assert [s.key for s in y.months[11].steps if s.effect == "result"] == ["net", "employer_cost"]
    assert y.months[11].steps[-3].key == "december_tax"


def test_official_december_example_pp_58_2023(rules):
    """PP 58/2023 elucidation: 10 jt K/0, pension 100 rb/month, 200,000/month Jan-Nov -> PKP 54.3 jt, December 515,000."""
    up = th.true_up(D(120_000_000), D(1_200_000), D(11 * 200_000), "K/0", rules)
    assert (up.pkp, up.annual_tax, up.december_tax) == (54_300_000, 2_715_000, 515_000)


@pytest.mark.parametrize(
    "pkp,tax",
    [
        (0, 0),
        (60_000_000, 3_000_000),
        (250_000_000, 3_000_000 + 28_500_000),
        (382_860_000, 64_715_000),  # PMK 168/2023 Tuan A, notes.md section 1.6
        (5_000_000_001, 3_000_000 + 28_500_000 + 62_500_000 + 1_350_000_000 + Decimal("0.35")),
    ],
)
def test_pasal_17(rules, pkp, tax):
    assert th.progressive_tax(D(pkp), rules.brackets["id_pasal17"]) == tax


def test_december_refunds_an_over_withholding(rules):
    """A THR month pushes withholding up; December gives the excess back (PMK 168/2023 Pasal 21(1))."""
    y = th.year_pay(8_000_000, "TK/0", 2026, rules, thr_month=3)
    assert y.months[2].ter_gross == 16_363_200 and y.months[2].ter_rate == D("0.07")  # 8 jt + THR 8 jt + 363,200
    assert y.months[11].pph21 < 0
    assert y.months[11].net == 8_000_000 - y.months[11].employee_bpjs - y.months[11].pph21
    assert y.net == sum(m.net for m in y.months)


def test_thr_month_moves_withholding_not_the_year(rules):
    march = th.year_pay(8_000_000, "K/0", 2026, rules, thr_month=3)
    june = th.year_pay(8_000_000, "K/0", 2026, rules, thr_month=6)
    assert march.months[2].pph21 != june.months[2].pph21
    assert march.net == june.net and march.pph21 == june.pph21


def test_yearly_take_home_is_twelve_months_plus_thr(rules):
    y = th.year_pay(6_000_000, "TK/0", 2026, rules, thr_month=3)
    assert y.thr == 6_000_000
    assert y.gross == 13 * 6_000_000
    assert y.net == y.gross - sum(m.employee_bpjs for m in y.months) - y.pph21
    assert y.regular.month == date(2026, 11, 1) and y.regular.net == 5_712_957


# ---------- THR ----------
@pytest.mark.parametrize(
    "months,thr",
    [(0, 0), (1, 500_000), (3, 1_500_000), (6, 3_000_000), (11, 5_500_000), (12, 6_000_000), (30, 6_000_000)],
)
def test_thr_pro_rata(rules, months, thr):
    assert th.thr_amount(D(6_000_000), months, rules) == thr


def test_thr_is_taxed_in_the_month_paid(rules):
    """Kemenkeu example (notes.md section 4): a 20,080,000 month is read at TER A 9 %: 1,807,200."""
    assert th.ter_bracket("A", D(20_080_000), rules).rate == D("0.09")
    assert th.rupiah(D(20_080_000) * D("0.09")) == 1_807_200
    m = th.month_pay(10_000_000, "K/0", date(2026, 3, 1), rules, thr=10_000_000)
    assert m.ter_gross == 20_454_000 and m.ter_rate == D("0.09")
    assert [s.key for s in m.steps][:2] == ["wage", "thr"]


# ---------- caps and floors by month ----------
@pytest.mark.parametrize(
    "month,cap,jp",
    [
        (date(2024, 2, 1), 9_559_600, 95_596),
        (date(2024, 3, 1), 10_042_300, 100_423),
        (date(2025, 2, 1), 10_042_300, 100_423),
        (date(2025, 3, 1), 10_547_400, 105_474),
        (date(2026, 2, 1), 10_547_400, 105_474),
        (date(2026, 3, 1), 11_086_300, 110_863),
        (date(2026, 12, 1), 11_086_300, 110_863),
    ],
)
def test_jp_cap_changes_each_march(rules, month, cap, jp):
    assert th.jp_cap(month, rules) == cap
    assert th.month_pay(20_000_000, "TK/0", month, rules).jp == jp


@pytest.mark.parametrize(
    "wage,floor,kes",
    [
        (4_000_000, 5_729_876, 57_299),  # below the UMP: the premium is on the floor
        (6_000_000, 5_729_876, 60_000),
        (20_000_000, None, 120_000),  # capped at Rp 12.000.000
        (0, 5_729_876, 0),  # an offer of nothing owes nothing
    ],
)
def test_bpjs_kesehatan_floor_and_cap(rules, wage, floor, kes):
    assert th.month_pay(wage, "TK/0", JAN_2026, rules, bpjs_floor=floor).bpjs_kes == kes


def test_months_before_the_ter_tables_are_refused(rules):
    with pytest.raises(ValueError, match="start"):
        th.month_pay(6_000_000, "TK/0", date(2023, 12, 1), rules)


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_bad_wages_are_refused(rules, bad):
    with pytest.raises(ValueError):
        th.month_pay(bad, "TK/0", JAN_2026, rules)


def test_unknown_status_is_refused(rules):
    with pytest.raises(ValueError, match="PTKP"):
        th.month_pay(6_000_000, "K/I/0", JAN_2026, rules)


# ---------- TER: category per status, every bracket edge ----------
@pytest.mark.parametrize(
    "status,category",
    [
        ("TK/0", "A"),
        ("TK/1", "A"),
        ("K/0", "A"),
        ("TK/2", "B"),
        ("TK/3", "B"),
        ("K/1", "B"),
        ("K/2", "B"),
        ("K/3", "C"),
    ],
)
def test_ter_category(rules, status, category):
    assert th.ter_category(status, rules) == category


def _ter_rows():
    with open(DATA_DIR / "takehome_ter.csv", encoding="utf-8") as f:
        return [(r["category"], int(r["lower"]), r["upper"], D(r["rate"])) for r in csv.DictReader(f)]


def _edges():
    """For every bracket: its upper bound is in it, one rupiah more is in the next one, its lower bound is not in it."""
    rows = _ter_rows()
    for i, (cat, lower, upper, rate) in enumerate(rows):
        if upper:
            nxt = rows[i + 1][3]
            yield pytest.param(cat, int(upper), rate, id=f"{cat}-{upper}-in")
            yield pytest.param(cat, int(upper) + 1, nxt, id=f"{cat}-{upper}+1-next")
        if lower:
            yield pytest.param(cat, lower, rows[i - 1][3], id=f"{cat}-{lower}-not-in-{rate}")


@pytest.mark.parametrize("category,gross,rate", list(_edges()))
def test_every_ter_bracket_edge(rules, category, gross, rate):
    assert th.ter_bracket(category, D(gross), rules).rate == rate


def test_edges_cover_all_125_brackets():
    assert len(_ter_rows()) == 125
    assert len(list(_edges())) == 3 * (125 - 3)  # the open top has no upper edge, the first bracket no lower one


# notes.md section 1.3 excerpt, written out here as the notes print it (independent of the CSVs)
EXCERPT = {
    "A": [(5_400_000, "0"), (5_650_000, "0.0025"), (5_950_000, "0.005"), (6_300_000, "0.0075"), (6_750_000, "0.01"),
          (7_500_000, "0.0125"), (8_550_000, "0.015"), (9_650_000, "0.0175"), (10_050_000, "0.02")],
    "B": [(6_200_000, "0"), (6_500_000, "0.0025"), (6_850_000, "0.005"), (7_300_000, "0.0075"), (9_200_000, "0.01"),
          (10_750_000, "0.015"), (11_250_000, "0.02"), (11_600_000, "0.025"), (12_600_000, "0.03")],
    "C": [(6_600_000, "0"), (6_950_000, "0.0025"), (7_350_000, "0.005"), (7_800_000, "0.0075"), (8_850_000, "0.01"),
          (9_800_000, "0.0125"), (10_950_000, "0.015"), (11_200_000, "0.0175"), (12_050_000, "0.02")],
}  # fmt: skip


@pytest.mark.parametrize(
    "category,upper,rate", [(c, u, r) for c, rows in EXCERPT.items() for u, r in rows], ids=lambda v: str(v)
)
def test_notes_excerpt_edges(rules, category, upper, rate):
    assert th.ter_bracket(category, D(upper), rules).rate == D(rate)


@pytest.mark.parametrize(
    "category,gross,rate",
    [
        ("A", 0, "0"),
        ("A", 1_400_000_000, "0.33"),
        ("A", 1_400_000_001, "0.34"),
        ("B", 1_405_000_001, "0.34"),
        ("C", 1_419_000_001, "0.34"),
        ("A", 10_000_000, "0.02"),  # PP 58/2023 elucidation: 10 jt K/0 -> A 2 %
        ("A", 30_080_000, "0.13"),  # PMK 168/2023 Tuan A
        ("A", 35_080_000, "0.14"),
        ("A", 50_080_000, "0.18"),
    ],
)
def test_ter_top_and_official_examples(rules, category, gross, rate):
    assert th.ter_bracket(category, D(gross), rules).rate == D(rate)


# ---------- steps carry what, rate and rule ----------
def test_steps_name_rate_and_rule(rules):
    m = th.month_pay(6_000_000, "TK/0", JAN_2026, rules)
    keys = [s.key for s in m.steps]
    assert keys == [
        "wage",
        "bpjs_kes",
        "jht",
        "jp",
        "jkk",
        "jkm",
        "bpjs_kes_employer",
        "jht_employer",
        "jp_employer",
        "ter_gross",
        "ter_category",
        "ter_rate",
        "pph21",
        "net",
        "employer_cost",
    ]
    by_key = {s.key: s for s in m.steps}
    assert by_key["jkk"].rate == D("0.0024") and "PP 44/2015" in by_key["jkk"].rule
    assert by_key["ter_rate"].params == {"category": "A", "lower": 5_950_000, "upper": 6_300_000}
    assert "PP 58/2023" in by_key["ter_rate"].rule
    assert all(s.rule for s in m.steps if s.key not in ("wage", "net", "employer_cost"))


# ---------- US federal 2026, single, standard deduction ----------
@pytest.mark.parametrize(
    "gross,taxable,tax,ss,medicare,net",
    [
        # derived here by hand from notes.md section 5 (brackets, $16,100, 6.2 % to $184,500, 1.45 %, 0.9 % over $200,000)
        (0, 0, 0, 0, 0, 0),
        (16_100, 0, 0, "998.20", "233.45", "14868.35"),
        (50_000, 33_900, 3_820, 3_100, 725, 42_355),  # 1,240 + 12 % x 21,500
        (
            250_000,
            233_900,
            "51304.00",  # 1,240 + 4,560 + 12,166 + 23,058 + 32 % x 32,125 (10,280)
            "11439.00",  # the wage base cap: notes.md "maximum employee tax $11,439"
            "4075.00",  # 1.45 % x 250,000 = 3,625 + 0.9 % x 50,000 = 450
            "183182.00",
        ),
    ],
)
def test_us_federal(rules, gross, taxable, tax, ss, medicare, net):
    us = th.us_federal(gross, rules)
    assert us.taxable == D(taxable)
    assert us.income_tax == D(tax)
    assert us.social_security == D(ss)
    assert us.medicare == D(medicare)
    assert us.net == D(net)


def test_us_employer_cost_matches_fica(rules):
    us = th.us_federal(50_000, rules)
    assert us.employer_cost == 50_000 + 3_100 + 725
    assert us.net_month == D("3529.58")
