"""Saved band sets in the served app (one process, the default SQLite store): save, a second version,
the two versions side by side, and the private link opened in a fresh browser in the other language."""

from __future__ import annotations

from salary_explorer.core.i18n import t

from .conftest import assert_no_exception, screenshot, wait_for_app


def test_band_set_versions_and_link_in_both_languages(page, browser, app_url):
    page.goto(app_url + "/bands?lang=en&cur=IDR&per=month")
    wait_for_app(page)
    page.get_by_text(t("bset.title", "en")).click()  # the section is built when opened (ui.band_sets_panel)
    wait_for_app(page)
    name = page.get_by_label(t("bset.name", "en"))
    name.fill("Browser test bands")
    name.press("Enter")
    wait_for_app(page)
    page.get_by_role("button", name=t("bset.save", "en"), exact=True).click()
    wait_for_app(page)
    page.get_by_text("Saved “Browser test bands”, version 1.").wait_for()
    notes = page.get_by_label(t("bset.notes", "en"))
    notes.fill("raised after the 2025 survey")
    page.keyboard.press("Control+Enter")
    wait_for_app(page)
    page.get_by_role("button", name="Save as version 2").click()
    wait_for_app(page)
    page.get_by_text("Saved “Browser test bands”, version 2.").wait_for()
    changes = page.get_by_text(t("bset.compare.changes", "en"))
    changes.scroll_into_view_if_needed()
    assert_no_exception(page)
    screenshot(page, "saved-band-set-compare-en")
    link = page.locator('[data-testid="stCode"] code').last.inner_text().strip()
    assert "?bset=" in link and "lang=" not in link  # the link holds the token only

    other = browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    try:
        tab = other.new_page()
        tab.goto(link)
        wait_for_app(tab)
        tab.get_by_text("Set rentang “Browser test bands” dibuka, versi 2 dari 2").wait_for()
        assert tab.get_by_label(t("bset.notes", "id")).input_value() == "raised after the 2025 survey"
        tab.get_by_text(t("bset.compare.changes", "id")).scroll_into_view_if_needed()
        assert_no_exception(tab)
        screenshot(tab, "saved-band-set-compare-id")
    finally:
        other.close()
