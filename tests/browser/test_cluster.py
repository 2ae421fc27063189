"""Nothing lost: PostgreSQL, two replicas and HAProxy, driven in headless Chromium through the proxy.

Upload a file (affinity keeps its requests on one replica), save a band set and
the imported dataset, open both links in a fresh browser that lands on the
other replica, stop that replica and reload (the survivor serves the user, the
items are intact), then restart everything (still intact). Skips without the
postgresql/haproxy binaries unless CLUSTER_REQUIRED=1.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from salary_explorer.core.i18n import t
from tests.services import Postgres, Proxy, Replica

from .conftest import assert_no_exception, screenshot, wait_for_app

pytestmark = [pytest.mark.cluster, pytest.mark.browser, pytest.mark.timeout(600)]

CSV = "Posisi;Gaji;Tahun\nCS Bank;Rp 5.000.000;2023\nAdmin Toko Online;4,5 juta;2024\nKasir;Rp5jt;2024\n"


@pytest.fixture(scope="module")
def cluster():
    pg = Postgres()
    replicas = [Replica("app1", pg.url), Replica("app2", pg.url)]
    proxy = Proxy([(r.name, r.port) for r in replicas])

    def start_all():
        pg.start()
        for r in replicas:
            r.spawn()
        for r in replicas:
            r.wait()
        proxy.start()

    def stop_all():
        proxy.stop()
        for r in replicas:
            r.stop()
        pg.stop()

    try:
        start_all()
        yield SimpleNamespace(
            url=proxy.url, replicas={r.name: r for r in replicas}, start_all=start_all, stop_all=stop_all
        )
    finally:
        stop_all()
        proxy.remove()
        pg.remove()


def served_by(context) -> str:
    """The replica HAProxy pinned this browser to (its affinity cookie)."""
    return next(c["value"] for c in context.cookies() if c["name"] == "SERVERID")


def new_context(browser, locale="en-US", replica: str | None = None, url: str = ""):
    context = browser.new_context(viewport={"width": 1366, "height": 1000}, locale=locale)
    if replica:
        context.add_cookies([{"name": "SERVERID", "value": replica, "url": url}])
    return context


def open_and_wait(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page, timeout=60_000)
    assert_no_exception(page)


def link_in(page) -> str:
    link = page.locator('[data-testid="stCode"] code').last.inner_text().strip()
    assert "set=" in link, link
    return link


def test_saved_work_survives_a_lost_replica_and_a_restart(cluster, browser, tmp_path):
    csv = tmp_path / "gaji_tim.csv"
    csv.write_text(CSV, encoding="utf-8")

    # 1. upload through the proxy: the upload's HTTP request must reach the session's replica
    first = new_context(browser)
    page = first.new_page()
    open_and_wait(page, cluster.url + "/upload?lang=en")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(csv))
    page.get_by_text("gaji_tim.csv: 3 rows read, 3 accepted").wait_for(timeout=60_000)  # imported as dropped
    wait_for_app(page, timeout=60_000)
    page.get_by_role("button", name=t("dset.save", "en")).click()
    wait_for_app(page, timeout=60_000)
    assert_no_exception(page)
    page.get_by_text("Saved “gaji_tim.csv” (3 rows)").wait_for()
    dataset_link = link_in(page)
    home = served_by(first)

    # 2. a band set, saved from the same browser
    open_and_wait(page, cluster.url + "/bands?lang=en")
    page.get_by_text(t("bset.title", "en")).click()  # the save section is built when opened
    wait_for_app(page, timeout=60_000)
    page.get_by_label(t("bset.name", "en")).fill("Team bands 2025")
    page.get_by_label(t("bset.name", "en")).press("Enter")
    wait_for_app(page, timeout=60_000)
    page.get_by_role("button", name=t("bset.save", "en"), exact=True).click()
    wait_for_app(page, timeout=60_000)
    page.get_by_text("Saved “Team bands 2025”, version 1.").wait_for()
    band_link = link_in(page)
    screenshot(page, "cluster-band-saved-en")
    assert served_by(first) == home
    first.close()

    # 3. both links in a fresh browser that lands on the other replica
    other = "app2" if home == "app1" else "app1"
    second = new_context(browser, replica=other, url=cluster.url)
    page = second.new_page()
    open_and_wait(page, dataset_link)
    page.get_by_text("Opened saved dataset “gaji_tim.csv”: 3 rows").wait_for()
    open_and_wait(page, band_link)
    page.get_by_text("Opened band set “Team bands 2025”, version 1 of 1").wait_for()
    assert served_by(second) == other

    # 4. that replica dies: a reload is served by the survivor, the set is intact
    cluster.replicas[other].stop()
    time.sleep(3)  # two failed health checks (1 s apart) take it out of the proxy
    open_and_wait(page, band_link)
    page.get_by_text("Opened band set “Team bands 2025”, version 1 of 1").wait_for()
    assert served_by(second) == home
    second.close()

    # 5. everything restarts (same ports): both items still open, here in Indonesian
    cluster.stop_all()
    cluster.start_all()
    third = new_context(browser, locale="id-ID")
    page = third.new_page()
    open_and_wait(page, dataset_link)
    page.get_by_text("Dataset tersimpan “gaji_tim.csv” dibuka: 3 baris").wait_for()
    screenshot(page, "cluster-dataset-reopened-id")
    open_and_wait(page, band_link)
    page.get_by_text("Set rentang “Team bands 2025” dibuka, versi 1 dari 1").wait_for()
    screenshot(page, "cluster-band-reopened-id")

    # 6. an altered link says "not found" and nothing else breaks
    altered = band_link[:-1] + ("A" if band_link[-1] != "A" else "B")
    open_and_wait(page, altered)
    page.get_by_text(t("storage.not_found", "id")).wait_for()
    screenshot(page, "cluster-not-found-id")
    third.close()
