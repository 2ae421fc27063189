"""Small made-up team rosters and a band file for the team pay check tests (test fixtures, not data).

Twelve people in DKI Jakarta (one in Jawa Barat), checked on 25 Nov 2026 against the 2026 UMP
(DKI Jakarta Rp 5.729.876, Jawa Barat Rp 2.317.601) and the band set ``BANDS`` below:

- below the floor: A01 (short Rp 229.876) and A03 (short Rp 929.876) -> Rp 1.159.752 a month
- below the band: A03 (short Rp 200.000 of the junior minimum) -> Rp 200.000 a month
- above the band: A04, C04; everyone else inside
- groups: 6 F and 6 M overall (shown, gap flagged); 2 + 2 per level (not shown)
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

CHECK_DATE = dt.date(2026, 11, 25)
JT = 1_000_000

# Indonesian headers and number formats, semicolon-separated, Windows-1252 as Excel writes it.
ROSTER_ID = """Nama Karyawan;Jenjang;Provinsi;Gaji Pokok;Jenis Kelamin;Tanggal Masuk
A01 Ani;Staf junior;DKI Jakarta;Rp 5.500.000;F;15/01/2024
A02 Budi;junior;DKI Jakarta;6.000.000;M;2023-02-01
A03 Citra;Staf junior;Jakarta;4,8 jt;F;01/03/2025
A04 Dodi;junior;DKI Jakarta;7.200.000;M;2022-07-01
B01 Eka;Staf senior;DKI Jakarta;Rp 8.000.000;F;2021-01-04
B02 Fajar;senior;DKI Jakarta;8.400.000;M;2020-05-11
B03 Gita;senior;DKI Jakarta;7 jt;F;2019-09-02
B04 Hadi;Staf senior;DKI Jakarta;9.000.000;M;2018-03-01
C01 Intan;Supervisor;DKI Jakarta;10.000.000;F;2017-06-01
C02 Joko;spv;DKI Jakarta;11.000.000;M;2016-01-01
C03 Kiki;supervisor;Jawa Barat;12.000.000;F;2015-08-17
C04 Lukas;Supervisor;DKI Jakarta;14.000.000;M;2014-01-01
"""
BAD_ROWS = """D01 Maya;manajer;DKI Jakarta;banyak;F;2020-01-01
D02 Nina;direktur;DKI Jakarta;20.000.000;F;2020-01-01
"""
BANDS = pd.DataFrame(
    {
        "level": ["junior_staff", "senior_staff", "supervisor"],
        "band_min": [5 * JT, 6.5 * JT, 9 * JT],
        "band_mid": [6 * JT, 8 * JT, 11 * JT],
        "band_max": [7 * JT, 9.5 * JT, 13 * JT],
        "currency": "IDR",
        "pay_period": "month",
        "country": "ID",
        "industry": "unspecified",
        "basis": "manual",
    }
)
EXPECTED = {
    "headcount": 12,
    "below_floor": 2,
    "below_band": 1,
    "above_band": 2,
    "floor_month": 229_876 + 929_876,
    "band_month": 200_000,
}


def roster_bytes(with_bad_rows: bool = False) -> bytes:
    return (ROSTER_ID + (BAD_ROWS if with_bad_rows else "")).encode("cp1252")


def band_file_bytes() -> bytes:
    """The band set as the bands page exports it."""
    from salary_explorer.bands import files
    from salary_explorer.core import export

    return export.to_csv_bytes(files.export_frame(BANDS))
