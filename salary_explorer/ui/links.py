"""URL state: a widget's key is its query-parameter name, so a copied link reopens the same view.

The ``url_*`` widgets seed their value from the link, check it (a refused value becomes a notice in the
reader's language) and write it back; ``url_tabs`` and ``lazy_expander`` build only what is open. No page
writes the link itself.
"""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from ..core import url_state
from .language import lang, tr

NOTICES_KEY = "_url_notices"  # refused link values of this run, shown above the page by app.py


def _bind(key: str, label: str, read, valid) -> None:
    """Seed ``key`` from the link the first time it is seen; reset it when it no longer fits the widget.

    ``read(raw) -> (value, Refusal | None)`` checks the link's value (see
    ``core.url_state``); a refused value becomes a notice and the default is
    used. ``valid(value)`` catches state that went stale, e.g. a province kept
    after the options switched to US states.
    """
    state = st.session_state
    if key not in state:
        value, refusal = read(st.query_params.get(key))
        if refusal is not None:
            state.setdefault(NOTICES_KEY, []).append(url_state.describe_refusal(refusal, label, lang()))
        state[key] = value
    elif not valid(state[key]):
        state[key] = read(None)[0]


URL_WRITES_KEY = "_url_writes"  # {key: text, or None to drop it}: this run's link values, written once at its end


def _publish(key: str, value, default=None, omit_default: bool = False) -> None:
    """Write a widget's value back into the link, so a copied link reopens the same view.

    Collected during the run and written by ``finish_run`` in one go: each write to ``st.query_params``
    sends the browser a message of its own (a dozen a run on the offer page).
    """
    text = None if omit_default and value == default else url_state.to_url(value)
    st.session_state.setdefault(URL_WRITES_KEY, {})[key] = text


def _write_link() -> None:
    """This run's link values, in one message, and only when the link changes."""
    writes = st.session_state.pop(URL_WRITES_KEY, None)
    if not writes:
        return
    params = st.query_params
    current = {key: params.get_all(key) for key in params}
    wanted = dict(current)
    for key, text in writes.items():
        if text is None:
            wanted.pop(key, None)
        else:
            wanted[key] = [text]
    if wanted != current:
        params.from_dict(wanted)


def _shown(format_func):
    return (lambda v: str(format_func(v))) if format_func else str


def _url_choice(widget, label, key, options, default, format_func, where, omit_default, **kwargs):
    """A single-choice widget (``selectbox`` or ``radio``) backed by the link; unknown options fall back."""
    options = list(options)
    _bind(
        key,
        label,
        lambda raw: url_state.read_choice(key, raw, options, default, _shown(format_func)),
        lambda v: v in options,
    )
    if where is None:  # not drawn (its section is shut): the value it would hold
        value = st.session_state[key]
    else:
        value = getattr(where, widget)(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value, default, omit_default)
    return value


def reset_when(key: str, context: str) -> None:
    """Forget a link-backed widget's value when what it depends on changes, so it starts from its default again.

    The offer check's range follows the country the job is in: a reader who moves the job from Jakarta to
    Texas gets a US range, not the rupiah one picked before (a $18/hr offer read as compa-ratio 11). A link
    opened as shared keeps its own value: only a change seen within the session resets.
    """
    state, marker = st.session_state, f"_context_{key}"
    if marker in state and state[marker] != context:
        state.pop(key, None)
        if key in st.query_params:
            del st.query_params[key]
    state[marker] = context


def url_selectbox(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.selectbox`` whose value lives in the link under ``key``; an unknown option falls back to ``default``.

    ``where=None``: the selectbox is not drawn (a shut ``summary_expander``), but the link's value is read,
    checked (a refused one gets its notice) and written back as if it were.
    """
    return _url_choice("selectbox", label, key, options, default, format_func, where, omit_default, **kwargs)


def url_radio(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.radio`` backed by the link, like ``url_selectbox``."""
    return _url_choice("radio", label, key, options, default, format_func, where, omit_default, **kwargs)


def url_multiselect(label, key, options, default, *, format_func=None, where=st, **kwargs):
    """``st.multiselect`` backed by a comma-separated link value; unknown entries are dropped with a notice."""
    return _url_choices(where.multiselect, label, key, options, default, format_func, **kwargs)


def url_pills(label, key, options, default, *, format_func=None, where=st, **kwargs):
    """``url_multiselect`` drawn as pills that each switch on and off: for a few short options, all in view and
    one click each (no list to open, on a phone too), and less for the browser to draw than a multiselect
    (the pay page: ~50 ms of main-thread work)."""
    pills = functools.partial(where.pills, selection_mode="multi")
    return _url_choices(pills, label, key, options, default, format_func, **kwargs)


def _url_choices(widget, label, key, options, default, format_func, **kwargs):
    options = list(options)
    _bind(
        key,
        label,
        lambda raw: url_state.read_choices(key, raw, options, default, _shown(format_func)),
        lambda v: isinstance(v, list) and all(x in options for x in v),
    )
    value = widget(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value)
    return value


def url_number(label, key, default, low, high, *, step=None, integer=False, where=st, omit_default=False, **kwargs):
    """``st.number_input`` backed by the link; text, ``nan``, ``inf`` or values outside [low, high] fall back.

    ``where=None``: not drawn, the link's value read, checked and written back all the same (``url_selectbox``).
    """
    if integer:
        default, low, high = int(default), None if low is None else int(low), None if high is None else int(high)
        step = int(step or 1)
    else:
        default, low, high = float(default), None if low is None else float(low), None if high is None else float(high)
        step = float(step) if step is not None else None

    def fits(v):
        return isinstance(v, (int, float)) and (low is None or v >= low) and (high is None or v <= high)

    _bind(key, label, lambda raw: url_state.read_number(key, raw, default, low, high, integer), fits)
    if where is None:  # not drawn, as url_selectbox
        value = st.session_state[key]
    else:
        value = where.number_input(label, min_value=low, max_value=high, step=step, key=key, **kwargs)
    _publish(key, value, default, omit_default)
    return value


def url_checkbox(label, key, default, *, where=st, toggle=False, omit_default=False, **kwargs):
    """``st.checkbox`` (or ``st.toggle``) backed by the link as 1/0."""
    _bind(key, label, lambda raw: url_state.read_bool(key, raw, default), lambda v: isinstance(v, bool))
    value = (where.toggle if toggle else where.checkbox)(label, key=key, **kwargs)
    _publish(key, value, default, omit_default)
    return value


def url_text(label, key, default="", *, max_chars=100, where=st, **kwargs):
    """``st.text_input`` backed by the link; longer text than ``max_chars`` falls back.

    ``where=None``: not drawn (a shut lazy section), the link's value read and written back (``url_selectbox``).
    """
    _bind(
        key,
        label,
        lambda raw: url_state.read_text(key, raw, default, max_chars),
        lambda v: isinstance(v, str) and len(v) <= max_chars,
    )
    if where is None:
        value = st.session_state[key]
    else:
        value = where.text_input(label, key=key, max_chars=max_chars, **kwargs)
    _publish(key, value, default, omit_default=True)
    return value


def url_date(label, key, default, low, high, *, where=st, **kwargs):
    """``st.date_input`` backed by the link as an ISO date within [low, high]; ``where=None`` as ``url_text``."""
    _bind(
        key,
        label,
        lambda raw: url_state.read_date(key, raw, default, low, high),
        lambda v: isinstance(v, dt.date) and low <= v <= high,
    )
    if where is None:
        value = st.session_state[key]
    else:
        value = where.date_input(label, min_value=low, max_value=high, key=key, **kwargs)
    _publish(key, value, default, omit_default=True)
    return value


def url_tabs(labels: dict[str, str], key: str, *, default: str | None = None):
    """``st.tabs`` that runs only the open tab's content; which tab is open lives in the link under ``key``.

    Streamlit builds every tab's content on every run unless the tabs track state. These do
    (``on_change``), so each returned tab has ``.open`` and a page builds only the open one: ``if
    tab.open: with tab: ...``; opening another tab reruns the page. The link holds the tab's id (a key of
    ``labels``), not its label, so a shared link opens the same tab in either language; the default tab
    (the first unless ``default``) stays out of the link. Widgets in a closed tab are not drawn, so
    their values come back from the link when the tab opens again.
    """
    ids = list(labels)
    first = default if default in labels else ids[0]
    _bind(
        key,
        tr("common.tab"),
        lambda raw: url_state.read_choice(key, raw, ids, first, lambda i: labels.get(i, str(i))),
        lambda v: v in labels,
    )
    state, widget_key = st.session_state, f"_tabs_{key}"
    shown = labels[state[key]]
    if state.get(widget_key) != shown:  # the link's tab, or the same tab under the new language's label
        state[widget_key] = shown
    tabs = st.tabs(
        list(labels.values()),
        key=widget_key,
        on_change=_tab_opened,
        args=(key, widget_key, {label: tab_id for tab_id, label in labels.items()}),
    )
    _publish(key, state[key], first, omit_default=True)
    return tabs


def lazy_expander(label: str, key: str, *, where=st, **kwargs):
    """``st.expander`` whose content a page builds only while it is open: ``if e.open: with e: ...``.

    A collapsed expander's content is otherwise built, sent and laid out on every run though nobody
    sees it; this one tracks its state (``on_change``), so opening it reruns the page with the content.
    Only for content that nothing else reads: widgets whose values the page needs stay in a plain expander.
    Its widgets keep their values while it is shut when they are made with ``persist_state``.
    """
    return where.expander(label, key=key, on_change="rerun", **kwargs)


def summary_expander(label: str, key: str, *, where=st):
    """A lazy expander whose label sums up the choices inside it (``Show pay in: Rupiah (Rp), per month``).

    Settings read on every run but rarely changed: shut, they cost one header instead of their widgets,
    and the label still says what is in force. The label is part of an expander's identity in Streamlit,
    so a new choice makes a new expander; it opens if the last one was open, so a pick does not shut the
    section under the reader's hand. The values for the label come from ``url_*(..., where=None)`` before
    it is made; its widgets keep the reader's picks while it is shut with ``persist_state``.
    """
    state = st.session_state
    was_open = f"_{key}_was_open"
    panel = where.expander(label, state.get(was_open, False), key=key, on_change="rerun")
    state[was_open] = bool(panel.open)
    return panel


def _tab_opened(key: str, widget_key: str, ids_by_label: dict[str, str]) -> None:
    """The reader opened another tab: its id becomes the page's state (and so the link's)."""
    state = st.session_state
    state[key] = ids_by_label.get(state.get(widget_key), state.get(key))
