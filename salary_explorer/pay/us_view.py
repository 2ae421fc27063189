"""Everything the US pay page renders, from one call: OEWS percentiles over the years, by sector, by state."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..core.i18n import t
from . import distribution as dist
from . import distribution_charts as charts

BASES = ("hour", "year")


@dataclass(frozen=True)
class UsPayView:
    basis: str
    years_chart: alt.Chart
    years_table: pd.DataFrame
    sector_chart: alt.Chart
    sector_table: pd.DataFrame
    state_chart: alt.Chart
    state_table: pd.DataFrame
    sector_survey: str
    state_survey: str
    sources: list[str]


def _sector_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("dist.chart.sector", lang): table["sector"],
            t("dist.col.employment", lang): table["employment"],
            "P10": table["p10_text"],
            "P25": table["p25_text"],
            t("dist.median_label", lang): table["p50_text"],
            "P75": table["p75_text"],
            "P90": table["p90_text"],
        }
    )


def _state_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("dist.chart.state", lang): table["state"],
            t("dist.col.employment", lang): table["employment"],
            t("dist.chart.state_median", lang): table["median_text"],
            t("dist.chart.state_mean", lang): table["mean_text"],
        }
    )


def us_pay_view(
    national: pd.DataFrame, sectors: pd.DataFrame, states: pd.DataFrame, basis: str, lang: str
) -> UsPayView:
    if basis not in BASES:
        raise ValueError(f"basis must be one of {BASES}, got {basis!r}")
    series = dist.percentile_series(national, basis, lang)
    sector_rows = dist.sector_table(sectors, basis, lang)
    state_rows = dist.state_table(states, lang)
    sources = list(dict.fromkeys([*national["source_title"], *sectors["source_title"], *states["source_title"]]))
    return UsPayView(
        basis=basis,
        years_chart=charts.percentile_chart(series, basis, lang),
        years_table=dist.percentile_table(national, basis, lang),
        sector_chart=charts.sector_chart(sector_rows, basis, lang),
        sector_table=_sector_display(sector_rows, lang),
        state_chart=charts.state_chart(state_rows, lang),
        state_table=_state_display(state_rows, lang),
        sector_survey=dist.survey_label(sectors["year"].iloc[0], lang) if len(sectors) else "",
        state_survey=dist.survey_label(states["year"].iloc[0], lang) if len(states) else "",
        sources=sources,
    )
