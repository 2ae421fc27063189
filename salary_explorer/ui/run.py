"""What ``app.py`` does first and last on every run: link notices, the link written in one go, the heap settled."""

from __future__ import annotations

import gc
import sys

import streamlit as st

from .links import NOTICES_KEY, URL_WRITES_KEY, _write_link


def start_run() -> None:
    """Called first by ``app.py`` on every run: this run's link notices and link writes start empty."""
    st.session_state[NOTICES_KEY] = []
    st.session_state[URL_WRITES_KEY] = {}


def show_url_notices(where) -> None:
    """The link values this run refused, each with why and what was used instead (``app.py`` calls this last)."""
    for notice in st.session_state.get(NOTICES_KEY, []):
        where.warning(notice, icon=":material/link_off:")


def finish_run(notices) -> None:
    """Called last by ``app.py`` on every run, also when the page stopped early: notices, link, heap."""
    show_url_notices(notices)
    _write_link()
    settle_heap()


_MODULES_FROZEN = 0  # len(sys.modules) when the heap was last frozen


def settle_heap() -> None:
    """Take what lives for the whole process out of the garbage collector's walk, once per new set of imports.

    Streamlit collects all generations after every script run (``runner.postScriptGC``), walking every
    tracked object: the imported modules, their classes and functions, the bundled frames. With this
    app's imports that walk took ~60% of a warm page run (117 ms of 198 ms for the pay page, profiled
    on the served app) and CPU the other sessions wait for. Those objects never die, so after a full
    collection they are frozen (``gc.freeze``): the per-run collection then walks only what the runs
    made since. A run that imported new modules (a page seen for the first time) freezes again.
    """
    global _MODULES_FROZEN
    if len(sys.modules) != _MODULES_FROZEN:
        gc.collect()
        gc.freeze()
        _MODULES_FROZEN = len(sys.modules)
