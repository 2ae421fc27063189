"""How the team pay check scales: read a generated roster and build the whole page view.

Prints seconds per step for 1k, 10k and 50k employees beside pandas' plain ``read_csv`` of the
same bytes (the ratio is what matters; the machine is shared). Run: ``python3 bench/team_bench.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salary_explorer.bands import team  # noqa: E402
from salary_explorer.core import load, money  # noqa: E402
from salary_explorer.uploads.roster import read_roster  # noqa: E402

LEVELS = ("Staf junior", "senior", "spv", "Manajer")
PROVINCES = ("DKI Jakarta", "Jawa Barat", "Banten", "Bali", "Jawa Timur")


def roster_csv(n: int) -> bytes:
    lines = ["Nama;Jenjang;Provinsi;Gaji;Jenis Kelamin;Tanggal Masuk"]
    for i in range(n):
        pay = 4_000_000 + (i * 7919) % 10_000_000
        lines.append(
            f"E{i};{LEVELS[i % 4]};{PROVINCES[i % 5]};Rp {pay:,}".replace(",", ".") + f";{'FM'[i % 2]};2020-01-01"
        )
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    wages, rates = load.load_minimum_wages(), load.load_exchange_rates()
    bands = team.default_bands(load.load_salaries(), rates)
    for n in (1_000, 10_000, 50_000):
        data = roster_csv(n)
        t0 = time.perf_counter()
        pd.read_csv(io.BytesIO(data), sep=";")
        plain = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = read_roster(data, "bench.csv")
        read = time.perf_counter() - t0
        t0 = time.perf_counter()
        team.team_view(
            result.roster,
            bands,
            wages,
            on=dt.date(2026, 6, 1),
            rate=money.rate_for_year(rates, 2026),
            hours=money.DEFAULT_HOURS,
            lang="id",
            roster_name="bench.csv",
            band_set="bands-page",
            with_gap=True,
        )
        view = time.perf_counter() - t0
        print(
            f"{n:>6} employees: read_csv {plain:.3f} s, read_roster {read:.3f} s ({read / plain:.1f}x), "
            f"team_view {view:.3f} s"
        )


if __name__ == "__main__":
    main()
