"""The HR band page in a real browser: editor, warnings and chart render in both languages; CSV downloads."""

from .conftest import assert_no_exception, screenshot, wait_for_app


def open_bands(page, app_url, query):
    # Load the router first: until st.navigation has run once in a fresh server, a deep link
    # like /bands runs the page file alone (Streamlit's pages/-folder mode), without app.py.
    page.goto(app_url + "/?" + query)
    wait_for_app(page)
    page.goto(app_url + "/bands?" + query)
    wait_for_app(page)


def toggle_section(page, label: str) -> None:
    """Open (or shut) an expander by a click on its header, and wait for the run it starts."""
    page.locator("summary").filter(has_text=label).click()
    wait_for_app(page)


def test_bands_page_renders_and_exports(page, app_url, tmp_path):
    open_bands(page, app_url, "lang=en&cur=IDR&per=month&bi=banking")
    assert_no_exception(page)
    assert page.get_by_role("heading", name="Salary bands per level").is_visible()
    assert page.locator('[data-testid="stDataFrame"]').count() == 1  # the editor; market, metrics when opened
    assert page.locator(".vega-embed").count() == 0  # the chart's section is shut
    assert page.get_by_text("Junior staff: the minimum Rp 2,200,000/mo is below the minimum wage").is_visible()
    assert page.get_by_text("Range spread = (max − min) / min.").count() == 0
    screenshot(page, "bands_en")
    toggle_section(page, "Market reference")  # the expander runs its table only when opened
    toggle_section(page, "Chart")  # so does each section
    page.locator(".vega-embed canvas, .vega-embed svg").first.wait_for()  # Vega's code loads on first use
    assert page.locator('[data-testid="stDataFrame"]').count() == 2  # market, editor: the metrics are shut
    assert page.locator(".vega-embed canvas, .vega-embed svg").count() == 1
    screenshot(page, "bands_en_market_chart")
    toggle_section(page, "Check a candidate's offer")
    assert page.get_by_text("Compa-ratio").is_visible()
    page.get_by_text("Export or continue later").click()  # the downloads are built when their section opens
    page.get_by_role("button", name="Download CSV").wait_for(timeout=30_000)
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert download.value.suggested_filename == "bands_country-ID_industry-banking_cur-IDR_per-month.csv"
    text = open(download.value.path(), encoding="utf-8-sig").read()
    assert text.splitlines()[0].startswith("level,band_min,band_mid,band_max,currency,pay_period")
    # ... and back in: the drop zone is built when its section is opened
    assert page.locator('[data-testid="stFileUploaderDropzoneInput"]').count() == 0
    page.get_by_text("Continue from a band file").click()
    wait_for_app(page)
    exported = tmp_path / download.value.suggested_filename  # the browser's copy has no name: give it its own
    download.value.save_as(exported)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(exported))
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text(f"band(s) from {exported.name}").first.is_visible()
    screenshot(page, "bands_en_reimported")

    open_bands(page, app_url, "lang=id&cur=IDR&per=month")
    assert_no_exception(page)
    screenshot(page, "bands_id")
    assert page.get_by_role("heading", name="Rentang gaji per jenjang").is_visible()
    assert page.get_by_text("Staf junior: minimum Rp 2.200.000/bulan di bawah upah minimum").is_visible()
    toggle_section(page, "Metrik rentang")
    assert page.get_by_text("Lebar rentang = (maks − min) / min.").is_visible()
    screenshot(page, "bands_id_metrics")
    page.get_by_text("Tetapkan rentang dengan cepat").click()  # the quick-set form is built when opened
    wait_for_app(page)
    page.get_by_role("button", name="Tetapkan rentang", exact=True).click()
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text("Rentang ditetapkan").first.is_visible()
    screenshot(page, "bands_id_quick_set")


def test_shut_sections_keep_their_choices_in_the_browser(page, app_url):
    """AppTest sets state directly; only a real browser unmounts the widgets of a shut expander."""
    open_bands(page, app_url, "lang=id&cur=IDR&per=month")
    toggle_section(page, "Cek tawaran untuk kandidat")
    level = page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text("Rentang", exact=True))
    level.click()
    page.get_by_role("option", name="Supervisor").click()
    wait_for_app(page)
    toggle_section(page, "Cek tawaran untuk kandidat")  # shut: its widgets unmounted
    assert level.count() == 0
    toggle_section(page, "Cek tawaran untuk kandidat")
    assert level.locator('input[role="combobox"]').input_value() == "Supervisor"

    page.get_by_text("Tetapkan rentang dengan cepat").click()
    wait_for_app(page)
    spread = page.locator('[data-testid="stNumberInput"]').filter(has_text="Lebar rentang").locator("input")
    spread.fill("75")
    spread.press("Enter")
    wait_for_app(page)
    page.get_by_text("Tetapkan rentang dengan cepat").click()  # shut, then open again
    wait_for_app(page)
    page.get_by_text("Tetapkan rentang dengan cepat").click()
    wait_for_app(page)
    assert spread.input_value() == "75.00"
    assert_no_exception(page)
    screenshot(page, "bands_id_choices_kept")
