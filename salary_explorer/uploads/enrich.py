"""What imported rows mean beyond their pay figure (issue 15): no-figure rows, places, years from dates.

Three small hooks into ``importer.to_schema``, kept here so the importer's fast path stays its own:

- ``drop_no_figure_rows``: rows whose pay cells say "N/A", "-", "nego", "competitive" ... (and hold
  no figure) leave the file before validation and are reported on one grouped line, not one by one;
- ``chunk_columns``: the place column's text goes into ``province``, and a date column gives each
  row its year when no year column is mapped;
- ``finish``: the place texts become provinces and countries (``places.map_places``); what could
  not be placed, and dates without a readable year, are counted for the report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import pandas as pd

from .dates import years_from_dates
from .parse import no_figure
from .places import map_places


def drop_no_figure_rows(raw, pay_columns: list[str]):
    """(raw without the no-figure rows, {cell as written: rows}). ``raw`` is an ``importer.RawTable``."""
    frame = raw.frame
    cols = [c for c in pay_columns if c in frame.columns]
    if not cols or frame.empty:
        return raw, {}
    said = pd.DataFrame({c: no_figure(frame[c]) for c in cols})
    blank = pd.DataFrame({c: frame[c].astype("string").str.strip().fillna("") == "" for c in cols})
    drop = said.any(axis=1) & (said | blank).all(axis=1)
    if not drop.any():
        return raw, {}
    first = pd.Series("", index=frame.index, dtype=object)
    for c in reversed(cols):  # the first pay cell that says "no figure", as the file writes it
        first = frame[c].where(said[c], first)
    counts = Counter(first[drop].astype(str).str.strip().tolist())
    keep = ~drop
    kept = dataclasses.replace(
        raw, frame=frame[keep].reset_index(drop=True), rownum=raw.rownum[keep].reset_index(drop=True)
    )
    return kept, dict(counts.most_common())


def chunk_columns(out: pd.DataFrame, df: pd.DataFrame, mapping) -> None:
    """Fill ``province`` with the place text, and ``year`` from a date column when no year column is mapped."""
    place = mapping.column("province")
    out["province"] = df[place].astype("string").str.strip().fillna("") if place else ""
    date = mapping.column("date")
    if date and not mapping.column("year"):
        years, _ = years_from_dates(df[date])
        text = years.astype("string").fillna("")
        out["year"] = text.where(text != "", out["year"])  # a fixed year, if any, where the date has none


def finish(result, raw, mapping, no_figure_rows: dict[str, int]):
    """Places -> provinces and countries, date and no-figure counts on the ``importer.ImportResult``."""
    result.no_figure = no_figure_rows
    result.rows_read += sum(no_figure_rows.values())
    rows = result.rows
    place = mapping.column("province")
    if place and len(rows):
        us_codes = mapping.value("country") == "US" and not mapping.column("country")
        places = map_places(rows["province"], us_codes=us_codes)
        rows["province"] = places.province.to_numpy()
        known = places.country.to_numpy() != ""
        rows["country"] = rows["country"].where(~known, places.country.to_numpy())
        result.places = places
    date = mapping.column("date")
    if date and not mapping.column("year") and date in raw.frame.columns:
        _, unreadable = years_from_dates(raw.frame[date])
        result.dates_unreadable = int(unreadable.sum())
    return result
