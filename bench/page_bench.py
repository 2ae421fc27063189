"""Every page's warm render in headless Chromium, beside the bare reference app served the same way; prints ratios.

Run: ``python bench/page_bench.py [--rounds 25] [--query lang=en] [--pages home,pay]``. Not part of pytest.
Needs /usr/bin/chromium.

Both apps are started here (``streamlit run`` on free loopback ports, always
stopped). Each page is opened once to warm the caches, then ``--rounds``
times, interleaved with the reference so both see the same machine load.
A render is timed from navigation to "drawn": the app's script is not
running, no skeleton is left, the page has its title, each ``.vega-embed``
holds a canvas or svg and each visible grid has painted its canvas (a grid in a closed expander
is not visible: the browser does not paint it until the expander opens). The
median per page is divided by the median of the reference reached the same way
(``reference_pages.py``: the home page against the reference at ``/``, every other
page against it by a deep link to ``/ref``, which costs any Streamlit page ~100 ms
before its websocket opens). Target: <= 1.3x. Beside it, "paired" is the median of each round's own
ratio (the page over the reference drawn in the same round): the reference's median alone moved 563-853 ms
between runs on 2026-12-06, and with it every ratio of a run.

25 rounds by default: with 11, the worst page of a full run came out anywhere from 1.19 to 1.38 on the same
code (2026-12-06), because the worst of eight noisy ratios is the noisiest one; six 25-round runs that day
gave worst pages of 1.20-1.32 (most pages 1.13-1.25), and six more after the sidebar went (c6ceed5) 1.14-1.22. An A/B of two variants of one page needs ~30-40 rounds
to resolve 30 ms: at 13-15 rounds, variants differed by up to 100 ms that 40 rounds showed to be ~0.

Every render starts from a blank tab (``about:blank``, not timed), never from the
page measured before it: going straight from one page to the next made the
result depend on the order (measured 2026-12-04: the reference, always reached
from another origin, drew in ~420 ms that way and in ~615 ms from a blank tab, while
the app's pages, reached from the same origin, took ~100 ms longer to open their
websocket than from a blank tab), so a ratio compared two different starts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from load_bench import add_server_arguments, discover, only, serve, server_options  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARGS += ["--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
DRAWN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  if (!document.querySelector('[data-testid="stMain"] h1')) return false;
  const shown = (el) => el.offsetParent !== null && !el.closest('details:not([open])');  // not in a closed expander
  for (const v of document.querySelectorAll('.vega-embed')) {
    if (shown(v) && !v.querySelector('canvas, svg')) return false;
  }
  for (const g of document.querySelectorAll('[data-testid="stDataFrame"]')) {
    if (shown(g) && !g.querySelector('canvas')) return false;
  }
  return true;
}"""


def render_seconds(page, url: str) -> float:
    page.goto("about:blank")  # every render starts from the same blank tab (see the module's docstring)
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_timeout(50)  # let the old page go before checking the new one is drawn
    page.wait_for_function(DRAWN, polling=20, timeout=60_000)
    return time.perf_counter() - start


def measure(app: str, ref: str, rounds: int, query: str, names: str | None = None) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    pages = only(asyncio.run(discover(app, {"query": query, "locale": "id-ID"})), names)
    paths = {p.name: "" if p.name == "(default)" else p.name for p in pages}
    urls = reference_urls(ref) | {name: f"{app}/{path}" for name, path in paths.items()}
    urls = {name: url + (f"?{query}" if query else "") for name, url in urls.items()}
    times: dict[str, list[float]] = {name: [] for name in urls}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
            tab = context.new_page()
            for url in urls.values():  # warm: caches filled, scripts compiled
                render_seconds(tab, url)
            for turn in range(rounds):
                for name, url in rotated(urls, turn):
                    times[name].append(render_seconds(tab, url))
        finally:
            browser.close()
    return times


REFERENCE, DEEP_REFERENCE = "reference", "reference /ref"


def rotated(urls: dict[str, str], turn: int) -> list[tuple[str, str]]:
    """The pages in a different order each round: the first render of a round came out slower (the root
    reference, always first, measured medians of 600-1080 ms against minimums of 410-690 ms on 2026-12-06)."""
    items = list(urls.items())
    start = turn % len(items)
    return items[start:] + items[:start]


def reference_urls(ref: str) -> dict[str, str]:
    """The bare reference at the root and by a deep link to its second page (``reference_pages.py``)."""
    return {REFERENCE: ref + "/", DEEP_REFERENCE: ref + "/ref"}


def reference_for(name: str) -> str:
    """The reference a page is compared with: reached the same way (the home page at ``/``, the others by
    a deep link, which costs Streamlit's browser code a failed look-up and a 100 ms wait before it connects)."""
    return REFERENCE if name in ("(default)", REFERENCE) else DEEP_REFERENCE


def report(times: dict[str, list[float]]) -> None:
    """Per page: its median over the median of the reference reached the same way ("ratio", the target's
    figure), and the median of each round's own ratio ("paired": the page over the reference drawn in the same
    round, a few seconds apart, so a slower or faster stretch of the machine moves both)."""
    print(f"{'page':<15} {'median ms':>9} {'min ms':>7} {'ratio':>6} {'paired':>6}  compared with")
    worst = worst_paired = 0.0
    for name, values in times.items():
        reference = times[reference_for(name)]
        ratio = statistics.median(values) / statistics.median(reference)
        paired = statistics.median(v / r for v, r in zip(values, reference, strict=True))
        if not name.startswith(REFERENCE):
            worst, worst_paired = max(worst, ratio), max(worst_paired, paired)
        print(
            f"{name:<15} {statistics.median(values) * 1000:>9.0f} {min(values) * 1000:>7.0f} {ratio:>6.2f} "
            f"{paired:>6.2f}  {reference_for(name)}"
        )
    root = statistics.median(times[DEEP_REFERENCE]) / statistics.median(times[REFERENCE])
    print(
        f"worst page ratio {worst:.2f}, paired {worst_paired:.2f} (target <= 1.3); "
        f"the deep-linked reference takes {root:.2f}x the root's"
    )


def run_against_reference(description: str, log_stem: str, measure, report) -> None:
    """Serve the app and the bare reference app the same way, measure both in one run, report."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--query", default="", help="query string for every app page, e.g. lang=en")
    add_server_arguments(parser)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        options = server_options(args)
        app = stack.enter_context(serve(ROOT / "app.py", f"{log_stem}_app.log", options))
        ref = stack.enter_context(serve(ROOT / "bench" / "reference_pages.py", f"{log_stem}_ref.log", options))
        report(measure(app, ref, args.rounds, args.query, args.pages))


def main() -> None:
    run_against_reference(__doc__.splitlines()[0], "page_bench", measure, report)


if __name__ == "__main__":
    main()
