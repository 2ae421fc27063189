"""Saved work (issue 12), shared by the pages that save: the store, private links, this tab's recent items.

A saved item opens by a private link: the page's URL plus ``?bset=<token>`` (band sets), ``?dset=<token>``
(datasets) or ``?tmr=<token>`` (rosters). The "recent" list lives in this browser tab's session only
(``st.session_state``): nothing about other people's items is ever listed.
"""

from __future__ import annotations

import functools
import os
import time

import streamlit as st
from sqlalchemy.engine import make_url as sa_url

from ..core import access, crypto, storage
from ..uploads import importer
from .language import lang, tr

PRINCIPAL_KEY = "_access_principal"  # this run's core.access.Principal (set by ui.access.start_access)
RECENT_KEY = "_saved_recent"  # [(kind, token, name)], newest first, this session only
RECENT_MAX = 10
LINK_KEYS = {"band_set": "bset", "dataset": "dset", "roster": "tmr", "wage_structure": "sset"}
LINK_PAGES = {
    "band_set": "pages/bands.py",
    "dataset": "pages/upload.py",
    "roster": "pages/team.py",
    "wage_structure": "pages/structure.py",
}


def store_settings() -> storage.Settings:
    """Where the store is: env ``SALARY_EXPLORER_DB_URL``, else ``[storage]`` in secrets.toml, else ./.data/.

    Asked on every run of the pages that save; worked out once per process and environment value
    (looking for secrets.toml and copying it cost ~0.3 ms a run). A changed secrets.toml takes a restart,
    as the store's engine, made once per URL, would anyway.
    """
    return _store_settings(
        os.environ.get(storage.ENV_URL), os.environ.get(storage.ENV_MAX_MB), os.environ.get(storage.ENV_RETENTION_DAYS)
    )


@functools.lru_cache(maxsize=8)
def _store_settings(env_url: str | None, env_mb: str | None, env_days: str | None = None) -> storage.Settings:
    try:
        secrets = st.secrets.to_dict()
    except Exception:  # no secrets.toml (the usual case): the defaults apply
        secrets = {}
    pairs = ((storage.ENV_URL, env_url), (storage.ENV_MAX_MB, env_mb), (storage.ENV_RETENTION_DAYS, env_days))
    env = {k: v for k, v in pairs if v is not None}
    return storage.settings(env, secrets)


@st.cache_resource(show_spinner=False)
def _engine(url: str):
    engine = storage.make_engine(url)
    storage.migrate(engine)
    return engine


PURGE_EVERY_S = 3600.0  # expired rosters go at start (the first run) and then at most an hour later
_last_purge: dict[str, float] = {}


def engine():
    """The process's engine (schema created or migrated on first use); expired items purged hourly."""
    url = store_settings().url
    eng = _engine(url)
    _purge(url, eng)
    return eng


def _purge(url: str, eng) -> None:
    if time.monotonic() - _last_purge.get(url, -PURGE_EVERY_S) < PURGE_EVERY_S:
        return
    _last_purge[url] = time.monotonic()
    try:
        storage.purge_expired(eng)
    except Exception:  # a purge that fails is tried again in half an hour; the page still works
        _last_purge[url] = time.monotonic() - PURGE_EVERY_S / 2


def purge_when_due() -> None:
    """Called on every run (``ui.start_access``): the hourly purge even when no page opens the store.
    A SQLite file that does not exist yet holds nothing to purge and is not created for it."""
    url = store_settings().url
    if time.monotonic() - _last_purge.get(url, -PURGE_EVERY_S) < PURGE_EVERY_S:
        return
    parsed = sa_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not os.path.exists(parsed.database):
        return
    try:
        _purge(url, _engine(url))
    except Exception:  # the store is down: the pages that need it say so themselves
        _last_purge[url] = time.monotonic() - PURGE_EVERY_S / 2


@functools.lru_cache(maxsize=4)
def _keyring(keys: str | None, keys_file: str | None) -> crypto.KeyRing | None:
    env = {k: v for k, v in ((crypto.ENV_KEYS, keys), (crypto.ENV_KEYS_FILE, keys_file)) if v}
    return crypto.from_env(env)


def keyring() -> crypto.KeyRing | None:
    """The key ring from the environment (``crypto.from_env``); ``crypto.CryptoError`` when it is malformed."""
    return _keyring(os.environ.get(crypto.ENV_KEYS), os.environ.get(crypto.ENV_KEYS_FILE))


def store():
    """The store as this run's person sees it.

    Solo mode with no key ring: the bare engine, exactly as before sign-in existed. Otherwise a
    ``storage.Scope``: in team mode the signed-in member's workspace, the kinds their role may open and
    the audit trail; with a key ring, rosters and datasets encrypted; rosters expire after the
    retention period.
    """
    principal = st.session_state.get(PRINCIPAL_KEY) or access.SOLO
    ring = keyring()
    days = store_settings().retention_days
    if not principal.team:
        if ring is None and not days:
            return engine()
        return storage.Scope(engine=engine(), keyring=ring, retention_days=days)
    return storage.Scope(
        engine=engine(),
        team=True,
        actor=principal.actor,
        role=principal.role or "-",
        workspace=principal.workspace,
        kinds=access.kinds_for(principal),
        delete_any=access.may(principal, "item.delete_any"),
        keyring=ring,
        retention_days=days,
    )


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
    except storage.KeyProblem:
        st.error(tr("storage.key_problem"))
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


def delete_section(kind: str, prefix: str, delete, token: str, state_key: str) -> None:
    """A saved item's "delete" expander: a tick to confirm, then the button. Once the store has deleted it,
    the item leaves this tab's recent list, the page's state (``state_key``) and the link, and the page says
    so after its rerun. ``prefix`` names the texts (``<prefix>.delete``, ``.delete_confirm``, ``.deleted``)
    and the widget keys; a store that fails says why (``stored``) and nothing is forgotten."""
    with st.expander(tr(f"{prefix}.delete")):
        sure = st.checkbox(tr(f"{prefix}.delete_confirm"), key=f"{prefix}_delete_sure")
        if st.button(tr(f"{prefix}.delete"), key=f"{prefix}_delete", disabled=not sure):
            if not stored(_deleted, delete, token):
                return
            forget_item(token)
            st.session_state.pop(state_key, None)
            set_link(kind, None)
            _flash(f"_{prefix}_flash", "info", tr(f"{prefix}.deleted"))
            st.rerun()


def remember(kind: str, token: str, name: str) -> None:
    recent = [r for r in st.session_state.get(RECENT_KEY, []) if r[1] != token]
    st.session_state[RECENT_KEY] = [(kind, token, name), *recent][:RECENT_MAX]


def forget_item(token: str) -> None:
    st.session_state[RECENT_KEY] = [r for r in st.session_state.get(RECENT_KEY, []) if r[1] != token]


def open_from_link(kind: str, current_key: str, open_saved):
    """The saved item a ``?<key>=`` link names, opened once per token (``open_saved(store, token)``); None when
    the link names none, the page is already based on it, or it cannot be opened: a wrong or altered link
    says "not found" on every run while it is in the address bar, a failing store says so; nothing on the
    page is lost. Band sets and wage structures open this way."""
    token, state = link_token(kind), st.session_state
    current = state.get(current_key)
    if not token or (current is not None and current.token == token):
        return None
    bad = f"_{kind}_bad_link"
    if state.get(bad) == token:
        st.error(tr("storage.not_found"))
        return None
    try:
        return open_saved(store(), token)
    except storage.NotFound:
        state[bad] = token
        st.error(tr("storage.not_found"))
    except Exception:
        st.error(tr("storage.failed"))
    return None


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
    team = (st.session_state.get(PRINCIPAL_KEY) or access.SOLO).team
    where.caption(tr("storage.link") + " — " + tr("access.link_help_team" if team else "storage.link_help"))
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
