"""Where a row's pay applies: a place as a file writes it -> province (or US state) and country.

Indonesian places come from ``data/id_regions.csv`` (38 provinces, 514 regencies and cities,
7,285 districts; MIT-licensed, see ``data/id_regions_LICENSE.txt``). Files name places loosely
("Jakarta Raya", "DI Yogyakarta", "Kota Bandung", "Kab. Banjar", "Kecamatan Cilandak",
"Tangerang, Banten"), so each text is normalised (case, spacing, dots, the Kota/Kab./Kecamatan
prefix) and looked up level by level: a province name first, then a regency or city, then a
district. The first level that knows the name decides; if it names places in more than one
province the text is *ambiguous* and stays without a province (a bare "Banjar" is both Kota
Banjar in Jawa Barat and Kabupaten Banjar in Kalimantan Selatan). Texts nobody knows are
*unknown*. Both are counted and listed for the user, never guessed.

US states map by name, or by two-letter code when the file is about the US or the code follows
a comma ("Austin, TX"): a bare "ID" in a country column means Indonesia, not Idaho.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..core import regions as id_regions
from ..core.load import DATA_DIR

REGIONS_FILE = "id_regions.csv"

# Short names and nicknames real files use -> the province's name in data/id_regions.csv.
PROVINCE_ALIASES = {
    "jakarta": "DKI Jakarta",
    "jakarta raya": "DKI Jakarta",
    "dki": "DKI Jakarta",
    "dki jakarta": "DKI Jakarta",
    "daerah khusus ibukota jakarta": "DKI Jakarta",
    "daerah khusus jakarta": "DKI Jakarta",
    "dk jakarta": "DKI Jakarta",
    "yogyakarta": "DI Yogyakarta",
    "di yogyakarta": "DI Yogyakarta",
    "d i yogyakarta": "DI Yogyakarta",
    "diy": "DI Yogyakarta",
    "jogja": "DI Yogyakarta",
    "jogjakarta": "DI Yogyakarta",
    "yogya": "DI Yogyakarta",
    "daerah istimewa yogyakarta": "DI Yogyakarta",
    "bangka belitung": "Kepulauan Bangka Belitung",
    "babel": "Kepulauan Bangka Belitung",
    "kepri": "Kepulauan Riau",
    "jabar": "Jawa Barat",
    "jateng": "Jawa Tengah",
    "jatim": "Jawa Timur",
    "west java": "Jawa Barat",
    "central java": "Jawa Tengah",
    "east java": "Jawa Timur",
    "sumut": "Sumatera Utara",
    "sumbar": "Sumatera Barat",
    "sumsel": "Sumatera Selatan",
    "north sumatra": "Sumatera Utara",
    "kalbar": "Kalimantan Barat",
    "kalteng": "Kalimantan Tengah",
    "kalsel": "Kalimantan Selatan",
    "kaltim": "Kalimantan Timur",
    "kaltara": "Kalimantan Utara",
    "sulut": "Sulawesi Utara",
    "sulteng": "Sulawesi Tengah",
    "sulsel": "Sulawesi Selatan",
    "sultra": "Sulawesi Tenggara",
    "sulbar": "Sulawesi Barat",
    "ntb": "Nusa Tenggara Barat",
    "ntt": "Nusa Tenggara Timur",
    "malut": "Maluku Utara",
    # Islands that lie wholly in one province (a fact, not a guess).
    "lombok": "Nusa Tenggara Barat",
    "sumbawa": "Nusa Tenggara Barat",
    "madura": "Jawa Timur",
    "halmahera": "Maluku Utara",
    "batam": "Kepulauan Riau",
}
# Names of islands or areas that span several provinces: always ambiguous.
AMBIGUOUS_REGIONS = {
    "jabodetabek": ("Banten", "DKI Jakarta", "Jawa Barat"),
    "jawa": ("Banten", "DKI Jakarta", "DI Yogyakarta", "Jawa Barat", "Jawa Tengah", "Jawa Timur"),
    "java": ("Banten", "DKI Jakarta", "DI Yogyakarta", "Jawa Barat", "Jawa Tengah", "Jawa Timur"),
    "sumatera": (
        "Aceh",
        "Sumatera Utara",
        "Sumatera Barat",
        "Riau",
        "Jambi",
        "Sumatera Selatan",
        "Bengkulu",
        "Lampung",
    ),
    "kalimantan": (
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Kalimantan Selatan",
        "Kalimantan Timur",
        "Kalimantan Utara",
    ),
    "sulawesi": (
        "Sulawesi Utara",
        "Sulawesi Tengah",
        "Sulawesi Selatan",
        "Sulawesi Tenggara",
        "Gorontalo",
        "Sulawesi Barat",
    ),
}
AMBIGUOUS_REGIONS["sumatra"] = AMBIGUOUS_REGIONS["sumatera"]
AMBIGUOUS_REGIONS["borneo"] = AMBIGUOUS_REGIONS["kalimantan"]
COUNTRY_ONLY = {"indonesia": "ID", "id": "ID", "idn": "ID", "united states": "US", "usa": "US", "us": "US"}

US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
_US_NAMES = {name.lower(): name for name in US_STATES.values()}

_PREFIX = re.compile(
    r"^(?P<kind>provinsi|propinsi|prov|kabupaten|kab|kotamadya|kodya|kota|kecamatan|kec)\s+(?:administrasi\s+|adm\s+)?"
)
_KINDS = {
    "provinsi": "province",
    "propinsi": "province",
    "prov": "province",
    "kabupaten": "regency",
    "kab": "regency",
    "kota": "city",
    "kotamadya": "city",
    "kodya": "city",
    "kecamatan": "district",
    "kec": "district",
}


def normalise(text: object) -> str:
    """Lower case, dots and odd spacing gone: ``"  Kab.  Bandung "`` -> ``"kab bandung"``."""
    s = str(text).lower().replace("\u00a0", " ")
    s = re.sub(r"[.\u2019'`]", " ", s)
    s = re.sub(r"[()\[\]]", " ", s)
    return re.sub(r"\s+", " ", s).strip(" -")


@dataclass(frozen=True)
class Place:
    """What one place text means: ``status`` is ``ok``, ``ambiguous``, ``unknown`` or ``country`` (country only)."""

    status: str
    province: str = ""
    country: str = ""
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Index:
    province: dict[str, frozenset[str]]
    city: dict[str, frozenset[str]]
    regency: dict[str, frozenset[str]]
    district: dict[str, frozenset[str]]

    def level(self, kind: str) -> dict[str, frozenset[str]]:
        return getattr(self, kind)


def _group(names: pd.Series, provinces: pd.Series) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, province in zip(names, provinces):
        for variant in {name, *name.split("/")} if "/" in name else {name}:
            out.setdefault(normalise(variant), set()).add(province)
    return {k: frozenset(v) for k, v in out.items() if k}


@functools.lru_cache(maxsize=4)
def _index(path: Path | None = None) -> _Index:
    df = pd.read_csv(path or DATA_DIR / REGIONS_FILE, dtype=str, keep_default_na=False)
    df["name"] = df["name"].str.strip()
    level1, level2, level3 = (df[df["level"] == str(n)] for n in (1, 2, 3))
    province = _group(level1["name"], level1["province"]) | _group(level1["province"], level1["province"])
    province.update({alias: frozenset({target}) for alias, target in PROVINCE_ALIASES.items()})
    bare = level2["name"].str.replace(r"^(Kabupaten|Kota)\s+(Administrasi\s+)?", "", regex=True)
    is_city = level2["name"].str.startswith("Kota")
    return _Index(
        province=province,
        city=_group(bare[is_city], level2["province"][is_city]),
        regency=_group(bare[~is_city], level2["province"][~is_city]),
        district=_group(level3["name"], level3["province"]),
    )


def _decide(provinces: frozenset[str] | None) -> Place | None:
    if not provinces:
        return None
    if len(provinces) == 1:
        return Place("ok", next(iter(provinces)), "ID")
    return Place("ambiguous", candidates=tuple(sorted(provinces)))


def _resolve_part(text: str, index: _Index, us_codes: bool) -> Place:
    if not text:
        return Place("unknown")
    if text in COUNTRY_ONLY and not (us_codes and text.upper() in US_STATES):
        return Place("country", country=COUNTRY_ONLY[text])
    if text in AMBIGUOUS_REGIONS:
        return Place("ambiguous", candidates=tuple(sorted(AMBIGUOUS_REGIONS[text])))
    if text in _US_NAMES:
        return Place("ok", _US_NAMES[text], "US")
    if us_codes and len(text) == 2 and text.upper() in US_STATES:
        return Place("ok", US_STATES[text.upper()], "US")
    match = _PREFIX.match(text)
    if match:
        rest = text[match.end() :]
        kind = _KINDS[match.group("kind")]
        if kind == "province":
            return _decide(index.province.get(rest)) or Place("unknown")
        if kind == "city" and rest in ("jakarta", "jakarta raya"):
            return Place("ok", "DKI Jakarta", "ID")
        return _decide(index.level(kind).get(rest)) or Place("unknown")
    found = _decide(index.province.get(text))
    if found:
        return found
    cities = index.city.get(text, frozenset()) | index.regency.get(text, frozenset())
    return _decide(cities or None) or _decide(index.district.get(text)) or Place("unknown")


def resolve(text: object, us_codes: bool = False, path: Path | None = None) -> Place:
    """One place text -> ``Place``. ``us_codes``: read a bare two-letter code as a US state."""
    index = _index(path)
    norm = normalise(text)
    whole = _resolve_part(norm, index, us_codes)
    if whole.status != "unknown" or ("," not in norm and "/" not in norm and " - " not in norm):
        return whole
    # "Tangerang, Banten" / "Austin, TX" / "Jakarta Selatan - DKI Jakarta": the parts must agree.
    parts = [p.strip() for p in re.split(r",|/| - ", norm) if p.strip()]
    found = [_resolve_part(p, index, us_codes or (i > 0 and len(p) == 2)) for i, p in enumerate(parts)]
    countries = {p.country for p in found if p.status == "country"}
    sets = [
        frozenset({p.province}) if p.status == "ok" else frozenset(p.candidates)
        for p in found
        if p.status in ("ok", "ambiguous")
    ]
    if not sets:
        return Place("country", country=countries.pop()) if len(countries) == 1 else Place("unknown")
    common = frozenset.intersection(*sets)
    if len(common) == 1:
        province = next(iter(common))
        country = "US" if province in _US_NAMES.values() else "ID"
        return Place("ok", province, country)
    return Place("ambiguous", candidates=tuple(sorted(common or frozenset.union(*sets))))


@dataclass
class PlaceMapping:
    """A location column read as provinces: per-row province and country, plus what could not be placed."""

    province: pd.Series  # "" where the place is unknown, ambiguous or a country only
    country: pd.Series  # "" where the text names no country we know
    unknown: dict[str, int] = field(default_factory=dict)  # text as written -> rows
    ambiguous: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)  # text -> (rows, provinces)

    @property
    def unknown_rows(self) -> int:
        return sum(self.unknown.values())

    @property
    def ambiguous_rows(self) -> int:
        return sum(n for n, _ in self.ambiguous.values())


def map_places(values: pd.Series, us_codes: bool = False, path: Path | None = None) -> PlaceMapping:
    """A whole location column -> ``PlaceMapping``; each distinct text is resolved once."""
    text = values.astype("string").fillna("").str.strip()
    codes, uniques = pd.factorize(text)
    counts = np.bincount(codes, minlength=len(uniques)) if len(codes) else np.zeros(len(uniques), dtype=np.int64)
    province, country, unknown, ambiguous = place_distinct(list(uniques), counts, us_codes, path)
    return PlaceMapping(
        pd.Series(_objects(province)[codes], index=values.index, dtype=object),
        pd.Series(_objects(country)[codes], index=values.index, dtype=object),
        unknown,
        ambiguous,
    )


def place_distinct(
    texts: list[str], counts, us_codes: bool = False, path: Path | None = None
) -> tuple[list[str], list[str], dict[str, int], dict[str, tuple[int, tuple[str, ...]]]]:
    """Distinct place texts (trimmed) and how many rows hold each -> per text its province and country ("" when
    not placed), and the texts not placed: unknown {text: rows}, ambiguous {text: (rows, provinces)}, most rows
    first. Texts no row holds (``counts`` 0) and empty texts are not looked up."""
    province, country = [""] * len(texts), [""] * len(texts)
    unknown, ambiguous = {}, {}
    for i, (value, n) in enumerate(zip(texts, counts, strict=True)):
        if not value or not n:
            continue
        place = resolve(value, us_codes, path)
        province[i], country[i] = place.province, place.country
        if place.status == "unknown":
            unknown[value] = unknown.get(value, 0) + int(n)
        elif place.status == "ambiguous":
            ambiguous[value] = (ambiguous.get(value, (0,))[0] + int(n), place.candidates)
    return (
        province,
        country,
        {v: unknown[v] for v in sorted(unknown, key=lambda v: (-unknown[v], v))},
        {v: ambiguous[v] for v in sorted(ambiguous, key=lambda v: (-ambiguous[v][0], v))},
    )


def _objects(values: list[str]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def regency_distinct(texts: list[str], counts, provinces: list[str]) -> list[str]:
    """Per distinct place text, the Kemendagri code of the regency/city it names ("" when it names none, or
    more than one: "Bekasi" is a kota and a kabupaten). A code is kept only inside the province the text was
    placed in, so "Tangerang, Banten" and a province-level text never disagree. "Kota Bekasi, Jawa Barat"
    is read by its first part."""
    out = [""] * len(texts)
    for i, (value, n, province) in enumerate(zip(texts, counts, provinces, strict=True)):
        if not value or not n or not province:
            continue
        for part in (value, re.split(r",|/| - ", value)[0]):
            match = id_regions.resolve_regency(part)
            if match.status == "ok":
                if id_regions.province_of(match.code) == province:
                    out[i] = match.code
                break
    return out
