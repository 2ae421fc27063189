"""The access policy's tables (core/access.py): pages by audience, roles from groups, session age, actions."""

from __future__ import annotations

import pytest

from salary_explorer.core import access

from .conftest import ROOT

TEAM = {"auth": {"redirect_uri": "http://x/oauth2callback", "cookie_secret": "s", "client_id": "c"}}
NOW = 1_800_000_000.0


def member(groups, iat=NOW - 60, **extra):
    return {"is_logged_in": True, "sub": "u-1", "email": "a@b.c", "groups": groups, "iat": iat, **extra}


def test_every_page_file_has_a_row_in_the_table():
    """A new page must get a row (else it is HR-admin only): this names the ones that have none."""
    pages = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
    assert [p for p in pages if p not in access.PAGE_AUDIENCE] == []


@pytest.mark.parametrize(
    ("path", "audience"),
    [
        ("pages/home.py", "public"),
        ("pages/offer.py", "public"),
        ("pages/place_pay.py", "public"),
        ("pages/team.py", "hr"),
        ("pages/structure.py", "hr"),
        ("pages/upload.py", "analyst"),
        ("pages/audit.py", "admin"),
        ("pages/something_new.py", "admin"),  # unknown: the most restrictive non-public audience
        ("/srv/app/pages/team.py", "hr"),  # an absolute script path names the same page
        ("", "admin"),
    ],
)
def test_page_audience(path, audience):
    assert access.page_audience(path) == audience


@pytest.mark.parametrize(
    ("groups", "role"),
    [
        (["hr-admin"], "hr_admin"),
        (["hr"], "hr"),
        (["analyst"], "analyst"),
        (["analyst", "hr"], "hr"),  # the most permissive role wins
        (["hr", "hr-admin", "analyst"], "hr_admin"),
        ("hr", "hr"),  # a single group as a string
        (["sales"], None),
        ([], None),
        (None, None),
        (42, None),
    ],
)
def test_role_from_groups(groups, role):
    assert access.role_for(groups, access.DEFAULT_GROUPS) == role


def test_group_names_come_from_configuration():
    cfg = access.config({**TEAM, "access": {"hr_admin_groups": ["cn=HR Admins"], "hr_groups": "cn=HR"}})
    assert cfg.team and cfg.groups["hr_admin"] == ("cn=HR Admins",) and cfg.groups["hr"] == ("cn=HR",)
    assert cfg.groups["analyst"] == ("analyst",)  # not configured: the default
    who = access.principal(member(["cn=HR Admins"]), cfg, NOW)
    assert who.role == "hr_admin"
    assert access.principal(member(["hr-admin"]), cfg, NOW).role is None


@pytest.mark.parametrize(
    ("secrets", "team", "hours"),
    [
        (None, False, 8),
        ({}, False, 8),
        ({"access": {"max_session_hours": 2}}, False, 2),  # no [auth]: solo, whatever [access] says
        (TEAM, True, 8),
        ({**TEAM, "access": {"max_session_hours": "0.5"}}, True, 0.5),
        ({**TEAM, "access": {"max_session_hours": -1}}, True, 8),
        ({**TEAM, "access": {"max_session_hours": "x"}}, True, 8),
    ],
)
def test_modes_and_session_age(secrets, team, hours):
    cfg = access.config(secrets)
    assert (cfg.team, cfg.max_session_hours) == (team, hours)


def test_named_provider():
    cfg = access.config({"auth": {"redirect_uri": "r", "cookie_secret": "s", "corp": {"client_id": "c"}}})
    assert cfg.provider == "corp"
    assert access.config(TEAM).provider is None


def test_session_age_is_enforced_from_iat():
    cfg = access.config(TEAM)
    assert not access.principal(member(["hr"], iat=NOW - 8 * 3600 + 5), cfg, NOW).expired
    old = access.principal(member(["hr"], iat=NOW - 8 * 3600 - 5), cfg, NOW)
    assert old.expired and old.audiences == {"public"}
    assert access.principal(member(["hr"], iat=None), cfg, NOW).expired  # age unknown: not trusted


def test_solo_mode_ignores_st_user_and_opens_every_page_but_the_audit_trail():
    who = access.principal({"email": "test@example.com"}, access.config(None), NOW)
    assert who == access.SOLO and who.actor == "local"
    assert all(access.may_open_page(who, p) for p in access.PAGE_AUDIENCE if p != "pages/audit.py")
    assert not access.may_open_page(who, "pages/audit.py")
    assert access.kinds_for(who) == {"band_set", "roster", "wage_structure", "dataset"}
    assert not access.may(who, "audit.read")


ROLE_TABLE = {
    # role: (pages it may open, kinds of saved item, actions)
    "hr_admin": (
        {"home", "pay", "offer", "us_pay", "requirements", "bands", "team", "explorer", "upload", "audit"},
        {"band_set", "roster", "wage_structure", "dataset"},
        {"audit.read", "audit.export", "erase.person", "export.person", "item.delete_any"},
    ),
    "hr": (
        {"home", "pay", "offer", "us_pay", "requirements", "bands", "team"},
        {"band_set", "roster", "wage_structure"},
        set(),
    ),
    "analyst": ({"home", "pay", "offer", "us_pay", "requirements", "explorer", "upload"}, {"dataset"}, set()),
    None: ({"home", "pay", "offer", "us_pay", "requirements"}, set(), set()),  # signed in, no mapped group
}
GROUP_OF = {"hr_admin": ["hr-admin"], "hr": ["hr"], "analyst": ["analyst"], None: ["sales"]}
PAGES = ["home", "pay", "offer", "us_pay", "requirements", "bands", "team", "explorer", "upload", "audit"]


@pytest.mark.parametrize("role", list(ROLE_TABLE))
def test_what_each_role_may_do(role):
    who = access.principal(member(GROUP_OF[role]), access.config(TEAM), NOW)
    pages, kinds, actions = ROLE_TABLE[role]
    assert {p for p in PAGES if access.may_open_page(who, f"pages/{p}.py")} == pages
    assert set(access.kinds_for(who)) == kinds
    assert {a for a in access.ACTIONS if access.may(who, a)} == actions
    assert "roster" not in kinds or role in ("hr", "hr_admin")  # employee rows: never an analyst's


def test_signed_out_sees_only_public_pages():
    who = access.principal({"is_logged_in": False}, access.config(TEAM), NOW)
    assert not who.signed_in and who.audiences == {"public"} and access.kinds_for(who) == frozenset()
