"""The reader's language and ``tr``: the one thing every other module of the Streamlit layer needs.

Kept apart from the sidebar (``settings``) so that the link-backed widgets (``links``), which the
sidebar is built from, can translate their notices without importing it.
"""

from __future__ import annotations

import streamlit as st

from ..core.i18n import t


def lang() -> str:
    return st.session_state.get("lang", "en")


def tr(key: str, **params: object) -> str:
    """``t()`` in the current language."""
    return t(key, lang(), **params)


def label_func(prefix: str):
    """A ``format_func`` showing ``t(prefix.value)``; binds the language now, since
    Streamlit may call it later outside the script run."""
    language = lang()
    return lambda value: t(f"{prefix}.{value}", language)
