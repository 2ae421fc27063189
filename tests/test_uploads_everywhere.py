"""An uploaded file joins every page for its session, summarised into ranges where pages compare ranges."""

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import REAL_DATA, ROOT
from .test_upload_page import GOOD, click_import, open_upload, upload

REAL_FILE = REAL_DATA / "ds_salaries.csv"
needs_real_file = pytest.mark.skipif(not REAL_FILE.exists(), reason="real data not present in ../shared/real-data")


def test_an_upload_stays_in_its_own_session(app):
    mine = click_import(upload(open_upload(app), "gaji.csv", GOOD.encode()))
    mine.switch_page("pages/explorer.py").run()
    assert "15 of 15 rows match" in mine.markdown[1].value
    someone_else = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    someone_else.query_params["lang"] = "en"
    someone_else.run()
    someone_else.switch_page("pages/explorer.py").run()
    assert "13 of 13 rows match" in someone_else.markdown[1].value


@pytest.fixture
def imported(app):
    at = upload(open_upload(app), "ds_salaries.csv", REAL_FILE.read_bytes())
    return click_import(at)


@needs_real_file
def test_the_offer_checker_offers_summaries_not_thousands_of_rows(imported):
    at = imported.switch_page("pages/offer.py").run()
    assert not at.exception
    options = at.selectbox(key="ref").options
    uploaded = [o for o in options if o.startswith("Your upload ds_salaries.csv: ")]
    assert 0 < len(uploaded) < 200  # ranges per currency/level/year, not 3,755 salaries
    assert len(options) == len(uploaded) + 11  # plus 6 levels, 4 industries, the US hourly range


@needs_real_file
def test_the_bands_page_and_explorer_still_work_with_an_upload(imported):
    at = imported.switch_page("pages/bands.py").run()
    assert not at.exception
    at.switch_page("pages/explorer.py").run()
    assert not at.exception
    assert "3,768 of 3,768 rows match" in at.markdown[1].value  # the explorer keeps every raw row


def test_bundled_and_uploaded_rows_are_combined_once_per_change(app):
    at = click_import(upload(open_upload(app), "gaji.csv", GOOD.encode()))
    at.switch_page("pages/explorer.py").run()
    first = at.session_state["_combined_salary_rows"]
    at.run()
    assert at.session_state["_combined_salary_rows"][0] == first[0]  # same uploads: no new concatenation
    assert "15 of 15 rows match" in at.markdown[1].value
