"""Before an import counts: the guess for the whole file, and the first rows as the app will read them.

``guess_upload`` judges the pay columns the user mapped (the whole file, not a sample) and says
why. ``import_preview`` runs the real import on the first rows, so what it shows is exactly what
the app will store ("Rp 10.500.000 per month, DKI Jakarta, 2024"), and reads the whole pay column
in the chosen period (median and range), so a twelvefold mistake is visible before confirming.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.formatting import count, format_money
from ..core.i18n import t
from ..core.schema import PAY_PERIODS, empty_salary_frame
from ..core.text import escape_markdown
from . import guess as guessing
from .importer import ImportError_, to_schema
from .parse import parse_series
from .vocabulary import PAY_FIELDS, PERIOD_WORDS

PREVIEW_ROWS = 5
_HEAD = 200  # rows run through the import to find the first readable ones


@dataclass(frozen=True)
class GuessView:
    """The guess and its two reasons, as sentences in the user's language."""

    guess: guessing.Guess
    currency_reason: str
    period_reason: str


def guess_upload(frame: pd.DataFrame, columns: dict[str, str | None], lang: str) -> GuessView:
    """Currency and period of the mapped pay columns, guessed from headers and every value."""
    pays = {columns[f]: frame[columns[f]] for f in PAY_FIELDS if columns.get(f) and columns[f] in frame.columns}
    cur = columns.get("currency")
    found = guessing.guess_file(list(frame.columns), pays, frame[cur] if cur and cur in frame.columns else None)
    return GuessView(
        found,
        t("imp.guess.currency", lang, reason=guessing.describe(found.currency_reason, lang)),
        t("imp.guess.period", lang, reason=guessing.describe(found.period_reason, lang)),
    )


@dataclass(frozen=True)
class Preview:
    table: pd.DataFrame  # row | in your file | read as (plain text, never HTML)
    summary: str  # the whole pay column in the chosen period: count, median, range
    figures: int = 0  # readable figures in the whole pay column


def _pay_text(row: pd.Series, lang: str) -> str:
    cur, period = row["currency"], row["pay_period"]
    low, typical, high = row["pay_min"], row["pay_typical"], row["pay_max"]
    if pd.notna(typical):
        money = format_money(typical, cur, lang)
    else:
        money = "–".join(format_money(v, cur, lang) for v in (low, high) if pd.notna(v))
    return f"{money} {t(f'period.{period}', lang)}" if period else money


def read_as(row: pd.Series, lang: str) -> str:
    """One imported row in words: ``Rp 10.500.000 per month, DKI Jakarta, 2024``."""
    parts = [_pay_text(row, lang)]
    if row.get("province"):
        parts.append(str(row["province"]))
    if pd.notna(row.get("year")):
        parts.append(str(int(row["year"])))
    return ", ".join(parts)


def first_rows(raw, mapping, file_name: str, lang: str, n: int = PREVIEW_ROWS) -> pd.DataFrame:
    """The first ``n`` rows that import, run through the import itself (the one truth of how a row is read)."""
    head = dataclasses.replace(raw, table=raw.table.slice(0, _HEAD), rownum=raw.rownum.head(_HEAD), problems=[])
    no_id = dataclasses.replace(mapping, columns=tuple((f, c) for f, c in mapping.columns if f != "record_id"))
    unchosen = not mapping.column("pay_period") and not mapping.value("pay_period")
    if unchosen:  # read the rows anyway, and show their figures without a period until one is chosen
        no_id = dataclasses.replace(
            no_id, fixed=tuple((f, v or "month") if f == "pay_period" else (f, v) for f, v in no_id.fixed)
        )
    try:
        rows = to_schema(head, no_id, file_name).rows.head(n)
    except ImportError_:  # no pay column mapped yet: the import button explains it; the preview shows nothing
        rows = empty_salary_frame()
    if unchosen:
        rows = rows.assign(pay_period="")
    pay_cols = [c for f, c in mapping.columns if f in PAY_FIELDS]
    line = {int(r): i for i, r in enumerate(head.rownum)}
    file_rows = [int(str(rid).rsplit(":", 1)[-1]) for rid in rows["record_id"]]
    written = [" – ".join(str(head.frame.iloc[line[r]][c]) for c in pay_cols) for r in file_rows]
    return pd.DataFrame(
        {
            t("imp.read_as.row", lang): file_rows,
            t("imp.read_as.in_file", lang): written,
            t("imp.read_as.read_as", lang): [read_as(row, lang) for _, row in rows.iterrows()],
        }
    )


@dataclass(frozen=True)
class PayStats:
    """The whole pay column in numbers: what the summary line says, independent of the chosen period."""

    n: int
    median: float | None
    low: float | None
    high: float | None
    currency: str
    scoped: bool  # only the rows in the most common of several currencies
    period: str | None = None  # issue 33: the mapped period column's most common period, as the import reads it
    period_share: float = 0.0  # of the rows with a figure


def _column_period(frame: pd.DataFrame, column: str | None, rows: pd.Series) -> tuple[str | None, float]:
    """The period most rows of the period column give (read as the import reads it), and its share."""
    if not column or column not in frame.columns:
        return None, 0.0
    words = frame[column][rows].astype("string").str.strip()
    counts = words.value_counts()
    if counts.empty:
        return None, 0.0
    periods = pd.Series(counts.to_numpy(), index=[PERIOD_WORDS.get(w.lower(), w) for w in counts.index])
    periods = periods[periods.index.isin(PAY_PERIODS)].groupby(level=0).sum()
    if periods.empty:
        return None, 0.0
    return str(periods.idxmax()), float(periods.max() / counts.sum())


def stats_key(mapping) -> tuple:
    """What ``pay_stats`` depends on: a cache key that a change of period or place does not touch."""
    cols = dict(mapping.columns)
    pay = next((cols[f] for f in ("pay_typical", "pay_min", "pay_max") if cols.get(f)), None)
    currency = None if cols.get("currency") else mapping.value("currency")
    return pay, mapping.decimal, cols.get("currency"), currency, cols.get("pay_period")


def pay_stats(frame: pd.DataFrame, mapping) -> PayStats:
    """Median, lowest and highest figure of the pay column (the typical one, else the minimum, else the maximum)."""
    pay, decimal, currency_column, currency, period_column = stats_key(mapping)
    if not pay or pay not in frame.columns:
        return PayStats(0, None, None, None, currency or "", False)
    numbers, _ = parse_series(frame[pay], decimal, ranges=True)
    if currency_column:  # figures in several currencies: summarise the most common one
        codes = frame[currency_column].astype("string").str.strip().str.upper()
        currency = str(codes.value_counts().index[0]) if codes.notna().any() else ""
        numbers = numbers[codes == currency]
    period, share = _column_period(frame, period_column, numbers.notna().reindex(frame.index, fill_value=False))
    values = numbers.dropna().to_numpy(dtype="float64")
    values = values[values >= 0]
    if len(values) == 0:
        return PayStats(0, None, None, None, currency or "", bool(currency_column), period, share)
    return PayStats(
        len(values),
        float(np.median(values)),
        float(values.min()),
        float(values.max()),
        currency or "",
        bool(currency_column),
        period,
        share,
    )


def column_summary(stats: PayStats, mapping, lang: str) -> str:
    """The whole pay column read in the chosen period: how many figures, median, lowest and highest."""
    if stats.n == 0:
        return t("imp.read_as.none", lang)
    cur = stats.currency
    column = mapping.column("pay_period")
    period = mapping.value("pay_period") if not column else None
    if column and stats.period:  # issue 33: a mapped period column is read, not "not chosen yet"
        said = t(
            "imp.read_as.period_column",
            lang,
            period=t(f"period.{stats.period}", lang),
            column=column,
            share=f"{stats.period_share:.0%}",
        )
    elif column:
        said = t("imp.read_as.period_column_rows", lang, column=column)
    else:
        said = t(f"period.{period}", lang) if period else t("imp.read_as.no_period", lang)
    return t(
        "imp.read_as.summary",
        lang,
        n=_count(stats.n, lang),
        scope=t("imp.read_as.scope", lang, currency=cur) if stats.scoped else "",
        period=said,
        median=format_money(stats.median, cur, lang),
        low=format_money(stats.low, cur, lang),
        high=format_money(stats.high, cur, lang),
    )


def import_preview(
    raw, mapping, file_name: str, lang: str, stats: PayStats | None = None, n: int = PREVIEW_ROWS
) -> Preview:
    """What the page shows before the import button: the first rows read, and the whole pay column.

    ``stats``: ``pay_stats(raw.frame, mapping)``, passed in when the caller keeps it (keyed by ``stats_key``) so
    that changing the period does not parse a million figures again.
    """
    stats = stats if stats is not None else pay_stats(raw.frame, mapping)
    return Preview(first_rows(raw, mapping, file_name, lang, n), column_summary(stats, mapping, lang), stats.n)


def can_import(mapping, figures: int) -> bool:
    """Every row has a currency and a period: from a column, or chosen for the whole file (never a silent default).

    With no pay column, or not one readable figure, there is nothing to misread: the import itself says what is
    wrong (no pay column; rows without a figure), so the button stays available.
    """
    if not any(mapping.column(f) for f in PAY_FIELDS) or figures == 0:
        return True
    return all(mapping.column(f) or mapping.value(f) for f in ("currency", "pay_period"))


def _listed(counts: dict[str, int], lang: str, limit: int = 10) -> str:
    """``Remote (3), Banjar (2) …``: the file's own texts, made inert for markdown, most rows first."""
    items = list(counts.items())
    if len(items) == 1:  # "1,818 rows have no pay figure: N/A"
        return escape_markdown(items[0][0])
    text = ", ".join(f"{escape_markdown(v)} ({_count(n, lang)})" for v, n in items[:limit])
    return text + (" …" if len(items) > limit else "")


def _count(n: int, lang: str) -> str:
    return count(n, lang)


def import_notes(result, mapping, lang: str) -> list[str]:
    """The report lines issue 15 adds after an import: rows without a figure (one line), places, dates."""
    notes = []
    if result.no_figure:
        total = sum(result.no_figure.values())
        notes.append(t("imp.no_figure", lang, n=_count(total, lang), words=_listed(result.no_figure, lang)))
    places = result.places
    if places is not None:
        placed = int((result.rows["province"] != "").sum())
        column = escape_markdown(mapping.column("province") or "")
        notes.append(t("imp.places_done", lang, n=_count(placed, lang), column=column))
        if places.ambiguous:
            ambiguous = {v: n for v, (n, _) in places.ambiguous.items()}
            notes.append(
                t("imp.places_ambiguous", lang, n=_count(places.ambiguous_rows, lang), values=_listed(ambiguous, lang))
            )
        if places.unknown:
            notes.append(
                t("imp.places_unknown", lang, n=_count(places.unknown_rows, lang), values=_listed(places.unknown, lang))
            )
    if result.dates_unreadable:
        column = escape_markdown(mapping.column("date") or "")
        notes.append(t("imp.dates_unreadable", lang, n=_count(result.dates_unreadable, lang), column=column))
    return notes
