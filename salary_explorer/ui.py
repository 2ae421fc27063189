"""The one module that imports Streamlit: cached loaders, settings, shared widgets.

Pages call these helpers and the pure modules; they never compute anything
themselves. Uploaded rows live in ``st.session_state`` so one user's upload
never reaches another session.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import importlib
import os
import sys
import weakref
from functools import partial

import pandas as pd
import streamlit as st

from .bands import files as band_files
from .bands import sets, team
from .bands import state as band_states
from .bands.ladder import ANCHOR_MODES, BAND_LEVELS, QUICK_METHODS
from .core import datasets, export, load, storage, takehome_rules, url_state
from .core import money as money_rules
from .core.formatting import count as format_count
from .core.formatting import number
from .core.i18n import LANGUAGE_NAMES, LANGUAGES, describe_problem, t
from .core.money import Display, Hours, format_hours, format_money
from .core.schema import LEVELS, PAY_PERIODS, PERIODIC, Problem, SchemaError
from .pay import screens as pay_screens
from .pay import takehome_view as tv
from .uploads import importer, roster, saved, saved_roster, vocabulary
from .uploads import preview as upload_preview_view
from .uploads.summarise import summarise_rows


def use_the_router() -> None:
    """The one place that handles Streamlit's pages-folder mode; the app and the tests both call it.

    This app keeps its pages in ``pages/`` (the agreed layout) but routes with
    ``st.navigation``. Streamlit sees the folder and starts every new pages
    manager (a fresh server's first session, every AppTest run) in its old
    folder-based mode, in which a deep link such as ``/bands`` runs the page
    alone: no sidebar settings, untranslated navigation. So every pages manager
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

UPLOADS_KEY = "uploaded_salary_tables"  # {file label: validated salary DataFrame}, this session only
UPLOAD_SUMMARIES_KEY = "uploaded_salary_ranges"  # {file label: the same rows summarised into ranges}
DISPLAY_CURRENCIES = ("IDR", "USD")


# ---------- cached loaders (bundled files are small; cache once per process) ----------
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


def official() -> pay_screens.Official:
    """The official figures shown beside the article ranges (OEWS, BPS)."""
    return pay_screens.Official(oews("national"), oews("sector"), bps_net_wages())


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


# ---------- work done once, not on every rerun ----------
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


def takehome() -> takehome_rules.TakeHomeRules:
    """The take-home rule tables (frozen, so one shared copy per process, keyed by identity in ``view``)."""
    rules = _takehome_rules()
    _remember(rules, ("resource", "takehome_rules"))
    return rules


@st.cache_resource(show_spinner=False)
def _takehome_rules() -> takehome_rules.TakeHomeRules:
    return takehome_rules.load_takehome_rules()


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

    A million uploaded salaries become a few dozen ranges (see ``summarise``),
    computed once when the file is added, not on every rerun.
    """
    summaries = st.session_state.get(UPLOAD_SUMMARIES_KEY, {})
    if not summaries:
        return bundled_salaries()
    stamp = (st.session_state.get("_uploads_version", 0), tuple(summaries))
    cached = st.session_state.get("_combined_salary_ranges")
    if cached is None or cached[0] != stamp:  # the same frame object on every rerun: views key it once
        cached = (stamp, pd.concat([bundled_salaries(), *summaries.values()], ignore_index=True))
        st.session_state["_combined_salary_ranges"] = cached
    return cached[1]


def add_upload(label: str, rows: pd.DataFrame) -> None:
    st.session_state.setdefault(UPLOADS_KEY, {})[label] = rows
    st.session_state.setdefault(UPLOAD_SUMMARIES_KEY, {})[label] = summarise_rows(rows)
    st.session_state["_uploads_version"] = st.session_state.get("_uploads_version", 0) + 1


def remove_upload(label: str) -> None:
    st.session_state.get(UPLOADS_KEY, {}).pop(label, None)
    st.session_state.get(UPLOAD_SUMMARIES_KEY, {}).pop(label, None)
    st.session_state["_uploads_version"] = st.session_state.get("_uploads_version", 0) + 1


def uploads() -> dict[str, pd.DataFrame]:
    return dict(st.session_state.get(UPLOADS_KEY, {}))


# ---------- reading an uploaded CSV (import page) ----------
IMPORT_CACHE_KEY = "import_cache"  # {(content hash, Mapping): ImportResult}, this session, newest only
LAST_IMPORT_KEY = "imp_last"  # the ImportDone of this session's newest import: its report stays on the page
UPLOADER_ROUND_KEY = "_imp_round"  # how many imported files the uploader has let go of (its key changes each time)


@dataclasses.dataclass(frozen=True)
class ImportDone:
    """An import the page keeps reporting: which bytes (hash), under what name, what came out, with what mapping.

    ``released``: the file was let go of after its rows were accepted, so the report stands alone, without the
    uploader holding the bytes. ``notes`` keeps what the report builds per language, so a rerun does not
    build it again: the extra lines (counting places scans every row) and the rejected rows' table.
    """

    digest: str
    name: str
    result: importer.ImportResult
    mapping: importer.Mapping
    released: bool = False
    notes: dict = dataclasses.field(default_factory=dict, compare=False)


def share_uploaded_bytes() -> None:
    """Make Streamlit's copy of an uploaded file share its bytes instead of copying them (installed once, below).

    Streamlit deep-copies every widget's value on every rerun, so that user code cannot change the
    stored one. For an uploaded file that copied the whole buffer: ~45-60 ms per rerun for a 62 MB
    file, on every rerun while it sits on an uploader (the import page's mapping form, the team
    roster, band files). The bytes are immutable and ``BytesIO`` copies on its first write, so a
    copy that shares them is just as independent: its own position, and writing to it leaves the
    stored file as it was (``tests/test_upload_page.py`` checks both).
    """
    import io

    from streamlit.runtime.uploaded_file_manager import UploadedFile

    if "__deepcopy__" in vars(UploadedFile):  # installed already, or Streamlit defines its own
        return

    def deepcopy_sharing_bytes(self, memo):
        twin = type(self).__new__(type(self))
        io.BytesIO.__init__(twin, self.getvalue())  # the same bytes object while nobody wrote to self
        twin.__dict__.update(copy.deepcopy(self.__dict__, memo))  # file_id, name, type, size, urls
        twin.seek(self.tell())
        return twin

    UploadedFile.__deepcopy__ = deepcopy_sharing_bytes


share_uploaded_bytes()


def uploader_key() -> str:
    """The file uploader's key: ``imp_file``, and a new one each time an imported file is let go of.

    Only the frontend can empty an uploader, so after an import the page draws a fresh one under a new
    key (see ``finish_import``): the file's bytes, its text table and the mapping form are then gone.
    """
    done = st.session_state.get(UPLOADER_ROUND_KEY, 0)
    return f"imp_file_{done}" if done else "imp_file"


def last_import() -> ImportDone | None:
    return st.session_state.get(LAST_IMPORT_KEY)


def finish_import(upload, digest: str, name: str, result: importer.ImportResult, mapping: importer.Mapping) -> None:
    """Remember the import's report; once rows are accepted, let go of the file and its whole-file copies.

    The accepted rows are in ``add_upload`` by now. Keeping the file on the uploader would keep its
    bytes (62 MB at 1M rows), the text table behind the preview (every row again) and the mapping form
    and preview on every later rerun, so all are dropped and the page reruns with an empty uploader and
    this report. A file with nothing accepted stays, so the user can correct the mapping and try again.
    """
    released = bool(result.accepted)
    st.session_state[LAST_IMPORT_KEY] = ImportDone(digest, name, result, mapping, released)
    if not released:
        return
    forget_upload_table()
    st.session_state.pop("_upload_digests", None)
    _drop_uploaded_file(upload.file_id)
    st.session_state[UPLOADER_ROUND_KEY] = st.session_state.get(UPLOADER_ROUND_KEY, 0) + 1
    st.rerun()


def _drop_uploaded_file(file_id: str) -> None:
    """Free the bytes Streamlit keeps for this session's file (it keeps them until the session ends otherwise).

    Streamlit's own chat input does the same once it has read a file; only this session's file is touched.
    """
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    remove = getattr(getattr(ctx, "uploaded_file_mgr", None), "remove_file", None)
    if ctx is not None and remove is not None:
        remove(ctx.session_id, file_id)


def forget_import(label: str) -> None:
    """The upload ``label`` was removed: drop its report and cached import (they can hold a million rows)."""
    last = last_import()
    if last is not None and last.name == label:
        st.session_state.pop(LAST_IMPORT_KEY, None)
    if any(key[1] == label for key in st.session_state.get(IMPORT_CACHE_KEY, {})):
        st.session_state.pop(IMPORT_CACHE_KEY, None)


def import_done_report(done: ImportDone, on_uploader: bool = False) -> None:
    """An import's report, its notes and its save section: on the page until the upload is removed.

    ``on_uploader``: the same file is on the uploader again (to import it with other choices), so the
    note that it was let go of would be wrong.
    """
    if done.released and not on_uploader:
        st.info(tr("imp.released", file=importer.escape_markdown(done.name)))
    import_report(done.result, done.name, done.notes)
    notes = done.notes.get(lang())
    if notes is None:  # issue 15: no-figure rows, places, dates (counting places scans every row: once)
        notes = done.notes[lang()] = upload_preview_view.import_notes(done.result, done.mapping, lang())
    for note in notes:
        st.info(note)
    save_import_section(done.digest, done.name, done.result, done.mapping)  # keep it under a private link


def max_upload_mb() -> int:
    """The upload limit set in .streamlit/config.toml (server.maxUploadSize), in MB."""
    return int(st.get_option("server.maxUploadSize"))


def upload_digest(upload) -> str:
    """The content hash of an uploaded file, computed once per upload rather than on every rerun."""
    digests = st.session_state.setdefault("_upload_digests", {})
    if upload.file_id not in digests:
        digests.clear()  # only the file on screen matters
        digests[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
    return digests[upload.file_id]


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def _inspect(digest: str, file_name: str, max_bytes: int, _data: bytes) -> importer.Inspection:
    # Keyed by the content hash: hashing the bytes or a DataFrame on every rerun would cost more than the read.
    return importer.inspect(_data, file_name, max_bytes)


def inspect_upload(data: bytes, digest: str, file_name: str) -> importer.Inspection:
    """Encoding, separator, headers, a text sample and the guessed mapping; raises ``importer.ImportError_``."""
    return _inspect(digest, file_name, max_upload_mb() * 1_000_000, data)


def import_upload(data: bytes, digest: str, file_name: str, mapping: importer.Mapping) -> importer.ImportResult:
    """Read, map and validate the whole file once per (content, mapping), with a progress bar.

    The result is kept in this session only (it holds the user's rows), so a
    rerun or a second click never reads the file again.
    """
    key = (digest, file_name, mapping)
    cache = st.session_state.setdefault(IMPORT_CACHE_KEY, {})
    if key not in cache:
        label = tr("imp.reading", file=file_name)
        bar = st.progress(0.0, text=label)
        try:
            result = importer.import_csv(
                data,
                file_name,
                mapping,
                max_upload_mb() * 1_000_000,
                progress=lambda done: bar.progress(min(max(done, 0.0), 1.0), text=label),
            )
        finally:
            bar.empty()
        cache.clear()
        cache[key] = result
    return cache[key]


# ---------- issue 15: the whole upload for the guess and the preview ----------
UPLOAD_TABLE_KEY = "_upload_table"  # {content hash: RawTable}, this session, newest file only
UPLOAD_STATS_KEY = "_upload_stats"  # {(hash, what the stats depend on): PayStats | GuessView}, newest only
UPLOAD_PREVIEWS_KEY = "_upload_previews"  # {(hash, Mapping, name, language): Preview}, the last few choices


def upload_table(data: bytes, digest: str, file_name: str) -> importer.RawTable:
    """Every row of the upload as text, read once per file: the guess and the preview judge the whole file."""
    cache = st.session_state.setdefault(UPLOAD_TABLE_KEY, {})
    if digest not in cache:
        cache.clear()
        cache[digest] = importer.read_table(data, file_name, max_bytes=max_upload_mb() * 1_000_000)
    return cache[digest]


def forget_upload_table() -> None:
    """Drop the whole-file copy and its stats once no file is on the uploader (it can hold a million rows)."""
    st.session_state.pop(UPLOAD_TABLE_KEY, None)
    st.session_state.pop(UPLOAD_STATS_KEY, None)
    st.session_state.pop(UPLOAD_PREVIEWS_KEY, None)


def _kept(key: tuple, make, where: str = UPLOAD_STATS_KEY):
    cache = st.session_state.setdefault(where, {})
    if key not in cache:
        if len(cache) > 8:
            cache.clear()
        cache[key] = make()
    return cache[key]


def upload_guess(digest: str, raw: importer.RawTable, columns: dict[str, str]) -> upload_preview_view.GuessView:
    """Currency and period guessed from the mapped pay columns, with the reasons in the reader's language."""
    key = ("guess", digest, tuple(sorted((k, v) for k, v in columns.items() if v)), lang())
    return _kept(key, lambda: upload_preview_view.guess_upload(raw.frame, columns, lang()))


def upload_preview(digest: str, raw: importer.RawTable, mapping: importer.Mapping, file_name: str):
    """The first rows as the import will read them and the whole pay column; its numbers kept across period changes."""
    stats = _kept(
        ("stats", digest, upload_preview_view.stats_key(mapping)),
        lambda: upload_preview_view.pay_stats(raw.frame, mapping),
    )
    return _kept(
        ("preview", digest, mapping, file_name, lang()),  # the first rows run through the import: once per choice
        lambda: upload_preview_view.import_preview(raw, mapping, file_name, lang(), stats),
        UPLOAD_PREVIEWS_KEY,
    )


# ---------- language and display settings ----------
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


def _browser_language() -> str:
    try:
        locale = st.context.locale or ""
    except Exception:  # older runtimes or bare scripts have no browser context
        locale = ""
    return "id" if locale.lower().startswith("id") else "en"


def render_settings() -> Display:
    """Sidebar: language, display currency/period, conversion assumptions; all kept in the URL.

    Called by ``app.py`` on every run, so the widgets keep their state across
    pages and the URL is rewritten after a page switch clears it.
    """
    state = st.session_state
    sb = st.sidebar
    language = url_radio(
        f"{t('settings.language', 'id')} / {t('settings.language', 'en')}",
        "lang",
        LANGUAGES,
        _browser_language(),
        format_func=LANGUAGE_NAMES.get,
        where=sb,
        horizontal=True,
    )
    if state.get("_labels_lang", language) != language:
        _relabel_choice_widgets()
    state._labels_lang = language
    bundled_data_or_stop()  # a broken bundled file: say where, in the chosen language, instead of a traceback
    sb.subheader(tr("settings.display"))
    # Until the reader picks, pay shows as published (Rupiah per month; US pages in dollars per hour), in either
    # language; the link carries cur/per only once they differ from that, so "as published" survives a shared link.
    currency = url_selectbox(
        tr("settings.currency"),
        "cur",
        DISPLAY_CURRENCIES,
        DEFAULT_CURRENCY,
        format_func=label_func("currency"),
        where=sb,
        omit_default=True,
    )
    url_selectbox(
        tr("settings.period"),
        "per",
        PERIODIC,
        default_period(currency),
        format_func=label_func("period"),
        where=sb,
        omit_default=True,
    )
    conversion = sb.expander(tr("settings.conversion"), key="settings_conversion", on_change="rerun")
    kept = state.setdefault(CONVERSION_KEPT_KEY, {})
    if not conversion.open:  # its widgets are not built: the values live on in ``kept`` and in the link
        _keep_conversion(kept)
        return display()
    with conversion:
        for key, value in kept.items():  # the values of the runs it was closed, before its widgets are made
            if key not in state:
                state[key] = value
        # Assumptions go into the link only when they differ from the defaults, so ordinary links stay short.
        hours = Hours(
            url_number(tr("settings.hours_per_week"), "hpw", 40.0, 1, 100, step=1.0, omit_default=True),
            url_number(tr("settings.weeks_per_year"), "wpy", 52.0, 1, 53, step=1.0, omit_default=True),
        )
        st.caption(format_hours(hours, language))
        if "own_rate" not in state:
            state.own_rate = (
                url_state.read_number("rate", st.query_params.get("rate"), None, 1000, 100000)[0] is not None
            )
        use_custom = st.checkbox(tr("settings.custom_rate"), key="own_rate")
        url_number(tr("settings.custom_rate_value"), "rate", 16000.0, 1000, 100000, step=10.0, disabled=not use_custom)
        if not use_custom:
            _publish("rate", None, None, omit_default=True)
        st.caption(tr("settings.rate_help", year=view(money_rules.latest_rate_year, exchange_rates())))
        kept.update({key: state[key] for key in CONVERSION_DEFAULTS})
    return display()


CONVERSION_KEPT_KEY = (
    "_conversion"  # {hpw, wpy, own_rate, rate}: the sidebar's assumptions while their expander is shut
)
CONVERSION_DEFAULTS = {
    "hpw": (40.0, 1.0, 100.0),
    "wpy": (52.0, 1.0, 53.0),
    "own_rate": None,
    "rate": (16000.0, 1000.0, 1e5),
}


def _keep_conversion(kept: dict) -> None:
    """The conversion assumptions while their expander is closed (its four widgets are then not built).

    A widget that is not drawn loses its state at the end of the run, so the values are kept in
    ``kept``: read from the link once, checked like the widgets would (a refused value gets its
    notice), and written back to the link every run, as the widgets do.
    """
    labels = {"hpw": "settings.hours_per_week", "wpy": "settings.weeks_per_year", "rate": "settings.custom_rate_value"}
    state = st.session_state
    for key, bounds in CONVERSION_DEFAULTS.items():
        if key in kept:
            continue
        if key in state:  # the widget's value from the last run it was drawn
            kept[key] = state[key]
        elif key == "own_rate":
            kept[key] = url_state.read_number("rate", st.query_params.get("rate"), None, 1000, 100000)[0] is not None
        else:
            value, refusal = url_state.read_number(key, st.query_params.get(key), *bounds)
            if refusal is not None:
                state.setdefault(NOTICES_KEY, []).append(url_state.describe_refusal(refusal, tr(labels[key]), lang()))
            kept[key] = value
    _publish("hpw", kept["hpw"], 40.0, omit_default=True)
    _publish("wpy", kept["wpy"], 52.0, omit_default=True)
    _publish("rate", kept["rate"] if kept["own_rate"] else None, None, omit_default=True)


def _relabel_choice_widgets() -> None:
    """After a language switch, make choice widgets show their options in the new language.

    A keyed selectbox or multiselect keeps its identity when only its option
    labels change, and the browser goes on showing the old language's label.
    Writing each choice value back into Session State marks it changed, so
    Streamlit sends the value, newly labelled, to the browser. Only plain text
    values (choices, texts) are touched: buttons, uploads and editors may not
    be written to.
    """
    state = st.session_state
    for key in list(state.keys()):
        value = state[key]
        is_text_list = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        if (
            isinstance(key, str)
            and not key.startswith("_")
            and key != "lang"
            and (isinstance(value, str) or is_text_list)
        ):
            state[key] = value


DEFAULT_CURRENCY = "IDR"


def default_period(currency: str) -> str:
    return "month" if currency == "IDR" else "hour"


def display(country: str | None = None) -> Display:
    """The current settings (defaults when a page runs without ``app.py``, as in some tests).

    With ``country``, a page about that country's pay gets its published units until the reader picks others.
    """
    s = st.session_state
    currency = s.get("cur", DEFAULT_CURRENCY)
    period = s.get("per", default_period(currency))
    kept = s.get(CONVERSION_KEPT_KEY, {})  # the sidebar's assumptions while their expander is closed

    def setting(key, default=None):
        return s[key] if key in s else kept.get(key, default)

    d = Display(
        lang=s.get("lang", "en"),
        currency=currency,
        period=period,
        hours=Hours(float(setting("hpw", 40.0)), float(setting("wpy", 52.0))),
        custom_rate=float(setting("rate")) if setting("own_rate") and setting("rate") else None,
        picked=(currency, period) != (DEFAULT_CURRENCY, default_period(DEFAULT_CURRENCY)),
    )
    return money_rules.as_published(d, country) if country else d


def money(amount: float | None, currency: str | None = None, period: str | None = None, compact: bool = False) -> str:
    d = display()
    return format_money(amount, currency or d.currency, d.lang, period, compact)


def conversion_note(converted: pd.DataFrame) -> str:
    """The rate(s), year(s) and hours behind a converted table, for a caption under it."""
    return money_rules.conversion_note(converted, display(), exchange_rates())


# ---------- URL state: a widget's key is its query-parameter name ----------
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
    value = getattr(where, widget)(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value, default, omit_default)
    return value


def url_selectbox(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.selectbox`` whose value lives in the link under ``key``; an unknown option falls back to ``default``."""
    return _url_choice("selectbox", label, key, options, default, format_func, where, omit_default, **kwargs)


def url_radio(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.radio`` backed by the link, like ``url_selectbox``."""
    return _url_choice("radio", label, key, options, default, format_func, where, omit_default, **kwargs)


def url_multiselect(label, key, options, default, *, format_func=None, where=st, **kwargs):
    """``st.multiselect`` backed by a comma-separated link value; unknown entries are dropped with a notice."""
    options = list(options)
    _bind(
        key,
        label,
        lambda raw: url_state.read_choices(key, raw, options, default, _shown(format_func)),
        lambda v: isinstance(v, list) and all(x in options for x in v),
    )
    value = where.multiselect(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value)
    return value


def url_number(label, key, default, low, high, *, step=None, integer=False, where=st, omit_default=False, **kwargs):
    """``st.number_input`` backed by the link; text, ``nan``, ``inf`` or values outside [low, high] fall back."""
    if integer:
        default, low, high = int(default), None if low is None else int(low), None if high is None else int(high)
        step = int(step or 1)
    else:
        default, low, high = float(default), None if low is None else float(low), None if high is None else float(high)
        step = float(step) if step is not None else None

    def fits(v):
        return isinstance(v, (int, float)) and (low is None or v >= low) and (high is None or v <= high)

    _bind(key, label, lambda raw: url_state.read_number(key, raw, default, low, high, integer), fits)
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
    """``st.text_input`` backed by the link; longer text than ``max_chars`` falls back."""
    _bind(
        key,
        label,
        lambda raw: url_state.read_text(key, raw, default, max_chars),
        lambda v: isinstance(v, str) and len(v) <= max_chars,
    )
    value = where.text_input(label, key=key, max_chars=max_chars, **kwargs)
    _publish(key, value, default, omit_default=True)
    return value


def url_date(label, key, default, low, high, *, where=st, **kwargs):
    """``st.date_input`` backed by the link as an ISO date within [low, high]."""
    _bind(
        key,
        label,
        lambda raw: url_state.read_date(key, raw, default, low, high),
        lambda v: isinstance(v, dt.date) and low <= v <= high,
    )
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
    """
    return where.expander(label, key=key, on_change="rerun", **kwargs)


def _tab_opened(key: str, widget_key: str, ids_by_label: dict[str, str]) -> None:
    """The reader opened another tab: its id becomes the page's state (and so the link's)."""
    state = st.session_state
    state[key] = ids_by_label.get(state.get(widget_key), state.get(key))


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


# ---------- shared widgets ----------
def show_problems(problems: list[Problem], limit: int = 50) -> None:
    """List validation problems as plain text (never HTML), one per line."""
    lines = [describe_problem(p, lang()) for p in problems[:limit]]
    st.dataframe(pd.DataFrame({"": lines}), hide_index=True, width="stretch")


def sources_caption(rows: pd.DataFrame) -> None:
    """Which sources and years the figures on screen come from (worked out once per rows, through ``view``)."""
    st.caption(tr("common.figures_from", sources=view(_source_names, rows, tr("common.year_not_stated"))))


def _source_names(rows: pd.DataFrame, not_stated: str) -> str:
    """Each (source, year) once, in the order the rows name them; the pairs are de-duplicated in pandas
    first, so a million imported rows cost one vectorised pass, not a Python loop over every row."""
    pairs = rows[["source_title", "year"]].drop_duplicates()
    years = pairs["year"].astype("string").fillna("")
    return "; ".join(
        dict.fromkeys(f"{title} ({year or not_stated})" for title, year in zip(pairs["source_title"], years))
    )


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
    return True


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def card_text(key: str) -> str:
    """A home-page card's heading (``key.title``) and text (``key.body``) as one Markdown element."""
    return f"### {tr(key + '.title')}\n\n{tr(key + '.body')}"


def bullets(lines: list[str]) -> str:
    """Lines (already safe as Markdown) as one Markdown bullet list: one element instead of one a line."""
    return "\n".join(f"- {line}" for line in lines)


def download_buttons(
    frame: pd.DataFrame, stem: str, names: dict, key: str, *, lazy: bool = False, excel: bool = True, where=st
) -> None:
    """CSV (UTF-8 with BOM) and Excel downloads of ``frame``, formula-safe, named after what they hold.

    ``lazy`` builds the file only when clicked: a million-row CSV is not made on every rerun.
    """
    # Built once per content (view), not on every rerun: an Excel file takes ~50 ms to write.
    csv_data = partial(export.to_csv_bytes, frame) if lazy else view(export.to_csv_bytes, frame)
    left = right = where.container(horizontal=True)  # one block for both buttons, not three columns
    left.download_button(
        tr("common.download_csv"),
        data=csv_data,
        file_name=export.export_file_name(stem, names, "csv"),
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )
    if excel:
        xlsx_data = partial(export.to_xlsx_bytes, frame, stem) if lazy else view(export.to_xlsx_bytes, frame, stem)
        right.download_button(
            tr("common.download_xlsx"),
            data=xlsx_data,
            file_name=export.export_file_name(stem, names, "xlsx"),
            mime=XLSX_MIME,
            key=f"{key}_xlsx",
            icon=":material/download:",
            on_click="ignore",
        )


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


def display_rate():
    """The exchange rate for converting a whole table in display units: the user's own, else the latest annual."""
    return view(money_rules.pick_rate, exchange_rates(), None, display().custom_rate)


def show_messages(messages) -> None:
    """Messages from a pure transition (``bands.state.Message``): success/info/error with optional detail lines."""
    for message in messages:
        getattr(st, message.kind)(message.text)
        if message.details:
            st.dataframe(pd.DataFrame({"": list(message.details)}), hide_index=True, width="stretch")


def band_editor(ladder) -> pd.DataFrame:
    """The ladder's table in an editable grid; a new ``ladder.version`` gives the editor a clean start.

    The grid hands back a new frame every run; it is the base with the editor's edits applied, so it is
    keyed by those two (views downstream then skip a digest of the frame: a fifth of a bands-page run).
    """
    number = st.column_config.NumberColumn
    edited = st.data_editor(
        view(band_states.editor_frame, ladder.base),
        key=ladder.editor_key,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_order=("level", "band_min", "band_mid", "band_max", "note"),
        column_config={
            "level": st.column_config.SelectboxColumn(
                tr("common.level"), options=BAND_LEVELS, format_func=label_func("level"), required=True
            ),
            "band_min": number(tr("band.col.min"), min_value=0.0, format="localized"),
            "band_mid": number(tr("band.col.mid"), min_value=0.0, format="localized"),
            "band_max": number(tr("band.col.max"), min_value=0.0, format="localized"),
            "note": st.column_config.TextColumn(tr("band.col.note")),
        },
    )
    _remember(edited, ("edited", _token(ladder.base), repr(st.session_state.get(ladder.editor_key))))
    return edited


BAND_QUICK_KEYS = ("band_method", "band_anchor_mode", "band_anchor_level", "band_spread", "band_position")


def keep_band_quick_choices() -> None:
    """While the quick-set form's expander is shut its widgets are not built, and Streamlit would drop their
    values at the end of the run: the chosen method (which a saved band set records) and options would be lost.
    Re-setting each to itself keeps it (Streamlit's own idiom); done only in runs without the widgets, so a
    widget built later with a default does not meet a value set in the same run."""
    state = st.session_state
    for key in BAND_QUICK_KEYS:
        if key in state:
            state[key] = state[key]


def band_quick_form(reference: str) -> dict | None:
    """The quick-set form of the bands page; the chosen method and its options once submitted, else None."""
    with st.form("band_quick"):
        method = st.radio(
            tr("band.quick.method"),
            QUICK_METHODS,
            format_func=label_func("band.method"),
            captions=[tr(f"band.help.{m}") for m in QUICK_METHODS],
            key="band_method",
        )
        a1, a2 = st.columns(2)
        anchor_mode = a1.selectbox(
            tr("band.quick.anchor_mode", reference=reference),
            ANCHOR_MODES,
            format_func=label_func("band.anchor"),
            key="band_anchor_mode",
        )
        anchor_level = a2.selectbox(
            tr("band.quick.anchor_level"),
            BAND_LEVELS,
            index=1,
            format_func=label_func("level"),
            key="band_anchor_level",
        )
        s1, s2 = st.columns(2)
        spread = s1.number_input(tr("band.quick.spread"), 0.0, 500.0, 50.0, 5.0, key="band_spread")
        position = s2.number_input(tr("band.quick.position"), 1.0, 300.0, 100.0, 5.0, key="band_position")
        if not st.form_submit_button(tr("band.quick.apply"), type="primary"):
            return None
    return {
        "method": method,
        "anchor_level": anchor_level,
        "anchor_mode": anchor_mode,
        "spread": spread / 100,
        "position": position / 100,
    }


# ---------- team pay check: the roster (this session only) ----------
ROSTER_CACHE_KEY = "team_roster_cache"  # {(content hash, mapping): RosterResult}, newest only


def file_digest(upload, slot: str) -> str:
    """The content hash of an uploaded file, once per upload; ``slot`` keeps two uploaders on a page apart."""
    digests = st.session_state.setdefault(f"_digests_{slot}", {})
    if upload.file_id not in digests:
        digests.clear()
        digests[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
    return digests[upload.file_id]


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def _inspect_roster(digest: str, file_name: str, max_bytes: int, _data: bytes) -> roster.RosterInspection:
    return roster.inspect_roster(_data, file_name, max_bytes)


def inspect_roster_upload(upload) -> tuple[str, str, roster.RosterInspection]:
    """(content hash, clean name, headers + guesses) of an uploaded roster; raises ``importer.ImportError_``."""
    digest = file_digest(upload, "roster")
    name = importer.clean_file_name(upload.name)
    return digest, name, _inspect_roster(digest, name, max_upload_mb() * 1_000_000, upload.getvalue())


def read_roster_upload(upload, digest: str, name: str, mapping: roster.RosterMapping) -> roster.RosterResult:
    """The whole roster read once per (content, mapping) and kept in this session only (it holds people's pay)."""
    key = (digest, name, mapping)
    cache = st.session_state.setdefault(ROSTER_CACHE_KEY, {})
    if key not in cache:
        result = roster.read_roster(upload.getvalue(), name, mapping, max_upload_mb() * 1_000_000)
        cache.clear()
        cache[key] = result
    return cache[key]


def roster_from_upload(upload) -> roster.RosterResult | None:
    """The uploaded roster: file facts, the (correctable) column mapping, the row report.

    A file that cannot be read, or a roster with no usable row, is explained in the reader's language
    and gives None; nothing else in the session is touched.
    """
    try:
        digest, name, inspection = inspect_roster_upload(upload)
        st.caption(
            tr(
                "team.file_info",
                file=importer.escape_markdown(name),
                encoding=inspection.encoding,
                n=len(inspection.headers),
            )
        )
        complete = all(inspection.guess.get(f) for f in ("pay", "level", "region"))
        with st.expander(tr("team.mapping"), expanded=not complete):
            st.caption(tr("team.mapping_help"))
            mapping = roster_mapping_form(inspection, digest[:12])
        result = read_roster_upload(upload, digest, name, mapping)
    except importer.ImportError_ as err:
        st.error(tr("team.bad_file", message=describe_problem(importer.inert(err.problem), lang())))
        return None
    counts = {k: number(getattr(result, k), lang()) for k in ("rows_read", "accepted", "rejected")}
    report = tr("team.report", file=importer.escape_markdown(name), **counts)
    (st.warning if result.rejected else st.success)(report)
    if result.problems:
        with st.expander(tr("team.rejected_title"), expanded=not result.accepted):
            show_problems(result.problems, limit=500)
    if not result.accepted:
        st.error(tr("team.no_rows_left"))
        return None
    save_roster_section(result, digest)
    return result


SAVED_ROSTER_KEY = "_tm_saved"  # (token, saved_roster.SavedRoster) opened or saved in this session


def saved_roster_from_link() -> roster.RosterResult | None:
    """A roster saved earlier, opened by its private link (``?tmr=``); None without a link or when it
    does not open (the reason is shown). "Use another roster" takes the link out of the address."""
    token, state = link_token("roster"), st.session_state
    if not token:
        return None
    _show_flash("_tm_flash")
    cached = state.get(SAVED_ROSTER_KEY)
    opened = cached[1] if cached and cached[0] == token else stored(saved_roster.open_saved, store(), token)
    if opened is not None:
        state[SAVED_ROSTER_KEY] = (token, opened)
        remember("roster", token, opened.result.file_name)
        name, when = _md(opened.result.file_name), opened.saved_at.replace("T", " ").rstrip("Z")
        counts = {k: number(getattr(opened.result, k), lang()) for k in ("rows_read", "accepted", "rejected")}
        st.success(tr("team.saved.opened", name=name, when=when, **counts))
        show_link("roster", token)
    if st.button(tr("team.saved.other"), key="tm_other"):  # also the way out of a wrong link
        set_link("roster", None)
        state.pop(SAVED_ROSTER_KEY, None)
        st.rerun()
    return opened.result if opened is not None else None


def save_roster_section(result: roster.RosterResult, digest: str) -> None:
    """Keep the roster beyond this session: saved under a private link, only when the user asks."""
    cached = st.session_state.get(SAVED_ROSTER_KEY)
    if cached and cached[1].file_hash == digest and cached[1].result.mapping == result.mapping:
        show_link("roster", cached[0])
        return
    st.caption(tr("team.saved.help", mb=max_saved_mb()))
    if st.button(tr("team.saved.save"), key="tm_save"):
        done = stored(saved_roster.save, store(), result, digest, max_bytes=store_settings().max_item_bytes)
        opened = stored(saved_roster.open_saved, store(), done.token) if done is not None else None
        if opened is not None:
            st.session_state[SAVED_ROSTER_KEY] = (done.token, opened)
            _flash("_tm_flash", "success", tr("team.saved.saved", name=_md(result.file_name)))
            set_link("roster", done.token)  # the address bar is now the private link; the page reopens from it
            st.rerun()


def band_set_from_file(upload) -> tuple[pd.DataFrame, str] | None:
    """A band file exported from the bands page, or None with the problems listed."""
    table, problems = band_files.read_band_file(upload.name, upload.getvalue())
    if problems:
        st.error(tr("team.bands.bad_file"))
        show_problems(problems)
        return None
    return table, importer.clean_file_name(upload.name)


def session_bands() -> pd.DataFrame:
    """The ladder on the bands page in this session, or the one that page starts with."""
    ladder = st.session_state.get("band_ladder")  # bands.state.Ladder, kept by the bands page
    if ladder is not None:
        return ladder.current
    return view(team.default_bands, salary_ranges(), exchange_rates())  # ~60 ms to build: once, not every run


def column_pickers(
    fields, headers, guess: dict, label_prefix: str, key_prefix: str, digest: str, none_label: str
) -> dict[str, str]:
    """A grid of selectboxes, one per field, holding the guessed column of the file (or none), to correct.

    Keys end with the file's content hash, so another file starts again from its own guesses.
    """
    options = ["", *headers]
    grid = st.columns(3)
    return {
        fld: grid[i % 3].selectbox(
            tr(f"{label_prefix}.{fld}"),
            options,
            index=options.index(guess.get(fld) or ""),
            key=f"{key_prefix}_{fld}_{digest}",
            format_func=lambda c, none=none_label: c or none,
        )
        for i, fld in enumerate(fields)
    }


def roster_mapping_form(inspection: roster.RosterInspection, digest: str) -> roster.RosterMapping:
    """Selectboxes holding the guessed column of each roster field, and the whole-file values, to correct."""
    columns = column_pickers(
        roster.FORM_FIELDS, inspection.headers, inspection.guess, "team.field", "tm_map", digest, tr("team.none_column")
    )
    c1, c2, c3 = st.columns(3)
    currency = c1.selectbox(
        tr("team.file_currency"),
        DISPLAY_CURRENCIES,
        index=DISPLAY_CURRENCIES.index(inspection.currency_guess or "IDR"),
        key=f"tm_cur_{digest}",
        format_func=label_func("currency"),
        disabled=bool(columns["currency"]),
    )
    period = c2.selectbox(
        tr("team.file_period"),
        PERIODIC,
        index=PERIODIC.index(inspection.period_guess or "month"),
        key=f"tm_per_{digest}",
        format_func=label_func("period"),
        disabled=bool(columns["pay_period"]),
    )
    region = c3.text_input(tr("team.file_region"), "", max_chars=60, key=f"tm_reg_{digest}")
    codes: dict[str, str] = {}
    unknown = roster.unknown_levels(inspection.sample, columns["level"])
    if unknown:
        st.caption(tr("team.levels_help"))
        grid = st.columns(4)
        for i, value in enumerate(unknown):
            codes[value] = grid[i % 4].selectbox(
                importer.escape_markdown(value),
                LEVELS,
                index=LEVELS.index("unspecified"),
                key=f"tm_lv_{digest}_{i}",
                format_func=label_func("team.level"),
            )
    return roster.RosterMapping.build(columns, currency=currency, pay_period=period, region=region, level_codes=codes)


def number_table(df: pd.DataFrame) -> None:
    """A sortable table: decimal columns with the browser's separators, ratios as the frame's
    ``attrs["formats"]`` says (``%.2f``: a compa-ratio of 1 reads 1.00)."""
    formats = df.attrs.get("formats", {})
    config = {
        c: st.column_config.NumberColumn(c, format=formats.get(c, "localized"))
        for c in df.columns
        if pd.api.types.is_float_dtype(df[c])
    }
    st.dataframe(df, hide_index=True, width="stretch", column_config=config)


# ---------- saved work (issue 12): the store, private links, recent items ----------
# A saved item opens by a private link: the page's URL plus ``?bset=<token>`` (band sets) or
# ``?dset=<token>`` (datasets). The "recent" list lives in this browser tab's session only
# (st.session_state): nothing about other people's items is ever listed.
RECENT_KEY = "_saved_recent"  # [(kind, token, name)], newest first, this session only
RECENT_MAX = 10
LINK_KEYS = {"band_set": "bset", "dataset": "dset", "roster": "tmr"}
LINK_PAGES = {"band_set": "pages/bands.py", "dataset": "pages/upload.py", "roster": "pages/team.py"}


def store_settings() -> storage.Settings:
    """Where the store is: env ``SALARY_EXPLORER_DB_URL``, else ``[storage]`` in secrets.toml, else ./.data/.

    Asked on every run of the pages that save; worked out once per process and environment value
    (looking for secrets.toml and copying it cost ~0.3 ms a run). A changed secrets.toml takes a restart,
    as the store's engine, made once per URL, would anyway.
    """
    return _store_settings(os.environ.get(storage.ENV_URL), os.environ.get(storage.ENV_MAX_MB))


@functools.lru_cache(maxsize=8)
def _store_settings(env_url: str | None, env_mb: str | None) -> storage.Settings:
    try:
        secrets = st.secrets.to_dict()
    except Exception:  # no secrets.toml (the usual case): the defaults apply
        secrets = {}
    env = {k: v for k, v in ((storage.ENV_URL, env_url), (storage.ENV_MAX_MB, env_mb)) if v is not None}
    return storage.settings(env, secrets)


@st.cache_resource(show_spinner=False)
def _engine(url: str):
    engine = storage.make_engine(url)
    storage.migrate(engine)
    return engine


def store():
    """The process's engine (schema created or migrated on first use)."""
    return _engine(store_settings().url)


def max_saved_mb() -> float:
    return round(store_settings().max_item_bytes / 1024 / 1024, 1)


def stored(action, *args, **kwargs):
    """Run a storage call; any failure becomes one translated message (never a traceback), and None."""
    try:
        return action(*args, **kwargs)
    except storage.TooLarge as err:
        st.error(tr("storage.too_large", size=_mb(err.size), limit=_mb(err.limit)))
    except storage.NotFound:
        st.error(tr("storage.not_found"))
    except storage.Conflict as err:
        st.error(tr("storage.conflict", base=err.base_version, current=err.current_version))
    except Exception:  # database down, network, disk full: the page keeps what it shows
        st.error(tr("storage.failed"))
    return None


def _mb(size: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(size / 1024 / 1024, format="#,##0.#", locale={"id": "id_ID"}.get(lang(), "en_US"))


def _md(text: str) -> str:
    """A saved item's name inside a markdown message: shown as typed, never as a link or emphasis."""
    return importer.escape_markdown(text)


def _deleted(delete, token: str) -> bool:
    delete(store(), token)
    return True


def remember(kind: str, token: str, name: str) -> None:
    recent = [r for r in st.session_state.get(RECENT_KEY, []) if r[1] != token]
    st.session_state[RECENT_KEY] = [(kind, token, name), *recent][:RECENT_MAX]


def forget_item(token: str) -> None:
    st.session_state[RECENT_KEY] = [r for r in st.session_state.get(RECENT_KEY, []) if r[1] != token]


def link_token(kind: str) -> str | None:
    return st.query_params.get(LINK_KEYS[kind])


def set_link(kind: str, token: str | None) -> None:
    """Put an item's token into the page URL (so the address bar is the private link) or take it out."""
    if token:
        st.query_params[LINK_KEYS[kind]] = token
    else:
        st.query_params.pop(LINK_KEYS[kind], None)


def item_link(kind: str, token: str) -> str:
    """The full private link (this page's address with only the token)."""
    url = str(getattr(st.context, "url", "") or "")
    base = url.split("?", 1)[0].split("#", 1)[0]
    return f"{base}?{LINK_KEYS[kind]}={token}"


def show_link(kind: str, token: str, where=st) -> None:
    where.caption(tr("storage.link") + " — " + tr("storage.link_help"))
    where.code(item_link(kind, token), language=None)


def recent_items(kind: str, where=st) -> None:
    """This session's saved or opened items of one kind, as links to their page."""
    mine = [r for r in st.session_state.get(RECENT_KEY, []) if r[0] == kind]
    if not mine:
        return
    where.markdown(f"**{tr('storage.recent')}**")
    where.caption(tr("storage.recent_help"))
    for _, token, name in mine:
        where.page_link(LINK_PAGES[kind], label=importer.escape_markdown(name), query_params={LINK_KEYS[kind]: token})


def _flash(key: str, kind: str, text: str) -> None:
    st.session_state[key] = (kind, text)


def _show_flash(key: str) -> None:
    if key in st.session_state:
        kind, text = st.session_state.pop(key)
        getattr(st, kind)(text)


# ---- band sets (bands page) ----
BSET_KEY = "bset_current"  # the sets.BandSet this page's ladder is based on (its token and version)


def open_band_set_from_link() -> None:
    """Top of the bands page, before its widgets: a ``?bset=`` link opens its set, once per token.

    The set's market, industry, province and overlap limit go into the page's link-backed
    widgets (``bc bi bp bo``), its method into the quick-set form, its ladder into the editor.
    A wrong or altered link says "not found" on every run while it is in the address bar;
    nothing on the page is lost.
    """
    token, state = link_token("band_set"), st.session_state
    current = state.get(BSET_KEY)
    if not token or (current is not None and current.token == token):
        return
    if state.get("_bset_bad") == token:
        st.error(tr("storage.not_found"))
        return
    try:
        opened = sets.open_set(store(), token)
    except storage.NotFound:
        state["_bset_bad"] = token
        st.error(tr("storage.not_found"))
        return
    except Exception:
        st.error(tr("storage.failed"))
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
BSET_KEPT = ("bset_name", "bset_notes")  # its choices, kept while it is shut


def band_sets_panel():
    """The bands page's save-and-open section, a lazy expander: shut, its dozen widgets and elements are
    not built (a fifth of a bands-page run); it opens by itself once the page is based on a saved set."""
    state = st.session_state
    if state.pop("_bset_open_next", False):
        state[BSET_PANEL_KEY] = True
    panel = lazy_expander(tr("bset.title"), BSET_PANEL_KEY)
    if not panel.open:
        for key in BSET_KEPT:  # as keep_band_quick_choices: Streamlit would drop the values of unbuilt widgets
            if key in state:
                state[key] = state[key]
    return panel


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
        tr("bset.name"), key="bset_name", max_chars=storage.NAME_MAX, placeholder=tr("bset.default_name")
    )
    notes = c2.text_area(tr("bset.notes"), key="bset_notes", max_chars=sets.NOTES_MAX, height=68)
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
    with st.expander(tr("bset.delete")):
        sure = st.checkbox(tr("bset.delete_confirm"), key="bset_delete_sure")
        if st.button(tr("bset.delete"), key="bset_delete", disabled=not sure):
            if not stored(_deleted, sets.delete, based.token):
                return
            forget_item(based.token)
            state.pop(BSET_KEY, None)
            set_link("band_set", None)
            _flash("_bset_flash", "info", tr("bset.deleted"))
            st.rerun()
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


# ---- saved imports (import page) ----
DSET_KEY = "dset_opened"  # the saved.SavedImport opened by this tab's ?dset= link


def saved_import_from_link():
    """Top of the import page: a ``?dset=`` link reopens its dataset once; its rows join every page."""
    _show_flash("_dset_flash")
    token, state = link_token("dataset"), st.session_state
    if not token:
        return None
    opened = state.get(DSET_KEY)
    if opened is not None and opened.token == token:
        return opened
    if state.get("_dset_bad") == token:
        st.error(tr("storage.not_found"))
        return None
    try:
        opened = saved.open_saved(store(), token)
    except storage.NotFound:
        state["_dset_bad"] = token
        st.error(tr("storage.not_found"))
        return None
    except Exception:
        st.error(tr("storage.failed"))
        return None
    state[DSET_KEY] = opened
    add_upload(opened.name, opened.result.rows)
    remember("dataset", token, opened.name)
    return opened


def saved_import_panel(opened) -> None:
    """What a reopened dataset is: name, rows, when, file hash, its link, and delete."""

    st.subheader(tr("dset.open_title"))
    when = opened.saved_at.replace("T", " ").rstrip("Z")
    st.success(tr("dset.opened", name=_md(opened.name), n=format_count(len(opened.result.rows), lang()), when=when))
    st.caption(tr("dset.hash", hash=opened.file_hash))
    show_link("dataset", opened.token)
    with st.expander(tr("dset.delete")):
        sure = st.checkbox(tr("dset.delete_confirm"), key="dset_delete_sure")
        if st.button(tr("dset.delete"), key="dset_delete", disabled=not sure):
            if not stored(_deleted, saved.delete, opened.token):
                return
            forget_item(opened.token)
            st.session_state.pop(DSET_KEY, None)
            set_link("dataset", None)
            _flash("_dset_flash", "info", tr("dset.deleted"))
            st.rerun()


def save_import_section(digest: str, file_name: str, result, mapping: importer.Mapping) -> None:
    """Under an import's report: save the accepted rows, mapping, report and file hash under a private link."""
    if not result.accepted:
        return
    st.subheader(tr("dset.title"))
    st.caption(tr("dset.intro", mb=_mb(store_settings().max_item_bytes)))
    done = st.session_state.setdefault("_dset_saved", {})
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    name = c1.text_input(tr("dset.name"), file_name, key=f"dset_name_{digest[:12]}", max_chars=storage.NAME_MAX)
    if c2.button(tr("dset.save"), type="primary", key=f"dset_save_{digest[:12]}"):
        name = storage.clean_name(name, file_name)
        kept = stored(saved.save, store(), name, result, mapping, digest, max_bytes=store_settings().max_item_bytes)
        if kept is not None:
            done[digest] = (kept.token, name)
            remember("dataset", kept.token, name)
    if digest in done:
        token, name = done[digest]
        st.success(tr("dset.saved", name=_md(name), n=_count(result.accepted)))
        show_link("dataset", token)


def _count(n: int) -> str:

    return format_count(n, lang())


# ---- a saved band set as the team check's reference ----
def band_set_token(text: str) -> str:
    """The token in a pasted private link (``...?bset=<token>``) or the bare token itself."""
    from urllib.parse import parse_qs, urlsplit

    text = str(text).strip()
    found = parse_qs(urlsplit(text).query).get(LINK_KEYS["band_set"]) if "?" in text else None
    return (found[0] if found else text).strip()


def saved_band_set(where=st) -> tuple[pd.DataFrame, str] | None:
    """A saved band set, from this tab's recent sets or a pasted private link; None until one opens.

    The token stays in this session: it is a private link, so it never goes into the team page's URL.
    """
    recent = {token: name for kind, token, name in st.session_state.get(RECENT_KEY, []) if kind == "band_set"}
    choice = ""
    if recent:
        choice = where.selectbox(
            tr("team.bands.recent"), ["", *recent], format_func=lambda k: recent.get(k, "–"), key="tm_bset_recent"
        )
    pasted = where.text_input(tr("team.bands.link"), key="tm_bset_link", max_chars=400, help=tr("team.bands.link_help"))
    token = band_set_token(pasted) or choice
    if not token:
        where.info(tr("team.bands.need_saved"))
        return None
    opened = stored(sets.open_set, store(), token)
    if opened is None:
        return None
    remember("band_set", opened.token, opened.name)
    return opened.ladder, tr("team.bands.saved_name", name=opened.name, version=opened.version)


# ---------- the import page's sections (pages/upload.py) ----------
def upload_mapping_form(inspection: importer.Inspection, digest: str, raw: importer.RawTable) -> importer.Mapping:
    """Selectboxes holding the guessed mapping, which the user can correct."""
    st.subheader(tr("imp.mapping"))
    st.caption(tr("imp.mapping_help"))
    columns = column_pickers(
        vocabulary.FIELDS, inspection.headers, inspection.guess, "imp.field", "imp_map", digest, tr("imp.not_in_file")
    )
    st.markdown(f"**{tr('imp.whole_file')}**")
    st.caption(tr("imp.whole_file_help"))
    guessed = upload_guess(digest, raw, columns)  # issue 15: from every row; None = the user must choose
    c1, c2, c3, c4 = st.columns(4)
    currencies = ("IDR", "USD")
    currency = c1.selectbox(
        tr("imp.fixed.currency"),
        currencies,
        key=f"imp_cur_{digest}_{guessed.guess.currency}",  # a new guess resets the choice to it
        index=currencies.index(guessed.guess.currency) if guessed.guess.currency in currencies else None,
        placeholder=tr("imp.choose"),
        format_func=label_func("currency"),
        disabled=bool(columns["currency"]),
    )
    period = c2.selectbox(
        tr("imp.fixed.pay_period"),
        PAY_PERIODS,
        key=f"imp_per_{digest}_{guessed.guess.period}",
        index=PAY_PERIODS.index(guessed.guess.period) if guessed.guess.period else None,
        placeholder=tr("imp.choose"),
        format_func=label_func("period"),
        disabled=bool(columns["pay_period"]),
    )
    country = c3.selectbox(
        tr("imp.fixed.country"),
        ("ID", "US"),
        key=f"imp_cty_{digest}",
        index=1 if currency == "USD" else 0,
        format_func=label_func("country"),
        disabled=bool(columns["country"]),
    )
    role = c4.text_input(
        tr("imp.fixed.role"), "Customer service", key=f"imp_role_{digest}", disabled=bool(columns["role"])
    )
    decimal = st.radio(
        tr("imp.decimal"),
        list(importer.DECIMALS),
        key=f"imp_dec_{digest}",
        horizontal=True,
        format_func=label_func("imp.decimal"),
    )
    codes: dict[str, str] = {}
    choices = vocabulary.level_choices(inspection.sample, columns["level"])
    if choices:
        st.markdown(f"**{tr('imp.levels')}**")
        st.caption(tr("imp.levels_help"))
        grid = st.columns(4)
        for i, (value, default) in enumerate(choices):
            codes[value] = grid[i % 4].selectbox(
                importer.escape_markdown(value),
                LEVELS,
                index=LEVELS.index(default),
                key=f"imp_lv_{digest}_{i}",
                format_func=label_func("level"),
            )
    for reason in (guessed.currency_reason, guessed.period_reason):
        st.caption(importer.escape_markdown(reason))
    return importer.Mapping.build(
        columns,
        {"currency": currency, "pay_period": period, "country": country, "role": role.strip() or "-"},
        level_codes=codes or None,
        decimal=importer.DECIMALS[decimal],
    )


def import_report(result: importer.ImportResult, file_name: str, kept: dict | None = None) -> None:
    """Counts, where the rows went, and the rejected rows (the first 1,000) as a plain-text table.

    ``kept``: a dict that lives as long as the result (``ImportDone.notes``); the table is built once per language.
    """
    counts = tr(
        "imp.result",
        file=importer.escape_markdown(file_name),
        read=format_count(result.rows_read, lang()),
        accepted=format_count(result.accepted, lang()),
        rejected=format_count(result.rejected, lang()),
    )
    (st.success if result.accepted and not result.rejected else st.warning)(counts)
    if result.accepted:
        st.write(tr("imp.joined"))
        st.page_link("pages/explorer.py", label=tr("imp.open_explorer"), icon=":material/table_view:")
    else:
        st.error(tr("imp.nothing_accepted"))
    if result.unknown_levels:
        st.info(tr("imp.unknown_levels", values=importer.escape_markdown(", ".join(result.unknown_levels))))
    others = importer.other_currencies(result.rows)
    if others:
        st.info(tr("imp.other_currencies", currencies=", ".join(others)))
    if result.problems:
        st.subheader(tr("imp.rejected"))
        shown = result.problems[:1000]
        if len(result.problems) > len(shown):
            st.caption(tr("imp.rejected_more", n=len(shown), total=len(result.problems)))
        table = (kept if kept is not None else {}).get(("problems", lang()))
        if table is None:
            table = importer.problems_table(shown, lambda key, params: t(key, lang(), **params))
            if kept is not None:
                kept[("problems", lang())] = table
        st.dataframe(
            table, hide_index=True, width="stretch", column_config={c: tr(f"imp.col.{c}") for c in table.columns}
        )


def upload_read_as(raw: importer.RawTable, mapping: importer.Mapping, digest: str, file_name: str) -> bool:
    """Issue 15: the first rows as the app will read them, the whole pay column; False while a choice is missing."""
    st.subheader(tr("imp.read_as"))
    st.caption(tr("imp.read_as_help"))
    shown = upload_preview(digest, raw, mapping, file_name)
    st.dataframe(shown.table, hide_index=True, width="stretch")
    st.markdown(importer.escape_markdown(shown.summary))
    ready = upload_preview_view.can_import(mapping, shown.figures)
    if not ready:
        st.warning(tr("imp.must_choose"))
    return ready


def upload_file_error(err: importer.ImportError_) -> None:
    st.error(tr("imp.file_error", message=describe_problem(importer.inert(err.problem), lang())))


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
