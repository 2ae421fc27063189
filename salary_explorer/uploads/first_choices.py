"""The choices an import starts from, and when a dropped file can be imported at once (issue 33).

The mapping form (``ui.import_mapping``) opens on exactly these values, so a file imported on drop has the
mapping the user would have confirmed by pressing "Import" without touching anything. A file is imported at
once only when that form would ask nothing: a pay column was recognised, and the currency and the period are
each known from a column or from a guess the file itself supports (``guess.Guess`` gives ``None`` when the
figures are too few, mixed or weak, and a header that contradicts the figures is asked too). Everything
else goes to the form. After an import on drop every choice is still shown and can be changed (import again).
"""

from __future__ import annotations

from .guess import Guess
from .importer import DECIMALS, Mapping
from .vocabulary import PAY_FIELDS, level_choices

ROLE = "Customer service"  # the role of every row when the file has no role column
DECIMAL = next(iter(DECIMALS))  # "auto": the number format detected from the figures
ASK_ALWAYS = ("header_over_figures",)  # guess reasons that must be put to the user even with a period


def starting_values(guess: Guess, last: dict[str, str] | None = None) -> dict:
    """Currency, period, country and role for the whole file: last time's choices, else the guess.

    The country follows the currency (US dollars: United States) unless last time's choice says otherwise.
    """
    last = last or {}
    currency = last.get("currency", guess.currency)
    period = last.get("pay_period", guess.period)
    return {
        "currency": currency,
        "pay_period": period,
        "country": country_for(currency, last),
        "role": last.get("role", ROLE),
    }


def country_for(currency: str | None, last: dict[str, str] | None = None) -> str:
    """ "US" for US dollars, else "ID"; last time's choice wins."""
    return "US" if (last or {}).get("country", "US" if currency == "USD" else "ID") == "US" else "ID"


def asks_nothing(columns: dict[str, str | None], guess: Guess) -> bool:
    """True when the form would have nothing to ask: a pay column, and currency and period known."""
    if not any(columns.get(f) for f in PAY_FIELDS):
        return False
    if guess.period_reason.code in ASK_ALWAYS:
        return False
    return all(columns.get(f) or value for f, value in (("currency", guess.currency), ("pay_period", guess.period)))


def starting_mapping(columns: dict[str, str | None], guess: Guess, sample) -> Mapping:
    """The mapping the form starts from for a new file: guessed columns, guessed values, suggested levels."""
    levels = dict(level_choices(sample, columns.get("level")))
    return Mapping.build(columns, starting_values(guess), level_codes=levels or None, decimal=DECIMALS[DECIMAL])
