"""Chart pieces every domain shares: the reader's number locale, compact money ticks, chart sizing.

Pay charts and band charts draw money on the same kind of axis; keeping the
axis here means ``Rp 5 jt`` looks the same on every page.
"""

from __future__ import annotations

import altair as alt

from .i18n import t

# Vega's number locale, so axis labels use the reader's separators (5.000.000 vs 5,000,000).
NUMBER_LOCALES = {
    "id": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp ", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["$", ""]},
}
# Compact axis units per language: Indonesian "jt" (juta) and "rb" (ribu); "M" would read as miliar there.
UNITS = {"id": ((1e6, " jt"), (1e3, " rb")), "en": ((1e6, "M"), (1e3, "K"))}


def axis_label_expr(currency: str, lang: str, max_value: float) -> str:
    """A Vega expression for compact money ticks: ``Rp 5 jt``, ``Rp 30 rb``, ``$12.5``, ``US$27K``."""
    symbol = "Rp " if currency == "IDR" else ("$" if lang == "en" else "US$")
    for size, unit in UNITS.get(lang, UNITS["en"]):
        if max_value >= size * 2:
            return f"datum.value == 0 ? '0' : '{symbol}' + format(datum.value / {size:g}, ',.1~f') + '{unit}'"
    return f"datum.value == 0 ? '0' : '{symbol}' + format(datum.value, ',.2~f')"


def money_axis_title(currency: str, period: str, lang: str) -> str:
    return t("sal.chart.axis", lang, currency=t(f"currency.{currency}", lang), period=t(f"period.{period}", lang))


def money_axis(currency: str, period: str, lang: str, max_value: float) -> alt.Axis:
    return alt.Axis(
        title=money_axis_title(currency, period, lang),
        labelExpr=axis_label_expr(currency, lang, max_value),
        tickCount=6,
        grid=True,
    )


def finish(chart: alt.Chart, lang: str) -> alt.Chart:
    """Reader's number locale, and ``fit-x`` sizing: Streamlit's default ("fit") squeezes axes and legend
    into the given height, which flattens a short chart with a legend to nothing."""
    chart = chart.properties(autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    return chart.configure(locale={"number": NUMBER_LOCALES.get(lang, NUMBER_LOCALES["en"])}).configure_axis(
        labelFontSize=12, titleFontSize=12, labelLimit=180
    )
