"""Team mode through the whole app (AppTest with ``at.user``): what each role sees and is refused.

``[auth]`` in the test's secrets turns team mode on; ``at.user`` plays the signed-in member (the claims
the provider's ID token would carry). A roster saved by an HR member opens only for HR and HR admins of
the same workspace; for anyone else the link reads "not found", in both languages.
"""

from __future__ import annotations

import re
import time

import pytest

from salary_explorer.core import access, crypto, storage
from salary_explorer.core.i18n import t
from salary_explorer.uploads import saved_roster
from salary_explorer.uploads.roster import read_roster

from .conftest import ROOT
from .team_fixtures import roster_bytes

AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret",
    "client_id": "salary-explorer",
    "client_secret": "test-client-secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}
GROUPS = {"hr_admin": ["hr-admin"], "hr": ["hr"], "analyst": ["analyst"], "none": ["sales"]}
PUBLIC = ["pages/home.py", "pages/pay.py", "pages/offer.py", "pages/us_pay.py", "pages/requirements.py"]
# what each must see and must not see (pages other engineers add fall under the table's rows)
MENU = {
    "signed_out": PUBLIC,
    "none": PUBLIC,
    "hr": [*PUBLIC, "pages/bands.py", "pages/team.py"],
    "analyst": [*PUBLIC, "pages/explorer.py", "pages/upload.py"],
    "hr_admin": [*PUBLIC, "pages/bands.py", "pages/team.py", "pages/explorer.py", "pages/upload.py", "pages/audit.py"],
}
ALL = MENU["hr_admin"]


def nav_pages() -> list[str]:
    """The page scripts app.py puts in its navigation, in order."""
    return re.findall(r'st\.Page\("(pages/[a-z_]+\.py)"', (ROOT / "app.py").read_text(encoding="utf-8"))


def expected_menu(who: str) -> list[str]:
    """The navigation filtered by the policy table, checked against the explicit lists above."""
    audiences = {
        "signed_out": {"public"},
        "none": {"public"},
        "hr": {"public", "hr"},
        "analyst": {"public", "analyst"},
        "hr_admin": {"public", "hr", "analyst", "admin"},
    }[who]
    menu = [p for p in nav_pages() if access.page_audience(p) in audiences]
    assert set(MENU[who]) <= set(menu) and not (set(ALL) - set(MENU[who])) & set(menu)
    return menu


KEYS = "t1:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY="  # 32 bytes, test only


@pytest.fixture
def store_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'team.db'}"
    monkeypatch.setenv(storage.ENV_URL, url)
    monkeypatch.setenv(crypto.ENV_KEYS, KEYS)
    engine = storage.make_engine(url)
    storage.migrate(engine)
    engine.dispose()
    return url


def scope(url, actor="hr-1", role="hr", workspace="acme"):
    principal = access.Principal(team=True, signed_in=True, subject=actor, role=role, workspace=workspace)
    return storage.Scope(
        engine=storage.make_engine(url),
        team=True,
        actor=actor,
        role=role,
        workspace=workspace,
        kinds=access.kinds_for(principal),
        keyring=crypto.parse(KEYS),
        retention_days=90,
    )


@pytest.fixture
def saved_token(store_url):
    """A roster saved by HR member hr-1 in workspace "acme"."""
    return saved_roster.save(scope(store_url), read_roster(roster_bytes(), "tim.csv"), "abc").token


def team_app(app, who, workspace="acme", iat=None):
    app.secrets["auth"] = dict(AUTH)
    app.secrets["access"] = {"workspace": workspace}
    if who == "signed_out":
        app.user = {"is_logged_in": False}
    else:
        app.user = {
            "is_logged_in": True,
            "sub": f"{who}-1",
            "email": f"{who}@example.com",
            "groups": GROUPS[who],
            "iat": time.time() - 60 if iat is None else iat,
        }
    return app


def open_page(app, page, lang="en", **params):
    app.query_params["lang"] = lang
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    if page != "pages/home.py":
        app.switch_page(page).run()
        assert not app.exception, [e.value for e in app.exception]
    return app


def shown(at):
    return [e.value for kind in ("success", "warning", "error", "info", "caption") for e in getattr(at, kind)]


def buttons(at):
    return [b.label for b in at.button]


@pytest.mark.parametrize("who", list(MENU))
def test_the_menu_shows_only_what_the_role_may_use(app, store_url, who):
    at = open_page(team_app(app, who), "pages/home.py")
    assert at.session_state["_access_menu"] == expected_menu(who)
    if who == "signed_out":
        assert t("access.sign_in", "en") in buttons(at) and t("access.sign_out", "en") not in buttons(at)
    else:
        assert t("access.sign_out", "en") in buttons(at) and t("access.sign_in", "en") not in buttons(at)


@pytest.mark.parametrize("who", list(MENU))
@pytest.mark.parametrize("page", ["pages/team.py", "pages/upload.py", "pages/audit.py", "pages/bands.py"])
def test_every_page_rechecks_the_role(app, store_url, who, page):
    """A page left out of the menu still has an address: the router refuses it, and the page never runs."""
    at = open_page(team_app(app, who), page)
    allowed = page in MENU[who]
    refused = t("access.sign_in_needed" if who == "signed_out" else "access.not_for_role", "en")
    assert (refused in shown(at)) is not allowed
    if page == "pages/team.py":
        assert bool(at.get("file_uploader")) is allowed  # the roster upload exists only for HR


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize(
    ("who", "workspace", "opens"),
    [
        ("hr", "acme", True),
        ("hr_admin", "acme", True),
        ("hr", "other-co", False),  # another workspace: as if it did not exist
        ("analyst", "acme", False),  # never employee rows
        ("none", "acme", False),
        ("signed_out", "acme", False),
    ],
)
def test_a_saved_roster_opens_only_for_hr_of_its_workspace(app, saved_token, who, workspace, opens, lang):
    at = open_page(team_app(app, who, workspace), "pages/team.py", lang, tmr=saved_token)
    prefix = {"en": "Saved roster tim", "id": "Daftar karyawan tersimpan tim"}[lang]
    opened = [s for s in shown(at) if s.startswith(prefix)]
    not_found = t("storage.not_found", lang) in shown(at)
    assert not_found is not opens
    assert bool(opened) is opens
    assert not any("Rp" in s or "Budi" in s for s in shown(at) if not opens)


def test_solo_mode_is_unchanged(app, store_url, monkeypatch):
    monkeypatch.delenv(crypto.ENV_KEYS)
    """No [auth]: no sign-in button, every page but the audit trail in the menu, items open by link alone."""
    token = saved_roster.save(storage.make_engine(store_url), read_roster(roster_bytes(), "tim.csv"), "abc").token
    at = open_page(app, "pages/team.py", tmr=token)
    assert at.session_state["_access_menu"] == [p for p in nav_pages() if p != "pages/audit.py"]
    assert t("access.sign_in", "en") not in buttons(at) and t("access.sign_out", "en") not in buttons(at)
    assert any(s.startswith("Saved roster tim") for s in shown(at))
    assert storage.audit_rows(storage.make_engine(store_url)) == []  # solo mode keeps no trail


def test_a_team_roster_does_not_open_in_solo_mode(app, saved_token):
    at = open_page(app, "pages/team.py", tmr=saved_token)
    assert t("storage.not_found", "en") in shown(at)


def test_an_old_session_is_signed_out_and_logged(app, store_url):
    at = team_app(app, "hr", iat=time.time() - 8 * 3600 - 60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert at.user == {"is_logged_in": False}  # st.logout() ran
    rows = storage.audit_rows(storage.make_engine(store_url))
    assert [(r["action"], r["actor"], r["outcome"]) for r in rows] == [("session.expired", "hr-1", "signed_out")]


def test_the_audit_trail_records_openings_and_refusals_and_hr_admins_read_it(app, saved_token, store_url):
    for who in ("hr", "analyst"):
        open_page(team_app(app, who), "pages/team.py", tmr=saved_token)
    at = open_page(team_app(app, "hr_admin"), "pages/audit.py")
    assert t("audit.title", "en") in [e.value for e in at.title]
    rows = storage.audit_rows(storage.make_engine(store_url))
    got = {(r["actor"], r["action"], r["outcome"]) for r in rows}
    assert ("hr-1", "item.open", "ok") in got
    assert ("analyst-1", "page.refused", "refused") in got
    assert ("hr_admin-1", "audit.read", "ok") in got
    assert {"hr-1", "analyst-1", "hr_admin-1"} <= {r["actor"] for r in rows if r["action"] == "session.start"}
    frame = at.dataframe[0].value
    assert len(frame) >= 5 and "Action" in frame.columns
    text = frame.to_csv()
    assert "tim.csv" not in text and "Budi" not in text and "000" not in text.replace("2026", "")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_saved_roster_shows_its_expiry_and_can_be_deleted_now(app, saved_token, store_url, lang):
    at = open_page(team_app(app, "hr"), "pages/team.py", lang, tmr=saved_token)
    assert any(s.startswith(t("keep.expires", lang, when="", days="").split(" ")[0]) and "90" in s for s in shown(at))
    assert any(t("access.link_help_team", lang) in s for s in shown(at))
    at.checkbox(key="tm_delete_sure").check().run()
    at.button(key="tm_delete").click().run()
    assert not at.exception
    assert t("tm.deleted", lang) in shown(at) and "tmr" not in at.query_params
    deleted = [r for r in storage.audit_rows(storage.make_engine(store_url)) if r["action"] == "item.delete"]
    assert [(r["actor"], r["outcome"]) for r in deleted] == [("hr-1", "ok")]


def test_an_hr_admin_answers_a_request_about_one_employee(app, saved_token, store_url):
    at = open_page(team_app(app, "hr_admin"), "pages/audit.py")
    at.text_input(key="person_id").input("A02 Budi").run()
    at.button(key="person_export").click().run()
    assert not at.exception
    assert "1 rows in 1 saved rosters" in " ".join(shown(at))
    at.checkbox(key="person_erase_sure").check().run()
    at.button(key="person_erase").click().run()
    assert "Removed 1 rows from 1 saved rosters." in " ".join(shown(at))
    hr = open_page(team_app(app, "hr"), "pages/team.py", tmr=saved_token)
    assert any(s.startswith("Saved roster tim") for s in shown(hr))
    opened = saved_roster.open_saved(scope(store_url), saved_token)
    assert "A02 Budi" not in opened.result.roster["employee"].tolist()


def test_hr_does_not_get_the_person_requests(app, store_url):
    at = open_page(team_app(app, "hr"), "pages/audit.py")
    assert not at.get("text_input") and t("access.not_for_role", "en") in shown(at)


@pytest.mark.parametrize(
    ("keys", "why"),
    [(None, "no key ring is set"), ("k1:short", "not base64")],
)
def test_team_mode_without_a_usable_key_ring_says_so(app, store_url, monkeypatch, keys, why):
    if keys is None:
        monkeypatch.delenv(crypto.ENV_KEYS)
    else:
        monkeypatch.setenv(crypto.ENV_KEYS, keys)
    at = team_app(app, "hr")
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert any(why in e.value for e in at.error), [e.value for e in at.error]


def test_expired_rosters_are_purged_when_the_app_starts(app, store_url):
    """The first run of a process purges (any page, solo mode too); the purge is logged."""
    from datetime import UTC, datetime, timedelta

    from salary_explorer.ui.saved_work import _last_purge

    past = datetime.now(UTC) - timedelta(days=100)
    old = storage.Scope(engine=storage.make_engine(store_url), retention_days=90, clock=lambda: past)
    token = storage.create(old, "roster", "old", {"a": 1}).token
    _last_purge.pop(store_url, None)
    open_page(app, "pages/home.py")
    engine = storage.make_engine(store_url)
    with pytest.raises(storage.NotFound):
        storage.load(engine, token, "roster")
    with engine.connect() as conn:
        assert conn.execute(storage.sa.select(storage.sa.func.count()).select_from(storage.items)).scalar() == 0
    assert [(r["action"], r["actor"]) for r in storage.audit_rows(engine)] == [("retention.purge", "system")]


HOME_CARDS = {  # the home cards' links each visitor may follow (a link to a refusal is not drawn)
    "signed_out": ["pay", "offer", "place_pay", "us_pay", "requirements"],
    "hr": ["pay", "offer", "place_pay", "us_pay", "requirements", "bands", "structure", "team"],
    "analyst": ["pay", "offer", "place_pay", "us_pay", "requirements", "explorer", "upload"],
    "hr_admin": [
        *["pay", "offer", "place_pay", "us_pay", "requirements", "bands", "structure", "team", "explorer", "upload"],
    ],
}


@pytest.mark.parametrize("who", list(HOME_CARDS))
@pytest.mark.parametrize(
    "lang, locked", [("en", "For members of your organisation"), ("id", "Untuk anggota organisasi Anda")]
)
def test_home_links_only_to_pages_the_visitor_may_open(app, store_url, who, lang, locked):
    at = open_page(team_app(app, who), "pages/home.py", lang)
    links = [link.proto.page for link in at.get("page_link")]  # each link's page, by its address
    assert links == HOME_CARDS[who]
    assert {f"pages/{page}.py" for page in links} <= set(expected_menu("hr_admin"))  # each in the menu
    cards_without_links = {"signed_out": 2, "hr": 1, "analyst": 1, "hr_admin": 0}[who]
    assert sum(locked in c.value for c in at.caption) == cards_without_links


def test_home_in_solo_mode_links_every_page_but_the_audit(app):
    at = open_page(app, "pages/home.py", "en")
    links = [link.proto.page for link in at.get("page_link")]
    assert links == HOME_CARDS["hr_admin"]
    assert not any("For members of your organisation" in c.value for c in at.caption)
