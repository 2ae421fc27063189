"""Indonesian provinces and regencies/cities by Kemendagri code, for pickers and joins.

The bundled ``data/id_regions.csv`` (MIT, see ``data/id_regions_LICENSE.txt``) names every place; the
floors (``minimum_wage_umk.csv``), the map geometry and the place matcher all join on its codes
(``32.15`` = Kabupaten Karawang), never on names, because sources spell names differently.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from .load import DATA_DIR, REGIONS_FILE


@functools.lru_cache(maxsize=4)
def _levels(path: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    df = pd.read_csv(path or DATA_DIR / REGIONS_FILE, dtype=str, keep_default_na=False, usecols=[0, 1, 2, 3])
    df["name"] = df["name"].str.strip()
    provinces = df[df["level"] == "1"].reset_index(drop=True)
    regencies = df[df["level"] == "2"].reset_index(drop=True)
    regencies["province_code"] = regencies["code"].str[:2]
    return provinces, regencies


def regencies() -> pd.DataFrame:
    """Every regency/city: ``code``, ``name`` ("Kabupaten Karawang"), ``province`` (short), ``province_code``."""
    return _levels()[1][["code", "name", "province", "province_code"]]


def province_codes() -> dict[str, str]:
    """Province short name (as the minimum-wage table writes it) -> its two-digit code."""
    provinces = _levels()[0]
    return dict(zip(provinces["province"], provinces["code"]))


def regencies_of(province: str) -> list[tuple[str, str]]:
    """``(code, name)`` of a province's regencies and cities, cities after regencies as the codes run."""
    table = regencies()
    rows = table[table["province"] == province]
    return list(zip(rows["code"], rows["name"]))


def regency_name(code: str) -> str:
    """ "Kabupaten Karawang" for ``32.15``; KeyError for a code that is no regency/city."""
    table = regencies()
    found = table.loc[table["code"] == code, "name"]
    if found.empty:
        raise KeyError(code)
    return str(found.iloc[0])


def province_of(code: str) -> str:
    """The province (short name) a regency/city code lies in; KeyError for an unknown code."""
    table = regencies()
    found = table.loc[table["code"] == code, "province"]
    if found.empty:
        raise KeyError(code)
    return str(found.iloc[0])
