"""Shared test set-up.

AppTest starts every run with a fresh pages manager, which (because this app
keeps its pages in ``pages/``) would take Streamlit's old folder-based path and
skip ``app.py``. Importing ``salary_explorer.ui`` installs the app's own fix,
``ui.use_the_router()`` (``ui/router.py``, which the package imports first): the
same mechanism a real server uses, in one place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salary_explorer import ui  # noqa: F401  (installs ui.use_the_router for every AppTest)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL_DATA = SHARED / "real-data"
SEEDS = SHARED / "seeds"


@pytest.fixture
def app():
    """A fresh AppTest of the whole app (router + settings panel), not yet run."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def settings_panel(app):
    """The settings popover at the top of every page (``ui.render_settings``): language, units, assumptions."""
    panels = [p for p in app.main.get("popover") if p.proto.popover.label.endswith(("Settings", "Pengaturan"))]
    assert len(panels) == 1, "one settings panel"
    return panels[0]


def page_expander_labels(app) -> list[str]:
    """The labels of the page's own expanders: those in the main area but not in the settings panel."""
    settings = {e.label for e in settings_panel(app).expander}
    return [e.label for e in app.main.expander if e.label not in settings]


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
