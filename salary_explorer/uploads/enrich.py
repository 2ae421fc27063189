"""What imported rows mean beyond their pay figure (issue 15): no-figure rows, places, years from dates.

Hooks into the importer's columnar path (``importer._convert``), each working
on a column's distinct values (``columnar.Coded``), never cell by cell:

- ``drop_no_figure_rows``: before any field is built, rows whose pay cells say "N/A", "-", "nego",
  "competitive" ... (and hold no figure) leave the ``fields.Upload`` and are reported on one grouped
  line, not one by one;
- the ``province`` and ``year`` builders in ``fields.py`` take the place column's text and, when no
  year column is mapped, each row's year from a date column (unreadable dates are counted there);
- ``place``: after the checks, each distinct place text of the accepted rows becomes a province and
  a country (``places.place_distinct``); what could not be placed is counted for the report;
- ``finish``: the counts go on the ``importer.ImportResult``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from .columnar import Texts, occurrences
from .fields import Column, Upload
from .parse import said_no_figure
from .places import PlaceMapping, place_distinct, regency_distinct
from .vocabulary import PAY_FIELDS


def drop_no_figure_rows(up: Upload) -> dict[str, int]:
    """Drop the no-figure rows from ``up``; {first such cell as written (trimmed): rows}, most rows first.

    A row leaves when at least one pay cell says there is no figure and every
    other pay cell says so too or is empty.
    """
    pays = [f for f in PAY_FIELDS if f in up.columns]
    if not pays or up.n == 0:
        return {}
    said_u, empty_u = {}, {}
    for fld in pays:
        coded = up.coded(fld)
        said_u[fld] = said_no_figure(coded.dictionary) & coded.present
        empty_u[fld] = pc.fill_null(pc.equal(pc.binary_length(coded.dictionary), 0), False).to_numpy(
            zero_copy_only=False
        )
    if not any(flags.any() for flags in said_u.values()):  # the usual file: nothing to look at per row
        return {}
    said = {fld: up.coded(fld).spread(said_u[fld]) for fld in pays}
    drop = np.logical_or.reduce([said[f] for f in pays])
    for fld in pays:
        drop &= said[fld] | up.coded(fld).spread(empty_u[fld])
    if not drop.any():
        return {}
    counts = _first_words(up, pays, said, np.flatnonzero(drop))
    up.keep(~drop)
    return counts


def _first_words(up: Upload, pays: list[str], said: dict[str, np.ndarray], rows: np.ndarray) -> dict[str, int]:
    """Per dropped row the first pay cell that says "no figure"; counted by text, ties in the file's order."""
    which = np.full(len(rows), -1, dtype=np.int64)
    code = np.zeros(len(rows), dtype=np.int64)
    for i, fld in enumerate(pays):
        take = said[fld][rows] & (which < 0)
        which[take] = i
        code[take] = up.coded(fld).codes[rows[take]]
    pairs, first, n = np.unique(which * (1 << 32) + code, return_index=True, return_counts=True)
    counts: dict[str, int] = {}
    for k in np.argsort(first, kind="stable"):
        fld, c = pays[int(pairs[k] >> 32)], int(pairs[k] & 0xFFFFFFFF)
        text = up.coded(fld).uniques[c]
        counts[text] = counts.get(text, 0) + int(n[k])
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))  # stable: ties keep the file's order


def place(up: Upload, built: dict[str, Column], keep: np.ndarray) -> PlaceMapping | None:
    """The place texts of the accepted rows -> provinces (``built["province"]``) and, where a place names its
    country, that country (``built["country"]``). Run after the checks, before ``up.release``."""
    if "province" not in up.columns or not keep.any():  # no accepted row: nothing placed, nothing to report
        return None
    coded = up.coded("province")
    accepted = coded.codes[keep]
    counts = occurrences(accepted, len(coded.uniques))
    us_codes = up.mapping.value("country") == "US" and "country" not in up.columns
    province, country, unknown, ambiguous = place_distinct(coded.uniques, counts, us_codes=us_codes)
    built["province"].values = coded.texts(province)
    regency = regency_distinct(coded.uniques, counts, province)
    if any(regency):  # the places that name one regency/city carry its code (its UMK is the local floor)
        built["regency_code"].values = coded.texts(regency)
    known = np.array([c != "" for c in country], dtype=bool)
    old = built["country"].values
    if known.any():
        if isinstance(old, Texts):
            built["country"].values = old.where(coded.spread(known), coded.texts(country))
        else:  # one country for the file: per distinct place, the place's country or the file's
            built["country"].values = coded.texts([c if k else old for c, k in zip(country, known, strict=True)])
    provinces, countries = coded.objects(province, keep), coded.objects(country, keep)
    return PlaceMapping(pd.Series(provinces, dtype=object), pd.Series(countries, dtype=object), unknown, ambiguous)


def finish(result, no_figure_rows: dict[str, int], places: PlaceMapping | None, dates_unreadable: int):
    """No-figure rows (counted as read), places and unreadable dates on the ``importer.ImportResult``."""
    result.no_figure = no_figure_rows
    result.rows_read += sum(no_figure_rows.values())
    result.places = places
    result.dates_unreadable = dates_unreadable
    return result
