"""Work done once, not on every rerun: pure views cached by their arguments, charts and tables converted once.

Every widget change reruns the page. A view depends only on what it is given, so its result is shared
by reruns and sessions (``view``); a chart's Vega-Lite spec and a frame's Arrow table are kept beside the
object they were made from (``chart``, ``dataframe``, ``table``).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import importlib
import weakref

import pandas as pd
import streamlit as st

from ..core.money import Display, Hours


def view(fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` for a pure view function of the package, computed once per distinct arguments.

    Every widget change reruns the page; the views (tables, Altair charts)
    depend only on what they are given, so the result is shared by reruns and
    sessions. Frames are keyed by a digest of their content, computed once per
    frame object (the loaders hand out the same objects on every rerun), and a
    view passed to another view by the key it was made under.
    """
    key = tuple(_token(a) for a in args) + tuple((k, _token(v)) for k, v in sorted(kwargs.items()))
    name = f"{fn.__module__}:{fn.__qualname__}"
    try:
        result = _RECENT_VIEWS.get((name, key), _MISSING)
    except TypeError:  # an argument Python cannot hash: Streamlit's cache hashes it
        result = _view(name, key, args, kwargs)
    else:
        if result is _MISSING:
            result = _view(name, key, args, kwargs)
            if len(_RECENT_VIEWS) >= 512:
                _RECENT_VIEWS.clear()
            _RECENT_VIEWS[(name, key)] = result
    _remember(result, ("view", name, key))
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        for f in dataclasses.fields(result):  # a frame inside a view (its table, its rows) keyed by the view's key
            part = getattr(result, f.name)
            if isinstance(part, pd.DataFrame) and not _keyed(part):  # a frame passed through keeps its key:
                _remember(part, ("view", name, key, f.name))  # re-keying an input by its view nests every run
    return result


# The views of recent runs by (name, key), looked up with Python's own hash: Streamlit's cache hashes its
# key again on every call (~0.4 ms a view, a dozen views a run). Both hold the same shared results.
_RECENT_VIEWS: dict[tuple, object] = {}
_MISSING = object()


@st.cache_resource(show_spinner=False, max_entries=512)
def _view(name: str, key: tuple, _args: tuple, _kwargs: dict):
    module, _, qualname = name.partition(":")
    target = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part)
    return target(*_args, **_kwargs)


_TOKENS: dict[int, tuple[weakref.ref, object]] = {}  # id(object) -> (the object, what keys it)


def _remember(obj, token) -> None:
    try:
        ref = weakref.ref(obj)
    except TypeError:
        return
    if len(_TOKENS) > 1024:
        _TOKENS.clear()
    _TOKENS[id(obj)] = (ref, token)


def _keyed(obj) -> bool:
    entry = _TOKENS.get(id(obj))
    return entry is not None and entry[0]() is obj


def _token(arg):
    """What keys an argument: itself when small and hashable, a content digest for a frame, a view's own key."""
    if isinstance(arg, (str, int, float, bool, type(None), Display, Hours)):
        return arg
    if isinstance(arg, (list, tuple)):
        return tuple(_token(a) for a in arg)
    entry = _TOKENS.get(id(arg))
    if entry is not None and entry[0]() is arg:
        return entry[1]
    if dataclasses.is_dataclass(arg) and not isinstance(arg, type):  # e.g. the official figures: frames inside
        return (type(arg).__name__, *(_token(getattr(arg, f.name)) for f in dataclasses.fields(arg)))
    if isinstance(arg, pd.DataFrame):
        digest = hashlib.blake2b(pd.util.hash_pandas_object(arg, index=True).to_numpy().tobytes(), digest_size=16)
        digest.update(repr((list(arg.columns), [str(t) for t in arg.dtypes])).encode())
        token = ("frame", digest.hexdigest())
        _remember(arg, token)
        return token
    return arg  # anything else: Streamlit hashes it


_SPECS: dict[int, tuple[weakref.ref, dict]] = {}  # id(chart) -> (the chart, its Vega-Lite spec)


def chart(altair_chart, **kwargs) -> None:
    """``st.altair_chart``, with the chart's Vega-Lite spec built once per chart object.

    Converting an Altair chart validates it against the Vega-Lite schema
    (~50 ms a chart); views are cached (``view``), so the same chart object
    comes back on every rerun and its spec is reused.
    """
    entry = _SPECS.get(id(altair_chart))
    if entry is None or entry[0]() is not altair_chart:
        if len(_SPECS) > 256:
            _SPECS.clear()
        entry = (weakref.ref(altair_chart), _altair_spec(altair_chart))
        _SPECS[id(altair_chart)] = entry
    spec = entry[1]
    # Streamlit moves the datasets out of the spec it is given, and may add to it: hand it a copy.
    fresh = copy.deepcopy({k: v for k, v in spec.items() if k != "datasets"})
    fresh["datasets"] = dict(spec.get("datasets", {}))
    st.vega_lite_chart(fresh, **kwargs)


_ARROW: dict[int, tuple[weakref.ref, object]] = {}  # id(frame) -> (the frame, its Arrow table)


def _arrow(frame):
    """A frame as the Arrow table Streamlit makes of it (the same bytes reach the browser), once per frame object.

    Streamlit converts a pandas frame to Arrow on every ``st.dataframe``/``st.table`` call (~1-2 ms each,
    a handful a run); a view's frames are the same objects on every rerun, so the table is kept beside them.
    """
    if not isinstance(frame, pd.DataFrame):
        return frame
    entry = _ARROW.get(id(frame))
    if entry is None or entry[0]() is not frame:
        from streamlit import dataframe_util

        if len(_ARROW) > 256:
            _ARROW.clear()
        entry = (weakref.ref(frame), dataframe_util.convert_pandas_df_to_arrow_table(frame))
        _ARROW[id(frame)] = entry
    return entry[1]


def dataframe(frame, *, where=st, **kwargs):
    """``st.dataframe`` of a (view's) frame, converted to Arrow once per frame object."""
    return where.dataframe(_arrow(frame), **kwargs)


def table(frame, *, where=st, **kwargs):
    """``st.table`` of a (view's) frame, converted to Arrow once per frame object."""
    return where.table(_arrow(frame), **kwargs)


def _altair_spec(altair_chart) -> dict:
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec  # what st.altair_chart uses

    return _convert_altair_to_vega_lite_spec(altair_chart)
