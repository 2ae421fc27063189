"""Where a page's warm render in Chromium spends its time, beside the reference app: a phase timeline.

Run: ``python bench/render_timeline.py [--rounds 11] [--query lang=en] [--pages pay,offer]``. Not part of pytest.

``page_bench.py`` gives one number per page; this splits it, so a change can be
aimed at the phase that grew. Times are milliseconds from navigation (medians):

- ``ws``: the websocket opened (HTML, main bundle parsed and run; the same for both apps);
- ``done``: the script_finished message arrived (server time plus transfer);
- ``idle``: the app's script state turned notRunning in the page (messages handled, tree rendered);
- ``mounted``: the last lazily loaded element replaced its skeleton (Streamlit loads each
  element type's code on first use: more element types, more chunks to compile and run);
- ``drawn``: ``page_bench``'s readiness rule held (charts and visible grids painted).

Also printed: ForwardMsgs and their bytes, element containers in the page.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from load_bench import discover, only  # noqa: E402
from page_bench import ARGS, CHROMIUM, DRAWN, reference_urls, rotated, run_against_reference  # noqa: E402

# Runs in the page from its first script on: the time (performance.now()) each phase was last reached.
WATCH = """
window.__phase = {};
(function tick() {
  const app = document.querySelector('[data-testid="stApp"]');
  const p = window.__phase, now = Math.round(performance.now());
  const idle = app && app.getAttribute('data-test-script-state') === 'notRunning';
  if (idle && p.idle === undefined) p.idle = now;
  if (!idle) delete p.idle;
  const skeleton = document.querySelector('[data-testid="stSkeleton"]');
  if (skeleton) { p.skeleton = true; delete p.mounted; }
  else if (p.skeleton && p.mounted === undefined) p.mounted = now;
  requestAnimationFrame(tick);
})();
"""


def timeline(tab, url: str, frames: list) -> dict[str, float]:
    tab.goto("about:blank")  # from a blank tab, as page_bench.py
    frames.clear()
    start = time.perf_counter()
    tab.goto(url, wait_until="commit")
    tab.wait_for_timeout(50)
    tab.wait_for_function(DRAWN, polling=20, timeout=60_000)
    drawn = (time.perf_counter() - start) * 1000
    phase = tab.evaluate("window.__phase")
    opened = [t for kind, t, _ in frames if kind == "open"]
    received = [(t, size) for kind, t, size in frames if kind == "rx"]
    return {
        "ws": (opened[0] - start) * 1000 if opened else float("nan"),
        "done": (received[-1][0] - start) * 1000 if received else float("nan"),
        "idle": phase.get("idle", float("nan")),
        "mounted": phase.get("mounted", phase.get("idle", float("nan"))),
        "drawn": drawn,
        "msgs": len(received),
        "kB": sum(size for _, size in received) / 1000,
        "elements": tab.evaluate("document.querySelectorAll('[data-testid=\"stElementContainer\"]').length"),
    }


def measure(app: str, ref: str, rounds: int, query: str, names: str | None) -> dict[str, list[dict]]:
    from playwright.sync_api import sync_playwright

    pages = only(asyncio.run(discover(app, {"query": query, "locale": "id-ID"})), names)
    urls = reference_urls(ref) | {p.name: f"{app}/{'' if p.name == '(default)' else p.name}" for p in pages}
    urls = {name: url + (f"?{query}" if query else "") for name, url in urls.items()}
    frames: list = []
    rows: dict[str, list[dict]] = {name: [] for name in urls}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
            context.add_init_script(WATCH)
            tab = context.new_page()

            def watch(ws):
                frames.append(("open", time.perf_counter(), 0))
                ws.on("framereceived", lambda data: frames.append(("rx", time.perf_counter(), len(data))))

            tab.on("websocket", watch)
            for url in urls.values():  # warm
                timeline(tab, url, frames)
            for turn in range(rounds):
                for name, url in rotated(urls, turn):
                    rows[name].append(timeline(tab, url, frames))
        finally:
            browser.close()
    return rows


def report(rows: dict[str, list[dict]]) -> None:
    keys = list(next(iter(rows.values()))[0])
    print(f"{'page':<15}" + "".join(f"{key:>9}" for key in keys))
    for name, values in rows.items():
        medians = [statistics.median(v[key] for v in values) for key in keys]
        print(f"{name:<15}" + "".join(f"{m:>9.0f}" if m >= 10 else f"{m:>9.1f}" for m in medians))


def main() -> None:
    run_against_reference(__doc__.splitlines()[0], "render_timeline", measure, report)


if __name__ == "__main__":
    main()
