"""The settings panel (language, display currency and period, conversion assumptions) and what pages
read of them (``display``, ``display_rate``). Every setting is kept in the link.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from ..core import money as money_rules
from ..core import url_state
from ..core.i18n import LANGUAGE_NAMES, LANGUAGES, t
from ..core.money import Display, Hours, format_hours
from ..core.schema import PERIODIC
from .language import label_func, lang, tr
from .links import NOTICES_KEY, _publish, summary_expander, url_number, url_radio, url_selectbox
from .loaders import bundled_data_or_stop, exchange_rates
from .views import view

DISPLAY_CURRENCIES = ("IDR", "USD")
SETTINGS_KEY = "settings_panel"  # the popover holding every setting
SETTINGS_BAR_KEY = "_settings_bar"  # this run's top-right row


def _browser_language() -> str:
    try:
        locale = st.context.locale or ""
    except Exception:  # older runtimes or bare scripts have no browser context
        locale = ""
    return "id" if locale.lower().startswith("id") else "en"


def render_settings() -> Display:
    """The settings panel: language, display currency/period, conversion assumptions; all kept in the URL.

    Called by ``app.py`` on every run, so the widgets keep their state across
    pages and the URL is rewritten after a page switch clears it. The panel is one popover at the top
    right of the page, its button naming the language in force: a sidebar costs every page's first draw
    ~70-90 ms more than the same settings in a popover beside navigation at the top (40-round A/Bs,
    2026-12-06), and a shut popover's widgets are not drawn until it opens.
    """
    state = st.session_state
    language_radio = partial(
        url_radio,
        f"{t('settings.language', 'id')} / {t('settings.language', 'en')}",
        "lang",
        LANGUAGES,
        _browser_language(),
        format_func=LANGUAGE_NAMES.get,
    )
    shown = language_radio(where=None)  # the language the panel's button is labelled in, before it is made
    bar = st.container(horizontal=True, horizontal_alignment="right")
    state[SETTINGS_BAR_KEY] = bar  # the sign-in / sign-out of team mode joins this row (ui.account_bar)
    panel = bar.popover(
        f"{LANGUAGE_NAMES[shown]} · {t('settings.title', shown)}", icon=":material/language:", key=SETTINGS_KEY
    )
    _sent_every_run("lang")
    language = language_radio(where=panel, horizontal=True)
    if state.get("_labels_lang", language) != language:
        _relabel_choice_widgets()
    state._labels_lang = language
    bundled_data_or_stop()  # a broken bundled file: say where, in the chosen language, instead of a traceback
    _display_units(panel)
    conversion = panel.expander(tr("settings.conversion"), key="settings_conversion", on_change="rerun")
    kept = state.setdefault(CONVERSION_KEPT_KEY, {})
    if not conversion.open:  # its widgets are not built: the values live on in ``kept`` and in the link
        _keep_conversion(kept)
        return display()
    with conversion:
        for key, value in kept.items():  # the values of the runs it was closed, before its widgets are made
            if key not in state:
                state[key] = value
        _sent_every_run(*CONVERSION_DEFAULTS)
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


def _sent_every_run(*keys: str) -> None:
    """Send these widgets' values to the browser with this run, so each shows the value in force.

    Streamlit sends a widget's value only on a run in which Python set it; setting each value to itself
    marks it as set. The settings panel needs it every run: a popover draws its content only when it
    opens, and a widget drawn then shows the value the last run sent it. Without this,
    after any rerun the shut panel opened with its first language ticked whatever the language in force,
    and a click on that option changed nothing (seen in Chromium, 2026-12-06). A language switch needs it
    for every choice widget (``_relabel_choice_widgets``).
    """
    state = st.session_state
    for key in keys:
        if key in state:
            state[key] = state[key]


CONVERSION_KEPT_KEY = "_conversion"  # {hpw, wpy, own_rate, rate}: the panel's assumptions while their expander is shut
CONVERSION_DEFAULTS = {
    "hpw": (40.0, 1.0, 100.0),
    "wpy": (52.0, 1.0, 53.0),
    "own_rate": None,
    "rate": (16000.0, 1000.0, 1e5),
}


def _display_units(panel) -> str:
    """Currency and period in a section shut by default, its label saying what is in force.

    Two selectboxes on every page cost the browser more than they are used (measured 2026-12-06, the pay
    page's main-thread work fell ~150 ms with them in a shut section); the label still tells the reader
    the units at a glance. While shut, the values come from the link (checked, a refused value gets its
    notice) and go back into it.
    """
    # Until the reader picks, pay shows as published (Rupiah per month; US pages in dollars per hour), in
    # either language; the link carries cur/per only once they differ, so "as published" survives a link.
    currency_box = partial(
        url_selectbox,
        tr("settings.currency"),
        "cur",
        DISPLAY_CURRENCIES,
        DEFAULT_CURRENCY,
        format_func=label_func("currency"),
        omit_default=True,
    )

    def period_box(currency, **where):
        return url_selectbox(
            tr("settings.period"),
            "per",
            PERIODIC,
            default_period(currency),
            format_func=label_func("period"),
            omit_default=True,
            **where,
        )

    currency = currency_box(where=None)
    period = period_box(currency, where=None)
    # Until the reader picks, each page shows its figures as published (US pages in dollars per hour): the
    # label says so rather than name Rupiah per month over a page of dollars.
    if (currency, period) == (DEFAULT_CURRENCY, default_period(DEFAULT_CURRENCY)):
        units = tr("settings.as_published")
    else:
        units = f"{tr(f'currency.{currency}')}, {tr(f'period.{period}')}"
    label = f"{tr('settings.display')}: {units}"
    section = summary_expander(label, "settings_display", where=panel)
    if section.open:
        _sent_every_run("cur", "per")
        currency = currency_box(where=section, persist_state="session")
        period_box(currency, where=section, persist_state="session")
    return currency


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
    Each choice value is sent again (``_sent_every_run``), newly labelled. Only plain text values (choices,
    texts) are touched: buttons, uploads and editors may not be written to.
    """
    state = st.session_state

    def is_text_choice(key, value) -> bool:
        is_text_list = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        return (
            isinstance(key, str)
            and not key.startswith("_")
            and key != "lang"
            and (isinstance(value, str) or is_text_list)
        )

    _sent_every_run(*[key for key in list(state.keys()) if is_text_choice(key, state[key])])


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
    kept = s.get(CONVERSION_KEPT_KEY, {})  # the panel's assumptions while their expander is closed

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


def display_rate():
    """The exchange rate for converting a whole table in display units: the user's own, else the latest annual."""
    return view(money_rules.pick_rate, exchange_rates(), None, display().custom_rate)
