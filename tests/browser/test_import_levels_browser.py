"""Issue 33 in headless Chromium: the seed article's levels and one-cell ranges read as written, the mapping and the
levels a click away (one line each says what was read), and a level the user changes is the one imported."""

import pytest

from ..test_import_ranges_levels import SEED  # the seed article's levels and ranges, as the AppTest tests use
from .conftest import assert_no_exception, choose_file, pick_option, screenshot, wait_for_app

TEXTS = {
    "en": {
        "levels": "Staff Senior → Senior staff",
        "magang": "Staff Magang → Intern",
        "mapping": "Pay (one figure per row) ← Gaji",
        "change_levels": "Change the levels",
        "junior": "Junior staff",
        "now": "Staff Magang → Junior staff",
        "run": "Import these rows",
        "done": "seed.csv: 6 rows read, 6 accepted, 0 rejected.",
        "read_as": "Rp 5,000,000–Rp 20,000,000 per month",
    },
    "id": {
        "levels": "Staff Senior → Staf senior",
        "magang": "Staff Magang → Staf magang",
        "mapping": "Gaji (satu angka per baris) ← Gaji",
        "change_levels": "Ubah jenjang",
        "junior": "Staf junior",
        "now": "Staff Magang → Staf junior",
        "run": "Impor baris-baris ini",
        "done": "seed.csv: 6 baris dibaca, 6 diterima, 0 ditolak.",
        "read_as": "Rp 5.000.000–Rp 20.000.000 per bulan",
    },
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_seeds_levels_are_suggested_changed_in_the_popover_and_imported(page, app_url, lang):
    said = TEXTS[lang]
    page.goto(app_url + f"/upload?lang={lang}&irv=1")  # the user asked to check the choices before importing
    wait_for_app(page)
    choose_file(page, "seed.csv", SEED.encode())
    page.get_by_text(said["magang"]).wait_for()
    wait_for_app(page)
    assert page.get_by_text(said["levels"]).is_visible()
    assert page.get_by_text(said["mapping"]).is_visible()
    assert page.get_by_text(said["read_as"]).first.is_visible()  # a range in one cell, read as its two ends
    assert page.locator('[data-testid="stSelectbox"]').filter(has_text="Staff Magang").count() == 0  # not drawn yet
    screenshot(page, f"import_levels_form_{lang}")

    page.get_by_role("button", name=said["change_levels"]).click()
    magang = page.locator('[data-testid="stSelectbox"]').filter(has_text="Staff Magang")
    magang.wait_for()
    pick_option(page, magang, said["junior"], exact=True)
    wait_for_app(page)
    page.keyboard.press("Escape")  # shut the popover
    page.get_by_text(said["now"]).wait_for()
    page.get_by_role("button", name=said["run"]).click()
    page.get_by_text(said["done"]).wait_for()
    wait_for_app(page)
    assert_no_exception(page)
    screenshot(page, f"import_levels_done_{lang}")
