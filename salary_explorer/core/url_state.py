"""Reading a page's state from a link: every value is checked before a widget sees it.

A link is user input. A value Streamlit's widgets would reject (an unknown
option, ``nan``, a number outside the widget's bounds, a 10,000-character
string) must not crash the page: the reader falls back to the default and
returns a ``Refusal`` that ``describe_refusal`` turns into a sentence in the
user's language ("the link's overlap limit 250 is out of range 0-100; using 50").

The widget key *is* the query-parameter name, so one name identifies a piece
of state in the session, in the link and in the tests.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .i18n import t
from .text import escape_markdown

MAX_RAW = 2_000  # longer query values are refused outright: no option or number is that long
SHOWN = 40  # characters of a refused value quoted back in the notice


@dataclass(frozen=True)
class Refusal:
    """A link value that was not used, why, and what was used instead."""

    key: str
    raw: str
    reason: str  # not_option | not_number | not_finite | out_of_range | not_whole | too_long | not_date | not_bool
    used: str  # the value used instead, as text for the notice
    low: str = ""
    high: str = ""


Read = tuple[Any, "Refusal | None"]


def _refuse(key: str, raw: str, reason: str, used: object, low: object = "", high: object = "") -> Refusal:
    return Refusal(key, raw, reason, str(used), str(low), str(high))


def _too_long(key: str, raw: str, used: object) -> Refusal | None:
    return _refuse(key, raw, "too_long", used) if len(raw) > MAX_RAW else None


def read_choice(key: str, raw: str | None, options: Sequence[Any], default: Any, show: Callable = str) -> Read:
    """One of ``options`` (compared as text, so ``2019`` matches ``"2019"``), else the default."""
    if raw is None:
        return default, None
    by_text = {str(o): o for o in options}
    if raw in by_text:
        return by_text[raw], None
    return default, _too_long(key, raw, show(default)) or _refuse(key, raw, "not_option", show(default))


def read_choices(
    key: str, raw: str | None, options: Sequence[Any], default: Sequence[Any], show: Callable = str
) -> Read:
    """A comma-separated subset of ``options``; unknown entries are dropped (and reported), order kept."""
    if raw is None:
        return list(default), None
    if (refused := _too_long(key, raw, "")) is not None:
        return list(default), refused
    by_text = {str(o): o for o in options}
    parts = [p for p in raw.split(",") if p != ""]
    kept = list(dict.fromkeys(by_text[p] for p in parts if p in by_text))
    unknown = [p for p in parts if p not in by_text]
    if unknown and not kept:  # nothing valid is left: say so, not "using –"
        return kept, _refuse(key, ",".join(unknown), "no_option_left", "")
    if unknown:
        return kept, _refuse(key, ",".join(unknown), "not_option", ", ".join(show(v) for v in kept))
    return kept, None


def read_number(
    key: str, raw: str | None, default: float, low: float | None, high: float | None, integer: bool = False
) -> Read:
    """A finite number within [low, high] (whole when ``integer``), else the default."""
    if raw is None:
        return default, None
    if (refused := _too_long(key, raw, _num(default))) is not None:
        return default, refused
    try:
        value = float(raw.strip().replace("_", "x"))  # float() accepts "1_000"; a link should not
    except ValueError:
        return default, _refuse(key, raw, "not_number", _num(default))
    if not math.isfinite(value):
        return default, _refuse(key, raw, "not_finite", _num(default))
    if (low is not None and value < low) or (high is not None and value > high):
        return default, _refuse(key, raw, "out_of_range", _num(default), _num(low), _num(high))
    if integer:
        if value != int(value):
            return default, _refuse(key, raw, "not_whole", _num(default))
        return int(value), None
    return value, None


def read_bool(key: str, raw: str | None, default: bool) -> Read:
    if raw is None:
        return default, None
    text = raw.strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True, None
    if text in ("0", "false", "no", "off"):
        return False, None
    return default, _too_long(key, raw, int(default)) or _refuse(key, raw, "not_bool", int(default))


def read_text(key: str, raw: str | None, default: str, max_chars: int) -> Read:
    """Free text up to ``max_chars``, without control characters (it may be shown back to the user)."""
    if raw is None:
        return default, None
    if len(raw) > max_chars:
        return default, _refuse(key, raw, "too_long", default or "–")
    return "".join(ch for ch in raw if ch.isprintable()), None


def read_date(key: str, raw: str | None, default: dt.date, low: dt.date, high: dt.date) -> Read:
    """An ISO date (``2026-11-25``) within [low, high], else the default."""
    if raw is None:
        return default, None
    try:
        value = dt.date.fromisoformat(raw.strip()) if len(raw) <= 10 else None
    except ValueError:
        value = None
    if value is None:
        return default, _refuse(key, raw, "not_date", default.isoformat())
    if not low <= value <= high:
        return default, _refuse(key, raw, "out_of_range", default.isoformat(), low.isoformat(), high.isoformat())
    return value, None


def to_url(value: Any) -> str | None:
    """How a widget value is written into the link; ``None`` removes the parameter."""
    if value is None or value == "" or (isinstance(value, (list, tuple)) and not value):
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    if isinstance(value, float):
        return _num(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _num(value: float | None) -> str:
    """``6000000`` rather than ``6e+06`` or ``6000000.0``; ``12.5``; ``0.25``."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def describe_refusal(refusal: Refusal, label: str, lang: str) -> str:
    """The notice for one refused value; the value is quoted back shortened and made inert for markdown."""
    shown = refusal.raw if len(refusal.raw) <= SHOWN else refusal.raw[:SHOWN] + "…"
    return t(
        f"url.refused.{refusal.reason}",
        lang,
        label=escape_markdown(label),
        value=escape_markdown(shown),
        used=escape_markdown(refusal.used),
        low=refusal.low,
        high=refusal.high,
    )
