"""The take-home block of the offer check, as the page receives it (pure: no Streamlit)."""

from types import SimpleNamespace

import pandas as pd
import pytest

from salary_explorer.core.i18n import t
from salary_explorer.core.money import Hours
from salary_explorer.core.takehome_rules import PTKP_STATUSES, load_takehome_rules
from salary_explorer.pay import takehome_view as tv
from salary_explorer.pay import views as sv


@pytest.fixture(scope="module")
def rules():
    return load_takehome_rules()


def reader(lang, custom_rate=None):
    return SimpleNamespace(lang=lang, hours=Hours(), custom_rate=custom_rate, currency="IDR", period="month")


@pytest.mark.parametrize(
    "lang,month,year,employer",
    [("en", "Rp 5,712,957", "Rp 74,067,750", "Rp 6,614,400"), ("id", "Rp 5.712.957", "Rp 74.067.750", "Rp 6.614.400")],
)
def test_six_million_tk0_in_both_languages(rules, rates, lang, month, year, employer):
    v = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader(lang))
    assert v.error is None
    assert [h.value for h in v.headlines] == [
        month,
        year,
        employer,
        "Rp 85,372,800" if lang == "en" else "Rp 85.372.800",
    ]
    assert v.steps.columns.tolist() == [t(f"th.col.{c}", lang) for c in ("what", "rate", "amount", "rule")]
    amounts = v.steps.iloc[:, 2].tolist()
    assert ("−\u00a0" + month.replace("5,712,957", "47,043").replace("5.712.957", "47.043")).replace(
        " ", "\u00a0"
    ) in amounts
    assert any("0,75 %" in r or "0.75 %" in r for r in v.steps.iloc[:, 1])
    assert len(v.months) == 12
    assert any("0.24" in n or "0,24" in n for n in v.notes), "the assumed JKK class is said"
    assert any("PMK 105/2025" in n for n in v.notes), "the DTP incentive is offered with its condition"


def test_year_figure_is_twelve_months_plus_thr(rules, rates):
    """6 jt TK/0 in 2026 with THR in March: 74,067,750 = the sum of the month-by-month table's take-home."""
    v = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader("en"))
    total = sum(int(x.replace("Rp ", "").replace(",", "")) for x in v.months.iloc[:, -1])
    assert total == 74_067_750


@pytest.mark.parametrize(
    "amount,currency,period,converted",
    [
        (72_000_000, "IDR", "year", "Rp 6,000,000"),  # 72 jt a year = 6 jt a month (hours cancel out)
        (500, "USD", "month", "/ US$1 ("),  # at the annual rate of 2026 or the nearest year, which is named
    ],
)
def test_other_currencies_and_periods_are_converted_first_and_labelled(
    rules, rates, amount, currency, period, converted
):
    v = tv.takehome_view(amount, currency, period, "ID", rules, rates, reader("en"))
    note = v.notes[0]
    assert note.startswith("The offer was converted first") and converted in note


def test_dtp_only_when_asked_and_eligible(rules, rates):
    off = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader("en"))
    on = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader("en"), dtp_asked=True)
    assert off.headlines[0].value == "Rp 5,712,957"
    assert on.headlines[0].value == "Rp 5,760,000"
    over = tv.takehome_view(12_000_000, "IDR", "month", "ID", rules, rates, reader("id"), dtp_asked=True)
    assert over.warnings and "PMK 105/2025" in over.warnings[0]
    not_2026 = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader("en"), year=2025, dtp_asked=True)
    assert not_2026.warnings and "2025" in not_2026.warnings[0]


def test_us_offer_uses_federal_rules_and_says_state_tax_is_not_included(rules, rates):
    v = tv.takehome_view(50_000, "USD", "year", "US", rules, rates, reader("en"))
    assert v.country == "US"
    assert [h.value for h in v.headlines] == ["$3,530/mo", "$42,355/yr", "$53,825/yr"]
    assert any("state and local income taxes are not included" in n for n in v.notes)


def test_bad_months_become_a_message_not_a_traceback(rules, rates):
    v = tv.takehome_view(6_000_000, "IDR", "month", "ID", rules, rates, reader("id"), year=2023)
    assert v.error and v.error.startswith("Gaji bersih tawaran ini tidak dapat dihitung")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_status_has_plain_words(lang):
    labels = [tv.status_label(s, lang) for s in PTKP_STATUSES]
    assert labels[0] == ("single, no dependants (TK/0)" if lang == "en" else "lajang, tanpa tanggungan (TK/0)")
    assert len(set(labels)) == 8


def test_ranges_in_hand_are_labelled_and_never_mixed(rules, rates, rows):
    d = reader("en")
    picked = sv.level_rows(rows)
    gross = sv.range_table(picked, "level", sv.RANGE_LEVELS, "IDR", "month", rates, "en")
    net = tv.takehome_range_table(picked, "level", sv.RANGE_LEVELS, d, rates, rules)
    assert len(net) == len(gross)
    assert net["series"].str.startswith("estimated take-home, TK/0").all()
    assert (net["hi"] < gross["hi"]).all()
    assert not gross["series"].str.contains("take-home").any()


def test_rows_in_hand_match_the_calculator(rules):
    row = pd.DataFrame(
        {
            "currency": ["IDR"],
            "pay_period": ["month"],
            "pay_min": [6_000_000.0],
            "pay_typical": [None],
            "pay_max": [10_000_000.0],
        }
    )
    out = tv.rows_in_hand(row, rules, Hours())
    assert out["pay_min"].iloc[0] == 5_712_957
    assert out["pay_max"].iloc[0] == 10_000_000 - 400_000 - 261_350  # TER A 2.5 % x 10,454,000


@pytest.fixture(scope="module")
def wages():
    from salary_explorer.core import load

    return load.load_minimum_wages()


@pytest.mark.parametrize("region,country", [("DKI Jakarta", "ID"), ("Federal", "US")])
def test_the_region_picks_the_rules(rules, rates, wages, region, country):
    v = tv.offer_takehome(6_000_000, "IDR", "month", region, wages, rules, rates, reader("en"))
    assert v.country == country
    if country == "ID":
        assert v.headlines[0].value == "Rp 5,712,957"
        assert any("UMP DKI Jakarta" in n for n in v.notes)


def test_the_minimum_wage_floors_the_bpjs_kesehatan_base(rules, rates, wages):
    v = tv.offer_takehome(2_000_000, "IDR", "month", "DKI Jakarta", wages, rules, rates, reader("en"))
    bpjs = v.steps.iloc[1]
    assert "−" in bpjs.iloc[2] and "× Rp\u00a05," in bpjs.iloc[1]  # 1 % x the UMP, not x 2,000,000
