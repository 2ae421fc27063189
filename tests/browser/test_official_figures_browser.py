"""The official figures in a real browser: the US distribution page and the offer check's floor and percentile."""

from .conftest import assert_no_exception, screenshot, wait_for_app


def open_page(page, app_url, path, query):
    page.goto(app_url + "/?" + query)  # the router first (see test_bands_browser.open_bands)
    wait_for_app(page)
    page.goto(f"{app_url}/{path}?{query}")
    wait_for_app(page)


def open_tab(page, name: str, heading: str) -> None:
    """Only the open tab is built (ui.url_tabs): click one and wait for its content."""
    page.get_by_role("tab", name=name).click()
    page.get_by_text(heading, exact=False).first.wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)


def test_us_pay_page_in_both_languages(page, app_url):
    open_page(page, app_url, "us_pay", "lang=en")
    assert_no_exception(page)
    assert page.get_by_role("heading", name="US pay distribution").is_visible()
    assert page.locator(".vega-embed").count() == 1  # the years; the other tabs are not built
    assert page.get_by_text("P10 to P90 over the years, all industries (per hour)").is_visible()
    screenshot(page, "us_pay_en")
    for tab, heading, name in (
        ("By industry sector", "By industry sector, ", "us_pay_sectors_en"),
        ("By state", "By state, ", "us_pay_states_en"),
    ):
        open_tab(page, tab, heading)
        assert page.locator(".vega-embed").count() == 1
        chart = page.locator(".vega-embed").first
        chart.scroll_into_view_if_needed()
        chart.screenshot(path=str(screenshot(page, name)))
    assert "ut=states" in page.url
    open_tab(page, "Over the years", "P10 to P90 over the years")
    page.get_by_text("per year", exact=True).click()
    wait_for_app(page)
    assert "ub=year" in page.url
    assert page.get_by_text("P10 to P90 over the years, all industries (per year)").is_visible()

    open_page(page, app_url, "us_pay", "lang=id&ub=hour&ut=states")
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Sebaran gaji AS").is_visible()
    assert page.get_by_role("tab", name="Per negara bagian", selected=True).is_visible()  # the link's tab
    assert page.locator(".vega-embed").count() == 1
    screenshot(page, "us_pay_id")
    chart = page.locator(".vega-embed").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(screenshot(page, "us_pay_states_id")))


def test_offer_check_floor_today_and_percentile(page, app_url):
    open_page(page, app_url, "offer", "lang=en&oa=5500000&oc=IDR&op=month&prov=DKI+Jakarta")
    assert_no_exception(page)
    assert page.get_by_text("UMP DKI Jakarta 2026 sets Rp 5,729,876/mo").is_visible()
    assert page.get_by_text("Legal basis: PP No. 49 Tahun 2025", exact=False).first.is_visible()
    assert page.get_by_text("different kind of figure", exact=False).is_visible()
    screenshot(page, "offer_floor_en")
    floor = page.get_by_role("heading", name="Minimum wage in force")
    floor.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot(page, "offer_floor_en_lower")))

    open_page(page, app_url, "offer", "lang=id&oa=5500000&oc=IDR&op=month&prov=DKI+Jakarta&od=2025")
    assert_no_exception(page)
    assert page.get_by_text("memenuhi upah minimum", exact=False).is_visible()
    screenshot(page, "offer_floor_2025_id")

    open_page(page, app_url, "offer", "lang=en&oa=18&oc=USD&op=hour&prov=Federal&oy=2025")
    assert_no_exception(page)
    assert page.get_by_text(
        "between P25 $17.72/hr and the median $21.53/hr, about the 27th percentile", exact=False
    ).is_visible()
    screenshot(page, "offer_percentile_en")

    open_page(page, app_url, "offer", "lang=id&oa=18&oc=USD&op=hour&prov=Federal&oy=2025")
    assert_no_exception(page)
    assert page.get_by_text("sekitar persentil ke-27", exact=False).is_visible()
    screenshot(page, "offer_percentile_id")
    box = page.locator('[data-testid="stAlert"]').filter(has_text="Tawaran Anda dalam sebaran gaji AS")  # its heading
    box.scroll_into_view_if_needed()
    assert "sekitar persentil ke-27" in box.inner_text()
    page.screenshot(path=str(screenshot(page, "offer_percentile_id_lower")))


def test_home_data_as_of(page, app_url):
    open_page(page, app_url, "", "lang=id")
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Data per").is_visible()
    screenshot(page, "home_asof_id")
