"""Shared test set-up.

AppTest resets ``PagesManager.uses_pages_directory`` before every run, and
because this app keeps its pages in a ``pages/`` folder, reruns then take
Streamlit's old folder-based multipage path and skip ``app.py`` (and with it the
sidebar settings). A real server sets the flag to False for good once
``st.navigation`` runs; we do the same so AppTest behaves like the browser.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime import pages_manager

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL_DATA = SHARED / "real-data"
SEEDS = SHARED / "seeds"

_original_init = pages_manager.PagesManager.__init__


def _navigation_pages_manager(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    pages_manager.PagesManager.uses_pages_directory = False


pages_manager.PagesManager.__init__ = _navigation_pages_manager


@pytest.fixture
def app():
    """A fresh AppTest of the whole app (router + sidebar), not yet run."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


@pytest.fixture(scope="session")
def rows():
    """The bundled salary rows, loaded once."""
    from salary_explorer.core import load

    return load.load_salaries()


@pytest.fixture(scope="session")
def rates():
    """The bundled exchange-rate table, loaded once."""
    from salary_explorer.core import load

    return load.load_exchange_rates()
