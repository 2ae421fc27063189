"""Import a CSV in headless Chromium, find its rows in the explorer, download the export and check it cell by cell."""

import csv
import io
import re

from openpyxl import load_workbook

from salary_explorer.core.load import load_salaries

from .conftest import (
    assert_no_exception,
    choose_file,
    click_download,
    go_to_page,
    pick_option,
    screenshot,
    switch_language,
    wait_for_app,
)

UPLOAD = (
    b"Posisi;Gaji Minimum;Gaji Maksimum;Tahun\n"
    b"CS Bank;Rp 5.000.000;Rp 7.000.000;2023\n"
    b"=1+2;4,5 juta;6 jt;2024\n"  # a formula-looking role must come back as inert text
    b"Kasir;lima juta;Rp 6 jt;2024\n"
)
EXPECTED = [  # role, pay_min, pay_max, year, level, currency, pay_period, record_id
    ["CS Bank", 5000000.0, 7000000.0, 2023, "unspecified", "IDR", "month", "gaji-browser:2"],
    ["'=1+2", 4500000.0, 6000000.0, 2024, "unspecified", "IDR", "month", "gaji-browser:3"],
]
COLUMNS = ["role", "pay_min", "pay_max", "year", "level", "currency", "pay_period", "record_id"]


def test_upload_then_export_what_was_imported(page, app_url):
    page.goto(app_url + "/upload?lang=en")
    wait_for_app(page)
    assert page.get_by_text("Files up to 200 MB").is_visible()
    choose_file(page, "gaji_browser.csv", UPLOAD)  # clear columns, currency and period: imported as it is dropped
    page.get_by_text("gaji_browser.csv: 3 rows read, 2 accepted, 1 rejected.").wait_for()
    wait_for_app(page)
    # issue 11: imported, the file is let go of (an empty uploader), its report stays; issue 33: with its choices
    assert page.get_by_text("Imported from gaji_browser.csv as soon as it was dropped").is_visible()
    assert page.get_by_text("Read with these choices").is_visible()
    assert page.get_by_text("Pay, minimum ← Gaji Minimum", exact=False).is_visible()
    assert page.locator('[data-testid="stFileUploader"]').get_by_text("gaji_browser.csv").count() == 0
    assert_no_exception(page)
    screenshot(page, "upload_result_en")

    # Same session: navigate inside the app (a reload would start a new session without the upload).
    page.get_by_role("link", name="See your rows in the data explorer").click()
    wait_for_app(page)
    page.get_by_text("2 of them come from your own uploads").wait_for()
    pick_option(page, page.locator('[data-testid="stMultiSelect"]').filter(has_text="Source"), "gaji_browser.csv")
    page.keyboard.press("Escape")
    page.get_by_text(f"2 of {len(load_salaries()) + 2} rows match.").wait_for()
    wait_for_app(page)
    assert "xs=" in page.url
    assert_no_exception(page)
    screenshot(page, "explorer_upload_en")

    download = click_download(page, "Download CSV")  # deferred: the explorer builds its file on the click
    assert download.suggested_filename == "salaries_source-gaji_browser.csv"
    raw = open(download.path(), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM so Excel picks the encoding
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    got = [[r[c] for c in COLUMNS] for r in rows]
    assert got == [[str(v) for v in row] for row in EXPECTED]
    assert {r["source_kind"] for r in rows} == {"user_upload"} and {r["source_title"] for r in rows} == {
        "gaji_browser.csv"
    }
    assert all(r["derivation"].startswith("Uploaded by you from gaji_browser.csv") for r in rows)

    excel = click_download(page, "Download Excel")
    assert excel.suggested_filename == "salaries_source-gaji_browser.xlsx"
    sheet = load_workbook(io.BytesIO(open(excel.path(), "rb").read())).active
    header = [c.value for c in sheet[1]]
    for row, expected in zip(sheet.iter_rows(min_row=2, values_only=True), EXPECTED):
        cells = dict(zip(header, row))
        assert [cells[c] for c in COLUMNS] == expected
    assert sheet.cell(row=3, column=header.index("pay_min") + 1).data_type == "n"  # numbers stay numbers
    assert sheet.cell(row=3, column=header.index("role") + 1).data_type == "s"  # the formula stays text
    assert sheet.max_row == 3

    switch_language(page, "Bahasa Indonesia")
    wait_for_app(page)
    total = len(load_salaries()) + 2
    page.get_by_text(f"2 dari {total} baris cocok.").wait_for()
    assert_no_exception(page)
    screenshot(page, "explorer_upload_id")
    go_to_page(page, "Analis", "Impor CSV Anda")
    wait_for_app(page)
    page.get_by_text("gaji_browser.csv: 2 baris").wait_for()  # the upload is listed, removable
    assert_no_exception(page)
    screenshot(page, "upload_list_id")


def test_change_the_mapping_and_import_again_without_choosing_the_file_again(page, app_url):
    page.goto(app_url + "/upload?lang=en")
    wait_for_app(page)
    choose_file(page, "gaji_again.csv", UPLOAD)  # imported as dropped, read per month (the figures say so)
    page.get_by_text("gaji_again.csv: 3 rows read, 2 accepted, 1 rejected.").wait_for()
    wait_for_app(page)
    assert page.locator('[data-testid="stFileUploader"]').get_by_text("gaji_again.csv").count() == 0  # let go of
    assert page.get_by_text("Pay period of every row: per month (most figures", exact=False).is_visible()
    period = page.locator('[data-testid="stSelectbox"]').filter(has_text="Pay period of every row")

    page.get_by_role("button", name="Change the mapping and import again").click()  # the same file, not chosen again
    page.get_by_text("Importing gaji_again.csv again, with the choices used last time.").wait_for()
    wait_for_app(page)
    assert period.locator('input[role="combobox"]').input_value() == "per month"
    pick_option(page, period, "per year")
    wait_for_app(page)
    page.get_by_text(re.compile(r"^Whole pay column .*\), per year: median")).wait_for()  # the preview followed
    page.get_by_role("button", name="Import these rows").click()
    page.get_by_text("Imported from gaji_again.csv: its rows are kept for this session.").wait_for()
    wait_for_app(page)
    assert page.get_by_text("gaji_again.csv: 2 rows", exact=True).count() == 1  # replaced, not added twice
    assert page.get_by_role("button", name="Change the mapping and import again").is_visible()
    assert_no_exception(page)
    screenshot(page, "upload_import_again_en")

    page.get_by_role("button", name="Change the mapping and import again").click()  # last time's choice is back
    page.get_by_text("Importing gaji_again.csv again").wait_for()
    wait_for_app(page)
    assert period.locator('input[role="combobox"]').input_value() == "per year"
    assert_no_exception(page)
    screenshot(page, "upload_import_again_form_en")


def test_a_clear_file_is_imported_as_dropped_with_its_choices_in_indonesian(page, app_url):
    """Issue 33: drop, and the rows are in; the report says how they were read and how to change it."""
    page.goto(app_url + "/upload?lang=id")
    wait_for_app(page)
    choose_file(page, "gaji_id.csv", UPLOAD)
    page.get_by_text("gaji_id.csv: 3 baris dibaca, 2 diterima, 1 ditolak.").wait_for()
    wait_for_app(page)
    assert page.get_by_text("Diimpor dari gaji_id.csv begitu dijatuhkan").is_visible()
    assert page.get_by_text("Dibaca dengan pilihan ini").is_visible()
    assert page.get_by_text("Periode gaji semua baris: per bulan", exact=False).is_visible()
    assert page.get_by_role("button", name="Ubah pemetaan dan impor ulang").is_visible()
    assert not page.get_by_role("button", name="Impor baris-baris ini").count()
    assert_no_exception(page)
    screenshot(page, "upload_on_drop_id")
