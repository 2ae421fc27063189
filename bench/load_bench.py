"""Server time per page run and capacity, over Streamlit's own websocket protocol, beside a bare reference app.

Run: ``python bench/load_bench.py [--sessions 10] [--seconds 20] [--rounds 5] [--pages home,pay]``.
Not part of pytest. ``--pages`` times only the named pages (``home`` is the default page); every page by default.

No browser: each session opens ``/_stcore/stream`` like the frontend does
(subprotocol ``streamlit``, cookies from a first GET of the page kept in a
cookie jar of its own, so a load balancer's affinity cookie sticks), sends a
``BackMsg.rerun_script`` with the page's ``page_script_hash`` and query string,
and reads ``ForwardMsg``s until ``script_finished``. A run's time is from the
request to that message, so it is what the server spends on the run (plus
queueing, under load).

Two phases per app, both apps in the same run:
1. serial: one session, ``--rounds`` passes over every page (after one warm-up
   pass): the median and p95 server run per page, with no contention;
2. load: ``--sessions`` sessions clicking through every page at once for
   ``--seconds``: completed page runs per second, median and p95 per page.

The reference is ``bench/reference_app.py`` (title, selectbox, one Altair chart,
one dataframe). Without ``--url`` both servers are started here on free
loopback ports and always stopped; with ``--url BASE`` the app is the one
already running at BASE (for instance behind a proxy), and the reference is
still started here unless ``--ref-url`` names one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.cookiejar
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetStates

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = 120.0  # seconds one page run may take before the bench gives up on it
FINAL = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


@dataclass
class Page:
    name: str
    script_hash: str


@dataclass
class RunResult:
    seconds: float
    bytes: int
    errors: int
    reruns: int
    messages: int = 0  # ForwardMsgs received: each element, block and notice is one


@dataclass
class Stats:
    """Run times (and sizes, errors) per page name."""

    times: dict[str, list[float]] = field(default_factory=dict)
    sizes: dict[str, list[int]] = field(default_factory=dict)
    messages: dict[str, list[int]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)

    def add(self, page: str, result: RunResult) -> None:
        self.times.setdefault(page, []).append(result.seconds)
        self.sizes.setdefault(page, []).append(result.bytes)
        self.messages.setdefault(page, []).append(result.messages)
        self.errors[page] = self.errors.get(page, 0) + result.errors

    def count(self) -> int:
        return sum(len(v) for v in self.times.values())

    def all_times(self) -> list[float]:
        return [t for v in self.times.values() for t in v]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


class _HeaderResponse:
    """Just enough of a urllib response for ``CookieJar.extract_cookies`` (the websocket handshake's Set-Cookie)."""

    def __init__(self, headers) -> None:
        self._message = Message()
        for name, value in headers.raw_items():
            self._message[name] = value

    def info(self) -> Message:
        return self._message


class Session:
    """One browser tab's worth of protocol: its own cookie jar and websocket."""

    def __init__(self, base: str, query: str = "", locale: str = "id-ID") -> None:
        self.base = base.rstrip("/")
        self.query = query
        self.context = ContextInfo(locale=locale, timezone="Asia/Jakarta", timezone_offset=-420, url=self.base + "/")
        self.jar = http.cookiejar.CookieJar()
        self.ws = None
        self._sock = None
        self.pages: list[Page] = []
        self.address = query  # the query string the server last put in the address bar (page_info_changed)

    def _get_page(self) -> None:
        """The browser's first GET: a proxy's affinity cookie lands in this session's jar."""
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        with opener.open(self.base + "/", timeout=30) as resp:
            resp.read()

    async def open(self) -> None:
        await asyncio.to_thread(self._get_page)
        parts = urlsplit(self.base)
        ws_url = ("wss" if parts.scheme == "https" else "ws") + self.base[len(parts.scheme) :] + "/_stcore/stream"
        request = urllib.request.Request(self.base + "/_stcore/stream")
        self.jar.add_cookie_header(request)
        headers = {"Cookie": request.get_header("Cookie")} if request.has_header("Cookie") else {}
        self.ws = await websockets.connect(
            ws_url,
            subprotocols=["streamlit"],
            additional_headers=headers,
            origin=f"{parts.scheme}://{parts.netloc}",
            max_size=None,
            open_timeout=30,
            ping_interval=None,
        )
        if self.ws.response is not None:
            self.jar.extract_cookies(_HeaderResponse(self.ws.response.headers), request)
        self._sock = self.ws.transport.get_extra_info("socket")
        if self._sock is not None:
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._ack_promptly()

    def _ack_promptly(self) -> None:
        """Acknowledge each frame at once, as a browser does, instead of Linux's delayed ACK.

        The server sends a run as many small frames; with the client's ACKs delayed (up to 40 ms) and
        Nagle on the server's socket, the last frames of every run wait for an ACK: a ~40 ms floor under
        every run, the same for both apps, which hid the difference between them (the bare reference
        measured 48 ms a rerun instead of 16 ms). ``TCP_QUICKACK`` does not stick, so it is re-armed after
        each frame read; where it does not exist (not Linux) the floor stays.
        """
        if self._sock is not None and hasattr(socket, "TCP_QUICKACK"):
            with contextlib.suppress(OSError):
                self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()

    async def run(self, page: Page | None, *, rerun: bool = False) -> RunResult:
        """Ask for one run of a page (None: the default page) and wait for it to finish.

        A navigation sends the starting query string; a ``rerun`` (a widget change on the page shown)
        sends the address bar as the server last set it, as the browser does.
        """
        query = self.address if rerun else self.query
        state = ClientState(query_string=query, widget_states=WidgetStates(), context_info=self.context)
        if page is not None:
            state.page_script_hash = page.script_hash
        msg = BackMsg(rerun_script=state)
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        size = errors = reruns = messages = 0
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), RUN_TIMEOUT)
            self._ack_promptly()
            size += len(raw)
            messages += 1
            fwd = ForwardMsg()
            fwd.ParseFromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "page_info_changed":
                self.address = fwd.page_info_changed.query_string
            elif kind == "navigation":  # the last one is st.navigation's own list
                self.pages = [Page(p.url_pathname or "(default)", p.page_script_hash) for p in fwd.navigation.app_pages]
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                errors += fwd.delta.new_element.WhichOneof("type") == "exception"
            elif kind == "script_finished":
                if fwd.script_finished in FINAL:
                    return RunResult(time.perf_counter() - start, size, errors, reruns, messages)
                reruns += 1


async def discover(base: str, client: dict) -> list[Page]:
    """The app's pages as its navigation message lists them (a single-page app: one unnamed page)."""
    session = Session(base, **client)
    await session.open()
    try:
        await session.run(None)
        return session.pages or [Page("main", "")]
    finally:
        await session.close()


def only(pages: list[Page], names: str | None) -> list[Page]:
    """The pages named in ``names`` (comma-separated URL paths; ``home`` is the default page), all without it."""
    if not names:
        return pages
    wanted = {"(default)" if n.strip() in ("home", "") else n.strip() for n in names.split(",")}
    picked = [p for p in pages if p.name in wanted]
    unknown = wanted - {p.name for p in picked}
    if unknown:
        raise SystemExit(f"no such page: {', '.join(sorted(unknown))} (pages: {', '.join(p.name for p in pages)})")
    return picked


async def serial(base: str, pages: list[Page], rounds: int, client: dict) -> tuple[Stats, Stats]:
    """One session, a warm-up pass, then ``rounds`` passes over every page: on each visit one run that
    navigates to the page, then one rerun of it (what a widget change costs). Returns (reruns, navigations)."""
    reruns, navigations = Stats(), Stats()
    session = Session(base, **client)
    await session.open()
    try:
        await session.run(None)
        for page in pages:
            await session.run(page)
        for _ in range(rounds):
            for page in pages:
                navigations.add(page.name, await session.run(page))
                reruns.add(page.name, await session.run(page, rerun=True))
    finally:
        await session.close()
    return reruns, navigations


async def load(base: str, pages: list[Page], sessions: int, seconds: float, client: dict) -> tuple[Stats, float]:
    """``sessions`` sessions cycling through every page until ``seconds`` pass; returns stats and elapsed time."""
    stats = Stats()
    deadline = time.perf_counter() + seconds

    async def one(offset: int) -> None:
        session = Session(base, **client)
        await session.open()
        try:
            await session.run(None)  # the landing run every browser tab makes
            i = offset
            while time.perf_counter() < deadline:
                page = pages[i % len(pages)]
                stats.add(page.name, await session.run(page))
                i += 1
        finally:
            await session.close()

    start = time.perf_counter()
    await asyncio.gather(*(one(k) for k in range(sessions)))
    return stats, time.perf_counter() - start


# ---------- servers ----------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(script: Path, log_name: str, options: tuple[str, ...] = (), root: Path | None = None):
    """``streamlit run script`` on a free loopback port until the block ends; yields its base URL.

    ``options``: more ``--section.option value`` arguments, given to both apps alike (see ``server_options``);
    ``root``: the working folder (another checkout, to measure the code before a change beside this one).
    """
    port = free_port()
    log_dir = ROOT / "artifacts"
    log_dir.mkdir(exist_ok=True)
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    cmd += ["--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
    cmd += ["--browser.gatherUsageStats", "false", "--server.runOnSave", "false", *options]
    with open(log_dir / log_name, "w") as log:
        proc = subprocess.Popen(cmd, cwd=root or ROOT, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, proc)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_healthy(base: str, proc: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError), urllib.request.urlopen(base + "/_stcore/health", timeout=2) as resp:
            if resp.read().decode().strip() == "ok":
                return
        if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
            raise RuntimeError(f"{base} did not come up")
        time.sleep(0.3)


def server_options(args) -> tuple[str, ...]:
    """``--no-post-gc``: both apps without Streamlit's full garbage collection after each run, so the
    ratio compares the pages' own work only (the app freezes its long-lived objects out of that
    collection, see ``ui.settle_heap``; the bare reference does not, and pays a walk of its heap)."""
    return ("--runner.postScriptGC", "false") if args.no_post_gc else ()


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-post-gc", action="store_true", help="serve both apps with runner.postScriptGC off (page work only)"
    )
    parser.add_argument("--pages", help="comma-separated pages to time, e.g. home,pay,offer (default: every page)")


# ---------- report ----------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def report(app_serial, ref_serial, app_load: tuple[Stats, float], ref_load: tuple[Stats, float]) -> None:
    (app_serial, app_nav), (ref_serial, ref_nav) = app_serial, ref_serial
    ref_median = statistics.median(ref_serial.all_times())
    ref_load_stats, ref_elapsed = ref_load
    app_load_stats, app_elapsed = app_load
    print(
        "\nserver run per page, one session, warm: a rerun (widget change) and a navigation to the page;"
        " ratio = rerun median / reference rerun median; under load: every run of the load phase"
    )
    print(
        f"{'page':<14} {'median ms':>9} {'p95 ms':>7} {'ratio':>6} {'nav med':>7} {'KB/run':>7} {'msgs':>5} {'errors':>6} | "
        f"{'load med':>8} {'load p95':>8}"
    )
    for stats, nav, load_stats, label in (
        (app_serial, app_nav, app_load_stats, None),
        (ref_serial, ref_nav, ref_load_stats, "reference"),
    ):
        for page, times in stats.times.items():
            median = statistics.median(times)
            under = load_stats.times.get(page, [])
            print(
                f"{label or page:<14} {ms(median):>9} {ms(percentile(times, 0.95)):>7} {median / ref_median:>6.2f} "
                f"{ms(statistics.median(nav.times[page])):>7} "
                f"{statistics.median(stats.sizes[page]) / 1024:>7.1f} {statistics.median(stats.messages[page]):>5.0f} "
                f"{stats.errors[page]:>6} | "
                f"{ms(statistics.median(under)) if under else '      -':>8} "
                f"{ms(percentile(under, 0.95)) if under else '      -':>8}"
            )
    app_rate = app_load_stats.count() / app_elapsed
    ref_rate = ref_load_stats.count() / ref_elapsed
    print(
        f"\nthroughput: app {app_rate:.1f} page runs/s ({app_load_stats.count()} in {app_elapsed:.1f} s), "
        f"reference {ref_rate:.1f} runs/s ({ref_load_stats.count()} in {ref_elapsed:.1f} s), "
        f"ratio {app_rate / ref_rate:.2f}"
    )
    worst = max(statistics.median(t) for t in app_serial.times.values()) / ref_median
    print(f"worst page server run ratio {worst:.2f} (target <= 1.3); throughput ratio target >= 0.8")


async def measure(app: str, ref: str, args) -> None:
    client = {"query": args.query, "locale": args.locale}
    ref_client = {"query": "", "locale": args.locale}
    pages = only(await discover(app, client), args.pages)
    ref_pages = await discover(ref, ref_client)
    print(f"app {app}: {len(pages)} pages ({', '.join(p.name for p in pages)}); reference {ref}")
    app_serial = await serial(app, pages, args.rounds, client)
    ref_serial = await serial(ref, ref_pages, args.rounds * len(pages), ref_client)
    app_load = await load(app, pages, args.sessions, args.seconds, client)
    ref_load = await load(ref, ref_pages, args.sessions, args.seconds, ref_client)
    report(app_serial, ref_serial, app_load, ref_load)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of an app already running (default: start app.py here)")
    parser.add_argument("--ref-url", help="base URL of a reference app already running (default: start it here)")
    parser.add_argument("--sessions", type=int, default=10, help="concurrent sessions in the load phase")
    parser.add_argument("--seconds", type=float, default=20, help="length of each app's load phase")
    parser.add_argument("--rounds", type=int, default=5, help="passes over every page in the serial phase")
    parser.add_argument("--query", default="", help="query string sent with every app run, e.g. lang=en")
    add_server_arguments(parser)
    parser.add_argument(
        "--locale", default="id-ID", help="browser locale the sessions report (the app's default language)"
    )
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        options = server_options(args)
        app = (
            args.url.rstrip("/")
            if args.url
            else stack.enter_context(serve(ROOT / "app.py", "load_bench_app.log", options))
        )
        if args.url:
            wait_healthy(app)
        ref = args.ref_url or stack.enter_context(
            serve(ROOT / "bench" / "reference_app.py", "load_bench_ref.log", options)
        )
        asyncio.run(measure(app, ref, args))


if __name__ == "__main__":
    main()
