"""The team pay check's inputs: the roster (uploaded, or saved under a private link) and the bands to check
it against (a band file, a saved band set, or this session's ladder). A roster holds people's pay, so it
stays in this session unless the user saves it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..bands import files as band_files
from ..bands import sets, team
from ..core.formatting import number
from ..core.i18n import describe_problem
from ..core.schema import LEVELS, PERIODIC
from ..uploads import importer, roster, saved_roster
from .language import label_func, lang, tr
from .loaders import exchange_rates
from .saved_work import (
    LINK_KEYS,
    RECENT_KEY,
    _flash,
    _md,
    _show_flash,
    delete_section,
    link_token,
    max_saved_mb,
    remember,
    set_link,
    show_link,
    store,
    store_settings,
    stored,
)
from .session_rows import salary_ranges
from .settings import DISPLAY_CURRENCIES
from .uploaded_files import file_digest, max_upload_mb
from .views import view
from .widgets import code_selectbox, column_pickers, show_problems

# ---- the roster: uploaded (this session only) or saved under a private link (?tmr=) ----
ROSTER_CACHE_KEY = "team_roster_cache"  # {(content hash, mapping): RosterResult}, newest only


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


def roster_mapping_form(inspection: roster.RosterInspection, digest: str) -> roster.RosterMapping:
    """Selectboxes holding the guessed column of each roster field, and the whole-file values, to correct."""
    columns = column_pickers(
        roster.FORM_FIELDS, inspection.headers, inspection.guess, "team.field", "tm_map", digest, tr("team.none_column")
    )
    c1, c2, c3 = st.columns(3)
    currency = code_selectbox(
        c1,
        tr("team.file_currency"),
        DISPLAY_CURRENCIES,
        inspection.currency_guess or "IDR",
        f"tm_cur_{digest}",
        "currency",
        disabled=bool(columns["currency"]),
    )
    period = code_selectbox(
        c2,
        tr("team.file_period"),
        PERIODIC,
        inspection.period_guess or "month",
        f"tm_per_{digest}",
        "period",
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


SAVED_ROSTER_KEY = "_tm_saved"  # (token, saved_roster.SavedRoster) opened or saved in this session


def saved_roster_from_link() -> roster.RosterResult | None:
    """A roster saved earlier, opened by its private link (``?tmr=``); None without a link or when it
    does not open (the reason is shown). "Use another roster" takes the link out of the address."""
    token, state = link_token("roster"), st.session_state
    _show_flash("_tm_flash")
    if not token:
        return None
    cached = state.get(SAVED_ROSTER_KEY)
    opened = cached[1] if cached and cached[0] == token else stored(saved_roster.open_saved, store(), token)
    if opened is not None:
        state[SAVED_ROSTER_KEY] = (token, opened)
        remember("roster", token, opened.result.file_name)
        name, when = _md(opened.result.file_name), opened.saved_at.replace("T", " ").rstrip("Z")
        counts = {k: number(getattr(opened.result, k), lang()) for k in ("rows_read", "accepted", "rejected")}
        st.success(tr("team.saved.opened", name=name, when=when, **counts))
        if opened.expires_at:
            days = number(store_settings().retention_days, lang())
            st.caption(tr("keep.expires", when=opened.expires_at.replace("T", " ").rstrip("Z"), days=days))
        show_link("roster", token)
        delete_section("roster", "tm", saved_roster.delete, token, SAVED_ROSTER_KEY)
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


# ---- the bands to check against: a band file, this session's ladder, or a saved band set ----
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


def place_picks(ambiguous: dict[str, dict[str, str]]) -> tuple[tuple[str, str], ...]:
    """For each roster place that names two regencies/cities, a picker; the reader's choices as (text, code).

    Kept in the session, not in the link: the place names come from a roster, which never goes into a URL.
    Nothing is picked until the reader picks ("" first): the floors of Kota and Kabupaten Bekasi differ.
    """
    if not ambiguous:
        return ()
    st.warning(tr("team.places.ambiguous", n=len(ambiguous)), icon=":material/location_on:")
    picks = []
    for i, (text, options) in enumerate(ambiguous.items()):
        choices = {"": tr("team.places.unpicked"), **options}
        code = st.selectbox(
            tr("team.places.pick", place=text), list(choices), format_func=choices.get, key=f"tm_place_{i}_{text}"
        )
        if code:
            picks.append((text, code))
    return tuple(picks)
