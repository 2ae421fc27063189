"""Every figure in the seed digest and the reference notes is in data/, with its source."""

import os
import re

import pandas as pd
import pytest

from salary_explorer.core import load

from .conftest import SHARED

SEED_DIGEST = SHARED / "seeds" / "README.md"
REFERENCE = SHARED / "reference"
# The source notes live beside the project (../shared); CI always has them, a bare clone may not.
needs_sources = pytest.mark.skipif(
    not SEED_DIGEST.exists() and not os.environ.get("CI"),
    reason="../shared/seeds and ../shared/reference are not beside this checkout",
)
T000 = "Uraian Pekerjaan Perwakilan Layanan Pelanggan: Templat untuk Mempekerjakan di Bisnis Anda"
T001 = "Apa tugas customer service?"
T002 = "Karyawan Layanan Pelanggan: Pengertian, Fungsi, Tugas, dan Persyaratannya"
T003 = "Customer Service Adalah, Tugasnya Dan Juga Berapa Gajinya"


@pytest.fixture(scope="module")
def salaries():
    return load.load_salaries().set_index("record_id")


@pytest.mark.parametrize(
    "record_id, pay_min, pay_typical, pay_max, currency, period, year, source",
    [
        ("id-level-manager", 5_000_000, None, 20_000_000, "IDR", "month", None, T002),
        ("id-level-supervisor", 3_000_000, None, 12_000_000, "IDR", "month", None, T002),
        ("id-level-specialist", 3_500_000, None, 12_000_000, "IDR", "month", None, T002),
        ("id-level-senior_staff", 3_000_000, None, 10_000_000, "IDR", "month", None, T002),
        ("id-level-junior_staff", 2_200_000, None, 7_000_000, "IDR", "month", None, T002),
        ("id-level-intern", 1_100_000, None, 3_000_000, "IDR", "month", None, T002),
        ("id-2019-banking", 5_000_000, None, 7_000_000, "IDR", "month", 2019, T003),
        ("id-2019-logistics", 4_500_000, None, 5_500_000, "IDR", "month", 2019, T003),
        ("id-2019-online_shop", 500_000, None, 2_000_000, "IDR", "month", 2019, T003),
        ("id-2019-online_shop-commission", 5_000, None, 50_000, "IDR", "item", 2019, T003),
        ("id-2019-general_staff", 3_000_000, None, 5_000_000, "IDR", "month", 2019, T003),
        ("us-hourly", 7.25, 12.83, 27.20, "USD", "hour", None, T001),
        ("us-bls-2021", None, 35_830, None, "USD", "year", 2021, T000),
    ],
)
def test_seed_salary_figure_is_bundled_with_its_source(
    salaries, record_id, pay_min, pay_typical, pay_max, currency, period, year, source
):
    row = salaries.loc[record_id]
    for column, expected in (("pay_min", pay_min), ("pay_typical", pay_typical), ("pay_max", pay_max)):
        assert pd.isna(row[column]) if expected is None else row[column] == pytest.approx(expected), column
    assert (row["currency"], row["pay_period"], row["source_title"]) == (currency, period, source)
    assert pd.isna(row["year"]) if year is None else row["year"] == year
    assert row["source_kind"] and row["gross_net"]


@needs_sources
def test_every_money_figure_in_the_digest_is_in_data():
    """Sweep the digest for grouped or decimal numbers so a figure added there cannot be missed here."""
    text = SEED_DIGEST.read_text(encoding="utf-8")
    figures = {float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+|\d+\.\d+", text)}
    salaries = load.load_salaries()
    bundled = set(pd.concat([salaries[c] for c in ("pay_min", "pay_typical", "pay_max")]).dropna().round(2))
    assert figures, "digest parsed to nothing"
    assert sorted(figures - bundled) == []


def test_requirement_figures_are_bundled():
    certs = load.load_certifications().set_index("cert_id")
    assert float(certs.loc["ccxp", "modules"]) == 8
    assert float(certs.loc["ccsp", "years_experience"]) == 2
    assert float(certs.loc["ccsp", "exam_questions"]) == 160
    assert (certs["source_title"] == T001).all()
    req = load.load_requirements()
    training = req[(req["template_id"] == "general_staff") & (req["category"] == "training")]
    assert training["detail_en"].str.contains("one week to one month").any()


def _reference_table(name: str) -> dict[str, float]:
    """``| label | 1,234 |`` rows of a reference note."""
    rows = re.findall(r"^\|\s*([^|]+?)\s*\|\s*([\d,.]+)\s*\|$", (REFERENCE / name).read_text(encoding="utf-8"), re.M)
    return {label: float(value.replace(",", "")) for label, value in rows}


@needs_sources
def test_every_ump_2025_is_bundled():
    expected = _reference_table("minimum_wage.md")
    wages = load.load_minimum_wages()
    ump = wages[(wages["wage_kind"] == "UMP") & (wages["year"] == 2025)].set_index("region")["amount"]
    assert len(expected) == 38
    assert {k: float(v) for k, v in ump.items()} == expected


def test_us_federal_minimum_is_bundled():
    wages = load.load_minimum_wages().set_index("region")
    assert wages.loc["Federal", "amount"] == 7.25 and wages.loc["Federal", "pay_period"] == "hour"


@needs_sources
def test_every_annual_exchange_rate_is_bundled():
    expected = {int(k): v for k, v in _reference_table("exchange_rates.md").items()}
    rates = load.load_exchange_rates()
    annual = rates[rates["rate_kind"] == "annual_average"].set_index("year")["idr_per_usd"]
    assert {int(k): float(v) for k, v in annual.items()} == expected
    world_bank = pd.read_csv(REFERENCE / "idr_per_usd_2015_2025.csv", dtype={"year": int})
    assert {int(k): float(v) for k, v in annual.items()} == {  # bundled rounded to 2 decimals, as the note lists them
        y: round(v, 2) for y, v in zip(world_bank["year"], world_bank["idr_per_usd"])
    }


@pytest.mark.parametrize(
    "name", ["minimum_wage.csv", "exchange_rates.csv", "requirements.csv", "role_templates.csv", "certifications.csv"]
)
def test_no_row_lacks_a_source(name):
    df = load.read_text_csv(load.DATA_DIR / name)
    assert (df["source_title"].str.strip() != "").all()
