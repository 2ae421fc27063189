"""Sign-in, roles and the page check (issue 34): the Streamlit side of ``core.access``'s tables.

``app.py`` calls ``start_access()`` first (who is asking; a session older than the maximum age is
signed out), ``visible_pages(...)`` on its navigation (a page the role may not use is kept reachable
by its address but hidden from the menu), ``account_bar()`` (sign in / sign out) and
``run_page(page)`` instead of ``page.run()``: the router checks the page's audience again before
running it, so no page has to remember to. With no ``[auth]`` in secrets.toml (solo mode) all of this
changes nothing: every page but the audit trail is shown and runs as before.
"""

from __future__ import annotations

import contextlib
import time

import streamlit as st

from ..core import access, crypto, storage
from .language import tr
from .saved_work import LINK_KEYS, PRINCIPAL_KEY, keyring, purge_when_due, store

MENU_KEY = "_access_menu"  # the page scripts the menu shows this run (the tests read it)
STARTED_KEY = "_access_session_logged"


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml: solo mode
        return {}


def access_config() -> access.Config:
    return access.config(_secrets())


def _user() -> dict:
    try:
        return st.user.to_dict()
    except Exception:
        return {}


def who() -> access.Principal:
    """Who is using the app in this run (worked out by ``start_access``; solo before it ran)."""
    return st.session_state.get(PRINCIPAL_KEY, access.SOLO)


def start_access(now: float | None = None) -> access.Principal:
    """Called first by ``app.py``: this run's principal; an expired session is logged and signed out."""
    cfg = access_config()
    principal = access.principal(_user(), cfg, time.time() if now is None else now)
    st.session_state[PRINCIPAL_KEY] = principal
    try:
        ring = keyring()
    except crypto.CryptoError as err:
        st.error(tr("access.keyring_bad", why=str(err)))
        st.stop()
    if principal.team and ring is None:  # a team's rosters are never stored in the clear
        st.error(tr("access.keyring_bad", why=tr("access.keyring_missing")))
        st.stop()
    purge_when_due()  # retention: expired rosters go at start and hourly
    if not principal.team or not principal.signed_in:
        return principal
    if principal.expired:
        _audit_quietly("session.expired", "signed_out")
        st.session_state.pop(STARTED_KEY, None)
        st.logout()  # ends this run and signs out at the provider
        st.stop()
    if st.session_state.get(STARTED_KEY) != principal.subject:  # once per session and member
        st.session_state[STARTED_KEY] = principal.subject
        _audit_quietly("session.start", "ok" if principal.role else "no_role")
    return principal


def _audit_quietly(action: str, outcome: str, **fields) -> None:
    """An audit row for a session event; a database that does not answer must not lock people out."""
    with contextlib.suppress(Exception):
        storage.audit(store(), action, outcome, **fields)


def _page_path(page) -> str:
    return access.page_key(getattr(page, "_page", ""))


def visible_pages(sections: dict) -> dict:
    """The navigation for this principal: pages it may not use stay in (so their address still resolves
    and the router can refuse it properly) but are hidden from the menu; a section left empty is dropped."""
    principal = who()
    out: dict = {}
    hidden: list = []
    for label, pages in sections.items():
        shown = []
        for page in pages:
            if access.may_open_page(principal, _page_path(page)):
                shown.append(page)
            else:
                hidden.append(_hidden(page))
        if shown:
            out[label] = shown
    st.session_state[MENU_KEY] = [_page_path(p) for pages in out.values() for p in pages]
    if hidden:
        out.setdefault(next(iter(out)), []).extend(hidden)  # the first section (the public one) hosts them
    return out


def page_links(links: list[tuple[str, str, str]]) -> int:
    """Links to pages (script, label, icon), only those this visitor may open; how many were drawn.

    Home's cards use it: in team mode a link to a page the role may not use would only lead to a refusal.
    """
    principal, drawn = who(), 0
    for path, label, icon in links:
        if access.may_open_page(principal, path):
            st.page_link(path, label=label, icon=icon)
            drawn += 1
    return drawn


def _hidden(page):
    return st.Page(
        page._page, title=page.title, icon=page.icon, url_path=page.url_path, default=False, visibility="hidden"
    )


def run_page(page) -> None:
    """Run the page the navigation chose, after checking its audience again (the one check every page gets)."""
    principal = who()
    if access.may_open_page(principal, _page_path(page)):
        page.run()
        return
    if principal.team:
        _audit_quietly("page.refused", "refused", detail=access.page_audience(_page_path(page)))
    refused_page(principal, page.title)


def refused_page(principal: access.Principal, title: str) -> None:
    """What a page someone may not use shows: its title, and a private link reads "not found" (no hint that
    the item exists)."""
    st.title(title)
    if any(st.query_params.get(key) for key in LINK_KEYS.values()):
        st.error(tr("storage.not_found"))
    if principal.team and not principal.signed_in:
        st.info(tr("access.sign_in_needed"))
        _sign_in_button("access_sign_in_page")
    else:
        st.warning(tr("access.not_for_role"))


def _sign_in_button(key: str) -> None:
    if st.button(tr("access.sign_in"), key=key, icon=":material/login:", type="primary"):
        cfg = access_config()
        st.login(cfg.provider) if cfg.provider else st.login()


def account_bar() -> None:
    """Team mode only: who is signed in, with which role, and the sign-out; or the sign-in button."""
    principal = who()
    if not principal.team:
        return
    bar = st.session_state.get("_settings_bar") or st.container(horizontal=True, horizontal_alignment="right")
    if not principal.signed_in:
        with bar:
            _sign_in_button("access_sign_in")
        return
    role = tr(f"access.role.{principal.role}") if principal.role else tr("access.role.none")
    bar.caption(tr("access.signed_in_as", role=role), width="content")
    if bar.button(tr("access.sign_out"), key="access_sign_out", icon=":material/logout:"):
        _audit_quietly("session.signout", "ok")
        st.session_state.pop(STARTED_KEY, None)
        st.logout()
