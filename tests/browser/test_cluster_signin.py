"""Team mode end to end: a real OpenID Provider (npm ``oidc-provider``), PostgreSQL, two replicas and
HAProxy, driven in headless Chromium through the proxy.

HR admin, HR and analyst sign in (the callback lands on the other replica) and see only their pages;
a roster saved by HR reads "not found" for the analyst and for a signed-out browser; HR signs out; the
audit trail holds all of it; a session older than the maximum age is signed out by the app. Skips without postgresql/haproxy/node (``cd tests/oidc && npm ci``) unless
CLUSTER_REQUIRED=1.
"""

from __future__ import annotations

import base64
import contextlib
import re
import secrets
import struct
import subprocess
import time
from types import SimpleNamespace

import psycopg
import pytest

from salary_explorer.core.i18n import t
from tests.services import OidcProvider, Postgres, Proxy, Replica, _as_postgres, free_port

from ..team_fixtures import roster_bytes
from .conftest import assert_no_exception, screenshot, wait_for_app

pytestmark = [pytest.mark.cluster, pytest.mark.browser, pytest.mark.timeout(600)]

KEYS = "c1:" + base64.b64encode(secrets.token_bytes(32)).decode()


@contextlib.contextmanager
def deployment(folder, max_session_hours: float = 8):
    """The provider, PostgreSQL, two team-mode replicas and HAProxy; always stopped."""
    proxy_port = free_port()
    op = OidcProvider(f"http://127.0.0.1:{proxy_port}/oauth2callback")
    pg = Postgres()
    secrets_file = op.secrets_toml(folder / "secrets.toml", max_session_hours=max_session_hours)
    replicas = [
        Replica(
            name,
            pg.url,
            env={"SALARY_EXPLORER_KEYS": KEYS, "SALARY_EXPLORER_REPLICA": name},
            args=("--secrets.files", str(secrets_file)),
        )
        for name in ("app1", "app2")
    ]
    proxy = Proxy([(r.name, r.port) for r in replicas], port=proxy_port)
    try:
        op.start()
        pg.start()
        for r in replicas:
            r.spawn()
        for r in replicas:
            r.wait()
        proxy.start()
        yield SimpleNamespace(url=proxy.url, pg=pg, op=op)
    finally:
        proxy.stop()
        for r in replicas:
            r.stop()
        op.stop()
        pg.stop()
        proxy.remove()
        pg.remove()


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    with deployment(tmp_path_factory.mktemp("team")) as running:
        yield running


def served_by(context) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == "SERVERID")


def open_and_wait(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page, timeout=60_000)
    assert_no_exception(page)


def sign_in(browser, team, login: str):
    """A fresh browser signed in as ``login``; the provider's callback is sent to the other replica."""
    context = browser.new_context(viewport={"width": 1366, "height": 1000}, locale="en-US")
    page = context.new_page()
    open_and_wait(page, team.url + "/?lang=en")
    first = served_by(context)
    page.get_by_role("button", name=t("access.sign_in", "en")).first.click()
    page.wait_for_url("**/interaction/**", timeout=30_000)
    other = "app2" if first == "app1" else "app1"
    context.add_cookies([{"name": "SERVERID", "value": other, "url": team.url}])  # the callback: other replica
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any-password")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    if "/interaction/" in page.url:  # consent
        page.locator("button[type=submit]").click()
    page.wait_for_url(team.url + "/**", timeout=30_000)
    wait_for_app(page, timeout=60_000)
    assert_no_exception(page)
    assert served_by(context) == other
    page.get_by_role("button", name=t("access.sign_out", "en")).wait_for()
    return context, page


def menu(page) -> set[str]:
    nav = page.locator('[data-testid="stTopNavSection"]')  # the sections of the navigation at the top
    return {text.strip() for text in nav.all_inner_texts()}


def audit(team) -> list[tuple]:
    dsn = f"host=127.0.0.1 port={team.pg.port} user=postgres dbname=salary"
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT actor, role, action, kind, outcome, replica FROM audit_log ORDER BY id").fetchall()


def test_sign_in_roles_private_rosters_sign_out_and_the_audit_trail(team, browser):
    # 1. HR signs in (callback on the other replica), sees HR pages only, saves a roster
    hr, page = sign_in(browser, team, "hr-1")
    shown = menu(page)
    screenshot(page, "cluster-signin-hr-home")
    assert t("nav.section.hr", "en") in shown and t("nav.section.analysts", "en") not in shown, shown
    open_and_wait(page, team.url + "/team?lang=en&tmb=file")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        {"name": "tim.csv", "mimeType": "text/csv", "buffer": roster_bytes()}
    )
    wait_for_app(page, timeout=60_000)
    page.get_by_role("button", name=t("team.saved.save", "en")).click()
    wait_for_app(page, timeout=60_000)
    page.get_by_text("Kept until").wait_for()  # the retention period is shown
    link = page.locator('[data-testid="stCode"] code').last.inner_text().strip()
    assert "tmr=" in link
    screenshot(page, "cluster-signin-hr-saved")

    # 2. the analyst: market pages only, and the roster link reads "not found"
    analyst, apage = sign_in(browser, team, "analyst-1")
    shown = menu(apage)
    assert t("nav.section.analysts", "en") in shown and t("nav.section.hr", "en") not in shown, shown
    open_and_wait(apage, link)
    apage.get_by_text(t("storage.not_found", "en")).wait_for()
    assert apage.get_by_text("A02 Budi").count() == 0
    screenshot(apage, "cluster-signin-analyst-not-found")
    analyst.close()

    # 3. a signed-out browser: "not found" too (Indonesian), and a sign-in button
    anonymous = browser.new_context(viewport={"width": 1366, "height": 1000}, locale="id-ID")
    opage = anonymous.new_page()
    open_and_wait(opage, link + "&lang=id")
    opage.get_by_text(t("storage.not_found", "id")).wait_for()
    assert opage.get_by_role("button", name=t("access.sign_in", "id")).count() >= 1
    screenshot(opage, "cluster-signin-anonymous-not-found-id")
    anonymous.close()

    # 4. the HR admin: every section and the audit trail page
    admin, dpage = sign_in(browser, team, "hr-admin")
    shown = menu(dpage)
    assert {t("nav.section.hr", "en"), t("nav.section.analysts", "en"), t("nav.section.admin", "en")} <= shown
    open_and_wait(dpage, team.url + "/audit?lang=en")
    dpage.locator('[data-testid="stDataFrame"]').wait_for()
    screenshot(dpage, "cluster-signin-admin-audit")
    admin.close()

    # 5. HR signs out (the provider ends its session too) and is signed out in the app
    page.get_by_role("button", name=t("access.sign_out", "en")).click()
    page.wait_for_url("**/session/end**", timeout=30_000)
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(team.url + "/**", timeout=30_000)
    wait_for_app(page, timeout=60_000)
    page.get_by_role("button", name=t("access.sign_in", "en")).first.wait_for()
    hr.close()

    # 6. the audit trail has all of it, and never a name or a salary
    rows = audit(team)
    got = {(actor, action, outcome) for actor, _, action, _, outcome, _ in rows}
    for expected in [
        ("hr-1", "session.start", "ok"),
        ("analyst-1", "session.start", "ok"),
        ("hr-admin", "session.start", "ok"),
        ("hr-1", "item.create", "ok"),
        ("hr-1", "item.open", "ok"),
        ("analyst-1", "page.refused", "refused"),
        ("anonymous", "page.refused", "refused"),
        ("hr-admin", "audit.read", "ok"),
        ("hr-1", "session.signout", "ok"),
    ]:
        assert expected in got, (expected, sorted(got))
    assert {replica for *_, replica in rows} <= {"app1", "app2"}
    assert len({replica for *_, replica in rows}) == 2  # both replicas wrote to it
    assert "Budi" not in repr(rows) and "6000000" not in repr(rows)

    # 7. and the database itself holds no roster name or salary in the clear (pg_dump, bytea decoded)
    dump = subprocess.run(
        _as_postgres(
            [str(team.pg.bin_dir / "pg_dump"), "-h", "127.0.0.1", "-p", str(team.pg.port), "-U", "postgres", "salary"]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout
    data = dump + b"".join(bytes.fromhex(h.decode()) for h in re.findall(rb"\\\\x([0-9a-f]+)", dump))
    assert b"ARROW1" not in data and b"rows_read" not in data and b"tim.csv" not in data
    for secret in (b"A02 Budi", b"C04 Lukas", b"6000000", struct.pack("<d", 6000000.0)):
        assert secret not in data, secret


SHORT_SESSION_S = 20


def test_the_app_signs_out_a_session_older_than_its_maximum_age(tmp_path, browser):
    """Streamlit's identity cookie lasts 30 days and is never re-checked: the app enforces its own limit."""
    with deployment(tmp_path, max_session_hours=SHORT_SESSION_S / 3600) as short:
        context, page = sign_in(browser, short, "hr-2")
        open_and_wait(page, short.url + "/team?lang=en")
        assert page.locator('[data-testid="stFileUploaderDropzoneInput"]').count() == 1
        time.sleep(SHORT_SESSION_S + 3)
        page.goto(short.url + "/team?lang=en")  # the same cookie, now older than the limit
        page.wait_for_url("**/session/end**", timeout=60_000)  # the app called st.logout()
        page.get_by_role("button", name="Yes, sign me out").click()
        page.wait_for_url(short.url + "/**", timeout=30_000)
        wait_for_app(page, timeout=60_000)
        page.get_by_role("button", name=t("access.sign_in", "en")).first.wait_for()
        open_and_wait(page, short.url + "/team?lang=en")
        assert page.locator('[data-testid="stFileUploaderDropzoneInput"]').count() == 0
        context.close()
        rows = audit(short)
        assert ("hr-2", "hr", "session.expired", None, "signed_out") in [r[:5] for r in rows], rows
