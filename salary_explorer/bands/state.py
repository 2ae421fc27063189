"""The band ladder the HR user is working on, as a value with pure transitions.

Streamlit's data editor keeps the user's edits keyed by the editor's widget
key, relative to the frame it was first given. So the ladder has two frames:
``base``, what the editor started from, and ``table``, base plus the edits.
Replacing the ladder (a quick-set method, an imported file, a change of display
units) makes a new base and bumps ``version``, which gives the editor a new key
and so a clean start. Every transition returns a new ``Ladder``; the page keeps
the current one in the session.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from ..core.formatting import format_hours, format_rate
from ..core.i18n import describe_problem, t
from ..core.money import Hours, Rate
from . import files
from . import ladder as bands


@dataclass(frozen=True)
class Message:
    kind: str  # success | info | error
    text: str
    details: tuple[str, ...] = ()  # e.g. the problems of a rejected file, one per line


@dataclass(frozen=True)
class Ladder:
    base: pd.DataFrame
    version: int = 0
    table: pd.DataFrame | None = None  # None until the editor has reported back once
    messages: tuple[Message, ...] = ()  # shown once, then cleared
    imported: str | None = None  # id of the last band file read, so a rerun does not read it again

    @property
    def current(self) -> pd.DataFrame:
        return self.base if self.table is None else self.table

    @property
    def editor_key(self) -> str:
        return f"band_editor_{self.version}"


def start(converted: pd.DataFrame, currency: str, period: str, country: str, industry: str) -> Ladder:
    """The first ladder: one band per level from the market ranges on screen."""
    return Ladder(bands.starting_bands(converted, currency, period, country, industry))


def replaced(ladder: Ladder, new_base: pd.DataFrame, message: Message | None = None, **changes) -> Ladder:
    """A new ladder for the editor to start from (the user's earlier edits are part of ``new_base`` or gone)."""
    messages = ladder.messages + ((message,) if message else ())
    return replace(ladder, base=new_base, version=ladder.version + 1, table=None, messages=messages, **changes)


def _say(ladder: Ladder, message: Message, **changes) -> Ladder:
    return replace(ladder, messages=(*ladder.messages, message), **changes)


def in_units(ladder: Ladder, currency: str, period: str, rate: Rate, hours: Hours, lang: str) -> Ladder:
    """The ladder in the display currency and period, converting it (and saying how) when they changed."""
    table = ladder.current
    # A ladder is a dozen rows, checked every run: plain lists (~30 us) instead of two pandas comparisons (~180 us).
    if all(c == currency for c in table["currency"].tolist()) and all(
        p == period for p in table["pay_period"].tolist()
    ):
        return ladder
    message = None
    if len(table):
        old = f"{table['currency'].iloc[0]} {t('period.' + table['pay_period'].iloc[0], lang)}"
        text = t(
            "band.converted",
            lang,
            old=old,
            new=f"{currency} {t('period.' + period, lang)}",
            rate=format_rate(rate, lang),
            hours=format_hours(hours, lang),
        )
        message = Message("info", text)
    return replaced(ladder, bands.convert_bands(table, currency, period, rate, hours), message)


def with_edits(ladder: Ladder, edited: pd.DataFrame, currency: str, period: str, country: str, industry: str) -> Ladder:
    """The editor's result applied: edited rows marked manual, new rows given units and market."""
    return with_table(ladder, edited_table(ladder.base, edited, currency, period, country, industry))


def edited_table(
    base: pd.DataFrame, edited: pd.DataFrame, currency: str, period: str, country: str, industry: str
) -> pd.DataFrame:
    """``with_edits``' table, from the ladder's base alone: a cached view keys it by the base and the edits,
    never by the ladder it goes back into (whose table it made the run before)."""
    return bands.after_edit(base, edited, currency, period, country, industry)


def editor_frame(base: pd.DataFrame) -> pd.DataFrame:
    """The columns the band editor shows: the grid converts and sends every column it is given, shown or not
    (half the columns, half its work a run); ``edited_table`` brings the rest back by index.

    Column names as a plain object index: the grid checks and walks the names on every run, and on
    pandas' Arrow-backed text index each lookup is an Arrow call (~0.2 ms of a run)."""
    shown = base[[c for c in bands.EDITOR_COLUMNS if c in base.columns]]
    shown.columns = pd.Index(list(shown.columns), dtype=object)
    return shown


def with_table(ladder: Ladder, table: pd.DataFrame) -> Ladder:
    return replace(ladder, table=table)


def quick_set(ladder: Ladder, method: str, converted: pd.DataFrame, lang: str, reference: str, **options) -> Ladder:
    """Apply a quick-set method; a missing reference or market keeps the ladder and says why."""
    try:
        new = bands.quick_bands(method, converted, ladder.current, **options)
    except ValueError:
        return _say(ladder, Message("error", t("band.quick.no_reference", lang, reference=reference)))
    if new.empty:
        return _say(ladder, Message("error", t("band.quick.no_market", lang)))
    basis = bands.describe_basis(new["basis"].iloc[-1], new["basis_params"].iloc[-1], lang)
    return replaced(ladder, new, Message("success", t("band.quick.applied", lang, basis=basis)))


def imported(ladder: Ladder, file_id: str, name: str, data: bytes, lang: str) -> Ladder:
    """Read a band file exported earlier; a bad file keeps the current ladder and lists its problems."""
    if ladder.imported == file_id:
        return ladder
    table, problems = files.read_band_file(name, data)
    if problems:
        details = tuple(describe_problem(p, lang) for p in problems[:50])
        return _say(ladder, Message("error", t("band.import.failed", lang, file=name), details), imported=file_id)
    message = Message("success", t("band.import.done", lang, n=len(table), file=name))
    return replaced(ladder, table, message, imported=file_id)


def take_messages(ladder: Ladder) -> tuple[tuple[Message, ...], Ladder]:
    """The messages to show on this run, and the ladder without them (so each shows once)."""
    return ladder.messages, replace(ladder, messages=())
