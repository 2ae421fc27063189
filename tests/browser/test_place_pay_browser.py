"""Pay by place in a real browser: the Indonesia and US maps drawn, in both languages, with the table beside them."""

import pytest

from tests.test_place_pay_page import JOB_BOARD

from .conftest import assert_no_exception, choose_file, go_to_page, screenshot, wait_for_app


def open_place(page, app_url, query):
    page.goto(app_url + "/?" + query)  # the router first (see test_bands_browser.open_bands)
    wait_for_app(page)
    page.goto(f"{app_url}/place_pay?{query}")
    wait_for_app(page)
    assert_no_exception(page)


def open_table(page) -> None:
    """Open the sorted table beside the map (built only when opened) and wait for its grid."""
    page.locator('[data-testid="stExpander"] summary').filter(has_text="sorted table").or_(
        page.locator('[data-testid="stExpander"] summary').filter(has_text="tabel urut")
    ).first.click()
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
    wait_for_app(page)


def map_shapes(page) -> int:
    """The number of region shapes the map drew (Vega's SVG or canvas renderer)."""
    chart = page.locator(".vega-embed").first
    chart.wait_for(timeout=30_000)
    return page.evaluate(
        """() => { const e = document.querySelector('.vega-embed');
                   const svg = e.querySelectorAll('path[aria-roledescription="geoshape"], g.mark-shape path').length;
                   return svg || (e.querySelector('canvas') ? 1 : 0); }"""
    )


@pytest.mark.parametrize(
    "lang, query, heading, table_head, name",
    [
        (
            "en",
            "ms=k&mp=2025-08",
            "Mean net monthly wage, all employees in financial and insurance",
            "DKI Jakarta",
            "id_bps",
        ),
        (
            "id",
            "ms=k&mp=2025-08",
            "Rata-rata upah bersih sebulan, semua pekerja di sektor jasa keuangan",
            "DKI Jakarta",
            "id_bps",
        ),
        ("en", "mf=ump&my=2026", "Provincial minimum wage (UMP) 2026", "DKI Jakarta", "id_ump"),
        ("en", "mt=us", "median annual wage by state", "Washington", "us_median"),
        (
            "id",
            "mt=us&mu=minimum&muy=2026",
            "Upah minimum negara bagian yang berlaku 1 Januari 2026",
            "Washington",
            "us_minimum",
        ),
    ],
)
def test_maps_drawn_with_the_table_beside(page, app_url, lang, query, heading, table_head, name):
    open_place(page, app_url, f"lang={lang}&{query}")
    assert page.get_by_text(heading, exact=False).first.is_visible()
    assert map_shapes(page) > 0
    assert page.locator('[data-testid="stAlert"]').count() == 0  # no link notice
    open_table(page)
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    screenshot(page, f"place_{name}_{lang}")
    chart = page.locator(".vega-embed").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(screenshot(page, f"place_{name}_{lang}_map")))
    hover_shows(page, chart, table_head)


def hover_shows(page, chart, region: str) -> None:
    """Hover the map over ``region``'s shape: Vega's tooltip names it, with its value, period and source."""
    box = chart.bounding_box()
    tip = page.locator("#vg-tooltip-element")
    for fx, fy in ((x / 20, y / 12) for y in range(2, 10) for x in range(2, 19)):  # sweep until a shape answers
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy * 0.75)
        page.wait_for_timeout(30)
        if tip.count() and tip.first.is_visible() and tip.first.inner_text().strip():
            break
    assert tip.count() and tip.first.is_visible(), "no tooltip over the map"
    text = tip.first.inner_text()
    assert any(word in text for word in ("Source", "Sumber")), text


def test_a_wrong_sector_or_period_in_the_link_falls_back_with_a_notice(page, app_url):
    open_place(page, app_url, "lang=en&ms=zz&mp=1999-01")
    alerts = " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts())
    assert "Sector" in alerts and "Period" in alerts, alerts
    assert page.get_by_text("financial and insurance services, by province (Sakernas, August 2025)").first.is_visible()
    assert "ms=k" in page.url or "ms=" not in page.url


@pytest.mark.parametrize(
    "lang, query, heading, name",
    [
        ("en", "mf=floor&md=2026", "Minimum wage in force on 20", "floor_all"),
        ("id", "mf=floor&md=2026&mv=Jawa+Barat", "Upah minimum yang berlaku pada 20", "floor_jabar"),
    ],
)
def test_the_floor_map_by_regency(page, app_url, lang, query, heading, name):
    open_place(page, app_url, f"lang={lang}&{query}")
    assert page.get_by_text(heading, exact=False).first.is_visible()
    assert map_shapes(page) > 0
    screenshot(page, f"place_{name}_{lang}")
    chart = page.locator(".vega-embed").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(screenshot(page, f"place_{name}_{lang}_map")))


def test_imported_job_ads_on_the_map(page, app_url):
    page.goto(app_url + "/upload?lang=id")
    wait_for_app(page)
    choose_file(page, "jobstreet.csv", JOB_BOARD)  # clear columns, currency and period: imported as dropped
    page.get_by_text("jobstreet.csv: 9 baris dibaca", exact=False).wait_for()
    wait_for_app(page)
    go_to_page(page, "Pencari kerja", "Gaji menurut wilayah")  # same session: the import stays
    wait_for_app(page)
    page.get_by_role("tab", name="File impor Anda").click()
    page.get_by_text("Lowongan impor per provinsi").first.wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)
    assert page.get_by_text("9 dari 9 baris impor dipakai", exact=False).is_visible()
    fewest = page.get_by_label("Jumlah lowongan minimal untuk angka")
    fewest.fill("2")
    fewest.press("Enter")
    wait_for_app(page)
    assert "mn=2" in page.url
    assert map_shapes(page) > 0
    open_table(page)
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    screenshot(page, "place_file_id")
    chart = page.locator(".vega-embed").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(screenshot(page, "place_file_id_map")))
