"""Streamlit's pages-folder mode, handled in this one place (the app and the tests both rely on it).

Importing this module installs the fix, and the package imports it before anything else: a test that
imports ``salary_explorer.ui`` gets the same router a real server runs.
"""

from __future__ import annotations

import streamlit as st


def use_the_router() -> None:
    """The one place that handles Streamlit's pages-folder mode; the app and the tests both call it.

    This app keeps its pages in ``pages/`` (the agreed layout) but routes with
    ``st.navigation``. Streamlit sees the folder and starts every new pages
    manager (a fresh server's first session, every AppTest run) in its old
    folder-based mode, in which a deep link such as ``/bands`` runs the page
    alone: no settings panel, untranslated navigation. So every pages manager
    is made to start in router mode, and a run that already started in folder
    mode is rerun, through ``app.py`` with the same URL.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if not getattr(PagesManager, "_router_only", False):
        original_init = PagesManager.__init__

        def router_init(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            PagesManager.uses_pages_directory = False

        PagesManager.__init__ = router_init
        PagesManager._router_only = True
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


use_the_router()
