"""Save and reopen an imported dataset of 100k rows; targets: save <= 2 s, reopen <= 1 s.

Run: ``python3 bench/storage_bench.py [--rows 100000] [--url postgresql+psycopg://...]``.
Not part of pytest. Without ``--url`` it uses a SQLite file in a temporary folder
(the default store); with ``--url`` any database the app can use (e.g. the one
``deploy/run-local.sh`` starts). Beside the store it times a plain parquet and a
plain CSV write/read of the same frame, so the ratios say what the store adds.
Times are the best of ``--repeat`` runs (wall clock).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import generate  # noqa: E402

from salary_explorer.core import storage  # noqa: E402
from salary_explorer.uploads import importer, saved  # noqa: E402


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--url", help="database URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    data = generate(args.rows)
    result = importer.import_csv(data, "bench.csv")
    mapping = importer.Mapping.build({})
    rows = result.rows
    print(f"{len(rows):,} accepted rows of {args.rows:,} generated ({len(data) / 1e6:.1f} MB CSV)")

    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        engine = storage.make_engine(url)
        storage.migrate(engine)
        tokens: list[str] = []

        def save():
            token = saved.save(engine, "bench.csv", result, mapping, "0" * 64).token
            tokens.append(token)
            return token

        t_save, token = best(save, args.repeat)
        t_open, back = best(lambda: saved.open_saved(engine, token), args.repeat)
        assert len(back.result.rows) == len(rows)
        size = storage.history(engine, token, "dataset")[-1].size_bytes
        for t in tokens:
            storage.delete(engine, t, "dataset")
        engine.dispose()

        def parquet_write():
            buf = io.BytesIO()
            rows.to_parquet(buf, index=False)
            return buf.getvalue()

        t_pq_w, pq = best(parquet_write, args.repeat)
        t_pq_r, _ = best(lambda: __import__("pandas").read_parquet(io.BytesIO(pq)), args.repeat)
        t_csv_w, csv = best(lambda: rows.to_csv(index=False).encode(), args.repeat)
        t_csv_r, _ = best(lambda: __import__("pandas").read_csv(io.BytesIO(csv)), args.repeat)

    backend = storage.Settings(url, 0).backend
    print(f"store: {backend}; saved item {size / 1e6:.2f} MB (Arrow IPC + zstd, plus report JSON)")
    print(f"{'step':<28}{'seconds':>9}{'target':>9}{'vs parquet':>12}{'vs CSV':>9}")
    print(f"{'save (store)':<28}{t_save:>9.3f}{'<= 2.0':>9}{t_save / t_pq_w:>11.1f}x{t_save / t_csv_w:>8.1f}x")
    print(f"{'reopen (store)':<28}{t_open:>9.3f}{'<= 1.0':>9}{t_open / t_pq_r:>11.1f}x{t_open / t_csv_r:>8.1f}x")
    print(f"{'parquet write / read':<28}{t_pq_w:>9.3f} / {t_pq_r:.3f}")
    print(f"{'CSV write / read':<28}{t_csv_w:>9.3f} / {t_csv_r:.3f}")
    ok = t_save <= 2.0 and t_open <= 1.0
    print("targets met" if ok else "TARGET MISSED")


if __name__ == "__main__":
    main()
