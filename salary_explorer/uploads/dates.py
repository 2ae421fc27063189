"""A row's year from a date column: ``22/08/2024 08:04:31``, ``2024-08-22``, ``22 Agustus 2024``, ``Aug 2024``.

Only a four-digit year (1900-2100) standing on its own in the text counts: a two-digit year
(``22/08/24``) or a relative date (``3 hari yang lalu``, ``2 days ago``) gives no year rather
than a guess. Two different years in one cell (``2023-2024``) give none either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_YEAR = r"(?<!\d)((?:19|20)\d{2}|2100)(?!\d)"


def years_from_dates(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(years, unreadable): nullable Int64 years (NA where none can be read) and a mask of
    non-empty cells that gave no year. Each distinct text is read once."""
    text = values.astype("string").fillna("").str.strip()
    codes, uniques = pd.factorize(text)
    uniq = pd.Series(uniques, dtype="string")
    found = uniq.str.extractall(_YEAR)[0].astype(int)
    per_value = found.groupby(level=0).agg(["min", "max"])
    single = per_value[per_value["min"] == per_value["max"]]["min"]
    years_u = pd.Series(pd.NA, index=uniq.index, dtype="Int64")
    years_u.loc[single.index] = single.astype("Int64")
    picked = years_u.to_numpy(dtype="float64", na_value=np.nan)[np.asarray(codes)]
    years = pd.Series(picked, index=values.index).astype("Int64")
    unreadable = years.isna() & (text != "")
    return years, unreadable.astype(bool)
