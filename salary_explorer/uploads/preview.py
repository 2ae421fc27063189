"""Before an import counts: the guess for the whole file, and the first rows as the app will read them.

``guess_upload`` judges the pay columns the user mapped (the whole file, or up to
``guess.GUESS_ROWS`` rows spread evenly over a larger one) and says why. ``import_preview`` runs the real import on the first rows, so what it shows is exactly what
the app will store ("Rp 10.500.000 per month, DKI Jakarta, 2024"), and reads the whole pay column
in the chosen period (median and range), so a twelvefold mistake is visible before confirming.
Both work from the upload's Arrow columns (issue 33): the stats from each distinct text and its
count, the guess from the rows it judges; no text copy of the whole file is made.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from ..core.formatting import count, format_money
from ..core.i18n import t
from ..core.schema import PAY_PERIODS, empty_salary_frame
from ..core.text import escape_markdown
from . import guess as guessing
from .columnar import codes_of, occurrences, plain_table
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


def guess_upload(source, columns: dict[str, str | None], lang: str) -> GuessView:
    """Currency and period of the mapped pay columns, guessed from headers and every value.

    ``source``: the upload's ``RawTable`` (or a frame of its text). A file larger than ``guess.GUESS_ROWS`` is
    judged on evenly spread rows (``guess_file`` would take the same ones), so only those rows become text
    here, not a million (issue 33: that copy took 0.7 s of the page's run at 1M rows).
    """
    names = [columns[f] for f in (*PAY_FIELDS, "currency") if columns.get(f)]
    headers, frame = _text_rows(source, names, guessing.GUESS_ROWS)
    pays = {columns[f]: frame[columns[f]] for f in PAY_FIELDS if columns.get(f) and columns[f] in frame.columns}
    cur = columns.get("currency")
    found = guessing.guess_file(headers, pays, frame[cur] if cur and cur in frame.columns else None)
    return GuessView(
        found,
        t("imp.guess.currency", lang, reason=guessing.describe(found.currency_reason, lang)),
        t("imp.guess.period", lang, reason=guessing.describe(found.period_reason, lang)),
    )


def _text_rows(source, names: list[str], most: int) -> tuple[list[str], pd.DataFrame]:
    """The headers, and the ``names`` columns as text: every row, or every n-th row of a larger file (the step
    ``guess.guess_file`` takes)."""
    if isinstance(source, pd.DataFrame):
        return list(source.columns), source
    table = source.table
    names = [n for n in dict.fromkeys(names) if n in table.column_names]
    rows = table.num_rows
    table = table.select(names)
    if rows > most:
        table = table.take(pa.array(np.arange(0, rows, rows // most + 1)))
    return list(source.table.column_names), plain_table(table).to_pandas()


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


def _coded(source, column: str) -> tuple[np.ndarray, pd.Series]:
    """A column as each row's code into its distinct texts (a missing cell: the last code, an empty text)."""
    if isinstance(source, pd.DataFrame):
        codes, uniques = pd.factorize(source[column].astype("string"), use_na_sentinel=True)
        codes = np.where(codes < 0, len(uniques), codes)
        return codes, pd.Series([*uniques.tolist(), pd.NA], dtype="string")
    codes, dictionary = codes_of(source.table[column])
    return codes, pd.Series(pa.concat_arrays([dictionary.cast(pa.string()), pa.array([""])]), dtype="string")


def _has_column(source, column: str | None) -> bool:
    names = source.columns if isinstance(source, pd.DataFrame) else source.table.column_names
    return bool(column) and column in names


def _column_period(source, column: str | None, rows: np.ndarray) -> tuple[str | None, float]:
    """The period most rows (flagged) of the period column give, read as the import reads it, and its share."""
    if not _has_column(source, column) or not rows.any():
        return None, 0.0
    codes, texts = _coded(source, column)
    counts = np.bincount(codes[rows], minlength=len(texts))
    words = texts.str.strip().fillna("")
    periods = pd.Series(counts, index=[PERIOD_WORDS.get(w.lower(), w) for w in words])
    periods = periods[periods.index.isin(PAY_PERIODS)].groupby(level=0).sum()
    if periods.empty or periods.max() == 0:
        return None, 0.0
    return str(periods.idxmax()), float(periods.max() / counts.sum())


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """``np.median`` of the values each repeated ``weights`` times (the middle one, or the mean of the two)."""
    order = np.argsort(values, kind="stable")
    values, ends = values[order], np.cumsum(weights[order])
    total = int(ends[-1])
    low = values[np.searchsorted(ends, (total - 1) // 2, side="right")]
    high = values[np.searchsorted(ends, total // 2, side="right")]
    return float((low + high) / 2)


def stats_key(mapping) -> tuple:
    """What ``pay_stats`` depends on: a cache key that a change of period or place does not touch."""
    cols = dict(mapping.columns)
    pay = next((cols[f] for f in ("pay_typical", "pay_min", "pay_max") if cols.get(f)), None)
    currency = None if cols.get("currency") else mapping.value("currency")
    return pay, mapping.decimal, cols.get("currency"), currency, cols.get("pay_period")


def pay_stats(source, mapping) -> PayStats:
    """Median, lowest and highest figure of the pay column (the typical one, else the minimum, else the maximum).

    ``source``: the upload's ``RawTable`` (or a frame of its text). Each distinct text is read once and counted
    by its rows' codes: no text copy of the column (issue 33).
    """
    pay, decimal, currency_column, currency, period_column = stats_key(mapping)
    if not _has_column(source, pay):
        return PayStats(0, None, None, None, currency or "", False)
    codes, texts = _coded(source, pay)
    numbers, _ = parse_series(texts, decimal, ranges=True)
    values = numbers.to_numpy(dtype="float64", na_value=np.nan)
    scoped = _has_column(source, currency_column)
    if not scoped and not _has_column(source, period_column):  # the usual file: one count of the codes
        weights = np.where(np.isnan(values), 0, occurrences(codes, len(texts)))
        period, share = None, 0.0
    else:  # a flag per row: the rows with a figure (in the most common currency)
        figure = ~np.isnan(values)[codes]
        if scoped:  # figures in several currencies: summarise the most common one
            cur_codes, cur_texts = _coded(source, currency_column)
            names = cur_texts.str.strip().str.upper()
            inverse, kinds = pd.factorize(names.fillna(""), use_na_sentinel=False)
            counts = np.bincount(np.asarray(inverse)[cur_codes], minlength=len(kinds))
            top = int(np.argmax(counts)) if len(kinds) and counts.max() else None
            currency = str(kinds[top]) if top is not None else ""
            figure &= (np.asarray(inverse) == top)[cur_codes] if top is not None else False
        period, share = _column_period(source, period_column, figure)
        weights = np.bincount(codes[figure], minlength=len(texts))
    present = (weights > 0) & (values >= 0)
    values, weights = values[present], weights[present]
    if len(values) == 0:
        return PayStats(0, None, None, None, currency or "", bool(currency_column), period, share)
    return PayStats(
        int(weights.sum()),
        _weighted_median(values, weights),
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

    ``stats``: ``pay_stats(raw, mapping)``, passed in when the caller keeps it (keyed by ``stats_key``) so
    that changing the period does not parse a million figures again.
    """
    stats = stats if stats is not None else pay_stats(raw, mapping)
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
