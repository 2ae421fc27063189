"""Capacity that scales: page runs per second through HAProxy with 1, then 2 replicas, in the same run.

Run: ``python3 bench/cluster_bench.py [--sessions 10] [--seconds 20] [--curve 1 5 10]``. Not part of pytest.
Needs PostgreSQL and HAProxy (``apt-get install -y postgresql haproxy``).

Starts a throwaway PostgreSQL and two app replicas on free loopback ports
(``tests/services.py``, the same code the cluster tests use), then:

1. the proxy with replica 1 only: ``--sessions`` sessions of
   ``bench/load_bench.py`` (Streamlit's websocket protocol, a cookie jar per
   session so HAProxy's affinity cookie sticks) cycle through every page for
   ``--seconds``: completed page runs per second, median and p95;
2. the proxy with both replicas: the same load; target >= 1.7x the runs/s of (1);
3. the "curve": replica 1 alone at each of ``--curve`` session counts, for the
   README's "one replica serves N sessions at p95 X".

Every process started here is stopped at the end. Note that the load generator
shares the machine's cores with the replicas; on a 2-core machine it competes
with them, so the ratio is a lower bound of what two hosts would give.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import load_bench  # noqa: E402

from tests.services import Postgres, Proxy, Replica  # noqa: E402


def summary(stats: load_bench.Stats, elapsed: float) -> tuple[float, float, float, int]:
    times = stats.all_times()
    errors = sum(stats.errors.values())
    if not times:
        return 0.0, float("nan"), float("nan"), errors
    return len(times) / elapsed, statistics.median(times), load_bench.percentile(times, 0.95), errors


async def run_load(base: str, sessions: int, seconds: float, query: str, locale: str):
    client = {"query": query, "locale": locale}
    pages = await load_bench.discover(base, client)
    # warm-up: every page once in every replica the proxy spreads sessions over
    await load_bench.load(base, pages, max(2, sessions // 2), 3, client)
    return await load_bench.load(base, pages, sessions, seconds, client), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--curve", type=int, nargs="*", default=[1, 5, 10], help="session counts for one replica")
    parser.add_argument("--rounds", type=int, default=2, help="alternating 1-replica / 2-replica rounds")
    parser.add_argument("--query", default="lang=en")
    parser.add_argument("--locale", default="en-US")
    args = parser.parse_args()
    os.environ.setdefault("CLUSTER_REQUIRED", "1")  # no pytest here: a missing binary is an error

    with contextlib.ExitStack() as stack:
        pg = Postgres()
        stack.callback(pg.remove)
        pg.start()
        stack.callback(pg.stop)
        replicas = [Replica(f"bench{i}", pg.url) for i in (1, 2)]
        for r in replicas:
            stack.callback(r.stop)
            r.start()
        results: dict[str, list] = {"1 replica": [], "2 replicas": []}
        load_before = os.getloadavg()[0]
        for _ in range(args.rounds):  # alternate, so a change in the machine's other load hits both alike
            for label, members in (("1 replica", replicas[:1]), ("2 replicas", replicas)):
                proxy = Proxy([(r.name, r.port) for r in members])
                proxy.start()
                try:
                    (stats, elapsed), pages = asyncio.run(
                        run_load(proxy.url, args.sessions, args.seconds, args.query, args.locale)
                    )
                finally:
                    proxy.stop()
                    proxy.remove()
                results[label].append(summary(stats, elapsed))
        curve = {}
        proxy = Proxy([(replicas[0].name, replicas[0].port)])
        proxy.start()
        try:
            for n in args.curve:
                client = {"query": args.query, "locale": args.locale}
                stats, elapsed = asyncio.run(load_bench.load(proxy.url, pages, n, args.seconds / 2, client))
                curve[n] = summary(stats, elapsed)
        finally:
            proxy.stop()
            proxy.remove()

    print(f"pages: {', '.join(p.name for p in pages)}; {args.sessions} sessions for {args.seconds:g} s each")
    print(f"{'through HAProxy':<16}{'round':>6}{'runs/s':>9}{'median s':>10}{'p95 s':>8}{'errors':>8}")
    for label, rounds in results.items():
        for i, (rate, med, p95, errors) in enumerate(rounds, 1):
            print(f"{label:<16}{i:>6}{rate:>9.2f}{med:>10.3f}{p95:>8.3f}{errors:>8}")
    one = statistics.mean(r[0] for r in results["1 replica"])
    two = statistics.mean(r[0] for r in results["2 replicas"])
    ratio = two / one if one else float("nan")
    print(
        f"2 vs 1 replica: {ratio:.2f}x page runs/s (target >= 1.7x), mean of {args.rounds} alternating rounds, "
        f"on {os.cpu_count()} cores; machine load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print("one replica alone:")
    for n, (rate, med, p95, errors) in curve.items():
        print(f"  {n:>3} sessions: {rate:6.2f} runs/s, median {med:.3f} s, p95 {p95:.3f} s, {errors} errors")


if __name__ == "__main__":
    main()
