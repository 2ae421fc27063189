"""Guessing what an uploaded file means: which column is which, and what its words stand for.

Header names and cell words in English and Indonesian map onto the salary
schema's fields and vocabularies. Every guess is only a starting point: the
import page shows it and the user confirms or corrects it.
"""

from __future__ import annotations

import re

import pandas as pd

from ..core.schema import LEVELS
from .parse import parse_series

SAMPLE_ROWS = 200  # rows read to guess and preview
# Import fields the user maps columns to (pay_typical is "one pay column").
FIELDS = (
    "pay_typical",
    "pay_min",
    "pay_max",
    "currency",
    "pay_period",
    "year",
    "level",
    "role",
    "country",
    "industry",
    "gross_net",
    "record_id",
    "province",  # a place column (province, city, regency, district, US state) -> province + country
    "date",  # a date column gives each row its year when no year column exists
)
PAY_FIELDS = ("pay_min", "pay_typical", "pay_max")
# Normalised header -> field; English and Indonesian, exact names first.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "pay_typical": (
        "salary",
        "pay",
        "wage",
        "gaji",
        "upah",
        "amount",
        "nominal",
        "pay_typical",
        "typical",
        "gaji_pokok",
        "gaji_bulanan",
        "salary_amount",
        "compensation",
        "total_pay",
        "take_home_pay",
        "median",
    ),
    "pay_min": (
        "pay_min",
        "min",
        "minimum",
        "salary_min",
        "min_salary",
        "gaji_min",
        "gaji_minimum",
        "gaji_terendah",
        "terendah",
        "upah_min",
        "from",
        "dari",
    ),
    "pay_max": (
        "pay_max",
        "max",
        "maximum",
        "salary_max",
        "max_salary",
        "gaji_max",
        "gaji_maksimum",
        "gaji_tertinggi",
        "tertinggi",
        "upah_max",
        "to",
        "sampai",
    ),
    "currency": ("currency", "salary_currency", "mata_uang", "matauang", "cur", "ccy"),
    "pay_period": ("pay_period", "period", "periode", "frequency", "pay_frequency", "per", "satuan", "periode_gaji"),
    "year": ("year", "work_year", "tahun", "tahun_kerja", "survey_year"),
    "level": ("level", "experience_level", "jenjang", "seniority", "tingkat", "jenjang_karir", "career_level"),
    "role": ("role", "job_title", "title", "position", "jabatan", "posisi", "pekerjaan", "job", "nama_posisi"),
    "country": ("country", "company_location", "negara", "country_code"),
    "industry": ("industry", "industri", "sector", "sektor", "bidang", "bidang_usaha"),
    "gross_net": ("gross_net", "gross_or_net", "kotor_bersih", "jenis_gaji"),
    "record_id": ("record_id", "id", "no", "nomor", "row_id"),
    "province": (
        "province",
        "provinsi",
        "location",
        "lokasi",
        "city",
        "kota",
        "region",
        "wilayah",
        "daerah",
        "state",
        "penempatan",
        "job_location",
        "lokasi_kerja",
    ),
    "date": (
        "date",
        "tanggal",
        "tgl",
        "posted",
        "posted_date",
        "date_posted",
        "posting_date",
        "tanggal_posting",
        "created_at",
        "listing_date",
    ),
}
# Values in a mapped column -> schema vocabulary (lower-cased keys).
LEVEL_WORDS = {
    "en": "junior_staff",
    "mi": "senior_staff",
    "se": "specialist",
    "ex": "manager",  # ds_salaries codes
    "intern": "intern",
    "magang": "intern",
    "internship": "intern",
    "staf magang": "intern",
    "entry": "junior_staff",
    "junior": "junior_staff",
    "staf junior": "junior_staff",
    "junior staff": "junior_staff",
    "mid": "senior_staff",
    "senior": "senior_staff",
    "staf senior": "senior_staff",
    "senior staff": "senior_staff",
    "specialist": "specialist",
    "spesialis": "specialist",
    "expert": "specialist",
    "supervisor": "supervisor",
    "spv": "supervisor",
    "team lead": "supervisor",
    "team leader": "supervisor",
    "manager": "manager",
    "manajer": "manager",
    "executive": "manager",
    "head": "manager",
}
DS_LEVEL_CODES = {"EN": "junior_staff", "MI": "senior_staff", "SE": "specialist", "EX": "manager"}
# Issue 33: level names as sources write them ("Staff Magang", "Staf Junior", "Senior Agent", "Team Leader",
# "Entry level"): a whole word of the value names the level; the first row that matches wins, so
# "Senior Manager" is a manager and "Senior Specialist" a specialist. A starting point the user confirms.
LEVEL_KEYWORDS: tuple[tuple[frozenset[str], str], ...] = tuple(
    (frozenset(words.split()), lv)
    for words, lv in (
        ("intern interns internship magang pemagang trainee apprentice pkl", "intern"),
        ("manager manajer head kepala director direktur executive eksekutif gm", "manager"),
        ("supervisor spv lead leader koordinator coordinator penyelia", "supervisor"),
        ("specialist spesialis expert ahli", "specialist"),
        ("senior mid middle madya intermediate experienced berpengalaman", "senior_staff"),
        ("junior entry pemula fresh graduate freshgraduate lulusan", "junior_staff"),
    )
)
PERIOD_WORDS = {
    "hour": "hour",
    "hourly": "hour",
    "hr": "hour",
    "jam": "hour",
    "per jam": "hour",
    "/jam": "hour",
    "day": "day",
    "daily": "day",
    "hari": "day",
    "harian": "day",
    "per hari": "day",
    "week": "week",
    "weekly": "week",
    "wk": "week",
    "minggu": "week",
    "mingguan": "week",
    "per minggu": "week",
    "month": "month",
    "monthly": "month",
    "mo": "month",
    "bulan": "month",
    "bulanan": "month",
    "per bulan": "month",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "yr": "year",
    "tahun": "year",
    "tahunan": "year",
    "per tahun": "year",
    "item": "item",
    "per item": "item",
    "komisi": "item",
    "commission": "item",
}
CURRENCY_WORDS = {"rp": "IDR", "rupiah": "IDR", "$": "USD", "us$": "USD", "dollar": "USD", "usd": "USD", "idr": "IDR"}
COUNTRY_WORDS = {"indonesia": "ID", "united states": "US", "usa": "US", "amerika serikat": "US", "u.s.": "US"}
GROSS_NET_WORDS = {"gross": "gross", "kotor": "gross", "net": "net", "bersih": "net", "nett": "net"}
INDUSTRY_WORDS = {
    "bank": "banking",
    "banking": "banking",
    "perbankan": "banking",
    "logistics": "logistics",
    "logistik": "logistics",
    "online shop": "online_shop",
    "toko online": "online_shop",
    "e-commerce": "online_shop",
    "general": "general_staff",
}


def normalise_header(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).lower()).strip("_")


def guess_mapping(
    headers: list[str],
    synonyms: dict[str, tuple[str, ...]] | None = None,
    fields: tuple[str, ...] | None = None,
) -> dict[str, str | None]:
    """Field -> the column that most likely holds it, from English or Indonesian names.

    Exact names win; otherwise the longest synonym found as whole words in the
    header (``Gaji Minimum (Rp)`` -> pay_min, not pay_typical). Other tables
    (a team roster) pass their own ``synonyms`` and ``fields``, in tie-break order.
    """
    candidates = []  # (score, tie-break, header, field)
    if synonyms is None:
        synonyms = HEADER_SYNONYMS
        fields = FIELDS
        specific_first = ("pay_min", "pay_max") + tuple(f for f in FIELDS if f not in ("pay_min", "pay_max"))
    else:
        specific_first = fields = tuple(fields or synonyms)
    for position, header in enumerate(headers):
        norm = normalise_header(header)
        tokens = norm.split("_")
        for rank, fld in enumerate(specific_first):
            for synonym in synonyms[fld]:
                words = synonym.split("_")
                if norm == synonym:
                    score = 100 + len(words)
                elif len(synonym) > 3 and any(tokens[i : i + len(words)] == words for i in range(len(tokens))):
                    score = len(words)
                else:
                    continue
                candidates.append((-score, rank, position, header, fld))
    mapping: dict[str, str | None] = {}
    for _, _, _, header, fld in sorted(candidates):
        if fld not in mapping and header not in mapping.values():
            mapping[fld] = header
    return {fld: mapping.get(fld) for fld in fields}


def guess_currency(values: pd.Series) -> str | None:
    """IDR if the pay texts say Rp, USD if they say $; None when they say nothing."""
    text = values.astype("string").str.strip().str.lower().head(SAMPLE_ROWS)
    if text.str.contains(r"rp|idr|juta|jt", regex=True).fillna(False).mean() > 0.5:
        return "IDR"
    if text.str.contains(r"\$|usd", regex=True).fillna(False).mean() > 0.5:
        return "USD"
    return None


# Median pay below these -> that period (first match wins); a starting guess the user confirms.
PERIOD_THRESHOLDS = {
    "IDR": (("hour", 150_000), ("day", 1_000_000), ("month", 30_000_000), ("year", float("inf"))),
    "other": (("hour", 200), ("day", 1_500), ("month", 20_000), ("year", float("inf"))),
}


def guess_period(values: pd.Series, currency: str) -> str | None:
    """Hour, day, month or year from the size of the median figure (35,000 USD is yearly, 5 juta monthly)."""
    numbers, _ = parse_series(values.head(SAMPLE_ROWS), ranges=True)
    median = numbers.median()
    if pd.isna(median):
        return None
    for period, below in PERIOD_THRESHOLDS.get(currency, PERIOD_THRESHOLDS["other"]):
        if median < below:
            return period
    return None


def level_word(value: str) -> str | None:
    """Our level for one of the file's level values, or None when nothing in it names one.

    ``EN`` -> junior_staff (the data-science codes, upper case only), ``Staff Magang`` -> intern,
    ``Staf Senior`` -> senior_staff, ``Team Leader`` -> supervisor, ``Senior Manager`` -> manager.
    """
    key = str(value).strip()
    low = " ".join(key.lower().split())
    found = DS_LEVEL_CODES.get(key) or LEVEL_WORDS.get(low) or (low if low in LEVELS else None)
    if found:
        return found
    words = set(re.findall(r"[a-z]+", low))
    return next((lv for names, lv in LEVEL_KEYWORDS if words & names), None)


def default_level(value: str) -> str:
    """Our level for one of the file's level values (``EN`` -> junior_staff); unknown -> unspecified."""
    return level_word(value) or "unspecified"


def level_choices(sample: pd.DataFrame, column: str | None, limit: int = 12) -> list[tuple[str, str]]:
    """The distinct level values in the sample, each with its suggested level, for the user to confirm."""
    if not column or column not in sample.columns:
        return []
    values = [v for v in pd.unique(sample[column].str.strip()) if v][:limit]
    return [(v, default_level(v)) for v in values]
