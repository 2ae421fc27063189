"""The pay pages in a real browser: a filter change redraws the chart; a shared link reopens an offer check."""

from .conftest import assert_no_exception, open_settings, screenshot, switch_language, wait_for_app


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
    # Switch the "Manager" pill off: the chart must redraw without it, and the URL must follow.
    page.get_by_role("button", name="Manager", exact=True).click()
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
    assert "UMP DKI Jakarta 2026 menetapkan Rp 5.729.876/bulan" in warning.inner_text()  # in force today
    assert "oa=4000000" in page.url and "prov=DKI+Jakarta" in page.url
    screenshot(page, "salaries_offer_id_phone")


def test_only_the_open_tab_is_built_and_a_click_opens_another(page, app_url):
    open_page(page, app_url + "/pay?lang=en&cur=IDR&per=month")
    assert_no_exception(page)
    assert page.locator(".vega-embed").count() == 1  # by level; the other tabs are not built
    page.get_by_role("tab", name="Indonesia vs US").click()
    page.get_by_role("heading", name="The same role in Indonesia and the US").wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)
    assert "pt=compare" in page.url
    assert page.locator(".vega-embed").count() == 1
    switch_language(page, "Bahasa Indonesia")  # another language keeps the open tab
    page.get_by_role("tab", name="Indonesia vs AS").wait_for(timeout=30_000)
    wait_for_app(page)
    assert "pt=compare" in page.url
    assert page.get_by_role("tab", name="Indonesia vs AS", selected=True).is_visible()
    screenshot(page, "salaries_compare_id")
    page.get_by_role("tab", name="Per industri").click()
    page.get_by_text("Kalkulator").first.wait_for(timeout=30_000)
    wait_for_app(page)
    assert "pt=industry" in page.url and page.get_by_text("Kalkulator").first.is_visible()
    screenshot(page, "salaries_industry_id")


def test_conversion_assumptions_open_on_click_and_keep_the_links_values(page, app_url):
    open_page(page, app_url + "/pay?lang=en&cur=USD&per=hour&hpw=37.5&wpy=50")
    assert_no_exception(page)
    assert page.get_by_text("1,875 h/yr").first.is_visible()  # the link's hours count while the expander is shut
    settings = open_settings(page)
    settings.get_by_text("Conversion assumptions", exact=True).click()
    hours = settings.get_by_label("Working hours per week")
    hours.wait_for(timeout=30_000)  # built when opened
    wait_for_app(page)
    assert hours.input_value() == "37.50" or float(hours.input_value()) == 37.5
    assert settings.get_by_text("37.5 h x 50 weeks = 1,875 h/yr").is_visible()
    screenshot(page, "settings_conversion_en")
    assert "hpw=37.5" in page.url and "wpy=50" in page.url
