"""The app shell in a real browser: home page renders, language switch works, settings land in the URL."""

from .conftest import (
    SETTINGS,
    assert_no_exception,
    close_settings,
    go_to_page,
    open_settings,
    screenshot,
    wait_for_app,
)


def unit_boxes(settings) -> list[str]:
    """What the settings panel's currency and period boxes show."""
    boxes = settings.locator('[data-testid="stSelectbox"] input[role="combobox"]')
    return [boxes.nth(i).input_value() for i in range(boxes.count())]


def open_units(page, label: str) -> list[str]:
    """Open the units' section of the settings panel by its label (the units in force); what its boxes show."""
    settings = open_settings(page)
    settings.get_by_text(label, exact=True).click()
    settings.locator('[data-testid="stSelectbox"]').nth(1).wait_for(timeout=30_000)  # built when opened
    wait_for_app(page)
    return unit_boxes(settings)


def test_home_renders_in_english_and_indonesian(page, app_url):
    page.goto(app_url + "/?lang=en")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Customer-service pay & requirements").is_visible()
    screenshot(page, "home_en")
    page.goto(app_url + "/?lang=id")
    wait_for_app(page)
    assert page.get_by_role("heading", name="Gaji & persyaratan customer service").is_visible()
    nav = page.locator('[data-testid="stTopNavSection"]')  # navigation at the top, its sections translated
    assert [nav.nth(i).inner_text().strip() for i in range(nav.count())] == ["Pencari kerja", "HR", "Analis"]
    nav.get_by_text("HR", exact=True).click()
    assert page.locator('[data-testid="stTopNavPopoverBody"]').get_by_text("Rentang gaji (HR)").is_visible()
    assert "lang=id" in page.url
    screenshot(page, "home_id")


def test_deep_link_on_a_fresh_server_goes_through_the_router(browser):
    """The first request a server ever gets may be a bookmarked page: it must still get navigation and settings."""
    from .conftest import serve_app

    with serve_app("streamlit-fresh.log") as url:
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        try:
            page.goto(url + "/bands?lang=id&cur=IDR&per=month")
            wait_for_app(page)
            assert page.get_by_role("button", name="Bahasa Indonesia · Pengaturan").is_visible()
            assert page.locator('[data-testid="stTopNavSection"]').get_by_text("Pencari kerja").is_visible()
            settings = open_settings(page).inner_text()
            assert "Bahasa / Language" in settings and "Tampilkan gaji dalam: sesuai sumber" in settings
            assert "/bands" in page.url and "lang=id" in page.url
            assert_no_exception(page)
        finally:
            context.close()


def test_switching_language_relabels_every_choice_widget(page, app_url):
    """Keyed selectboxes keep their identity when only labels change; the browser must still show the new language."""
    page.goto(app_url + "/pay?lang=en&cur=USD&per=hour")
    wait_for_app(page)
    settings = open_settings(page)
    assert open_units(page, "Show pay in: US dollar ($), per hour") == ["US dollar ($)", "per hour"]
    settings.get_by_text("Bahasa Indonesia", exact=True).click()
    page.wait_for_selector("text=Kisaran gaji >> nth=0")
    wait_for_app(page)
    settings = open_settings(page)  # open still, or again if the relabelled button drew a new one
    page.wait_for_function(
        f"""() => [...document.querySelectorAll('{SETTINGS} input[role="combobox"]')]
                 .map(e => e.value).join('|') === 'Dolar AS (US$)|per jam'""",
        timeout=10_000,
    )
    assert settings.get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per jam", exact=True).is_visible()
    assert page.get_by_role("button", name="Bahasa Indonesia · Pengaturan").is_visible()
    pills = page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"]').first.inner_text()  # the levels
    assert "Staf magang" in pills and "Intern" not in pills
    assert "cur=USD" in page.url and "per=" not in page.url  # dollars per hour: the period is the default for US$
    assert_no_exception(page)
    screenshot(page, "language_switch_id")


def test_picked_units_survive_shutting_their_section_and_changing_page(page, app_url):
    """The units' section is shut on every visit; what the reader picked there stays, in the label and the link."""
    page.goto(app_url + "/pay?lang=id")
    wait_for_app(page)
    settings = open_settings(page)
    section = settings.get_by_text("Tampilkan gaji dalam: sesuai sumber (Rp per bulan; angka AS dalam US$ per jam)")
    assert not settings.locator('[data-testid="stSelectbox"]').count()  # shut: nothing built
    section.click()
    currency = settings.locator('[data-testid="stSelectbox"]').first
    currency.wait_for(timeout=30_000)
    wait_for_app(page)
    currency.click()
    page.get_by_role("option", name="Dolar AS (US$)").click()
    label = settings.get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per bulan", exact=True)  # the period stays
    label.wait_for(timeout=30_000)
    wait_for_app(page)
    label.click()  # shut it again
    page.wait_for_function(
        f"""() => !document.querySelector('{SETTINGS} [data-testid="stSelectbox"]')""", timeout=10_000
    )
    wait_for_app(page)
    close_settings(page)
    go_to_page(page, "Pencari kerja", "Cek tawaran")
    page.wait_for_url("**/offer**", timeout=30_000)
    wait_for_app(page)
    assert open_settings(page).get_by_text("Tampilkan gaji dalam: Dolar AS (US$), per bulan", exact=True).is_visible()
    assert "cur=USD" in page.url and "per=month" in page.url
    assert_no_exception(page)
    screenshot(page, "units_kept_after_page_switch_id")


def test_the_settings_panel_shows_the_values_in_force_after_the_page_reran(page, app_url):
    """A popover draws its widgets only when it opens: they must show what is in force, not their first option."""
    page.goto(app_url + "/pay?lang=en&cur=USD&per=year")
    wait_for_app(page)
    assert open_units(page, "Show pay in: US dollar ($), per year") == ["US dollar ($)", "per year"]
    close_settings(page)
    page.get_by_role("button", name="Manager", exact=True).click()  # the page reruns with the panel shut
    wait_for_app(page)
    settings = open_settings(page)
    assert settings.get_by_role("radio", name="English").is_checked()
    assert unit_boxes(settings) == ["US dollar ($)", "per year"]
    settings.get_by_text("Bahasa Indonesia", exact=True).click()  # and a click on another language counts
    page.get_by_role("heading", name="Kisaran gaji").wait_for(timeout=30_000)
    wait_for_app(page)  # the link is written as the run ends, after the heading is drawn
    page.wait_for_url("**lang=id**", timeout=10_000)
    assert_no_exception(page)
