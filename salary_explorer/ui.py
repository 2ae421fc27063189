"""The one module that imports Streamlit: cached loaders, settings, shared widgets.

Pages call these helpers and the pure modules; they never compute anything
themselves. Uploaded rows live in ``st.session_state`` so one user's upload
never reaches another session.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import partial

import pandas as pd
import streamlit as st

from .bands.ladder import ANCHOR_MODES, BAND_LEVELS, QUICK_METHODS
from .core import datasets, export, load, takehome_rules, url_state
from .core import money as money_rules
from .core.i18n import LANGUAGE_NAMES, LANGUAGES, describe_problem, t
from .core.money import Display, Hours, format_hours, format_money
from .core.schema import PERIODIC, Problem, SchemaError
from .pay import screens as pay_screens
from .uploads import importer
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
@st.cache_data(show_spinner=False)
def bundled_salaries() -> pd.DataFrame:
    return load.load_salaries()


@st.cache_data(show_spinner=False)
def minimum_wages() -> pd.DataFrame:
    return load.load_minimum_wages()


@st.cache_data(show_spinner=False)
def exchange_rates() -> pd.DataFrame:
    return load.load_exchange_rates()


@st.cache_data(show_spinner=False)
def oews(area_type: str) -> pd.DataFrame:
    """BLS OEWS distributions: ``national``, ``sector`` or ``state``."""
    return load.load_oews(area_type)


@st.cache_data(show_spinner=False)
def bps_net_wages() -> pd.DataFrame:
    return load.load_bps_net_wages()


def official() -> pay_screens.Official:
    """The official figures shown beside the article ranges (OEWS, BPS)."""
    return pay_screens.Official(oews("national"), oews("sector"), bps_net_wages())


def data_as_of() -> pd.DataFrame:
    """Each dataset's latest figures and when the next release is due, in the reader's language."""
    language = lang()
    statuses = datasets.data_as_of(minimum_wages(), exchange_rates(), oews("national"), bps_net_wages(), language)
    return datasets.data_as_of_table(statuses, language)


def today() -> dt.date:
    """The day a check "today" uses (one place, so a test can pin it)."""
    return dt.date.today()


@st.cache_data(show_spinner=False)
def role_templates() -> pd.DataFrame:
    return load.load_role_templates()


@st.cache_data(show_spinner=False)
def requirements() -> pd.DataFrame:
    return load.load_requirements()


@st.cache_data(show_spinner=False)
def certifications() -> pd.DataFrame:
    return load.load_certifications()


@st.cache_resource(show_spinner=False)
def takehome() -> takehome_rules.TakeHomeRules:
    """The take-home rule tables (frozen, so one shared copy per process)."""
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
        cached = (stamp, pd.concat([bundled_salaries(), *uploads.values()], ignore_index=True))
        st.session_state["_combined_salary_rows"] = cached
    return cached[1]


def salary_ranges() -> pd.DataFrame:
    """Bundled rows plus this session's uploads summarised into ranges: for range charts, pickers, bands.

    A million uploaded salaries become a few dozen ranges (see ``summarise``),
    computed once when the file is added, not on every rerun.
    """
    summaries = list(st.session_state.get(UPLOAD_SUMMARIES_KEY, {}).values())
    base = bundled_salaries()
    return pd.concat([base, *summaries], ignore_index=True) if summaries else base


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


def _kept(key: tuple, make):
    cache = st.session_state.setdefault(UPLOAD_STATS_KEY, {})
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
    return upload_preview_view.import_preview(raw, mapping, file_name, lang(), stats)


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
    with sb.expander(tr("settings.conversion")):
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
            st.query_params.pop("rate", None)
        latest = int(exchange_rates().query("rate_kind == 'annual_average'")["year"].max())
        st.caption(tr("settings.rate_help", year=latest))
    return display()


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
    d = Display(
        lang=s.get("lang", "en"),
        currency=currency,
        period=period,
        hours=Hours(float(s.get("hpw", 40.0)), float(s.get("wpy", 52.0))),
        custom_rate=float(s["rate"]) if s.get("own_rate") and s.get("rate") else None,
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


def _publish(key: str, value, default=None, omit_default: bool = False) -> None:
    """Write a widget's value back into the link, so a copied link reopens the same view."""
    text = None if omit_default and value == default else url_state.to_url(value)
    if text is None:
        st.query_params.pop(key, None)
    elif st.query_params.get(key) != text:
        st.query_params[key] = text


def _shown(format_func):
    return (lambda v: str(format_func(v))) if format_func else str


def url_selectbox(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.selectbox`` whose value lives in the link under ``key``; an unknown option falls back to ``default``."""
    options = list(options)
    _bind(
        key,
        label,
        lambda raw: url_state.read_choice(key, raw, options, default, _shown(format_func)),
        lambda v: v in options,
    )
    value = where.selectbox(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value, default, omit_default)
    return value


def url_radio(label, key, options, default, *, format_func=None, where=st, omit_default=False, **kwargs):
    """``st.radio`` backed by the link, like ``url_selectbox``."""
    options = list(options)
    _bind(
        key,
        label,
        lambda raw: url_state.read_choice(key, raw, options, default, _shown(format_func)),
        lambda v: v in options,
    )
    value = where.radio(label, options, key=key, format_func=format_func or str, **kwargs)
    _publish(key, value, default, omit_default)
    return value


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


def start_run() -> None:
    """Called first by ``app.py`` on every run: this run's link notices start empty."""
    st.session_state[NOTICES_KEY] = []


def show_url_notices(where) -> None:
    """The link values this run refused, each with why and what was used instead (``app.py`` calls this last)."""
    for notice in st.session_state.get(NOTICES_KEY, []):
        where.warning(notice, icon=":material/link_off:")


# ---------- shared widgets ----------
def show_problems(problems: list[Problem], limit: int = 50) -> None:
    """List validation problems as plain text (never HTML), one per line."""
    lines = [describe_problem(p, lang()) for p in problems[:limit]]
    st.dataframe(pd.DataFrame({"": lines}), hide_index=True, width="stretch")


def sources_caption(rows: pd.DataFrame) -> None:
    """Which sources and years the figures on screen come from."""
    parts = []
    for (title, year), _ in rows.groupby(["source_title", rows["year"].astype("string").fillna("")], sort=False):
        parts.append(f"{title} ({year or tr('common.year_not_stated')})")
    st.caption(tr("common.figures_from", sources="; ".join(dict.fromkeys(parts))))


def bundled_data_or_stop() -> None:
    """Load bundled data once; on a broken file show where, in the user's language, and stop the page."""
    try:
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
    except SchemaError as err:
        st.error(tr("error.bundled_data", message=describe_problem(err.problems[0], lang())))
        show_problems(err.problems)
        st.stop()


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_buttons(
    frame: pd.DataFrame, stem: str, names: dict, key: str, *, lazy: bool = False, excel: bool = True, where=st
) -> None:
    """CSV (UTF-8 with BOM) and Excel downloads of ``frame``, formula-safe, named after what they hold.

    ``lazy`` builds the file only when clicked: a million-row CSV is not made on every rerun.
    """
    csv_data = partial(export.to_csv_bytes, frame) if lazy else export.to_csv_bytes(frame)
    left, right, _ = where.columns([1, 1, 3])
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
        xlsx_data = partial(export.to_xlsx_bytes, frame, stem) if lazy else export.to_xlsx_bytes(frame, stem)
        right.download_button(
            tr("common.download_xlsx"),
            data=xlsx_data,
            file_name=export.export_file_name(stem, names, "xlsx"),
            mime=XLSX_MIME,
            key=f"{key}_xlsx",
            icon=":material/download:",
            on_click="ignore",
        )


def display_rate():
    """The exchange rate for converting a whole table in display units: the user's own, else the latest annual."""
    return money_rules.pick_rate(exchange_rates(), None, display().custom_rate)


def show_messages(messages) -> None:
    """Messages from a pure transition (``bands.state.Message``): success/info/error with optional detail lines."""
    for message in messages:
        getattr(st, message.kind)(message.text)
        if message.details:
            st.dataframe(pd.DataFrame({"": list(message.details)}), hide_index=True, width="stretch")


def band_editor(ladder) -> pd.DataFrame:
    """The ladder's table in an editable grid; a new ``ladder.version`` gives the editor a clean start."""
    number = st.column_config.NumberColumn
    return st.data_editor(
        ladder.base,
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
