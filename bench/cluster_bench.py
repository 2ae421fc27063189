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


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used so far (Linux /proc)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def summary(stats: load_bench.Stats, elapsed: float) -> tuple[float, float, float, int]:
    times = stats.all_times()
    errors = sum(stats.errors.values())
    if not times:
        return 0.0, float("nan"), float("nan"), errors
    return len(times) / elapsed, statistics.median(times), load_bench.percentile(times, 0.95), errors


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
                pids = [r.proc.pid for r in members]
                try:
                    client = {"query": args.query, "locale": args.locale}
                    pages = asyncio.run(load_bench.discover(proxy.url, client))
                    asyncio.run(load_bench.load(proxy.url, pages, max(2, args.sessions // 2), 3, client))  # warm-up
                    cpu_before = cpu_seconds(pids)
                    stats, elapsed = asyncio.run(load_bench.load(proxy.url, pages, args.sessions, args.seconds, client))
                    cores = (cpu_seconds(pids) - cpu_before) / elapsed
                finally:
                    proxy.stop()
                    proxy.remove()
                results[label].append((*summary(stats, elapsed), cores))
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
    print(
        f"{'through HAProxy':<16}{'round':>6}{'runs/s':>9}{'median s':>10}{'p95 s':>8}{'errors':>8}"
        f"{'cores used':>12}{'CPU s/run':>11}"
    )
    for label, rounds in results.items():
        for i, (rate, med, p95, errors, cores) in enumerate(rounds, 1):
            per_run = cores / rate if rate else float("nan")
            print(f"{label:<16}{i:>6}{rate:>9.2f}{med:>10.3f}{p95:>8.3f}{errors:>8}{cores:>12.2f}{per_run:>11.3f}")
    one = statistics.mean(r[0] for r in results["1 replica"])
    two = statistics.mean(r[0] for r in results["2 replicas"])
    ratio = two / one if one else float("nan")
    print(
        f"2 vs 1 replica: {ratio:.2f}x page runs/s (target >= 1.7x), mean of {args.rounds} alternating rounds, "
        f"on {os.cpu_count()} cores; machine load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    one_cores = statistics.mean(r[4] for r in results["1 replica"])
    two_cores = statistics.mean(r[4] for r in results["2 replicas"])
    print(
        f"CPU the replicas got: {one_cores:.2f} cores (1 replica), {two_cores:.2f} cores (2 replicas); "
        f"CPU per page run {one_cores / one:.3f} s vs {two_cores / two:.3f} s. Derived, not measured: "
        f"if each replica had a core of its own, 2 replicas would do {2 * (two / two_cores) / (one / one_cores):.2f}x"
        " the runs/s of 1 at full load (the ratio of per-run CPU cost, times two)"
        if one and two and one_cores and two_cores
        else ""
    )
    print("one replica alone:")
    for n, (rate, med, p95, errors) in curve.items():
        print(f"  {n:>3} sessions: {rate:6.2f} runs/s, median {med:.3f} s, p95 {p95:.3f} s, {errors} errors")


if __name__ == "__main__":
    main()
