"""The salary rows a page shows: the bundled rows plus this session's uploads, and views kept over them.

Uploaded rows live in ``st.session_state`` so one user's upload never reaches another session; views over
them stay in the session too (``session_view``), keyed by the rows object they were made from.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..uploads import importer
from ..uploads.summarise import summarise_rows
from .loaders import bundled_salaries
from .views import _token, view

UPLOADS_KEY = "uploaded_salary_tables"  # {file label: validated salary DataFrame}, this session only
UPLOAD_SUMMARIES_KEY = "uploaded_salary_ranges"  # {file label: the same rows summarised into ranges}


def salary_rows() -> pd.DataFrame:
    """Bundled rows plus this session's uploads: what every page shows.

    The combined frame is built once per change of uploads, not on every
    rerun: with a million uploaded rows the concatenation is the slow part.
    """
    uploads = st.session_state.get(UPLOADS_KEY, {})
    if not uploads:
        return bundled_salaries()
    stamp = (st.session_state.get("_uploads_version", 0), tuple(uploads))
    cached = st.session_state.get("_combined_salary_rows")
    if cached is None or cached[0] != stamp:
        # importer.concat_rows, not pd.concat: imported text is categorical, which pd.concat would spell out per row
        cached = (stamp, importer.concat_rows([bundled_salaries(), *uploads.values()]))
        st.session_state["_combined_salary_rows"] = cached
    return cached[1]


def salary_ranges() -> pd.DataFrame:
    """Bundled rows plus this session's uploads summarised into ranges: for range charts, pickers, bands.

    A million uploaded salaries become a few dozen ranges (see ``summarise``), computed once per upload
    when a page first asks for them, not on every rerun, and not during the import (issue 33: the import
    page shows none of them, and summarising a million rows was ~0.2 s of the import click).
    """
    uploads = st.session_state.get(UPLOADS_KEY, {})
    if not uploads:
        return bundled_salaries()
    summaries = st.session_state.setdefault(UPLOAD_SUMMARIES_KEY, {})
    for label in [label for label in uploads if label not in summaries]:
        summaries[label] = summarise_rows(uploads[label])
    stamp = (st.session_state.get("_uploads_version", 0), tuple(uploads))
    cached = st.session_state.get("_combined_salary_ranges")
    if cached is None or cached[0] != stamp:  # the same frame object on every rerun: views key it once
        cached = (stamp, pd.concat([bundled_salaries(), *(summaries[label] for label in uploads)], ignore_index=True))
        st.session_state["_combined_salary_ranges"] = cached
    return cached[1]


def add_upload(label: str, rows: pd.DataFrame) -> None:
    st.session_state.setdefault(UPLOADS_KEY, {})[label] = rows
    st.session_state.setdefault(UPLOAD_SUMMARIES_KEY, {}).pop(label, None)  # summarised when first asked for
    st.session_state["_uploads_version"] = st.session_state.get("_uploads_version", 0) + 1


def remove_upload(label: str) -> None:
    st.session_state.get(UPLOADS_KEY, {}).pop(label, None)
    st.session_state.get(UPLOAD_SUMMARIES_KEY, {}).pop(label, None)
    st.session_state["_uploads_version"] = st.session_state.get("_uploads_version", 0) + 1


def uploads() -> dict[str, pd.DataFrame]:
    return dict(st.session_state.get(UPLOADS_KEY, {}))


SESSION_VIEWS_KEY = "_session_views"  # {(view name, argument key): (the rows it was made from, result)}


def session_view(fn, rows: pd.DataFrame, *args, **kwargs):
    """``fn(rows, *args, **kwargs)``, kept in this session for the rows object it was made from (newest few).

    For views over every salary row (the explorer) or a team's roster: with a
    million uploaded rows ``view``'s content digest would take a second and its
    shared cache would keep a filtered copy of someone's upload per filter choice.
    ``salary_rows()`` and the roster caches hand out the same frame object until
    the file changes, so identity is the key, and the results stay in this session.
    """
    if rows is bundled_salaries():  # no uploads: the bundled rows, small and the same for everyone
        return view(fn, rows, *args, **kwargs)  # so shared by sessions (each page load is a new session)
    cache = st.session_state.setdefault(SESSION_VIEWS_KEY, {})
    key = (f"{fn.__module__}:{fn.__qualname__}", _session_key(args), _session_key(kwargs))
    entry = cache.get(key)
    if entry is not None and entry[0] is rows:
        return entry[1]
    for stale in [k for k, (made_from, _) in cache.items() if k[0] == key[0] and made_from is not rows]:
        del cache[stale]  # made from rows this session no longer has (the uploads changed)
    while len(cache) >= 8:
        del cache[next(iter(cache))]  # the oldest
    cache[key] = (rows, fn(rows, *args, **kwargs))
    return cache[key][1]


def _session_key(arg):
    """A hashable key for small arguments: dicts and lists of choices become sorted tuples."""
    if isinstance(arg, dict):
        return tuple(sorted((k, _session_key(v)) for k, v in arg.items()))
    if isinstance(arg, (list, tuple)):
        return tuple(_session_key(a) for a in arg)
    return _token(arg)
