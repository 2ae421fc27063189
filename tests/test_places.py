"""Place texts as real files write them -> province (or US state) and country; ambiguous and unknown are never guessed."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salary_explorer.core import load
from salary_explorer.uploads.places import US_STATES, map_places, normalise, resolve

PLACES = [
    # provinces, long, short and loose
    ("Jakarta Raya", "DKI Jakarta"),
    ("DKI Jakarta", "DKI Jakarta"),
    ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
    ("  jakarta   raya ", "DKI Jakarta"),
    ("DI Yogyakarta", "DI Yogyakarta"),
    ("D.I. Yogyakarta", "DI Yogyakarta"),
    ("Jogja", "DI Yogyakarta"),
    ("Bangka Belitung", "Kepulauan Bangka Belitung"),
    ("Provinsi Jawa Barat", "Jawa Barat"),
    ("JAWA TIMUR", "Jawa Timur"),
    ("Jabar", "Jawa Barat"),
    # cities and regencies, with and without their prefix
    ("Tangerang", "Banten"),
    ("Kota Tangerang", "Banten"),
    ("Kab. Tangerang", "Banten"),
    ("Kabupaten Tangerang", "Banten"),
    ("Kota Bandung", "Jawa Barat"),
    ("Bandung", "Jawa Barat"),  # the city and regency win over same-named districts elsewhere
    ("Surabaya", "Jawa Timur"),
    ("Medan", "Sumatera Utara"),
    ("Jakarta Selatan", "DKI Jakarta"),
    ("Kota Adm. Jakarta Selatan", "DKI Jakarta"),
    ("Kota Banjar", "Jawa Barat"),
    ("Kab. Banjar", "Kalimantan Selatan"),
    ("Kab Bekasi", "Jawa Barat"),
    # districts
    ("Banjarmasin Selatan", "Kalimantan Selatan"),
    ("Kecamatan Cilandak", "DKI Jakarta"),
    ("Kec. Cilandak", "DKI Jakarta"),
    # two parts that agree
    ("Tangerang, Banten", "Banten"),
    ("Cilandak, Jakarta Selatan", "DKI Jakarta"),
    # islands wholly in one province
    ("Lombok", "Nusa Tenggara Barat"),
    ("Madura", "Jawa Timur"),
    # US states by name, and by code after a comma
    ("California", "California"),
    ("new york", "New York"),
    ("Austin, TX", "Texas"),
]


@pytest.mark.parametrize(("text", "province"), PLACES)
def test_place_spellings_map_to_their_province(text, province):
    place = resolve(text)
    assert (place.status, place.province) == ("ok", province)
    assert place.country == ("US" if province in US_STATES.values() else "ID")


AMBIGUOUS = [
    ("Banjar", {"Jawa Barat", "Kalimantan Selatan"}),  # Kota Banjar and Kabupaten Banjar
    ("Bandar", {"Aceh", "Jawa Tengah", "Jawa Timur", "Sumatera Utara"}),  # districts in four provinces
    ("Kecamatan Bandung", {"Banten", "Jawa Timur"}),  # the districts, not the city
    ("Jawa", {"Banten", "DKI Jakarta", "DI Yogyakarta", "Jawa Barat", "Jawa Tengah", "Jawa Timur"}),
    ("Jabodetabek", {"Banten", "DKI Jakarta", "Jawa Barat"}),
    (
        "Kalimantan",
        {"Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara"},
    ),
    ("Bandung, Jawa Timur", {"Jawa Barat", "Jawa Timur"}),  # the parts disagree
]


@pytest.mark.parametrize(("text", "candidates"), AMBIGUOUS)
def test_ambiguous_places_are_said_so_not_guessed(text, candidates):
    place = resolve(text)
    assert place.status == "ambiguous" and place.province == "" and set(place.candidates) == candidates


@pytest.mark.parametrize("text", ["Remote", "Singapore", "Atlantis", "", "Kota Atlantis", "Kecamatan Jakarta"])
def test_unknown_places_stay_unknown(text):
    place = resolve(text)
    assert (place.status, place.province) == ("unknown", "")


@pytest.mark.parametrize(
    ("text", "us_codes", "expected"),
    [
        ("ID", False, ("country", "", "ID")),  # a country code, not Idaho
        ("ID", True, ("ok", "Idaho", "US")),  # in a US file it is Idaho
        ("CA", True, ("ok", "California", "US")),
        ("Indonesia", False, ("country", "", "ID")),
        ("USA", False, ("country", "", "US")),
    ],
)
def test_two_letter_codes_are_states_only_in_a_us_file(text, us_codes, expected):
    place = resolve(text, us_codes=us_codes)
    assert (place.status, place.province, place.country) == expected


def test_a_column_is_mapped_with_unknown_and_ambiguous_counted_and_listed():
    column = pd.Series(["Jakarta Raya"] * 3 + ["Tangerang", "Banjar", "Banjar", "Remote", "", "Indonesia"])
    result = map_places(column)
    assert result.province.tolist() == ["DKI Jakarta"] * 3 + ["Banten", "", "", "", "", ""]
    assert result.country.tolist() == ["ID"] * 4 + ["", "", "", "", "ID"]
    assert result.unknown == {"Remote": 1} and result.unknown_rows == 1
    assert result.ambiguous == {"Banjar": (2, ("Jawa Barat", "Kalimantan Selatan"))} and result.ambiguous_rows == 2


def test_every_province_in_the_region_table_maps_to_itself_and_has_a_minimum_wage():
    wages = set(load.load_minimum_wages().query("wage_kind == 'UMP'")["region"])
    for province in load.provinces():
        assert resolve(province).province == province
        assert province in wages  # the short names are the minimum-wage table's names


def test_the_region_table_keeps_its_mit_notice():
    notice = (load.DATA_DIR / "id_regions_LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in notice and "Copyright (c) 2017-2025 Cahya DSN" in notice


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_resolves_to_one_of_the_four_outcomes(text):
    place = resolve(text)
    assert place.status in {"ok", "ambiguous", "unknown", "country"}
    assert (place.province != "") == (place.status == "ok")
    assert normalise(normalise(text)) == normalise(text)
