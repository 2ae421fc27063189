"""The one module that imports Streamlit: cached loaders, settings, shared widgets.

Pages call these helpers and the pure modules; they never compute anything
themselves. Uploaded rows live in ``st.session_state`` so one user's upload
never reaches another session.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from .core import load
from .core.i18n import LANGUAGE_NAMES, LANGUAGES, describe_problem, t
from .core.money import Hours, format_hours, format_money, format_rate, pick_rate
from .core.schema import PERIODIC, Problem, SchemaError
from .uploads import importer
from .uploads.summarise import summarise_rows


def _leave_pages_folder_mode() -> None:
    """Make a deep link (``/bands``) on a freshly started server go through ``app.py``.

    Streamlit starts in its old folder-based multipage mode because this app
    keeps its pages in ``pages/``; only once ``st.navigation`` has run is that
    mode switched off for good. Until then a first request for ``/bands`` would
    run the page alone: no sidebar settings, untranslated navigation. So the
    first import of this module switches the mode off and reruns, and the rerun
    goes through the router with the same URL.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_leave_pages_folder_mode()

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
def role_templates() -> pd.DataFrame:
    return load.load_role_templates()


@st.cache_data(show_spinner=False)
def requirements() -> pd.DataFrame:
    return load.load_requirements()


@st.cache_data(show_spinner=False)
def certifications() -> pd.DataFrame:
    return load.load_certifications()


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


def _from_url(name: str, options: tuple[str, ...]) -> str | None:
    value = st.query_params.get(name)
    return value if value in options else None


def _browser_language() -> str:
    try:
        locale = st.context.locale or ""
    except Exception:  # older runtimes or bare scripts have no browser context
        locale = ""
    return "id" if locale.lower().startswith("id") else "en"


@dataclass(frozen=True)
class Display:
    lang: str
    currency: str
    period: str
    hours: Hours
    custom_rate: float | None


def render_settings() -> Display:
    """Sidebar: language, display currency/period, conversion assumptions; all kept in the URL.

    Called by ``app.py`` on every run, so the widgets keep their state across
    pages and the URL is rewritten after a page switch clears it.
    """
    state = st.session_state
    if "lang" not in state:
        state.lang = _from_url("lang", LANGUAGES) or _browser_language()
    if "currency" not in state:
        state.currency = _from_url("cur", DISPLAY_CURRENCIES) or ("IDR" if state.lang == "id" else "USD")
    if "period" not in state:
        state.period = _from_url("per", PERIODIC) or ("month" if state.currency == "IDR" else "hour")
    if state.get("_labels_lang", state.lang) != state.lang:
        _relabel_choice_widgets()
    state._labels_lang = state.lang
    sb = st.sidebar
    sb.radio(
        f"{t('settings.language', 'id')} / {t('settings.language', 'en')}",
        LANGUAGES,
        key="lang",
        format_func=LANGUAGE_NAMES.get,
        horizontal=True,
    )
    bundled_data_or_stop()  # a broken bundled file: say where, in the chosen language, instead of a traceback
    sb.subheader(tr("settings.display"))
    sb.selectbox(tr("settings.currency"), DISPLAY_CURRENCIES, key="currency", format_func=label_func("currency"))
    sb.selectbox(tr("settings.period"), PERIODIC, key="period", format_func=label_func("period"))
    with sb.expander(tr("settings.conversion")):
        hours_per_week = st.number_input(
            tr("settings.hours_per_week"), 1.0, 100.0, _url_bounded("hpw", 40.0, 1, 100), 1.0, key="hours_per_week"
        )
        weeks_per_year = st.number_input(
            tr("settings.weeks_per_year"), 1.0, 53.0, _url_bounded("wpy", 52.0, 1, 53), 1.0, key="weeks_per_year"
        )
        st.caption(format_hours(Hours(hours_per_week, weeks_per_year), lang()))
        url_rate = _url_bounded("rate", None, 1000, 100000)
        use_custom = st.checkbox(tr("settings.custom_rate"), value=url_rate is not None, key="use_custom_rate")
        custom = st.number_input(
            tr("settings.custom_rate_value"),
            1000.0,
            100000.0,
            url_rate or 16000.0,
            10.0,
            key="custom_rate",
            disabled=not use_custom,
        )
        latest = int(exchange_rates().query("rate_kind == 'annual_average'")["year"].max())
        st.caption(tr("settings.rate_help", year=latest))
    st.query_params.update({"lang": state.lang, "cur": state.currency, "per": state.period})
    # Assumptions go into the link only when they differ from the defaults, so ordinary links stay short.
    write_url(
        hpw=f"{hours_per_week:g}" if hours_per_week != 40 else None,
        wpy=f"{weeks_per_year:g}" if weeks_per_year != 52 else None,
        rate=f"{custom:g}" if use_custom else None,
    )
    return display()


def _url_bounded(name: str, default: float | None, low: float, high: float) -> float | None:
    """A number from the query string if it is within the widget's bounds, else the default."""
    value = url_number(name, None)
    return value if value is not None and low <= value <= high else default


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


def display() -> Display:
    """The current settings (defaults when a page runs without ``app.py``, as in some tests)."""
    s = st.session_state
    custom = float(s["custom_rate"]) if s.get("use_custom_rate") and s.get("custom_rate") else None
    return Display(
        lang=s.get("lang", "en"),
        currency=s.get("currency", "IDR"),
        period=s.get("period", "month"),
        hours=Hours(float(s.get("hours_per_week", 40.0)), float(s.get("weeks_per_year", 52.0))),
        custom_rate=custom,
    )


def money(amount: float | None, currency: str | None = None, period: str | None = None, compact: bool = False) -> str:
    d = display()
    return format_money(amount, currency or d.currency, d.lang, period, compact)


def conversion_note(converted: pd.DataFrame) -> str:
    """The rate(s), year(s) and hours behind a converted table, for a caption under it."""
    d = display()
    # One entry per (rate, exact year?) so a figure converted at its own year's rate and an
    # undated figure borrowing that same rate are both described truthfully.
    used = converted.dropna(subset=["rate_used"]).drop_duplicates(["rate_used", "rate_exact_year"])
    used = used.sort_values(["rate_year", "rate_exact_year"], ascending=[True, False])
    if d.custom_rate:
        rates = tr("conv.rate_user", rate=format_rate(pick_rate(exchange_rates(), None, d.custom_rate), d.lang))
    elif used.empty:
        rates = tr("conv.none")
    else:
        parts = []
        for _, row in used.iterrows():
            rate = pick_rate(exchange_rates(), int(row["rate_year"]))
            text = format_rate(rate, d.lang)
            parts.append(text if row["rate_exact_year"] else tr("conv.rate_nearest", rate=text))
        rates = "; ".join(parts)
    return tr(
        "conv.note",
        currency=d.currency,
        period=tr(f"period.{d.period}"),
        rates=rates,
        hours=format_hours(d.hours, d.lang),
    )


# ---------- URL state for a page ----------
def url_choice(name: str, options: list[str] | tuple[str, ...], default: str | None) -> str | None:
    """A page filter's starting value from the query string, if it is a valid option."""
    value = st.query_params.get(name)
    return value if value in options else default


def url_choices(name: str, options: list[str] | tuple[str, ...], default: list[str]) -> list[str]:
    """A multi-select's starting values from a comma-separated query parameter."""
    raw = st.query_params.get(name)
    if raw is None:
        return list(default)
    return [v for v in raw.split(",") if v in options]


def url_number(name: str, default: float | None) -> float | None:
    try:
        return float(st.query_params[name])
    except (KeyError, ValueError):
        return default


def write_url(**params: object) -> None:
    """Put a page's state into the query string so a copied link reopens the same view."""
    for key, value in params.items():
        if value is None or value == [] or value == "":
            st.query_params.pop(key, None)
        elif isinstance(value, (list, tuple)):
            st.query_params[key] = ",".join(map(str, value))
        else:
            st.query_params[key] = str(value)


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
        for loader in (bundled_salaries, minimum_wages, exchange_rates, role_templates, requirements, certifications):
            loader()
    except SchemaError as err:
        st.error(tr("error.bundled_data", message=describe_problem(err.problems[0], lang())))
        show_problems(err.problems)
        st.stop()
