"""Import and filter 10k, 100k and 1M generated salary rows, beside pandas' plain read_csv of the same file.

Run: ``python bench/import_bench.py [--sizes 10000 100000 1000000]``. Not part of pytest.

Each measurement runs in a fresh Python process so its peak memory
(VmHWM) is its own; "peak MB" is that peak minus a process that only
loads the same bytes, so it counts what reading costs (tracemalloc would miss
pyarrow's string buffers). Times are wall-clock for the step alone.
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


def measure(step: str, path: Path) -> None:
    """Child process: run one step on the file, print seconds, peak RSS (MB), and a count."""
    from salary_explorer import explore, importer
    from salary_explorer.core.load import load_salaries

    data = path.read_bytes()
    count = 0
    start = time.perf_counter()
    if step == "read_csv":
        count = len(pd.read_csv(io.BytesIO(data), sep=";"))
    elif step == "import":
        count = importer.import_csv(data, path.name).accepted
    elif step == "filter":
        rows = pd.concat([load_salaries(), importer.import_csv(data, path.name).rows], ignore_index=True)
        start = time.perf_counter()  # time the filtering alone
        count = len(
            explore.apply_filters(rows, {"xc": ["ID"], "xl": ["supervisor", "manager"], "xy": ["2023", "2024"]})
        )
    seconds = time.perf_counter() - start
    print(f"{seconds:.4f} {peak_rss_mb():.1f} {count}")


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, is not inherited from the parent across fork+exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def child(step: str, path: Path) -> tuple[float, float, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", step, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    seconds, peak, count = out.stdout.split()
    return float(seconds), float(peak), int(count)


def run(sizes: list[int]) -> None:
    print(
        f"{'rows':>9} {'file MB':>7} | {'read_csv s':>10} {'peak MB':>7} | {'import s':>8} {'peak MB':>7} "
        f"{'accepted':>9} | {'filter s':>8} {'matches':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"gaji_{n}.csv"
            path.write_bytes(generate(n))
            _, base, _ = child("none", path)
            t_plain, p_plain, _ = child("read_csv", path)
            t_import, p_import, accepted = child("import", path)
            t_filter, _, matches = child("filter", path)
            print(
                f"{n:>9,} {path.stat().st_size / 1e6:>7.1f} | {t_plain:>10.3f} {p_plain - base:>7.0f} | "
                f"{t_import:>8.3f} {p_import - base:>7.0f} {accepted:>9,} | {t_filter:>8.3f} {matches:>8,}",
                flush=True,
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--measure", nargs=2, metavar=("STEP", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], Path(args.measure[1]))
    else:
        run(args.sizes)
