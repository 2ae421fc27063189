"""How long a wage structure and 1,000 workers' notices take: build the structure (two-point, eight grades),
its page view (checks, chart, workbook, decree PDF), read a 1,000-row roster and write the notices PDF.

Prints seconds per step beside a reference measured in the same run (writing the same 1,000 rows with
pandas to an Excel workbook), as the machine is shared and only the ratio travels.
Run: ``python3 bench/structure_bench.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salary_explorer.core import load  # noqa: E402
from salary_explorer.structure import build, roster, screens  # noqa: E402

N = 1_000


def roster_frame(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Nama": [f"Pekerja {i:04d}" for i in range(n)],
            "Golongan": [str(1 + i % 8) for i in range(n)],
            "Tanggal masuk": [f"20{10 + i % 15}-0{1 + i % 9}-15" for i in range(n)],
            "Upah pokok": [str(5_000_000 + (i * 7919) % 15_000_000) for i in range(n)],
        }
    )


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - t0


def main() -> None:
    wages = load.load_minimum_wages()
    frame = roster_frame(N)
    _, reference = timed(lambda: frame.to_excel(io.BytesIO(), index=False, engine="xlsxwriter"))

    built, t_build = timed(build.two_point, 8, 6_600_000, 40_000_000, [0.4, 0.4, 0.4, 0.6, 0.8, 1.0])
    structure = built.structure
    today = dt.date(2026, 12, 7)
    args = ("Jawa Barat", "", dt.date(2026, 1, 1), 0.0, 0.0, "PT Bench", "1/SK", today, "Bandung", "A", "Direktur")
    view, t_view = timed(screens.structure_view, structure, wages, *args, "id", today)
    notices, t_notices = timed(screens.notices_view, structure, view.info, frame, wages, "Jawa Barat", "", today, "id")
    documents, t_docs = timed(lambda: (view.pdf(), view.xlsx()))  # built on the download click
    pdf, t_pdf = timed(notices.pdf)  # built on the download click
    rows, _ = roster.read_roster(frame, structure)
    assert notices.pages == N and pdf.startswith(b"%PDF") and len(rows) == N
    total = t_build + t_view + t_docs + t_notices + t_pdf
    lines = [
        (f"reference (pandas writes {N:,} rows to xlsx)", reference),
        ("structure built", t_build),
        ("page view (checks, chart)", t_view),
        ("decree PDF and workbook (on the click)", t_docs),
        (f"{N:,} workers read and checked", t_notices),
        (f"{N:,} notices PDF, {len(pdf) / 1e6:.1f} MB (on the click)", t_pdf),
    ]
    for label, seconds in lines:
        print(f"{label:<48} {seconds:7.3f} s")
    print(
        f"{'structure and ' + format(N, ',') + ' notices':<48} {total:7.3f} s ({total / reference:.1f}x the reference)"
    )


if __name__ == "__main__":
    main()
