"""The pay pages in a real browser: a filter change redraws the chart; a shared link reopens an offer check."""

from .conftest import assert_no_exception, screenshot, wait_for_app


def open_page(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def test_level_filter_redraws_chart(page, app_url):
    open_page(page, app_url + "/pay?lang=en&cur=IDR&per=month")
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Pay ranges").is_visible()
    chart = page.locator(".vega-embed").first
    before = chart.screenshot()
    screenshot(page, "salaries_level_en")
    # Drop "Manager" from the level filter: the chart must redraw without it, and the URL must follow.
    page.get_by_role("button", name="Remove Manager").click()
    wait_for_app(page)
    assert_no_exception(page)
    assert "manager" not in page.url.split("lv=")[1].split("&")[0]
    assert chart.screenshot() != before


def test_offer_link_reopens_below_minimum_warning_in_indonesian(page, app_url):
    page.set_viewport_size({"width": 420, "height": 900})  # phone width
    open_page(
        page,
        app_url + "/offer?lang=id&cur=IDR&per=month&oa=4000000&oc=IDR&op=month&ref=id-2019-banking&prov=DKI+Jakarta",
    )
    assert_no_exception(page)
    warning = page.get_by_text("Tawaran ini di bawah upah minimum")
    assert warning.is_visible()
    assert "Rp 5.396.761/bulan" in warning.inner_text()
    assert "oa=4000000" in page.url and "prov=DKI+Jakarta" in page.url
    screenshot(page, "salaries_offer_id_phone")
