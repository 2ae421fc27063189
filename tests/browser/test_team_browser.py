"""Check a team in headless Chromium: upload a roster and a band file, read the results, download the
CSV and the Excel workbook and check them cell by cell; screenshots in both languages."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from ..team_fixtures import EXPECTED, band_file_bytes, roster_bytes
from .conftest import assert_no_exception, screenshot, wait_for_app

# employee, level, region, pay_month, position, floor_year, floor_month, below_floor, floor_shortfall, band_shortfall
ROWS = {
    "A01 Ani": ["junior_staff", "DKI Jakarta", 5500000.0, "inside", 2026, 5729876.0, "yes", 229876.0, 0.0],
    "A02 Budi": ["junior_staff", "DKI Jakarta", 6000000.0, "inside", 2026, 5729876.0, "no", 0.0, 0.0],
    "A03 Citra": ["junior_staff", "Jakarta", 4800000.0, "below", 2026, 5729876.0, "yes", 929876.0, 200000.0],
    "A04 Dodi": ["junior_staff", "DKI Jakarta", 7200000.0, "above", 2026, 5729876.0, "no", 0.0, 0.0],
    "C03 Kiki": ["supervisor", "Jawa Barat", 12000000.0, "inside", 2026, 2317601.0, "no", 0.0, 0.0],
    "C04 Lukas": ["supervisor", "DKI Jakarta", 14000000.0, "above", 2026, 5729876.0, "no", 0.0, 0.0],
}
COLUMNS = [
    "level",
    "region",
    "pay_month",
    "position",
    "floor_year",
    "floor_month",
    "below_floor",
    "floor_shortfall",
    "band_shortfall",
]
TEXT = {
    "en": {"report": "tim.csv: 14 rows read, 12 employees checked, 2 rows left out.", "file": "A band file"},
    "id": {"report": "tim.csv: 14 baris dibaca, 12 karyawan dicek, 2 baris tidak diikutkan.", "file": "Berkas rentang"},
}


def upload(page, index, name, data):
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').nth(index).set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data}
    )


@pytest.mark.parametrize("lang", ["en", "id"])
def test_team_check_and_export(page, app_url, lang):
    page.goto(f"{app_url}/team?lang={lang}&tmb=file&tmd=2026-11-25")
    wait_for_app(page)
    upload(page, 0, "tim.csv", roster_bytes(with_bad_rows=True))
    page.get_by_text(TEXT[lang]["report"]).wait_for()
    wait_for_app(page)
    upload(page, 1, "bands.csv", band_file_bytes())
    page.locator('[data-testid="stMetric"]').first.wait_for()
    wait_for_app(page)
    assert_no_exception(page)
    metrics = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    assert metrics == [str(EXPECTED[k]) for k in ("headcount", "below_floor", "below_band", "above_band")]
    page.set_viewport_size({"width": 1366, "height": 4200})  # the app scrolls inside its own container
    wait_for_app(page)
    screenshot(page, f"team_check_{lang}")

    with page.expect_download() as info:
        page.locator('[data-testid="stDownloadButton"] button').first.click()
    download = info.value
    assert download.suggested_filename == "team-check_roster-tim_bands-bands.csv"
    text = download.path().read_bytes().decode("utf-8-sig")
    rows = {r["employee"]: r for r in csv.DictReader(io.StringIO(text))}
    assert len(rows) == EXPECTED["headcount"]
    for employee, expected in ROWS.items():
        got = rows[employee]
        for column, value in zip(COLUMNS, expected):
            cell = got[column]
            assert (float(cell) if isinstance(value, float) else int(cell) if isinstance(value, int) else cell) == (
                value
            ), (employee, column, cell)
        assert got["band_set"] == "bands.csv" and got["check_date"] == "2026-11-25"
        assert "PP No. 49 Tahun 2025" in got["floor_legal_basis"]
    assert sum(float(r["floor_shortfall"]) for r in rows.values()) == EXPECTED["floor_month"]

    with page.expect_download() as info:
        page.locator('[data-testid="stDownloadButton"] button').nth(1).click()
    assert info.value.suggested_filename == "team-check_roster-tim_bands-bands.xlsx"
    book = load_workbook(io.BytesIO(info.value.path().read_bytes()), read_only=True)
    assert set(book.sheetnames) == {"employees", "levels", "costs", "provenance", "pay_gap"}
    costs = {r[0]: r[1:] for r in book["costs"].iter_rows(min_row=2, values_only=True)}
    assert costs["to_floor"][:3] == (2, EXPECTED["floor_month"], 12 * EXPECTED["floor_month"])
    assert costs["to_band_min"][:3] == (1, EXPECTED["band_month"], 12 * EXPECTED["band_month"])
    sheet = book["employees"]
    header = [c for c in next(sheet.iter_rows(max_row=1, values_only=True))]
    cells = {r[header.index("employee")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells["A01 Ani"][header.index("floor_shortfall")] == 229876
    assert cells["A03 Citra"][header.index("band_shortfall")] == 200000
