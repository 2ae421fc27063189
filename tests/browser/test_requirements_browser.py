"""The requirements page in headless Chromium: matrix, scores and the education ladder draw, in both languages.

Only the open section is built (``ui.url_tabs``): each one is opened by clicking its tab, as a reader does.
"""

from .conftest import assert_no_exception, screenshot, wait_for_app


def open_section(page, name: str) -> None:
    """Click a section's tab and wait for its content (its heading has the tab's name) to be drawn."""
    page.get_by_role("tab", name=name).click()
    page.get_by_role("heading", name=name).wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)


def test_requirements_page_renders_in_both_languages(page, app_url):
    page.goto(app_url + "/requirements?lang=en&rt=retail,call_center,bank_cs&rskill=communication&ryrs=1")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Compare role templates").is_visible()
    assert page.locator('[data-testid="stDataFrame"]').count() == 1  # the matrix
    assert page.locator('[data-testid="stTable"]').count() == 0  # the closed sections are not built
    screenshot(page, "requirements_en")
    open_section(page, "Do I qualify?")
    assert page.get_by_role("heading", name="Do I qualify?").is_visible()
    assert page.locator('[data-testid="stTable"]').count() == 1  # the scores are a static table
    assert "rsec=fit" in page.url and "ryrs=1" in page.url
    screenshot(page, "requirements_fit_en")
    open_section(page, "Education ladder")
    assert page.locator(".vega-embed svg, .vega-embed canvas").count() == 1
    open_section(page, "Certifications")
    assert page.locator('[data-testid="stTable"]').count() == 1
    open_section(page, "Compare role templates")
    assert "rt=retail%2Ccall_center%2Cbank_cs" in page.url and "rsec" not in page.url
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    page.goto(app_url + "/requirements?lang=id&rt=hospitality,telecom_advisor&rdiff=1&rsec=ladder")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Tangga pendidikan").is_visible()  # the link opened its section
    assert page.locator(".vega-embed svg, .vega-embed canvas").count() == 1
    screenshot(page, "requirements_ladder_id")
    open_section(page, "Bandingkan templat peran")
    assert page.get_by_text("Diminta satu saja").first.is_visible()  # the data grid itself is a canvas
    screenshot(page, "requirements_id")
