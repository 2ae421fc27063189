"""The app shell in a real browser: home page renders, language switch works, settings land in the URL."""

from .conftest import assert_no_exception, screenshot, wait_for_app


def test_home_renders_in_english_and_indonesian(page, app_url):
    page.goto(app_url + "/?lang=en")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Customer-service pay & requirements").is_visible()
    screenshot(page, "home_en")
    page.goto(app_url + "/?lang=id")
    wait_for_app(page)
    assert page.get_by_role("heading", name="Gaji & persyaratan customer service").is_visible()
    assert page.get_by_text("Rentang gaji (HR)").first.is_visible()  # navigation titles are translated
    assert "lang=id" in page.url
    screenshot(page, "home_id")


def test_deep_link_on_a_fresh_server_goes_through_the_router(browser):
    """The first request a server ever gets may be a bookmarked page: it must still get sidebar and language."""
    from .conftest import serve_app

    with serve_app("streamlit-fresh.log") as url:
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        try:
            page.goto(url + "/bands?lang=id&cur=IDR&per=month")
            wait_for_app(page)
            page.wait_for_selector('[data-testid="stSidebar"] >> text=Bahasa / Language')
            sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
            assert "Rentang gaji (HR)" in sidebar and "Tampilkan gaji dalam: sesuai sumber" in sidebar
            assert "/bands" in page.url and "lang=id" in page.url
            assert_no_exception(page)
        finally:
            context.close()


def test_switching_language_relabels_every_choice_widget(page, app_url):
    """Keyed selectboxes keep their identity when only labels change; the browser must still show the new language."""
    page.goto(app_url + "/pay?lang=en&cur=USD&per=hour")
    wait_for_app(page)
    page.get_by_text("Show pay in: US dollar ($), per hour", exact=True).click()  # the units' section opens
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').nth(1).wait_for(timeout=30_000)
    wait_for_app(page)
    combos = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"] input[role="combobox"]')
    assert [combos.nth(i).input_value() for i in range(2)] == ["US dollar ($)", "per hour"]
    page.get_by_text("Bahasa Indonesia", exact=True).click()
    page.wait_for_selector("text=Kisaran gaji >> nth=0")
    wait_for_app(page)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stSidebar"] input[role="combobox"]')]
                 .map(e => e.value).join('|') === 'Dolar AS (US$)|per jam'""",
        timeout=10_000,
    )
    assert page.get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per jam", exact=True).is_visible()
    pills = page.locator('[data-testid="stButtonGroup"]').first.inner_text()  # the levels, as pills
    assert "Staf magang" in pills and "Intern" not in pills
    assert "cur=USD" in page.url and "per=" not in page.url  # dollars per hour: the period is the default for US$
    assert_no_exception(page)
    screenshot(page, "language_switch_id")


def test_picked_units_survive_shutting_their_section_and_changing_page(page, app_url):
    """The units' section is shut on every visit; what the reader picked there stays, in the label and the link."""
    page.goto(app_url + "/pay?lang=id")
    wait_for_app(page)
    section = page.get_by_text("Tampilkan gaji dalam: sesuai sumber (Rp per bulan; angka AS dalam US$ per jam)")
    assert not page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').count()  # shut: nothing built
    section.click()
    currency = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
    currency.wait_for(timeout=30_000)
    wait_for_app(page)
    currency.click()
    page.get_by_role("option", name="Dolar AS (US$)").click()
    label = page.get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per bulan", exact=True)  # the period stays
    label.wait_for(timeout=30_000)
    wait_for_app(page)
    label.click()  # shut it again
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stSidebar"] [data-testid="stSelectbox"]')""", timeout=10_000
    )
    wait_for_app(page)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Cek tawaran").click()
    page.wait_for_url("**/offer**", timeout=30_000)
    wait_for_app(page)
    assert page.get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per bulan", exact=True).is_visible()
    assert "cur=USD" in page.url and "per=month" in page.url
    assert_no_exception(page)
    screenshot(page, "units_kept_after_page_switch_id")
