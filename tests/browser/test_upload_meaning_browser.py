"""Issue 15 in Chromium: a JobStreet-shaped file is read per month with the reason shown, previewed in words
before it counts, and imported with its provinces (the file then let go of, its report kept); the same page in
Indonesian."""

from ..test_import_meaning import JOBSTREET, MIXED
from .conftest import assert_no_exception, choose_file, screenshot, switch_language, wait_for_app


def test_upload_is_previewed_in_words_before_it_counts(page, app_url):
    page.goto(app_url + "/upload?lang=en&irv=1")  # the user asked to check the choices before importing
    wait_for_app(page)
    choose_file(page, "jobstreet_shape.csv", JOBSTREET)
    page.get_by_text("What the app will read").wait_for()
    wait_for_app(page)
    assert page.get_by_text("Pay period: most figures (100%) are between Rp 3.2M and Rp 10.5M").is_visible()
    summary = "Whole pay column (6 figures), per month: median Rp 5,250,000, from Rp 3,200,000 to Rp 10,500,000."
    page.get_by_text(summary).scroll_into_view_if_needed()
    assert page.get_by_text(summary).is_visible()
    assert_no_exception(page)
    screenshot(page, "upload_preview_en")

    switch_language(page, "Bahasa Indonesia")  # the same preview in Indonesian, the file still on the uploader
    wait_for_app(page)
    page.get_by_text("Yang akan dibaca aplikasi").wait_for()
    page.get_by_text("Seluruh kolom gaji (6 angka), per bulan: median Rp 5.250.000").wait_for()
    assert page.get_by_text("Periode gaji: sebagian besar angka (100%) antara Rp 3,2").is_visible()
    wait_for_app(page)
    assert_no_exception(page)
    screenshot(page, "upload_preview_id")

    switch_language(page, "English")
    wait_for_app(page)
    page.get_by_role("button", name="Import these rows").click()
    page.get_by_text("jobstreet_shape.csv: 6 rows read, 6 accepted, 0 rejected.").wait_for()
    page.get_by_text("5 rows were placed in a province or US state").wait_for()
    page.get_by_text("1 rows name a place found in more than one province").wait_for()
    wait_for_app(page)
    # imported: the file is let go of (the uploader is empty again), the report and the save section stay
    page.get_by_text("Imported from jobstreet_shape.csv: its rows are kept for this session").wait_for()
    assert page.get_by_text("What the app will read").count() == 0
    assert page.get_by_role("button", name="Save this import").is_visible()
    assert_no_exception(page)
    screenshot(page, "upload_places_en")

    switch_language(page, "Bahasa Indonesia")
    wait_for_app(page)
    page.get_by_text("Diimpor dari jobstreet_shape.csv: barisnya tetap ada untuk sesi ini").wait_for()
    page.get_by_text("jobstreet_shape.csv: 6 baris dibaca, 6 diterima, 0 ditolak.").wait_for()
    page.get_by_text("5 baris ditempatkan di provinsi atau negara bagian AS").wait_for()
    assert page.get_by_text("jobstreet_shape.csv: 6 baris", exact=True).is_visible()  # in the list, removable
    wait_for_app(page)
    assert_no_exception(page)
    screenshot(page, "upload_released_id")


def test_an_unclear_file_asks_for_the_period_before_importing(page, app_url):
    page.goto(app_url + "/upload?lang=en")
    wait_for_app(page)
    choose_file(page, "mixed_shape.csv", MIXED)
    page.get_by_text("What the app will read").wait_for()
    wait_for_app(page)
    page.get_by_text("Choose the pay period (and currency) of your figures before importing").wait_for()
    assert page.get_by_text("Pay period: the figures are mixed: 57% look like pay per hour").is_visible()
    assert page.get_by_role("button", name="Import these rows").is_disabled()
    page.get_by_role("button", name="Import these rows").scroll_into_view_if_needed()
    assert_no_exception(page)
    screenshot(page, "upload_asks_en")
