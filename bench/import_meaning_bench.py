"""What issue 15 adds to an import, on a generated JobStreet-shaped file: guess, preview, places and dates.

Run: ``python bench/import_meaning_bench.py [--rows 300000]``. Not part of pytest. Prints seconds per step and
the ratio of an import with a place and a date column mapped to the same import without them. The pay figures
are random 7-digit integers, nearly all distinct: the worst case for parsing (real pay columns repeat figures).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salary_explorer.uploads import importer, preview  # noqa: E402

PLACES = ["Jakarta Raya", "Tangerang", "Banjarmasin Selatan", "Kota Bandung", "Surabaya", "Banjar", "Remote"]


def generate(n: int, seed: int = 1) -> bytes:
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(
        {
            "Judul Pekerjaan": "Customer Service",
            "Perusahaan": "PT Contoh",
            "Lokasi": np.array(PLACES)[rng.integers(0, len(PLACES), n)],
            "Gaji_Rata2": rng.integers(3_000_000, 15_000_000, n).astype(str),
            "Tanggal": "22/08/2024 08:04:31",
        }
    )
    df.loc[rng.random(n) < 0.05, "Gaji_Rata2"] = "N/A"
    return df.to_csv(index=False).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    n = parser.parse_args().rows
    data = generate(n)
    t0 = time.perf_counter()
    raw = importer.read_table(data, "bench.csv")
    inspection = importer.inspect(data, "bench.csv")
    t1 = time.perf_counter()
    view = preview.guess_upload(raw.frame, inspection.guess, "en")
    t2 = time.perf_counter()
    mapping = importer.Mapping.build(
        inspection.guess, {"currency": view.guess.currency, "pay_period": view.guess.period}
    )
    shown = preview.import_preview(raw, mapping, "bench.csv", "en")
    t3 = time.perf_counter()
    with_meaning = importer.import_csv(data, "bench.csv", mapping)
    t4 = time.perf_counter()
    plain = {k: v for k, v in inspection.guess.items() if k not in ("province", "date")}
    importer.import_csv(data, "bench.csv", importer.Mapping.build(plain, {"currency": "IDR", "pay_period": "month"}))
    t5 = time.perf_counter()
    print(f"{n:,} rows: read {t1 - t0:.2f}s, guess {t2 - t1:.2f}s ({view.guess.period}), preview {t3 - t2:.2f}s")
    print(f"import with place + date columns {t4 - t3:.2f}s, without {t5 - t4:.2f}s: ratio {(t4 - t3) / (t5 - t4):.2f}")
    print(f"no-figure rows {with_meaning.no_figure}; {shown.summary}")


if __name__ == "__main__":
    main()
