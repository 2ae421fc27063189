"""A rerun of the upload page with a million imported rows loaded, through AppTest; prints the median rerun.

Run: ``python bench/upload_rerun_bench.py [--rows 1000000] [--reruns 7]``. Not part of pytest.

The generated file (bench/import_bench.py) is uploaded and imported once; then
the page is rerun as a widget change would (the file still in the uploader,
the report on screen) and each rerun is timed. Target (issue 11): <= 50 ms.
The bare reference app's rerun is timed the same way beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import generate  # noqa: E402


def reruns(at, count: int) -> list[float]:
    times = []
    for _ in range(count):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    return times


def main() -> None:
    from streamlit.testing.v1 import AppTest

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--reruns", type=int, default=7)
    args = parser.parse_args()

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/upload.py").run()
    data = generate(args.rows)
    at.file_uploader[0].set_value(("gaji.csv", data, "text/csv")).run()
    start = time.perf_counter()
    next(b for b in at.button if b.key and b.key.startswith("imp_run_")).click().run()
    imported = time.perf_counter() - start
    assert not at.exception, at.exception
    page = reruns(at, args.reruns)

    ref = AppTest.from_file(str(ROOT / "bench" / "reference_app.py"), default_timeout=60)
    ref.run()
    bare = reruns(ref, args.reruns)
    print(f"rows {args.rows:,}: upload + import click {imported:.2f} s")
    print(
        f"upload page rerun median {statistics.median(page) * 1000:.0f} ms (min {min(page) * 1000:.0f}), target <= 50"
    )
    print(f"reference app rerun median {statistics.median(bare) * 1000:.0f} ms (min {min(bare) * 1000:.0f})")


if __name__ == "__main__":
    main()
