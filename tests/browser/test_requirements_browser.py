"""The requirements page in headless Chromium: matrix, scores and the education ladder draw, in both languages."""

from .conftest import assert_no_exception, screenshot, wait_for_app


def test_requirements_page_renders_in_both_languages(page, app_url):
    page.goto(app_url + "/requirements?lang=en&rt=retail,call_center,bank_cs&rskill=communication&ryrs=1")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Compare role templates").is_visible()
    assert page.get_by_role("heading", name="Do I qualify?").is_visible()
    assert page.locator('[data-testid="stDataFrame"]').count() == 1  # the matrix; scores are a static table
    assert page.locator('[data-testid="stTable"]').count() == 2
    assert page.locator(".vega-embed svg, .vega-embed canvas").count() == 1
    assert "rt=retail%2Ccall_center%2Cbank_cs" in page.url and "ryrs=1" in page.url
    screenshot(page, "requirements_en")
    page.goto(app_url + "/requirements?lang=id&rt=hospitality,telecom_advisor&rdiff=1")
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Bandingkan templat peran").is_visible()
    assert page.get_by_role("heading", name="Tangga pendidikan").is_visible()
    assert page.get_by_text("Diminta satu saja").first.is_visible()  # the data grid itself is a canvas
    screenshot(page, "requirements_id")
