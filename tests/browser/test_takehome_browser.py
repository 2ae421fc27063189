"""The offer check's take-home block in a real browser, in both languages, with screenshots."""

import pytest

from .conftest import assert_no_exception, screenshot, wait_for_app

OFFER = (
    "/offer?lang={lang}&cur=IDR&per=month&oa=6000000&oc=IDR&op=month&ref=id-2019-banking&prov=DKI+Jakarta&ot=takehome"
)


@pytest.mark.parametrize(
    "lang,heading,per_month,step",
    [
        ("en", "What this offer pays in hand", "Rp 5,712,957", "Step by step"),
        ("id", "Yang Anda terima dari tawaran ini (gaji bersih)", "Rp 5.712.957", "Langkah demi langkah"),
    ],
)
def test_offer_check_shows_take_home_steps(page, app_url, lang, heading, per_month, step):
    page.set_viewport_size({"width": 1366, "height": 3000})  # tall enough for the whole step list
    page.goto(app_url + OFFER.format(lang=lang))
    wait_for_app(page)
    assert_no_exception(page)
    block = page.get_by_role("heading", name=heading)
    assert block.is_visible()
    assert page.get_by_text(per_month, exact=True).first.is_visible()
    assert page.get_by_text(step).first.is_visible()
    # Open the December true-up, then change the status in plain words: the figures follow and the link too.
    page.get_by_text("Desember" if lang == "id" else "December").first.click()
    opened = page.get_by_text("PPh 21 Desember" if lang == "id" else "PPh 21 in December").first
    opened.wait_for(timeout=30_000)  # built when opened (ui.lazy_expander)
    wait_for_app(page)
    assert opened.is_visible()
    block.scroll_into_view_if_needed()
    screenshot(page, f"takehome_offer_{lang}")
    assert "ptkp=TK%2F0" in page.url or "ptkp=TK/0" in page.url


def test_pay_ranges_as_estimated_take_home(page, app_url):
    page.goto(app_url + "/pay?lang=id&cur=IDR&per=month&pih=1")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text("Perkiraan gaji bersih, TK/0").first.is_visible()
    screenshot(page, "takehome_ranges_id")
