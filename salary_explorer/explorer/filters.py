"""The data explorer's logic: facets, filtering, a readable table and the export.

Filtering is plain boolean masks over the tidy salary rows, so it works the
same on the 20 bundled rows and on a million uploaded ones. The on-screen table
shows money as text in the reader's format (``Rp 5.000.000/bulan``, which
Streamlit's number formats cannot do per locale); the export keeps the raw
numbers numeric and every provenance column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

import pandas as pd

from ..core import regions as id_regions
from ..core.export import fits_in_excel
from ..core.floor_tables import shares_below_floor
from ..core.formatting import count as format_count  # noqa: F401  (pages show counts through it)
from ..core.formatting import percent
from ..core.i18n import has, t
from ..core.money import format_money
from ..core.schema import SALARY_COLUMNS

# URL parameter -> salary column it filters. Short names, unique to this page.
FILTERS = {
    "xc": "country",
    "xp": "province",  # from an imported place column (bundled figures name no province)
    "xk": "regency_code",  # the regency/city an imported place names (its code; labelled by name)
    "xi": "industry",
    "xl": "level",
    "xy": "year",
    "xs": "source_title",
}
NO_PROVINCE = ""  # facet value for rows that name no province
NO_YEAR = "none"  # facet value for rows whose year is not stated
COLUMN_WIDTHS = {
    "role": "medium",
    "source_title": "medium",
    "figure_note": "medium",
    "derivation": "medium",
    "pay_min": "medium",
    "pay_typical": "medium",
    "pay_max": "medium",
    "level": "medium",
}
DISPLAY_LIMIT = 5_000  # rows drawn on screen; the export always has every match


def source_key(title: str) -> str:
    """A short stable id for a source title (titles contain commas, which a URL list cannot carry)."""
    return hashlib.sha1(str(title).encode("utf-8")).hexdigest()[:8]


def facet_values(rows: pd.DataFrame, column: str) -> pd.Series:
    """The column as the text a filter compares against (years as "2023", missing as "none", sources by key)."""
    if column == "year":
        return rows["year"].astype("string").fillna(NO_YEAR)
    if column == "source_title":
        titles = rows["source_title"].astype("string").fillna("")
        return titles.map({title: source_key(title) for title in pd.unique(titles)})
    return rows[column].astype("string").fillna("")


def source_titles(rows: pd.DataFrame) -> dict[str, str]:
    """Source key -> title, to label the source filter's options."""
    return {source_key(title): title for title in pd.unique(rows["source_title"])}


def facets(rows: pd.DataFrame) -> dict[str, list[str]]:
    """Filter options per URL parameter: the values present, most frequent first for sources."""
    out: dict[str, list[str]] = {}
    for param, column in FILTERS.items():
        values = facet_values(rows, column)
        if column == "source_title":
            out[param] = values.value_counts(sort=True).index.tolist()
        else:
            out[param] = sorted(values.unique().tolist(), key=lambda v: (v == NO_YEAR, v))
    return out


def apply_filters(rows: pd.DataFrame, selection: dict[str, list[str]]) -> pd.DataFrame:
    """Rows matching every non-empty filter (an empty list means "all")."""
    mask = pd.Series(True, index=rows.index)
    for param, chosen in selection.items():
        if chosen:
            mask &= facet_values(rows, FILTERS[param]).isin(chosen).to_numpy()
    return rows[mask]


def option_label(param: str, value: str, lang: str, titles: dict[str, str] | None = None) -> str:
    """What a filter option reads as: translated vocabulary, a source's title, or the value itself."""
    column = FILTERS[param]
    if column == "source_title":
        return (titles or {}).get(value, value)
    if column == "year" and value == NO_YEAR:
        return t("common.year_not_stated", lang)
    if column == "province" and value == NO_PROVINCE:
        return t("exp.no_province", lang)
    if column == "regency_code":
        return regency_label(value, lang)
    key = f"{column}.{value}"
    return t(key, lang) if column in ("country", "industry", "level") and has(key) else value


def regency_label(code: str, lang: str) -> str:
    """A regency/city code as its name ("Kabupaten Karawang"); "not stated" for none."""
    if not code:
        return t("exp.no_regency", lang)
    try:
        return id_regions.regency_name(code)
    except KeyError:
        return code


def display_table(rows: pd.DataFrame, lang: str, limit: int = DISPLAY_LIMIT) -> pd.DataFrame:
    """The first ``limit`` rows with readable labels and money as text in its own currency and period."""
    head = rows.head(limit)

    def money_text(col: str) -> list[str]:
        return [
            "" if pd.isna(v) else format_money(float(v), cur, lang, per)
            for v, cur, per in zip(head[col], head["currency"], head["pay_period"])
        ]

    def vocab(col: str) -> list[str]:
        return [t(f"{col}.{v}", lang) if has(f"{col}.{v}") else v for v in head[col]]

    return pd.DataFrame(
        {  # what a reader scans first (role, level, pay), then where it comes from
            "role": head["role"].to_numpy(),
            "level": vocab("level"),
            "industry": vocab("industry"),
            "country": vocab("country"),
            "province": head["province"].astype("string").fillna("").to_numpy(),
            "regency": [regency_label(c, lang) if c else "" for c in head["regency_code"].astype(str).to_numpy()],
            "year": head["year"].astype("string").fillna("–").to_numpy(),  # text: no "2,019", no "None"
            "pay_min": money_text("pay_min"),
            "pay_typical": money_text("pay_typical"),
            "pay_max": money_text("pay_max"),
            "pay_period": [t(f"period.{p}", lang) for p in head["pay_period"]],
            "currency": head["currency"].to_numpy(),
            "gross_net": vocab("gross_net"),
            "source_title": head["source_title"].to_numpy(),
            "source_kind": vocab("source_kind"),
            "figure_note": head["figure_note"].to_numpy(),
            "derivation": head["derivation"].to_numpy(),
            "record_id": head["record_id"].to_numpy(),
        }
    )


def export_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """What the download holds: every schema column, numbers as numbers, provenance kept."""
    return rows[list(SALARY_COLUMNS)].reset_index(drop=True)


def export_filters(selection: dict[str, list[str]], titles: dict[str, str] | None = None) -> dict[str, list[str]]:
    """The chosen filters under readable names (sources by title), for ``export.export_file_name``."""
    titles = titles or {}

    def name(param: str, value: str) -> str:
        return re.sub(r"\.(csv|tsv|txt)$", "", titles.get(value, value))[:30] if param == "xs" else value

    return {FILTERS[p].replace("_title", ""): [name(p, x) for x in v] for p, v in selection.items() if v}


def summary(rows: pd.DataFrame) -> dict[str, int]:
    """Counts behind the match line: rows, sources, and rows from this session's uploads."""
    return {
        "rows": len(rows),
        "sources": int(rows["source_title"].nunique()),
        "uploaded": int((rows["source_kind"] == "user_upload").sum()),
    }


@dataclass(frozen=True)
class ExplorerView:
    """Everything the explorer page shows for one selection, computed in one call."""

    matches: str  # "12 of 3,775 rows match"
    uploaded: str | None  # how many matching rows come from this session's uploads
    table: pd.DataFrame | None  # what is drawn (first DISPLAY_LIMIT rows, money as text); None when nothing matches
    showing_first: str | None
    matched: pd.DataFrame
    export: pd.DataFrame
    export_names: dict[str, list[str]]
    fits_in_excel: bool
    below_floor: dict[str, pd.DataFrame] | None = None  # "province"/"regency" -> share of ads below the local floor
    below_floor_note: str = ""


def below_floor_tables(
    matched: pd.DataFrame, wages: pd.DataFrame, on: dt.date, lang: str
) -> dict[str, pd.DataFrame] | None:
    """Job ads below the law: per province and per regency/city, how many monthly rupiah rows state pay below
    the minimum wage in force at their place in their year (``core.floor_tables.shares_below_floor``). None when no
    matching row can be judged (bundled figures name no province)."""
    out = {}
    for level, table in shares_below_floor(matched, wages, on).items():  # each row judged once for both
        if table.empty:
            continue
        shown = pd.DataFrame(
            {
                t("exp.below.col.place", lang): table["regency"] if level == "regency" else table["province"],
                t("exp.below.col.rows", lang): table["rows"].map(lambda n: format_count(int(n), lang)),
                t("exp.below.col.below", lang): table["below"].map(lambda n: format_count(int(n), lang)),
                t("exp.below.col.unknown", lang): table["unknown"].map(lambda n: format_count(int(n), lang)),
                t("exp.below.col.share", lang): table["share"].map(lambda v: "–" if pd.isna(v) else percent(v, lang)),
            }
        )
        if level == "regency":
            shown.insert(1, t("exp.below.col.province", lang), table["province"].to_numpy())
        out[level] = shown
    return out or None


def explorer_view(
    rows: pd.DataFrame,
    selection: dict[str, list[str]],
    lang: str,
    wages: pd.DataFrame | None = None,
    on: dt.date | None = None,
) -> ExplorerView:
    """Filter the rows and prepare the table, the counts and the export under a name that says what was filtered;
    with ``wages``, the share of matching ads below the minimum wage where the job is."""
    matched = apply_filters(rows, selection)
    counts = summary(matched)
    table = display_table(matched, lang) if len(matched) else None
    out = export_frame(matched)
    return ExplorerView(
        matches=t("exp.matches", lang, n=format_count(counts["rows"], lang), total=format_count(len(rows), lang)),
        uploaded=t("exp.uploaded", lang, n=format_count(counts["uploaded"], lang)) if counts["uploaded"] else None,
        table=table,
        showing_first=(
            t("exp.showing_first", lang, n=format_count(len(table), lang), total=format_count(len(matched), lang))
            if table is not None and len(matched) > len(table)
            else None
        ),
        matched=matched,
        export=out,
        export_names=export_filters(selection, source_titles(rows)),
        fits_in_excel=fits_in_excel(out),
        below_floor=below_floor_tables(matched, wages, on or dt.date.today(), lang) if wages is not None else None,
        below_floor_note=t("exp.below.note", lang),
    )
