"""Pay by place in a real browser: the Indonesia and US maps drawn, in both languages, with the table beside them."""

import pytest

from .conftest import assert_no_exception, screenshot, wait_for_app


def open_place(page, app_url, query):
    page.goto(app_url + "/?" + query)  # the router first (see test_bands_browser.open_bands)
    wait_for_app(page)
    page.goto(f"{app_url}/place_pay?{query}")
    wait_for_app(page)
    assert_no_exception(page)


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
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    assert page.locator('[data-testid="stAlert"]').count() == 0  # no link notice
    screenshot(page, f"place_{name}_{lang}")
    chart = page.locator(".vega-embed").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(screenshot(page, f"place_{name}_{lang}_map")))
    # hover a region in the middle of the map: the tooltip names a region, its value and the period
    box = chart.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.45)
    page.wait_for_timeout(400)


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
