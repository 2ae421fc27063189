"""Every figure in the seed digest and the reference notes is in data/, with its source."""

import contextlib
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
    "name",
    [
        "minimum_wage.csv",
        "exchange_rates.csv",
        "requirements.csv",
        "role_templates.csv",
        "certifications.csv",
        "oews_national.csv",
        "oews_sectors.csv",
        "oews_states.csv",
        "bps_net_wage_province.csv",
        "bps_net_wage_sector.csv",
        "bps_net_wage_occupation.csv",
    ],
)
def test_no_row_lacks_a_source(name):
    df = load.read_text_csv(load.DATA_DIR / name)
    assert (df["source_title"].str.strip() != "").all()


# --- the official references (../shared/reference): every bundled number traced to its file ----------


def _ref_csv(*parts: str) -> pd.DataFrame:
    return pd.read_csv(REFERENCE.joinpath(*parts), dtype=str, keep_default_na=False)


def _num(text: str) -> float | None:
    return float(text) if str(text).strip() not in ("", "*", "#", "**") else None


@needs_sources
def test_every_ump_2026_is_bundled_with_disputes_and_blanks_kept():
    ref = _ref_csv("ump_2026.csv").set_index("province")
    wages = load.load_minimum_wages()
    ump = wages[(wages["wage_kind"] == "UMP") & (wages["year"] == 2026)].set_index("region")
    assert sorted(ump.index) == sorted(ref.index) and len(ump) == 38
    for province, row in ref.iterrows():
        got = ump.loc[province]
        published = {_num(row["value_a"]), _num(row["value_b"])} - {None}
        alternatives = {float(a) for a in got["alternatives"].split(";") if a}
        if row["ump_2026"] == "":
            assert pd.isna(got["amount"]) and got["figure_status"] == "not_yet_known", province
            assert alternatives == published, province
        else:
            assert got["amount"] == float(row["ump_2026"]), province
            assert alternatives <= published, province
            disputed = row["agree"].upper().startswith("NO")
            assert (got["figure_status"] == "disputed") is disputed, province
        assert got["legal_basis"].startswith("PP No. 49 Tahun 2025") and got["in_force_from"] == "2026-01-01"
        assert row["source_a"] in got["source_title"] and row["source_b"] in got["source_title"]
    assert set(ump.index[ump["figure_status"] == "disputed"]) == {
        "Sumatera Utara",
        "Kalimantan Utara",
        "Sulawesi Barat",
    }


@needs_sources
def test_every_us_state_minimum_is_bundled():
    ref = _ref_csv("us_state_minimum_wage_2025_2026.csv")
    wages = load.load_minimum_wages()
    states = wages[wages["wage_kind"] == "state"].set_index(["region", "year"])
    assert len(states) == 2 * len(ref) == 102
    for _, row in ref.iterrows():
        for year in (2025, 2026):
            got = states.loc[(row["state"], year)]
            assert got["amount"] == float(row[f"min_wage_{year}"]) and got["in_force_from"] == f"{year}-01-01"
            assert row["source"] in got["source_title"] and got["note"] == row["notes"]


def _oews_reference() -> dict[str, pd.DataFrame]:
    return {
        "national": _ref_csv("oews", "oews_43-4051_national_2022_2025.csv").rename(columns={"area": "area_title"}),
        "sector": _ref_csv("oews", "oews_43-4051_sectors_2024.csv").rename(columns={"area": "area_title"}),
        "state": _ref_csv("oews", "oews_43-4051_states_2024.csv")
        .rename(columns={"state": "area_title", "survey_period": "survey"})
        .rename(columns=str.lower),
    }


@needs_sources
@pytest.mark.parametrize("area_type, key", [("national", "survey"), ("sector", "naics"), ("state", "area_title")])
def test_every_oews_figure_is_bundled_as_published(area_type, key):
    ref = _oews_reference()[area_type].set_index(key)
    bundled = load.read_text_csv(load.DATA_DIR / load.OEWS_FILES[area_type]).set_index(key)
    assert sorted(bundled.index) == sorted(ref.index)
    checked = 0
    for column in (*load.OEWS_WAGES, "tot_emp", "emp_prse", "mean_prse", "annual", "hourly"):
        if column not in ref.columns:
            assert (bundled[column] == "").all(), column  # nothing the reference does not carry
            continue
        assert bundled[column].to_dict() == ref[column].to_dict(), column  # text as published, BLS flags included
        checked += (ref[column] != "").sum()
    assert checked > 0
    assert (bundled["figure_kind"].str.startswith("oews_") & (bundled["source_title"] != "")).all()


@needs_sources
def test_every_bps_mean_net_wage_is_bundled():
    ref = _ref_csv("bps_avg_net_wage_province_2026-02.csv")
    bundled = load.load_bps_net_wages()
    assert len(bundled) == len(ref) == 39
    assert list(bundled["mean_net_all_occupations"]) == [
        float(v) for v in ref["avg_net_monthly_wage_all_employees_idr"]
    ]
    assert list(bundled["mean_net_clerical"]) == [float(v) for v in ref["avg_net_monthly_wage_clerical_tata_usaha_idr"]]
    assert (bundled["source_title"] == ref["source"]).all()
    assert set(bundled["figure_kind"]) == {"bps_mean_net_wage"} and set(bundled["gross_net"]) == {"net"}


def _reference_numbers() -> set[float]:
    """Every number written anywhere in ../shared/reference (CSV cells and notes; 1,234 / 1.234.567 / 12.5)."""
    numbers: set[float] = set()
    for path in REFERENCE.rglob("*"):
        if path.suffix not in (".csv", ".md"):
            continue
        if path.suffix == ".csv":  # cell by cell: a comma there separates cells, not thousands
            texts = _ref_csv(*path.relative_to(REFERENCE).parts).to_numpy().ravel().tolist()
        else:
            texts = [path.read_text(encoding="utf-8")]
        for token in (tok for text in texts for tok in re.findall(r"\d[\d.,]*", str(text))):
            token = token.rstrip(".,")
            for candidate in (token.replace(",", ""), token.replace(".", "").replace(",", ".")):
                with contextlib.suppress(ValueError):
                    numbers.add(round(float(candidate), 2))
    return numbers


@needs_sources
def test_every_new_number_in_data_is_traced_to_the_reference():
    """Sweep: each amount, rate, wage and employment figure in the reference-based files appears in ../shared/reference."""
    known = _reference_numbers()
    bundled: dict[str, set[float]] = {}
    wages = load.load_minimum_wages()
    bundled["minimum_wage.csv amount"] = set(wages["amount"].dropna().round(2))
    bundled["minimum_wage.csv alternatives"] = {
        round(float(a), 2) for cell in wages["alternatives"] for a in str(cell).split(";") if a
    }
    bundled["exchange_rates.csv"] = set(load.load_exchange_rates()["idr_per_usd"].round(2))
    for area_type in load.OEWS_FILES:
        df = load.load_oews(area_type)
        bundled[f"oews {area_type}"] = set(pd.concat([df[c] for c in (*load.OEWS_WAGES, "tot_emp")]).dropna().round(2))
    bps = load.load_bps_net_wages()
    bundled["bps"] = set(pd.concat([bps[c] for c in load.BPS_NUMBERS]).round(2))
    for name, loader in (("sector", load.load_bps_sector_wages), ("occupation", load.load_bps_occupation_wages)):
        bundled[f"bps {name}"] = set(loader()["mean_net_monthly_wage"].dropna().round(2))
    missing = {name: sorted(values - known) for name, values in bundled.items() if values - known}
    assert missing == {}


@needs_sources
@pytest.mark.parametrize(
    "loader, files, key",
    [
        (
            "load_bps_sector_wages",
            ("bps_net_wage_province_sector.csv", "bps_net_wage_national_sector_2026.csv"),
            "kbli_section",
        ),
        ("load_bps_occupation_wages", ("bps_net_wage_province_occupation_2026-02.csv",), "kbji1982_major_group"),
    ],
)
def test_every_bps_place_wage_is_bundled_as_published(loader, files, key):
    """Cell by cell: the same value (blank stays blank, never zero), period, BPS table and source as the reference."""
    ref = pd.concat([_ref_csv("bps_sector", f) for f in files], ignore_index=True)
    ref = ref[ref["bps_var_id"] != "1521"].reset_index(drop=True)  # var 1521 repeats var 2563's Feb 2026 figures
    bundled = getattr(load, loader)()
    assert len(bundled) == len(ref)
    expected = [None if v == "" else float(v) for v in ref["mean_net_monthly_wage_idr"]]
    got = [None if pd.isna(v) else float(v) for v in bundled["mean_net_monthly_wage"]]
    assert got == expected
    assert list(bundled["period"]) == list(ref["period"]) and list(bundled["source_title"]) == list(ref["source"])
    assert list(bundled["bps_label"]) == list(ref["province"]) and list(bundled["bps_var_id"]) == list(
        ref["bps_var_id"]
    )
    assert list(bundled["kbli_section" if key == "kbli_section" else "kbji1982_major_group"]) == list(ref[key])
    assert (bundled["province_code"].where(bundled["area_type"] == "province", "00") == ref["kemendagri_code"]).all()
    blank = bundled["mean_net_monthly_wage"].isna()
    assert (bundled.loc[blank, "value_status"] == "blank_in_bps_table").all() and (
        bundled["mean_net_monthly_wage"] != 0
    ).all()
    assert bundled["figure_label"].str.startswith("mean net wage, all employees in the").all()
    assert set(bundled["gross_net"]) == {"net"} and set(bundled["statistic"]) == {"mean"}


def test_bps_papua_codes_are_kemendagri_codes_not_bps_codes():
    bundled = load.load_bps_sector_wages().drop_duplicates("region").set_index("region")
    for region, kemendagri, bps in (
        ("Papua Barat", "92", "9100"),
        ("Papua Barat Daya", "96", "9200"),
        ("Papua", "91", "9400"),
        ("Papua Selatan", "93", "9500"),
        ("Papua Tengah", "94", "9600"),
        ("Papua Pegunungan", "95", "9700"),
    ):
        assert (bundled.loc[region, "province_code"], bundled.loc[region, "bps_province_code"]) == (kemendagri, bps)
