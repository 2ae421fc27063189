"""Refresh the bundled data from the files as their publishers release them.

    python3 -m salary_explorer.refresh [--dry-run] [--data-dir DIR] FILE [FILE ...]

FILE is a BLS ``national_MYYYY_dl.xlsx``, a World Bank ``API_PA.NUS.FCRF_*.csv``, a UMP
table (``province, ump_YYYY, source_a, value_a, source_b, value_b, agree``), a UMK table
(``province, regency_city, kemendagri_code, umk_YYYY_idr, ..., status, notes``: next year's decrees, in
the shape of ``reference/umk/umk_2026.csv``) or a US state
table (``state, min_wage_YYYY..., source, notes``). Rows with the same key are replaced,
new ones added, older years kept. The result is validated with the app's own loaders
before anything is written; ``--dry-run`` only prints what would change.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .core import load
from .core.i18n import describe_problem
from .core.refresh import describe_plan, incoming_rows, plan_refresh
from .core.schema import SchemaError

LOADERS = {
    "minimum_wage.csv": load.load_minimum_wages,
    "minimum_wage_umk.csv": load.load_umk,
    "exchange_rates.csv": load.load_exchange_rates,
    "oews_national.csv": lambda data_dir: load.load_oews("national", data_dir),
}


def refresh(files: list[Path], data_dir: Path, dry_run: bool, out=print) -> int:
    """Apply (or with ``dry_run`` only describe) the refresh; 0 on success, 1 on a bad file."""
    plans = {}
    try:
        for path in files:
            target, rows = incoming_rows(path, data_dir)
            if target in plans:
                bundled = plans[target].after
            elif (data_dir / target).exists():
                bundled = load.read_text_csv(data_dir / target)
            else:  # the first table of its kind: every row is new
                bundled = rows.iloc[0:0].astype(str)
            plan = plan_refresh(target, bundled, rows)
            plans[target] = plan
            out(f"{path.name} -> {target}")
            for line in describe_plan(plan):
                out("  " + line)
    except (ValueError, KeyError, OSError) as err:
        out(f"error: {err}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:  # validate the result exactly as the app will load it
        for name in plans:
            plans[name].after.to_csv(Path(tmp) / name, index=False, lineterminator="\n")
        try:
            for name in plans:
                LOADERS[name](Path(tmp))
        except SchemaError as err:
            for problem in err.problems:
                out("error: " + describe_problem(problem, "en"))
            return 1
        if dry_run:
            out("dry run: nothing written")
            return 0
        for name in plans:
            if plans[name].changes:
                shutil.copy(Path(tmp) / name, data_dir / name)
                out(f"wrote {data_dir / name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m salary_explorer.refresh", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="publisher files to read")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    parser.add_argument("--data-dir", type=Path, default=load.DATA_DIR, help="bundled data folder (default: data/)")
    args = parser.parse_args(argv)
    return refresh(args.files, args.data_dir, args.dry_run)


if __name__ == "__main__":
    sys.exit(main())
