"""Imported rows whose place names one regency/city carry its Kemendagri code (issue 31), so the explorer can
filter by regency and judge each ad against the minimum wage where the job is."""

import datetime as dt

import pandas as pd
import pytest

from salary_explorer.core import floor_tables, load
from salary_explorer.uploads import importer
from salary_explorer.uploads.places import regency_distinct

from .test_import_meaning import JOBSTREET, guessed, mapping_for

ADS = (
    b"Judul,Lokasi,Gaji,Tanggal\n"
    b"Customer Service,Kab. Karawang,5500000,2026-02-01\n"  # below the UMK Karawang 5.886.853
    b"Customer Service,Kota Bekasi,6100000,2026-02-02\n"  # meets the UMK Kota Bekasi 5.999.443
    b"Customer Service,Bekasi,5000000,2026-02-03\n"  # kota or kabupaten: province known, regency not
    b"Customer Service,Jakarta Selatan,5000000,2026-02-04\n"  # below the UMP DKI 5.729.876 (no UMK)
    b"Customer Service,Garut,2500000,2026-02-05\n"  # meets the UMK Garut 2.472.227
    b"Customer Service,Jawa Barat,2400000,2026-02-06\n"  # province only: the UMP Jawa Barat 2.317.601
)


@pytest.mark.parametrize(
    "text, province, code",
    [
        ("Kab. Karawang", "Jawa Barat", "32.15"),
        ("Kota Bekasi", "Jawa Barat", "32.75"),
        ("Bekasi", "Jawa Barat", ""),
        ("Jakarta Selatan", "DKI Jakarta", "31.74"),
        ("Surabaya", "Jawa Timur", "35.78"),
        ("Kota Bandung, Jawa Barat", "Jawa Barat", "32.73"),
        ("Jawa Barat", "Jawa Barat", ""),
        ("Kota Bekasi", "Banten", ""),  # a code never contradicts the province the text was placed in
        ("", "", ""),
    ],
)
def test_regency_of_a_place_text(text, province, code):
    assert regency_distinct([text], [1], [province]) == [code]


def test_an_import_carries_the_regency_code_of_each_place():
    _, inspection, view = guessed(ADS, "ads.csv")
    result = importer.import_csv(ADS, "ads.csv", mapping_for(inspection, view))
    rows = result.rows
    assert rows["regency_code"].astype(str).tolist() == ["32.15", "32.75", "", "31.74", "32.05", ""]
    assert rows["province"].tolist()[:3] == ["Jawa Barat"] * 3


def test_share_of_ads_below_the_local_floor():
    _, inspection, view = guessed(ADS, "ads.csv")
    rows = importer.import_csv(ADS, "ads.csv", mapping_for(inspection, view)).rows
    wages = load.load_minimum_wages()
    by_province = floor_tables.share_below_floor(rows, wages, dt.date(2026, 3, 1)).set_index("province")
    # Jawa Barat: Karawang below; Kota Bekasi, Garut meet; "Bekasi" and "Jawa Barat" judged against the UMP
    assert by_province.loc["Jawa Barat", ["rows", "below"]].tolist() == [5, 1]
    assert by_province.loc["DKI Jakarta", "share"] == 1.0
    by_regency = floor_tables.share_below_floor(rows, wages, dt.date(2026, 3, 1), "regency").set_index("regency")
    assert by_regency.loc["Kabupaten Karawang", "below"] == 1 and by_regency.loc["Kota Bekasi", "below"] == 0


def test_a_file_without_regencies_has_empty_codes():
    _, inspection, view = guessed(JOBSTREET, "jobstreet.csv")
    rows = importer.import_csv(JOBSTREET, "jobstreet.csv", mapping_for(inspection, view)).rows
    codes = rows["regency_code"].astype(str).tolist()
    assert codes[3] == "32.73" and codes[4] == "35.78"  # Kota Bandung, Surabaya
    assert codes[0] == "" and codes[5] == ""  # a province; an ambiguous name
    assert isinstance(rows, pd.DataFrame)
