"""The bundled data, read once per process and shared by every session (read-only by convention).

Also the check that all of it loads (``bundled_data_or_stop``: a broken file is explained in the reader's
language, not a traceback) and ``today``, the one clock the pages ask.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from ..core import datasets, load, takehome_rules
from ..core.i18n import describe_problem
from ..core.schema import SchemaError
from ..pay import screens as pay_screens
from .language import lang, tr
from .views import _remember, view
from .widgets import show_problems


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def bundled_salaries() -> pd.DataFrame:
    return load.load_salaries()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def minimum_wages() -> pd.DataFrame:
    return load.load_minimum_wages()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def exchange_rates() -> pd.DataFrame:
    return load.load_exchange_rates()


@st.cache_resource(show_spinner=False)
def oews(area_type: str) -> pd.DataFrame:
    """BLS OEWS distributions: ``national``, ``sector`` or ``state``."""
    return load.load_oews(area_type)


@st.cache_resource(show_spinner=False)
def bps_net_wages() -> pd.DataFrame:
    return load.load_bps_net_wages()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def bps_sector_wages() -> pd.DataFrame:
    """BPS mean net wage by province x sector (and national x sector)."""
    return load.load_bps_sector_wages()


@st.cache_resource(show_spinner=False)
def bps_occupation_wages() -> pd.DataFrame:
    """BPS mean net wage by province x main occupation group."""
    return load.load_bps_occupation_wages()


def official() -> pay_screens.Official:
    """The official figures shown beside the article ranges (OEWS, BPS)."""
    return pay_screens.Official(oews("national"), oews("sector"), bps_net_wages(), bps_sector_wages())


def data_as_of() -> pd.DataFrame:
    """Each dataset's latest figures and when the next release is due, in the reader's language."""
    language = lang()
    statuses = view(datasets.data_as_of, minimum_wages(), exchange_rates(), oews("national"), bps_net_wages(), language)
    return view(datasets.data_as_of_table, statuses, language)


def today() -> dt.date:
    """The day a check "today" uses (one place, so a test can pin it)."""
    return dt.date.today()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def role_templates() -> pd.DataFrame:
    return load.load_role_templates()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def requirements() -> pd.DataFrame:
    return load.load_requirements()


@st.cache_resource(show_spinner=False)  # one shared frame: read-only by convention, hashed once by view()
def certifications() -> pd.DataFrame:
    return load.load_certifications()


def takehome() -> takehome_rules.TakeHomeRules:
    """The take-home rule tables (frozen, so one shared copy per process, keyed by identity in ``view``)."""
    rules = _takehome_rules()
    _remember(rules, ("resource", "takehome_rules"))
    return rules


@st.cache_resource(show_spinner=False)
def _takehome_rules() -> takehome_rules.TakeHomeRules:
    return takehome_rules.load_takehome_rules()


def bundled_data_or_stop() -> None:
    """Load bundled data once; on a broken file show where, in the user's language, and stop the page."""
    try:
        _bundled_data_loaded()
    except SchemaError as err:
        st.error(tr("error.bundled_data", message=describe_problem(err.problems[0], lang())))
        show_problems(err.problems)
        st.stop()


@st.cache_resource(show_spinner=False)  # one lookup a run instead of one per loader; a failure is not cached
def _bundled_data_loaded() -> bool:
    for loader in (
        bundled_salaries,
        minimum_wages,
        exchange_rates,
        role_templates,
        requirements,
        certifications,
        takehome,
    ):
        loader()
    for area_type in load.OEWS_FILES:
        oews(area_type)
    bps_net_wages()
    bps_sector_wages()
    bps_occupation_wages()
    return True
