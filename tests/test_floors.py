"""The minimum wage in force on a date (core.floors)."""

import datetime as dt

import pandas as pd
import pytest

from salary_explorer.core import floors, load

D = dt.date


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


@pytest.mark.parametrize(
    "region, on, amount, year, fallback, disputed",
    [
        pytest.param("DKI Jakarta", D(2026, 11, 25), 5_729_876, 2026, False, False, id="jakarta-today-2026"),
        pytest.param("DKI Jakarta", D(2025, 6, 1), 5_396_761, 2025, False, False, id="jakarta-mid-2025"),
        pytest.param("DKI Jakarta", D(2026, 1, 1), 5_729_876, 2026, False, False, id="jakarta-first-day-2026"),
        pytest.param("DKI Jakarta", D(2025, 12, 31), 5_396_761, 2025, False, False, id="jakarta-last-day-2025"),
        pytest.param("Sumatera Utara", D(2026, 3, 1), 3_228_971, 2026, False, True, id="disputed-sumut-higher"),
        pytest.param("Kalimantan Utara", D(2026, 3, 1), 3_775_243, 2026, False, True, id="disputed-kaltara-higher"),
        pytest.param("Sulawesi Barat", D(2026, 3, 1), 3_315_935, 2026, False, True, id="disputed-sulbar-higher"),
        pytest.param("Papua Selatan", D(2026, 11, 25), 4_285_850, 2025, True, False, id="blank-2026-falls-back"),
        pytest.param("Aceh", D(2024, 5, 1), 3_460_672, 2024, False, False, id="older-year-kept"),
        pytest.param("Aceh", D(2027, 2, 1), 3_932_552, 2026, True, False, id="no-2027-yet-falls-back"),
    ],
)
def test_indonesian_floor_in_force(wages, region, on, amount, year, fallback, disputed):
    floor = floors.floor_in_force(wages, region, on)
    assert (floor.amount, floor.year, floor.fallback, floor.disputed) == (amount, year, fallback, disputed)
    assert (floor.currency, floor.pay_period) == ("IDR", "month")
    assert floor.source_title and floor.in_force_from <= on or floor.fallback


def test_2026_ump_names_its_legal_basis_and_start(wages):
    floor = floors.floor_in_force(wages, "DKI Jakarta", D(2026, 11, 25))
    assert "PP No. 49 Tahun 2025" in floor.legal_basis
    assert floor.in_force_from == D(2026, 1, 1)
    assert floor.asked_year == 2026


@pytest.mark.parametrize(
    "region, on, amount, kind, year",
    [
        pytest.param("California", D(2026, 11, 25), 16.90, "state", 2026, id="state-above-federal-2026"),
        pytest.param("California", D(2025, 6, 1), 16.50, "state", 2025, id="state-above-federal-2025"),
        pytest.param("Michigan", D(2026, 1, 1), 13.73, "state", 2026, id="michigan-2026"),
        pytest.param("Texas", D(2026, 11, 25), 7.25, "federal", 2009, id="state-equal-federal"),
        pytest.param("Georgia", D(2026, 11, 25), 7.25, "federal", 2009, id="state-below-federal-5.15"),
        pytest.param("Federal", D(2026, 11, 25), 7.25, "federal", 2009, id="federal-itself"),
    ],
)
def test_us_floor_is_the_higher_of_state_and_federal(wages, region, on, amount, kind, year):
    floor = floors.floor_in_force(wages, region, on)
    assert (floor.amount, floor.wage_kind, floor.year, floor.currency, floor.pay_period) == (
        pytest.approx(amount),
        kind,
        year,
        "USD",
        "hour",
    )
    assert floor.region == region and not floor.fallback


def test_disputed_floor_keeps_the_other_value(wages):
    floor = floors.floor_in_force(wages, "Sumatera Utara", D(2026, 3, 1))
    assert floor.alternatives == (3_228_949,)


def test_disputed_picks_the_higher_even_when_the_row_holds_the_lower():
    wages = pd.DataFrame(
        [
            {
                "country": "ID",
                "region": "X",
                "wage_kind": "UMP",
                "amount": 100.0,
                "currency": "IDR",
                "pay_period": "month",
                "year": 2026,
                "in_force_from": "2026-01-01",
                "legal_basis": "",
                "figure_status": "disputed",
                "alternatives": "120;90",
                "source_title": "s",
                "note": "",
            }
        ]
    )
    floor = floors.floor_in_force(wages, "X", D(2026, 5, 1))
    assert floor.amount == 120 and floor.alternatives == (90, 100)


def test_unknown_region_is_a_key_error(wages):
    with pytest.raises(KeyError):
        floors.floor_in_force(wages, "Atlantis", D(2026, 1, 1))


def test_floor_regions(wages):
    ids = floors.floor_regions(wages, "ID")
    assert "DKI Jakarta" in ids and "Papua Selatan" in ids
    assert len(ids) == 38  # regencies and cities are picked within their province
    us = floors.floor_regions(wages, "US")
    assert us[-1] == "Federal" and len(us) == 52 and "District of Columbia" in us
    assert floors.floor_years(wages, "ID") == [2026, 2025, 2024]


@pytest.mark.parametrize(
    "region, on, lang, expected",
    [
        (
            "DKI Jakarta",
            D(2026, 11, 25),
            "en",
            ["UMP DKI Jakarta 2026", "Rp 5,729,876/mo", "PP No. 49 Tahun 2025", "2026-01-01"],
        ),
        ("DKI Jakarta", D(2026, 11, 25), "id", ["UMP DKI Jakarta 2026", "Rp 5.729.876/bulan", "Dasar hukum"]),
        ("Sumatera Utara", D(2026, 3, 1), "en", ["Disputed", "Rp 3,228,949", "higher value, Rp 3,228,971"]),
        ("Sumatera Utara", D(2026, 3, 1), "id", ["diperdebatkan", "Rp 3.228.949", "lebih tinggi, Rp 3.228.971"]),
        ("Papua Selatan", D(2026, 3, 1), "en", ["No figure for 2026", "2025, is used", "Rp 4,508,100", "Rp 4,508,850"]),
        ("Papua Selatan", D(2026, 3, 1), "id", ["Belum ada angka untuk 2026", "2025"]),
        ("Texas", D(2026, 3, 1), "en", ["federal", "Texas sets no higher minimum", "$7.25/hr"]),
        ("California", D(2026, 3, 1), "id", ["negara bagian California 2026", "US$16,90/jam"]),
    ],
)
def test_describe_floor(wages, region, on, lang, expected):
    text = floors.describe_floor(floors.floor_in_force(wages, region, on), lang)
    for part in expected:
        assert part in text
    assert "⟦" not in text


@pytest.mark.parametrize(
    "region, currency, period, lang, value, parts",
    [
        ("DKI Jakarta", "IDR", "month", "en", 5_729_876, ["UMP DKI Jakarta 2026"]),
        (
            "DKI Jakarta",
            "USD",
            "hour",
            "en",
            5_729_876 / 16_477.87 / (2080 / 12),
            ["Shown here as $2.01/hr", "Rp 16,477.87 / US$1 (2025), nearest year available", "2,080 h/yr"],
        ),
        (
            "California",
            "USD",
            "year",
            "id",
            16.90 * 2080,
            ["Ditampilkan di sini sebagai US$35.152/tahun", "2.080 jam/tahun"],
        ),
    ],
)
def test_floor_in_units(wages, region, currency, period, lang, value, parts):
    from salary_explorer.core.money import Hours

    floor = floors.floor_in_force(wages, region, D(2026, 11, 25))
    shown = floors.floor_in_units(floor, currency, period, load.load_exchange_rates(), lang, Hours())
    assert shown.value == pytest.approx(value)
    for part in parts:
        assert part in shown.text


@pytest.mark.parametrize(
    "region, currency, period, lang, headline",
    [
        pytest.param("DKI Jakarta", "IDR", "month", "en", "UMP DKI Jakarta 2026 Rp 5,729,876/mo", id="ump-en"),
        pytest.param("DKI Jakarta", "IDR", "month", "id", "UMP DKI Jakarta 2026 Rp 5.729.876/bulan", id="ump-id"),
        pytest.param("DKI Jakarta", "USD", "hour", "en", "UMP DKI Jakarta 2026 $2.01/hr", id="converted-units"),
        pytest.param(
            "Sumatera Utara",
            "IDR",
            "month",
            "id",
            "UMP Sumatera Utara 2026 Rp 3.228.971/bulan (diperdebatkan)",
            id="disputed-says-so",
        ),
        pytest.param("California", "USD", "hour", "en", "California state minimum wage 2026 $16.90/hr", id="state"),
        pytest.param(
            "Texas",
            "USD",
            "hour",
            "id",
            "upah minimum federal AS (Texas tidak menetapkan upah minimum yang lebih tinggi) US$7,25/jam",
            id="federal-for-state",
        ),
        pytest.param("Federal", "USD", "hour", "en", "US federal minimum wage $7.25/hr", id="federal"),
    ],
)
def test_floor_headline_names_the_floor_and_its_amount_in_the_page_units(
    wages, region, currency, period, lang, headline
):
    """The bands checks section's label: the floor by name and the amount the ladder is checked against."""
    from salary_explorer.core.money import Hours

    floor = floors.floor_in_force(wages, region, D(2026, 11, 25))
    shown = floors.floor_in_units(floor, currency, period, load.load_exchange_rates(), lang, Hours())
    assert floors.floor_headline(shown, lang) == headline
