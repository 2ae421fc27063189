"""Saved band sets on the bands page: a ``?bset=`` link opens its set; the save-and-open section saves,
renames, duplicates and deletes, and shows two versions side by side.
"""

from __future__ import annotations

import streamlit as st

from ..bands import sets
from ..bands import state as band_states
from ..bands.ladder import QUICK_METHODS
from ..core import storage
from .language import lang, tr
from .links import lazy_expander
from .saved_work import (
    _flash,
    _md,
    _show_flash,
    delete_section,
    open_from_link,
    recent_items,
    remember,
    set_link,
    show_link,
    store,
    store_settings,
    stored,
)

BSET_KEY = "bset_current"  # the sets.BandSet this page's ladder is based on (its token and version)


def open_band_set_from_link() -> None:
    """Top of the bands page, before its widgets: a ``?bset=`` link opens its set, once per token.

    The set's market, industry, province and overlap limit go into the page's link-backed
    widgets (``bc bi bp bo``), its method into the quick-set form, its ladder into the editor.
    A wrong or altered link says "not found" on every run while it is in the address bar;
    nothing on the page is lost.
    """
    opened, state = open_from_link("band_set", BSET_KEY, sets.open_set), st.session_state
    if opened is None:
        return
    _based_on(opened)
    state.update(bc=opened.market, bi=opened.industry, bp=opened.province, bo=float(opened.overlap_pct))
    if opened.method in QUICK_METHODS:
        state["band_method"] = opened.method
    old = state.get("band_ladder")
    state["band_ladder"] = band_states.replaced(old, opened.ladder) if old else band_states.Ladder(opened.ladder)
    when = opened.saved_at.replace("T", " ").rstrip("Z")
    st.success(tr("bset.opened", name=_md(opened.name), version=opened.version, current=opened.version, when=when))


BSET_PANEL_KEY = "band_sets_open"  # the save-and-open section's expander


def band_sets_panel():
    """The bands page's save-and-open section, a lazy expander: shut, its dozen widgets and elements are
    not built (a fifth of a bands-page run); it opens by itself once the page is based on a saved set."""
    state = st.session_state
    if state.pop("_bset_open_next", False):
        state[BSET_PANEL_KEY] = True
    return lazy_expander(tr("bset.title"), BSET_PANEL_KEY)


def _based_on(band_set) -> None:
    """From now on the page's state is based on ``band_set`` (its token and version); name and notes follow."""
    state = st.session_state
    state[BSET_KEY] = band_set
    state["_bset_open_next"] = True
    state["_bset_pending"] = {"bset_name": band_set.name, "bset_notes": band_set.notes}
    remember("band_set", band_set.token, band_set.name)
    set_link("band_set", band_set.token)


def band_set_section(**page_state) -> None:
    """Bottom of the bands page: save (a new version), save as a new set, link, rename, duplicate, delete,
    two versions side by side, and this tab's recent sets. ``page_state``: market, industry, province,
    overlap_pct, ladder (the method comes from the quick-set form's state)."""
    state = st.session_state
    for key, value in state.pop("_bset_pending", {}).items():  # set before the widgets exist in this run
        state[key] = value
    based = state.get(BSET_KEY)
    st.caption(tr("bset.intro"))
    _show_flash("_bset_flash")
    if based is not None:
        st.caption(tr("bset.current", name=_md(based.name), version=based.version))
    c1, c2 = st.columns([2, 3])
    name = c1.text_input(
        tr("bset.name"),
        key="bset_name",
        max_chars=storage.NAME_MAX,
        placeholder=tr("bset.default_name"),
        persist_state="session",  # kept while the section is shut
    )
    notes = c2.text_area(
        tr("bset.notes"), key="bset_notes", max_chars=sets.NOTES_MAX, height=68, persist_state="session"
    )
    name = storage.clean_name(name, tr("bset.default_name"))
    current = sets.BandSet(
        name=name,
        notes=notes,
        method=state.get("band_method", QUICK_METHODS[0]),  # the quick-set form's choice
        token=based.token if based else None,
        version=based.version if based else None,
        **page_state,
    )
    limit = store_settings().max_item_bytes
    b1 = b2 = b3 = b4 = st.container(horizontal=True)  # the buttons side by side: one block, not five
    label = tr("bset.save_version", version=based.version + 1) if based else tr("bset.save")
    if b1.button(label, type="primary", key="bset_save"):
        done = stored(sets.save, store(), current, max_bytes=limit)
        if done is not None:
            _based_on(done)
            _flash("_bset_flash", "success", tr("bset.saved", name=_md(done.name), version=done.version))
            st.rerun()
    if based is None:
        return recent_items("band_set")
    if b2.button(tr("bset.save_new"), key="bset_save_new"):
        done = stored(sets.save_as_new, store(), current, name, max_bytes=limit)
        if done is not None:
            _based_on(done)
            _flash("_bset_flash", "success", tr("bset.saved", name=_md(done.name), version=done.version))
            st.rerun()
    if b3.button(tr("bset.rename"), key="bset_rename"):
        new_name = stored(sets.rename, store(), based.token, name)
        if new_name is not None:
            based.name = new_name
            remember("band_set", based.token, new_name)
            _flash("_bset_flash", "success", tr("bset.renamed", name=_md(new_name)))
            st.rerun()
    if b4.button(tr("bset.duplicate"), key="bset_duplicate"):
        copy = stored(sets.duplicate, store(), based.token, tr("bset.copy_of", name=based.name), max_bytes=limit)
        if copy is not None:
            _based_on(copy)
            _flash("_bset_flash", "success", tr("bset.duplicated", name=_md(copy.name)))
            st.rerun()
    show_link("band_set", based.token)
    delete_section("band_set", "bset", sets.delete, based.token, BSET_KEY)
    _compare_versions(based.token)
    recent_items("band_set")


def _compare_versions(token: str) -> None:
    history = stored(sets.versions, store(), token)
    if not history:
        return
    st.markdown(f"**{tr('bset.compare.title')}**")
    if len(history) < 2:
        st.caption(tr("bset.compare.need_two"))
        return
    numbers = [v.version for v in history]
    labels = {
        v.version: tr(
            "bset.version_label", version=v.version, when=v.created_at.replace("T", " ").rstrip("Z"), name=v.name
        )
        for v in history
    }
    c1, c2 = st.columns(2)
    left = c1.selectbox(
        tr("bset.compare.left"), numbers, index=len(numbers) - 2, format_func=labels.get, key="bset_cmp_a"
    )
    right = c2.selectbox(
        tr("bset.compare.right"), numbers, index=len(numbers) - 1, format_func=labels.get, key="bset_cmp_b"
    )
    comparison = stored(sets.compare_versions, store(), token, left, right, lang())
    if comparison is None:
        return
    c1.caption(tr("bset.compare.heading", version=left))
    c1.dataframe(comparison.left_table, hide_index=True, width="stretch")
    c2.caption(tr("bset.compare.heading", version=right))
    c2.dataframe(comparison.right_table, hide_index=True, width="stretch")
    st.markdown(f"**{tr('bset.compare.changes')}**")
    if comparison.changes.empty:
        st.caption(tr("bset.compare.same"))
    else:
        st.dataframe(comparison.changes, hide_index=True, width="stretch")
