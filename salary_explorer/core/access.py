"""Who may use what: the access policy as tables (issue 34). Pure: nothing here knows about Streamlit.

Two modes. **Solo** (no ``[auth]`` in secrets.toml): one person on their own machine, every page
open, saved items opened by their private link alone, exactly as before sign-in existed. **Team**
(``[auth]`` configured): job-seeker pages stay public; every other page needs a signed-in member
whose role (from the provider's ``groups`` claim, mapped in ``[access]``) allows its audience.

The tables below are the whole policy. A page is named by its script path (``pages/x.py``); a page
missing from ``PAGE_AUDIENCE`` gets ``DEFAULT_AUDIENCE``, the most restrictive non-public audience,
so a page added without a row here is shown to HR admins only until someone decides.

Roles, as compensation tools do it (role x population): the HR admin may do everything (and read
the audit trail, delete on request); HR uses bands, wage structures and team checks (employee rows);
the analyst uses market data and imports, aggregates only: never a page or a saved item holding
employee rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

PUBLIC, HR, ANALYST, ADMIN = "public", "hr", "analyst", "admin"
AUDIENCES = (PUBLIC, HR, ANALYST, ADMIN)
DEFAULT_AUDIENCE = ADMIN  # an unknown page: the most restrictive audience that is not public

PAGE_AUDIENCE: dict[str, str] = {
    # job seekers: public in both modes
    "pages/home.py": PUBLIC,
    "pages/pay.py": PUBLIC,
    "pages/offer.py": PUBLIC,
    "pages/us_pay.py": PUBLIC,
    "pages/requirements.py": PUBLIC,
    "pages/place_pay.py": PUBLIC,
    # HR: employee rows (rosters), bands and structures
    "pages/bands.py": HR,
    "pages/team.py": HR,
    "pages/structure.py": HR,
    # analysts: market data, imports, aggregates only
    "pages/explorer.py": ANALYST,
    "pages/upload.py": ANALYST,
    # HR admins: the audit trail, requests about one person
    "pages/audit.py": ADMIN,
}

HR_ADMIN, HR_ROLE, ANALYST_ROLE = "hr_admin", "hr", "analyst"
ROLES = (HR_ADMIN, HR_ROLE, ANALYST_ROLE)  # most permissive first: a member in several groups gets the first
ROLE_AUDIENCES: dict[str, frozenset[str]] = {
    HR_ADMIN: frozenset({PUBLIC, HR, ANALYST, ADMIN}),
    HR_ROLE: frozenset({PUBLIC, HR}),
    ANALYST_ROLE: frozenset({PUBLIC, ANALYST}),
}
# Saved items by kind: whose pages they open on. A roster holds employee rows: never an analyst's.
# A kind missing here opens for HR admins only.
KIND_AUDIENCE: dict[str, str] = {"band_set": HR, "roster": HR, "wage_structure": HR, "dataset": ANALYST}
# What else a role may do (beyond opening pages and items of its audiences).
ACTIONS: dict[str, frozenset[str]] = {
    "audit.read": frozenset({HR_ADMIN}),
    "audit.export": frozenset({HR_ADMIN}),
    "erase.person": frozenset({HR_ADMIN}),
    "export.person": frozenset({HR_ADMIN}),
    "item.delete_any": frozenset({HR_ADMIN}),  # others delete only what they saved
}
DEFAULT_GROUPS: dict[str, tuple[str, ...]] = {
    HR_ADMIN: ("hr-admin",),
    HR_ROLE: ("hr",),
    ANALYST_ROLE: ("analyst",),
}
DEFAULT_SESSION_HOURS = 8.0
DEFAULT_WORKSPACE = "default"
SOLO_WORKSPACE = None  # items saved without sign-in belong to no workspace


@dataclass(frozen=True)
class Config:
    """``[access]`` in secrets.toml (all optional), read together with whether ``[auth]`` exists."""

    team: bool = False  # True when ``[auth]`` is configured
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_GROUPS))
    max_session_hours: float = DEFAULT_SESSION_HOURS
    workspace: str = DEFAULT_WORKSPACE
    groups_claim: str = "groups"
    provider: str | None = None  # ``[auth.<name>]``: st.login(name); None uses ``[auth]`` itself


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return ()


def config(secrets: Mapping | None) -> Config:
    """The access configuration from secrets.toml's contents; no ``[auth]`` means solo mode."""
    secrets = secrets or {}
    auth = secrets.get("auth")
    team = isinstance(auth, Mapping) and bool(auth)
    section = secrets.get("access") or {}
    if not isinstance(section, Mapping):
        section = {}
    groups = dict(DEFAULT_GROUPS)
    for role in ROLES:
        if f"{role}_groups" in section:
            groups[role] = _strings(section[f"{role}_groups"])
    try:
        hours = float(section.get("max_session_hours", DEFAULT_SESSION_HOURS))
    except (TypeError, ValueError):
        hours = DEFAULT_SESSION_HOURS
    if not hours > 0:
        hours = DEFAULT_SESSION_HOURS
    provider = None
    if team:
        named = [k for k, v in auth.items() if isinstance(v, Mapping)]
        if len(named) == 1 and "client_id" not in auth:
            provider = named[0]
    return Config(
        team=team,
        groups=groups,
        max_session_hours=hours,
        workspace=str(section.get("workspace") or DEFAULT_WORKSPACE),
        groups_claim=str(section.get("groups_claim") or "groups"),
        provider=provider,
    )


@dataclass(frozen=True)
class Principal:
    """Who is using the app this run."""

    team: bool
    signed_in: bool = False
    subject: str = ""  # the provider's ``sub``: an identifier, never a name
    role: str | None = None  # None: signed out, or no group that maps to a role
    workspace: str | None = None
    expired: bool = False  # signed in longer than the maximum session age: the app signs them out

    @property
    def audiences(self) -> frozenset[str]:
        if not self.team:
            return frozenset(AUDIENCES) - {ADMIN}  # solo: every page but the audit trail (no sign-in, no trail)
        if not self.signed_in or self.expired or self.role is None:
            return frozenset({PUBLIC})
        return ROLE_AUDIENCES[self.role]

    @property
    def actor(self) -> str:
        if not self.team:
            return "local"
        return self.subject if self.signed_in and self.subject else "anonymous"


SOLO = Principal(team=False)


def role_for(groups: object, mapping: Mapping[str, tuple[str, ...]]) -> str | None:
    """The most permissive role any of the member's groups maps to; None when none does."""
    mine = set(_strings(groups))
    return next((role for role in ROLES if mine & set(mapping.get(role, ()))), None)


def principal(user: Mapping | None, cfg: Config, now: float) -> Principal:
    """The principal for ``st.user``'s claims at ``now`` (seconds since the epoch).

    Claims come only from the ID token (Streamlit never asks the userinfo endpoint). The session age
    runs from ``iat`` (when the provider issued the token at sign-in); a token without ``iat`` is
    treated as expired, since its age cannot be known.
    """
    if not cfg.team:
        return SOLO
    user = user or {}
    if not user.get("is_logged_in"):
        return Principal(team=True)
    try:
        issued = float(user.get("iat"))
    except (TypeError, ValueError):
        issued = None
    expired = issued is None or now - issued > cfg.max_session_hours * 3600
    return Principal(
        team=True,
        signed_in=True,
        subject=str(user.get("sub") or user.get("email") or ""),
        role=role_for(user.get(cfg.groups_claim), cfg.groups),
        workspace=cfg.workspace,
        expired=expired,
    )


def page_key(path: object) -> str:
    """A page script as the table names it: ``pages/x.py``, whatever folders lead to it."""
    key = str(path or "").replace("\\", "/")
    return "pages/" + key.rsplit("pages/", 1)[1] if "pages/" in key else key


def page_audience(path: object) -> str:
    """The audience of a page script (``pages/x.py``, any leading folders ignored)."""
    return PAGE_AUDIENCE.get(page_key(path), DEFAULT_AUDIENCE)


def may_open_page(who: Principal, path: str) -> bool:
    return page_audience(path) in who.audiences


def may_open_kind(who: Principal, kind: str) -> bool:
    """Whether a saved item of this kind may open for ``who`` (its workspace is checked by the store)."""
    return KIND_AUDIENCE.get(kind, ADMIN) in who.audiences


def kinds_for(who: Principal) -> frozenset[str]:
    return frozenset(kind for kind in KIND_AUDIENCE if may_open_kind(who, kind))


def may(who: Principal, action: str) -> bool:
    """Whether ``who`` may do one of the ``ACTIONS`` (always False signed out or in solo mode)."""
    return who.team and who.signed_in and not who.expired and who.role in ACTIONS.get(action, frozenset())
