"""Import 10k, 100k and 1M generated salary rows, beside pandas' plain read_csv of the same bytes; prints the ratios.

Run: ``python bench/import_bench.py [--sizes 10000 100000 1000000] [--repeat 9]``. Not part of pytest.

Each measurement runs in a fresh Python process so its peak memory
(VmHWM) is its own; "peak MB" is that peak minus a process that only
loads the same bytes and imports the same modules, so it counts what reading
costs (tracemalloc would miss pyarrow's string buffers). Times are wall-clock
for the step alone; each step runs ``--repeat`` times, in turn with the others
(the machine is shared, so interleaving keeps them comparable), and the best
time and its peak are kept. Nine runs by default: the import's work after Arrow's read moves
60-190 ms from run to run with the kernel's first touch of its memory (pay_min's 8 MB: 8-46 ms),
read_csv's ~180 ms by a few ms, so the best of five gave 1.29-1.55x at 1M rows on the same code
(2026-12-06) and the best of nine 1.27-1.39x in four runs.

Every process (the baseline's too) first reads a 50-row file both ways, as a
server that has imported before: the first import in a process also maps in the
code it runs and starts Arrow's thread pools (~8 MB and ~5 ms, whatever the file's
size), which would otherwise be most of a 10k-row file's figures. ``--cold``
measures without that warm-up (the first import after the server starts).

Each process then runs its step a second time on the same bytes ("again x": both
steps' fastest second runs): a server that has read a file of that size before
finds its allocator holding memory already faulted in, which the first read in a
process pays for (measured 2026-12-06: a cold 1M-row import faults in ~34,000
pages, a second one ~5,000-8,000; pandas' ``read_csv`` ~29,000 every time).

Targets (issue 11): import / read_csv <= 1.5x at 1M rows, <= 2x at 100k, peak
memory <= 2x read_csv's. ``inspect`` (the mapping form's preview) is shown
beside them: upload to "rows imported" is inspect + import.
"""

from __future__ import annotations

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def generate(n: int, seed: int = 0) -> bytes:
    """An Indonesian-style upload: semicolons, ``Rp 5.000.000`` and ``4,5 juta`` figures, levels, years, industries."""
    rng = np.random.default_rng(seed)
    tenths = rng.integers(15, 150, n)  # 1,5 .. 14,9 juta
    frame = pd.DataFrame(
        {
            "Posisi": rng.choice(["Customer Service", "Admin Toko Online", "Call Center", "Teller"], n),
            "Gaji Minimum": [f"Rp {t * 100_000:,}".replace(",", ".") for t in tenths],
            "Gaji Maksimum": [f"{(t + 20) // 10},{(t + 20) % 10} juta" for t in tenths],
            "Tahun": rng.choice(["2021", "2022", "2023", "2024"], n),
            "Jenjang": rng.choice(["Staf Junior", "Staf Senior", "Supervisor", "Manajer"], n),
            "Industri": rng.choice(["perbankan", "logistik", "toko online"], n),
        }
    )
    return frame.to_csv(index=False, sep=";").encode("utf-8")


def measure(step: str, path: Path, cold: bool = False) -> None:
    """Child process: run one step on the file, print seconds, peak RSS (MB), and a count."""
    import pyarrow.csv  # noqa: F401 - the baseline process loads what the importer loads

    from salary_explorer.core.load import load_salaries  # noqa: F401 - every process loads the same code
    from salary_explorer.explorer import filters  # noqa: F401
    from salary_explorer.uploads import importer

    data = path.read_bytes()
    if not cold:  # as a server that has imported before: code mapped in, thread pools started
        warm = generate(50, seed=9)
        pd.read_csv(io.BytesIO(warm), sep=";")
        importer.import_csv(warm, "warm.csv")
    seconds, count = _step(step, data, path)
    peak = peak_rss_mb()
    again = _step(step, data, path)[0] if step in ("read_csv", "import") else seconds
    print(f"{seconds:.4f} {peak:.1f} {count} {again:.4f}")


def _step(step: str, data: bytes, path: Path) -> tuple[float, int]:
    """One run of a step on the file's bytes: (seconds, rows). Its result is dropped before it returns."""
    from salary_explorer.core.load import load_salaries
    from salary_explorer.explorer import filters
    from salary_explorer.uploads import importer

    count = 0
    start = time.perf_counter()
    if step == "read_csv":
        count = len(pd.read_csv(io.BytesIO(data), sep=";"))
    elif step == "import":
        count = importer.import_csv(data, path.name).accepted
    elif step == "inspect":
        count = len(importer.inspect(data, path.name).sample)
    elif step == "filter":
        rows = importer.concat_rows([load_salaries(), importer.import_csv(data, path.name).rows])  # as ui.salary_rows
        start = time.perf_counter()  # time the filtering alone
        count = len(
            filters.apply_filters(rows, {"xc": ["ID"], "xl": ["supervisor", "manager"], "xy": ["2023", "2024"]})
        )
    return time.perf_counter() - start, count


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, is not inherited from the parent across fork+exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def child(step: str, path: Path, cold: bool) -> tuple[float, float, int, float]:
    """(seconds, peak MB, rows, seconds of the same step run again in the same process)."""
    command = [sys.executable, __file__, "--measure", step, str(path), *(["--cold"] if cold else [])]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, peak, count, again = out.stdout.split()
    return float(seconds), float(peak), int(count), float(again)


STEPS = ("read_csv", "import", "inspect", "filter")


def best_of(path: Path, repeat: int, cold: bool) -> tuple[dict[str, tuple[float, float, int, float]], list[float]]:
    """Each step ``repeat`` times, interleaved; per step the fastest first run (seconds, its peak MB above the
    baseline, count) and the fastest second run in the same process; and each round's own ratio
    (import / read_csv, the two run back to back)."""
    base = min(child("none", path, cold)[1] for _ in range(2))
    runs: dict[str, list[tuple[float, float, int, float]]] = {step: [] for step in STEPS}
    for _ in range(repeat):
        for step in STEPS:
            runs[step].append(child(step, path, cold))
    best = {step: (*min(r)[:1], min(r)[1] - base, min(r)[2], min(x[3] for x in r)) for step, r in runs.items()}
    paired = [i[0] / p[0] for p, i in zip(runs["read_csv"], runs["import"], strict=True)]
    return best, paired


def spread(ratios: list[float]) -> str:
    """The median of the rounds' ratios and their range (quartiles from 4 rounds on): how much the machine moved."""
    q = np.percentile(ratios, [25, 50, 75]) if len(ratios) >= 4 else [min(ratios), np.median(ratios), max(ratios)]
    return f"{q[1]:.2f} ({q[0]:.2f}-{q[2]:.2f})"


def run(sizes: list[int], repeat: int, cold: bool = False) -> None:
    print("first import in a fresh process (--cold)" if cold else "processes warmed by a 50-row file (see --cold)")
    print(
        f"{'rows':>9} {'file MB':>7} | {'read_csv s':>10} {'peak MB':>7} | {'import s':>8} {'peak MB':>7} "
        f"{'accepted':>9} | {'time x':>6} {'mem x':>5} | {'again x':>7} | {'rounds x':>16} | {'inspect s':>9} | "
        f"{'filter s':>8} {'matches':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"gaji_{n}.csv"
            path.write_bytes(generate(n))
            r, paired = best_of(path, repeat, cold)
            (t_plain, p_plain, _, again_plain), (t_import, p_import, accepted, again_import) = (
                r["read_csv"],
                r["import"],
            )
            print(
                f"{n:>9,} {path.stat().st_size / 1e6:>7.1f} | {t_plain:>10.3f} {p_plain:>7.0f} | "
                f"{t_import:>8.3f} {p_import:>7.0f} {accepted:>9,} | {t_import / t_plain:>6.2f} "
                f"{p_import / max(p_plain, 1):>5.2f} | {again_import / again_plain:>7.2f} | {spread(paired):>16} | "
                f"{r['inspect'][0]:>9.3f} | "
                f"{r['filter'][0]:>8.3f} {r['filter'][2]:>8,}",
                flush=True,
            )
    print("targets: time x <= 1.5 at 1M rows, <= 2 at 100k; mem x <= 2")
    print(
        "time x: fastest import / fastest read_csv; rounds x: each round's import / its read_csv, run back to back,"
        " as median (quartiles): a wide range means the machine's speed moved during the run"
    )
    print(
        "again x: the same step run a second time in the same process (a server that has already read a file of this"
        " size: its allocator keeps memory the first run faulted in)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=9, help="runs per step; the best is kept")
    parser.add_argument("--cold", action="store_true", help="no warm-up: the first import in a fresh process")
    parser.add_argument("--measure", nargs=2, metavar=("STEP", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], Path(args.measure[1]), args.cold)
    else:
        run(args.sizes, args.repeat, args.cold)
