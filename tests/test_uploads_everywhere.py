"""An uploaded file joins every page for its session, summarised into ranges where pages compare ranges."""
import pytest

from .conftest import REAL_DATA
from .test_upload_page import click_import, open_upload, upload

REAL_FILE = REAL_DATA / "ds_salaries.csv"
pytestmark = pytest.mark.skipif(not REAL_FILE.exists(), reason="real data not present in ../shared/real-data")


@pytest.fixture
def imported(app):
    at = upload(open_upload(app), "ds_salaries.csv", REAL_FILE.read_bytes())
    return click_import(at)


def test_the_offer_checker_offers_summaries_not_thousands_of_rows(imported):
    at = imported.switch_page("pages/salaries.py").run()
    assert not at.exception
    options = at.selectbox(key="sal_ref").options
    uploaded = [o for o in options if o.startswith("Your upload ds_salaries.csv: ")]
    assert 0 < len(uploaded) < 200  # ranges per currency/level/year, not 3,755 salaries
    assert len(options) == len(uploaded) + 11  # plus 6 levels, 4 industries, the US hourly range


def test_the_bands_page_and_explorer_still_work_with_an_upload(imported):
    at = imported.switch_page("pages/bands.py").run()
    assert not at.exception
    at.switch_page("pages/explorer.py").run()
    assert not at.exception
    assert "3,768 of 3,768 rows match" in at.markdown[1].value  # the explorer keeps every raw row
