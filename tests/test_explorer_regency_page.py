"""The explorer with an imported job-ad file: filter by regency/city, and the share of ads paying below the
minimum wage where the job is (issue 31), in both languages."""

import pytest

from .test_import_regency import ADS
from .test_salaries_page import OFFER, open_page
from .test_upload_page import click_import, open_upload, upload


@pytest.fixture
def ads(app):
    return click_import(upload(open_upload(app), "ads.csv", ADS))


def test_the_regency_filter_lists_the_imported_places_by_name(ads):
    at = ads.switch_page("pages/explorer.py").run()
    box = at.multiselect(key="xk")
    assert {"Kabupaten Karawang", "Kota Bekasi", "Kota Administrasi Jakarta Selatan", "Kabupaten Garut"} <= set(
        box.options
    )
    box.set_value(["32.15"]).run()
    assert not at.exception
    assert "1 of 19 rows match" in at.markdown[1].value
    assert at.query_params["xk"] == "32.15"


@pytest.mark.parametrize(
    "lang, title, karawang",
    [("en", "Pay below the local minimum wage", "100%"), ("id", "Gaji di bawah upah minimum setempat", "100%")],
)
def test_share_below_the_local_floor_per_province_and_regency(app, lang, title, karawang):
    at = click_import(upload(open_upload(app, lang), "ads.csv", ADS))
    at.switch_page("pages/explorer.py").run()
    assert not at.exception
    assert title in [h.value for h in at.subheader]
    by_province, by_regency = (tb.value for tb in at.table[-2:])
    assert len(by_province) == 2 and len(by_regency) == 4
    row = by_regency[by_regency.iloc[:, 0] == "Kabupaten Karawang"].iloc[0]
    assert row.iloc[-1] == karawang and row.iloc[3] == "1"


def test_bundled_rows_alone_show_no_below_floor_section(app):
    at = open_page(app, page="pages/explorer.py")
    assert not [h for h in at.subheader if "minimum" in h.value]


def test_moving_the_job_to_another_country_moves_the_range(app):
    at = open_page(app, page=OFFER, prov="DKI Jakarta")
    assert at.selectbox(key="ref").value == "id-2019-general_staff"
    at.selectbox(key="prov").set_value("Texas").run()
    assert at.selectbox(key="ref").value == "us-hourly"
    at.selectbox(key="prov").set_value("Bali").run()
    assert at.selectbox(key="ref").value == "id-2019-general_staff"


def test_a_shared_link_keeps_its_own_range_across_countries(app):
    at = open_page(app, page=OFFER, prov="Federal", ref="id-2019-banking", oa="15", oc="USD", op="hour")
    assert at.selectbox(key="ref").value == "id-2019-banking"
    assert at.selectbox(key="ref").options[0].startswith("United States")  # the job's own country first
