"""The offer beside official figures: floor on a check date, OEWS percentile, BPS mean net wage; data as of."""

import datetime as dt

import pytest

from salary_explorer.core import datasets, floors, load
from salary_explorer.pay import offer_context as oc
from salary_explorer.pay import views as sv

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def tables():
    return {
        "wages": load.load_minimum_wages(),
        "rates": load.load_exchange_rates(),
        "national": load.load_oews("national"),
        "sectors": load.load_oews("sector"),
        "bps": load.load_bps_net_wages(),
    }


@pytest.mark.parametrize(
    "choice, expected",
    [
        (None, TODAY),
        ("today", TODAY),
        ("2026", TODAY),
        ("2025", dt.date(2025, 12, 31)),
        (2024, dt.date(2024, 12, 31)),
        ("2027", dt.date(2027, 1, 1)),
    ],
)
def test_check_date(choice, expected):
    assert floors.check_date(choice, TODAY) == expected


def test_check_date_options_and_labels():
    assert floors.check_date_options([2024, 2026, 2025, 2026]) == ["today", "2026", "2025", "2024"]
    assert floors.check_date_label("today", "id", TODAY) == "hari ini (2026-11-25)"
    assert floors.check_date_label("2025", "en", TODAY) == "the year 2025"


@pytest.mark.parametrize(
    "choice, floor_amount, below, name",
    [
        ("today", 5_729_876, True, "UMP DKI Jakarta 2026"),
        ("2025", 5_396_761, False, "UMP DKI Jakarta 2025"),
    ],
)
def test_issue_example_5_5_jt_in_jakarta(tables, choice, floor_amount, below, name):
    """Rp 5.500.000/month in DKI Jakarta: below the 2026 UMP today, not below the 2025 one."""
    check = oc.floor_check(tables["wages"], "DKI Jakarta", choice, TODAY, "en")
    assert check.floor.amount == floor_amount and check.description.startswith(name)
    refs = sv.reference_ranges(load.load_salaries())
    wage = oc.floor_as_wage(check.floor)
    result = sv.check_offer_against(5_500_000, "IDR", "month", refs.loc["id-2019-banking"], wage, tables["rates"])
    assert result.check.below_minimum_wage is below
    assert sv.floor_name(wage, "en") == name


def test_us_state_floor_as_wage_names_the_state(tables):
    check = oc.floor_check(tables["wages"], "California", "today", TODAY, "en")
    assert sv.floor_name(oc.floor_as_wage(check.floor), "en") == "California state minimum wage 2026"
    check = oc.floor_check(tables["wages"], "Texas", "today", TODAY, "id")
    assert sv.floor_name(oc.floor_as_wage(check.floor), "id") == "upah minimum federal AS"


@pytest.mark.parametrize(
    "offer, currency, period, year, sector, lang, expected",
    [
        (
            18.00,
            "USD",
            "hour",
            2025,
            "",
            "en",
            "Your offer ($18.00/hr) is between P25 $17.72/hr and the median $21.53/hr, about the 27th percentile",
        ),
        (
            18.00,
            "USD",
            "hour",
            2025,
            "",
            "id",
            "Tawaran Anda (US$18,00/jam) berada antara P25 US$17,72/jam dan median US$21,53/jam, sekitar persentil ke-27",
        ),
        (37_440, "USD", "year", 2025, "", "en", "Your offer ($37,440/yr) is between P25 $36,870/yr and the median"),
        (17.00, "USD", "hour", 2024, "Retail Trade", "en", "between P25 $15.45/hr and the median $17.49/hr"),
        (10.00, "USD", "hour", 2025, "", "en", "is below P10 $15.27/hr"),
    ],
)
def test_us_percentile(tables, offer, currency, period, year, sector, lang, expected):
    result = oc.us_percentile(
        offer, currency, period, tables["national"], tables["sectors"], year, sector, tables["rates"], lang
    )
    assert result.text.startswith(expected) or expected in result.text
    assert "OEWS" in result.text


def test_rupiah_offer_is_converted_at_the_survey_years_rate(tables):
    result = oc.us_percentile(
        5_500_000, "IDR", "month", tables["national"], tables["sectors"], 2025, "", tables["rates"], "en"
    )
    assert result.offer_usd.rate.year == 2025 and result.offer_usd.value == pytest.approx(
        5_500_000 / 16477.87 / (2080 / 12)
    )
    assert "below P10" in result.text


def test_bps_beside_labels_a_different_kind_of_figure(tables):
    for lang, words in (
        ("en", ["different kind of figure", "net", "Rp 5,229,472/mo", "Sakernas, February 2026"]),
        ("id", ["jenis angka yang berbeda", "bersih", "Rp 5.229.472/bulan", "Sakernas Februari 2026"]),
    ):
        beside = oc.bps_beside(5_500_000, "IDR", "month", "DKI Jakarta", tables["bps"], tables["rates"], lang)
        assert beside.all_occupations == 5_229_472 and beside.clerical == 5_714_076
        assert beside.national_all == 3_287_675
        for word in words:
            assert word in beside.text
    assert oc.bps_beside(1, "IDR", "month", "Kota Bekasi", tables["bps"], tables["rates"], "en") is None


@pytest.mark.parametrize("lang", ["en", "id"])
def test_data_as_of(tables, lang):
    statuses = datasets.data_as_of(tables["wages"], tables["rates"], tables["national"], tables["bps"], lang)
    assert [s.key for s in statuses] == ["ump", "us_state", "rates", "oews", "bps"]
    text = " ".join(s.latest + " " + s.next_due for s in statuses)
    for part in ("2026", "37", "38", "2027", "2025"):
        assert part in text
    table = datasets.data_as_of_table(statuses, lang)
    assert table.shape == (5, 3) and "⟦" not in table.to_string()


# --- the BPS mean net wage of the offer's province and sector (pay by place) -------------------------------


@pytest.fixture(scope="module")
def bps_sector():
    from salary_explorer.core import load

    return load.load_bps_sector_wages()


@pytest.mark.parametrize(
    "region, industry, lang, expected",
    [
        (
            "Jawa Barat",
            "banking",
            "en",
            "Mean net wage of employees in financial and insurance services in Jawa Barat, Sakernas, August 2025: "
            "Rp 5,924,246/mo (BPS Sakernas: all employees in the sector",
        ),
        (
            "Jawa Barat",
            "logistics",
            "id",
            "Rata-rata upah bersih pekerja sektor transportasi dan pergudangan di Jawa Barat, Sakernas Agustus 2025: "
            "Rp 4.144.585/bulan",
        ),
        (
            "DKI Jakarta",
            "online_shop",
            "en",
            "wholesale and retail trade in DKI Jakarta, Sakernas, August 2025: Rp 5,377,298/mo",
        ),
        (
            "DKI Jakarta",
            "general_staff",
            "en",
            "employees in all sectors in DKI Jakarta, Sakernas, August 2025: Rp 5,903,603/mo",
        ),
        ("Papua Tengah", "banking", "en", "possibly a very small sample, national figure Rp 5,116,552/mo"),
        ("Papua Pegunungan", "banking", "en", "BPS published no mean net wage for financial and insurance services"),
    ],
)
def test_bps_sector_beside_names_province_sector_period_and_kind(bps_sector, region, industry, lang, expected):
    assert expected in oc.bps_sector_beside(region, industry, bps_sector, lang)


def test_bps_sector_beside_is_silent_outside_indonesia(bps_sector):
    assert oc.bps_sector_beside("California", "banking", bps_sector, "en") is None
    assert oc.bps_sector_beside("Jawa Barat", "banking", None, "en") is None
