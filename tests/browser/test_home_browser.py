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
