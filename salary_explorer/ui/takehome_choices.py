"""The offer check's take-home choices (PTKP status, tax year, BPJS JKK class, THR), backed by the link."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..pay import takehome_view as tv
from .language import lang, tr
from .links import url_checkbox, url_number, url_selectbox
from .views import view


def takehome_options(rules, region: str, wages: pd.DataFrame) -> dict:
    """The offer check's take-home choices, backed by the link (ptkp dtp tyr jkk thrm thrs).

    PTKP, BPJS and THR are Indonesian rules: for a US region only the defaults are returned.
    """
    chosen = {"status": tv.DEFAULT_STATUS, "year": None, "jkk_class": tv.DEFAULT_JKK, "dtp_asked": False}
    chosen |= {"thr_month": 3, "thr_service_months": 12}
    if view(tv.country_of, region, wages) != "ID":
        return chosen
    language = lang()
    chosen["status"] = url_selectbox(
        tr("th.status"), "ptkp", tv.STATUSES, tv.DEFAULT_STATUS, format_func=tv.status_labels(language).get,
        help=tr("th.status_help"),
    )  # fmt: skip
    chosen["dtp_asked"] = url_checkbox(tr("th.dtp_option"), "dtp", False, help=tr("th.dtp_help"))
    with st.expander(tr("th.options")):
        o1, o2, o3, o4 = st.columns(4)
        years = tv.tax_years(rules)
        chosen["year"] = url_selectbox(tr("th.year"), "tyr", years, years[-1], where=o1)
        chosen["jkk_class"] = url_selectbox(
            tr("th.jkk"), "jkk", tv.JKK_CLASSES, tv.DEFAULT_JKK, format_func=tv.jkk_labels(rules, language).get,
            where=o2, help=tr("th.jkk_help"),
        )  # fmt: skip
        chosen["thr_month"] = url_selectbox(
            tr("th.thr_month"), "thrm", tv.THR_MONTHS, 3, format_func=tv.month_labels(language).get, where=o3
        )
        chosen["thr_service_months"] = url_number(tr("th.thr_months"), "thrs", 12, 0, 600, integer=True, where=o4)
    return chosen
