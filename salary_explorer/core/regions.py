"""Indonesian provinces and regencies/cities by Kemendagri code, for pickers and joins.

The bundled ``data/id_regions.csv`` (MIT, see ``data/id_regions_LICENSE.txt``) names every place; the
floors (``minimum_wage_umk.csv``), the map geometry and the place matcher all join on its codes
(``32.15`` = Kabupaten Karawang), never on names, because sources spell names differently.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
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


@functools.lru_cache(maxsize=1)
def _by_code() -> dict[str, dict[str, str]]:
    return regencies().set_index("code").to_dict("index")


def _regency(code: str) -> dict[str, str]:
    return _by_code()[code]  # KeyError for a code that is no regency/city


def regency_name(code: str) -> str:
    """The name of a regency/city code ("Kabupaten Karawang" for ``32.15``); KeyError for an unknown code."""
    return str(_regency(code)["name"])


def province_of(code: str) -> str:
    """The province (short name) a regency/city code lies in; KeyError for an unknown code."""
    return str(_regency(code)["province"])


_PREFIX = re.compile(r"^(kabupaten|kab|kota|kodya|kotamadya)\s+(?:administrasi\s+|adm\s+)?")
_BARE = re.compile(r"^(Kabupaten|Kota)\s+(Administrasi\s+)?")


def _norm(text: object) -> str:
    s = re.sub(r"[.\u2019'`()]", " ", str(text).lower().replace("\u00a0", " "))
    return re.sub(r"\s+", " ", s).strip(" -,")


@functools.lru_cache(maxsize=1)
def _regency_index() -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, bare name) -> codes, kind "city"/"regency"/"" (either): "Bekasi" is both a kota and a kabupaten."""
    index: dict[tuple[str, str], list[str]] = {}
    for code, name in zip(regencies()["code"], regencies()["name"]):
        kind = "city" if name.startswith("Kota") else "regency"
        bare = _norm(_BARE.sub("", name))
        for key in ((kind, bare), ("", bare)):
            index.setdefault(key, []).append(code)
    return {k: tuple(v) for k, v in index.items()}


@dataclass(frozen=True)
class RegencyMatch:
    """What a place text names at regency/city level: ``ok`` (one code), ``ambiguous`` or ``unknown``."""

    status: str
    code: str = ""
    candidates: tuple[str, ...] = ()


def resolve_regency(text: object) -> RegencyMatch:
    """ "Kota Bekasi", "Kab. Karawang", "Karawang", "Jakarta Selatan", "Surabaya" -> one regency/city code.

    A bare name that is both a kota and a kabupaten ("Bekasi", "Bandung") is ``ambiguous`` with both
    codes: which one decides the floor, so the reader picks; it is never guessed.
    """
    norm = _norm(text)
    match = _PREFIX.match(norm)
    kind = ""
    if match:
        kind = "regency" if match.group(1).startswith("kab") else "city"
        norm = norm[match.end() :]
    codes = _regency_index().get((kind, norm), ())
    if len(codes) == 1:
        return RegencyMatch("ok", codes[0])
    if codes:
        return RegencyMatch("ambiguous", candidates=codes)
    return RegencyMatch("unknown")
