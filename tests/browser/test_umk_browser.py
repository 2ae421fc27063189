"""The floor where the work is, in a real browser: a regency picked by typing its name moves the verdict from
the province's UMP to the regency's UMK (issue 31)."""

import pytest

from .conftest import assert_no_exception, screenshot, wait_for_app

OFFER = "/offer?cur=IDR&per=month&oa=5500000&oc=IDR&op=month&ref=id-2019-general_staff&prov=Jawa+Barat"


@pytest.mark.parametrize(
    "lang, label, meets, below, umk",
    [
        (
            "en",
            "Regency or city",
            "The offer meets the legal minimum wage",
            "This offer is below the legal minimum wage",
            "Rp 5,886,853",
        ),
        (
            "id",
            "Kabupaten atau kota",
            "Tawaran ini memenuhi upah minimum",
            "Tawaran ini di bawah upah minimum",
            "Rp 5.886.853",
        ),
    ],
)
def test_typing_a_regency_moves_the_check_to_its_umk(page, app_url, lang, label, meets, below, umk):
    page.goto(f"{app_url}{OFFER}&lang={lang}")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text(meets).first.is_visible()  # province-wide: the UMP Jawa Barat
    box = page.get_by_role("combobox", name=label)
    box.click()
    page.keyboard.type("Karawang")
    page.get_by_role("option", name="Kabupaten Karawang").click()
    page.get_by_text(below).first.wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)
    verdict = page.get_by_text(below).first.inner_text()
    assert "UMK Kabupaten Karawang 2026" in verdict and umk in verdict
    assert "kab=32.15" in page.url
    assert not page.get_by_text(meets).count()
    screenshot(page, f"umk_offer_karawang_{lang}")


def test_an_unknown_umk_reads_not_known_in_the_browser(page, app_url):
    page.goto(f"{app_url}/offer?lang=en&oa=2400000&prov=Jawa+Tengah&kab=33.26")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text("Not known whether this offer meets the minimum wage").first.is_visible()
    screenshot(page, "umk_offer_pekalongan_en")
