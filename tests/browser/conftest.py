"""Browser tests: the real app served by ``streamlit run``, driven by Playwright in Debian's Chromium.

Playwright cannot download its own browsers here, so we launch
``/usr/bin/chromium``. Without it the tests skip with the install command,
except in CI (``CI`` or ``REQUIRE_BROWSER`` set), where a missing browser fails.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

from tests.services import free_port, streamlit_command

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]

pytestmark = pytest.mark.browser
TEST_RUN_STARTED = time.time()


@contextlib.contextmanager
def serve_app(log_name: str = "streamlit.log"):
    """Start the app on a free loopback port, wait until it answers, always stop it."""
    port = free_port()
    (ROOT / "artifacts").mkdir(exist_ok=True)
    log_path = ROOT / "artifacts" / log_name
    cmd = streamlit_command(port)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                        if resp.read().decode().strip() == "ok":
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log_path}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def app_url():
    """One app server shared by the browser tests of a run."""
    with serve_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}; install it with: apt-get install -y chromium"
        if os.environ.get("CI") or os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so the ``page`` fixture knows when its test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(browser, request):
    """A fresh browser context per test (its own cookies, so its own Streamlit session).

    When the test fails, the page as it was is saved as ``failed_<test>.png`` and its visible
    Streamlit messages and the server log's last lines are printed: a failure in CI can be read
    from CI's output alone.
    """
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True, locale="en-US")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors  # tests may assert on uncaught JS errors
    try:
        yield pg
    finally:
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            report_failure(pg, request.node.name)
        context.close()


def report_failure(page, test_name: str) -> None:
    """Print what a failed browser test left on screen, and the server log's tail (best effort)."""
    with contextlib.suppress(Exception):
        print(f"screenshot: {screenshot(page, 'failed_' + test_name)}")
    with contextlib.suppress(Exception):
        alerts = page.locator('[data-testid="stAlert"], [data-testid="stException"]').all_inner_texts()
        print(
            f"url: {page.url}\nscript state: "
            f"{page.locator('[data-testid=stApp]').get_attribute('data-test-script-state', timeout=2_000)}"
        )
        print("messages on the page:", *alerts, sep="\n  ")
    print("JS errors:", getattr(page, "js_errors", []))
    for log in sorted((ROOT / "artifacts").glob("streamlit*.log")):
        if log.stat().st_mtime < TEST_RUN_STARTED:  # a server of an earlier run
            continue
        with contextlib.suppress(OSError):
            print(f"--- last lines of {log.name} ---", *log.read_text(errors="replace").splitlines()[-40:], sep="\n")


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished the run and every chart is drawn.

    Drawn = the app's script state is ``notRunning``, no skeleton placeholder is
    left, and each chart (``stVegaLiteChart``, ``.vega-embed``) holds a canvas or svg.
    A chart's code loads on first use, so a chart just opened may not have its
    ``.vega-embed`` yet: a test that counts charts waits for them itself.
    """
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stSkeleton"]')
              && [...document.querySelectorAll('.vega-embed')].every(e => e.querySelector('canvas, svg'))
              && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].every(
                   e => e.querySelector('.vega-embed canvas, .vega-embed svg'))""",
        timeout=timeout,
    )
    # A rerun can start right after the first one ends (widgets syncing the URL); settle once more.
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


def assert_no_exception(page) -> None:
    """No Streamlit exception box on the page and no uncaught JS error."""
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]'
    ).first.inner_text()
    assert not getattr(page, "js_errors", []), page.js_errors


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def click_download(page, button: str, timeout: float = 20_000):
    """Click a deferred download button (its file is built on the click) and return the Download.

    Streamlit builds a deferred file when the click reaches the server and leaves the file unreferenced
    until the browser fetches it, so a cleanup running in between can lose it (CI saw one bands download
    never arrive in ~6 runs). A user would click again; so does this, once, with a warning that the first
    click gave nothing, so it stays visible without failing the run.
    """
    from playwright.sync_api import TimeoutError as NoDownload

    for attempt in (1, 2):
        try:
            with page.expect_download(timeout=timeout) as info:
                page.get_by_role("button", name=button).click()
            return info.value
        except NoDownload:
            if attempt == 2:
                raise
            messages = page.locator('[data-testid="stAlert"], [data-testid="stException"]').all_inner_texts()
            warnings.warn(f"{button}: no download after the first click; on the page: {messages}", stacklevel=2)
            wait_for_app(page)


SETTINGS = '[data-testid="stPopoverBody"]'  # the settings panel once open (a popover draws its body apart)


def open_settings(page):
    """Open the settings panel at the top right (language, units, conversion assumptions); return its body."""
    body = page.locator(SETTINGS)
    if not body.is_visible():
        page.locator(".st-key-settings_panel button").first.click()
    body.locator('[data-testid="stRadio"]').wait_for(timeout=30_000)  # its content is drawn once it opens
    return body


def switch_language(page, name: str) -> None:
    """Pick the language (``Bahasa Indonesia`` or ``English``) in the settings panel, then shut the panel."""
    open_settings(page).get_by_text(name, exact=True).click()
    button = {"Bahasa Indonesia": "Bahasa Indonesia · Pengaturan", "English": "English · Settings"}[name]
    page.get_by_role("button", name=button).wait_for(timeout=30_000)  # the panel's button names the new language
    wait_for_app(page)
    close_settings(page)


def close_settings(page) -> None:
    """Shut the settings panel, as Escape or a click beside it does."""
    body = page.locator(SETTINGS)
    if body.is_visible():
        page.keyboard.press("Escape")
        body.wait_for(state="hidden", timeout=10_000)


def go_to_page(page, section: str, title: str) -> None:
    """Follow the navigation at the top: open the audience's section, click the page's title."""
    page.locator('[data-testid="stTopNavSection"]').get_by_text(section, exact=True).click()
    page.locator('[data-testid="stTopNavPopoverBody"]').get_by_text(title, exact=True).click()


def choose_file(page, name: str, data: bytes, mime: str = "text/csv") -> None:
    """Drop a file on the page's (first) uploader, as choosing it in the file dialog would."""
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )


def pick_option(page, box, option: str, attempts: int = 3, exact: bool = False) -> None:
    """Open a select box or multiselect (``box``, a locator) and pick an option; under load a late rerun can close
    the list, so open it again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        box.click()
        try:
            page.get_by_role("option", name=option, exact=exact).click(timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
            wait_for_app(page)
