"""Pay by place (salary_explorer.geo): the region tables, the bundled geometry and the maps drawn from them."""

import json

import pandas as pd
import pytest

from salary_explorer.core import bps_sectors, load
from salary_explorer.core.schema import SchemaError
from salary_explorer.geo import bundle, figures, maps

from .conftest import SHARED

REFERENCE = SHARED / "reference" / "bps_sector"
needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside this checkout")
LABELS = {k: k for k in ("region", "value", "period", "status", "source")}


@pytest.fixture(scope="module")
def bps():
    return load.load_bps_sector_wages()


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


def test_geometry_is_bundled_and_joins_on_the_codes(wages):
    regions = load.read_text_csv(load.DATA_DIR / "id_regions.csv")
    assert sorted(maps.feature_codes("provinces")) == sorted(regions.loc[regions["level"] == "1", "code"])
    assert len(maps.feature_codes("regencies")) == 514
    assert set(maps.feature_codes("regencies")) <= set(regions.loc[regions["level"] == "2", "code"])
    assert sorted(maps.feature_codes("states")) == sorted(load.load_oews("state")["area"])
    for name in ("LICENSE.wilayah_boundaries", "LICENSE.us-atlas", "README.md"):
        assert (maps.MAP_DIR / name).exists()


@pytest.mark.parametrize(
    "sector, period, region, expected",
    [
        ("k", "2025-08", "Jawa Barat", 5_924_246),
        ("k", "2025-08", "DKI Jakarta", 10_039_680),
        ("k", "2025-08", "Papua", 7_042_557),
        ("h", "2025-08", "DKI Jakarta", 6_071_536),
        ("mn", "2025-08", "DKI Jakarta", 7_721_738),
        ("total", "2025-08", "DKI Jakarta", 5_903_603),
        ("k", "2025-02", "DKI Jakarta", 7_564_045),
    ],
)
def test_bps_table_holds_the_published_figure(bps, sector, period, region, expected):
    rows = figures.bps_sector_table(bps, sector, period, "en").rows.set_index("region")
    assert len(rows) == 38 and rows.loc[region, "value"] == expected


@pytest.mark.parametrize(
    "sector, period, region",
    [
        ("k", "2025-02", "Kalimantan Barat"),
        ("total", "2025-02", "Kalimantan Barat"),
        ("k", "2025-08", "Papua Pegunungan"),
    ],
)
def test_blank_cells_stay_missing_never_zero(bps, sector, period, region):
    rows = figures.bps_sector_table(bps, sector, period, "id").rows.set_index("region")
    assert pd.isna(rows.loc[region, "value"]) and rows.loc[region, "status"] == "missing"
    assert rows.loc[region, "value_text"] == "tidak dipublikasikan"


@pytest.mark.parametrize(
    "sector, period, region",
    [
        ("k", "2025-02", "Papua Tengah"),  # 1,800,000: round, and a fifth of August's
        ("h", "2025-02", "Papua Tengah"),  # 3,400,000: round
        ("k", "2025-02", "Papua Barat Daya"),  # 4,300,000: round
        ("k", "2025-08", "Papua Tengah"),  # 9,243,617: five times February's
        ("b", "2025-02", "DKI Jakarta"),  # 20,842,176: over 2.5x the national
        ("e", "2025-02", "Nusa Tenggara Barat"),  # 583,772: under half the national
    ],
)
def test_the_notes_small_sample_examples_are_marked_with_the_national_figure(bps, sector, period, region):
    rows = figures.bps_sector_table(bps, sector, period, "en").rows.set_index("region")
    assert rows.loc[region, "status"] == "small_sample"
    assert rows.loc[region, "national_text"] in rows.loc[region, "status_text"]


@pytest.mark.parametrize("region", ["DKI Jakarta", "Jawa Barat", "Jawa Timur", "Banten"])
def test_large_provinces_are_not_marked_in_the_design_sectors(bps, region):
    for sector in ("k", "h", "g", "i", "mn", "total"):
        rows = figures.bps_sector_table(bps, sector, "2025-08", "en").rows.set_index("region")
        assert rows.loc[region, "status"] == "ok", sector


@pytest.mark.parametrize(
    "industry, sector",
    [
        ("banking", "k"),
        ("logistics", "h"),
        ("online_shop", "g"),
        ("telecom", "j"),
        ("hospitality", "i"),
        ("call_centre", "mn"),
        ("general_staff", "total"),
        ("unspecified", "total"),
        (None, "total"),
    ],
)
def test_app_industries_map_to_bps_sectors(industry, sector):
    assert bps_sectors.sector_of_industry(industry) == sector


def test_ump_table_marks_disputed_and_unknown(wages):
    rows = figures.ump_table(wages, 2026, "en").rows.set_index("region")
    assert rows.loc["DKI Jakarta", "value"] == 5_729_876 and rows.loc["DKI Jakarta", "status"] == "ok"
    assert (rows["status"] == "disputed").sum() == 3 and (rows["status"] == "not_known").sum() == 1
    assert rows.loc[rows["status"] == "not_known", "value"].isna().all()
    assert all("Rp" in text for text in rows.loc[rows["status"] == "disputed", "status_text"])


@pytest.mark.parametrize(
    "figure, region, value, text",
    [
        ("median", "California", 47_790, "$47,790/yr"),
        ("employment", "California", 183_350, "183,350"),
        ("minimum", "Washington", 17.13, "$17.13/hr"),
    ],
)
def test_us_tables(wages, figure, region, value, text):
    rows = figures.us_table(load.load_oews("state"), wages, figure, 2026, "en").rows.set_index("region")
    assert len(rows) == 51 and rows.loc[region, "value"] == value and rows.loc[region, "value_text"] == text


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_table_beside_the_map_shows_the_maps_values_sorted(bps, lang):
    table = figures.bps_sector_table(bps, "k", "2025-02", lang)
    chart = maps.choropleth(table, "provinces", lang, LABELS)
    on_map = maps.chart_values(chart).set_index("region")["value"].astype(float)
    beside = figures.reading_table(table, lang)
    region, value = beside.columns[0], beside.columns[1]
    assert beside[value].isna().iloc[-1] and beside[value].dropna().is_monotonic_decreasing
    pd.testing.assert_series_equal(
        beside.set_index(region)[value].astype(float).sort_index(), on_map.sort_index(), check_names=False
    )


def test_maps_ship_their_geometry_inline_no_url(bps):
    chart = maps.choropleth(figures.bps_sector_table(bps, "k", "2025-08", "en"), "provinces", "en", LABELS)
    spec = chart.to_dict()
    text = json.dumps(spec)
    assert "http" not in text.replace("https://vega.github.io/schema", "")  # no geometry or data fetched
    assert spec["projection"]["type"] == "mercator" and spec["width"] == "container"
    us = maps.choropleth(
        figures.us_table(load.load_oews("state"), load.load_minimum_wages(), "median", 2026, "en"),
        "states",
        "en",
        LABELS,
    )
    assert us.to_dict()["projection"]["type"] == "albersUsa"


@needs_reference
def test_the_bundle_rebuilds_the_data_files_exactly():
    for name, frame in (
        (bundle.SECTOR_FILE, bundle.build_sector()),
        (bundle.OCCUPATION_FILE, bundle.build_occupation()),
    ):
        on_disk = load.read_text_csv(load.DATA_DIR / name)
        pd.testing.assert_frame_equal(frame.fillna("").astype(str).reset_index(drop=True), on_disk, check_dtype=False)


@pytest.mark.parametrize(
    "column, value, code",
    [
        ("mean_net_monthly_wage", "abc", "not_a_number"),
        ("mean_net_monthly_wage", "0", "not_a_number"),
        ("mean_net_monthly_wage", "", "not_allowed"),  # blank but not marked as blank in the BPS table
        ("source_title", "", "required"),
        ("gross_net", "gross", "not_allowed"),
    ],
)
def test_a_broken_bps_place_file_names_file_row_and_column(tmp_path, column, value, code):
    df = load.read_text_csv(load.DATA_DIR / load.BPS_SECTOR_FILE)
    df.loc[0, column] = value
    df.to_csv(tmp_path / load.BPS_SECTOR_FILE, index=False)
    with pytest.raises(SchemaError) as err:
        load.load_bps_sector_wages(tmp_path)
    problem = err.value.problems[0]
    assert (problem.file, problem.row, problem.code) == (load.BPS_SECTOR_FILE, 2, code)


@pytest.mark.parametrize("name", ["provinces", "regencies", "states"])
def test_the_lighter_geometry_keeps_every_region_and_every_border_end(name):
    full, light = maps.topology(name), maps.topology(name, light=True)
    assert maps.feature_codes(name, light=True) == maps.feature_codes(name)
    assert len(light["arcs"]) == len(full["arcs"])
    assert json.dumps(light["objects"]) == json.dumps(full["objects"])  # the same rings of the same arcs
    for a, b in zip(full["arcs"], light["arcs"]):
        ends = [sum(p[0] for p in a), sum(p[1] for p in a)], [sum(p[0] for p in b), sum(p[1] for p in b)]
        assert ends[0] == ends[1] and a[0] == b[0] and len(b) <= len(a)  # same start, same end
    assert sum(map(len, light["arcs"])) < 0.6 * sum(map(len, full["arcs"]))
    assert bundle.thin_topology(full) == light  # remade by `python3 -m salary_explorer.geo.bundle --maps`


def test_a_provinces_regencies_are_drawn_from_the_full_geometry():
    bps_free = figures.PlaceTable(
        pd.DataFrame({"code": ["32.15"], "region": ["Kabupaten Karawang"], "value": [5_886_853.0], "value_text": ["x"],
                      "period": ["2026"], "status": ["ok"], "status_text": [""], "source": ["s"]}),
        "t", "u", "k", "IDR", (),
    )  # fmt: skip
    zoomed = maps.choropleth(bps_free, "regencies", "en", LABELS, within="32").to_dict()
    country = maps.choropleth(bps_free, "regencies", "en", LABELS).to_dict()
    assert len(json.dumps(zoomed)) > len(json.dumps(country))
    assert {"filter": {"field": "properties.prov", "equal": "32"}} in zoomed["transform"]
