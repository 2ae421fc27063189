""" "Data as of": each bundled dataset's latest year and when its publisher's next release is due."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .i18n import t


@dataclass(frozen=True)
class DatasetStatus:
    key: str
    latest: str  # the newest figure, as its publisher labels it
    next_due: str


def data_as_of(
    wages: pd.DataFrame, rates: pd.DataFrame, oews: pd.DataFrame, bps: pd.DataFrame, lang: str
) -> list[DatasetStatus]:
    """One line per dataset: UMP, US state minimums, exchange rates, OEWS, BPS wages."""
    ump = wages[(wages["wage_kind"] == "UMP") & wages["amount"].notna()]
    ump_year = int(ump["year"].max())
    known = ump[ump["year"] == ump_year]
    provinces = wages.loc[wages["wage_kind"] == "UMP", "region"].nunique()
    states = wages[wages["wage_kind"] == "state"]
    state_year = int(states["year"].max())
    annual = rates[rates["rate_kind"] == "annual_average"]
    rate_year = int(annual["year"].max())
    oews_year = int(oews["year"].max())
    bps_row = bps.sort_values(["year", "month"]).iloc[-1]
    return [
        DatasetStatus(
            "ump",
            t("asof.ump.latest", lang, year=ump_year, known=len(known), total=provinces),
            t("asof.ump.next", lang, next=ump_year + 1, year=ump_year),
        ),
        DatasetStatus(
            "us_state",
            t("asof.state.latest", lang, year=state_year),
            t("asof.state.next", lang, next=state_year + 1),
        ),
        DatasetStatus(
            "rates", t("asof.rates.latest", lang, year=rate_year), t("asof.rates.next", lang, next=rate_year + 1)
        ),
        DatasetStatus(
            "oews",
            t("asof.oews.latest", lang, year=oews_year),
            t("asof.oews.next", lang, next=oews_year + 1, spring=oews_year + 2),
        ),
        DatasetStatus(
            "bps",
            t("asof.bps.latest", lang, month=t(f"bps.month.{int(bps_row['month'])}", lang), year=int(bps_row["year"])),
            t("asof.bps.next", lang),
        ),
    ]


def data_as_of_table(statuses: list[DatasetStatus], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("asof.col.dataset", lang): [t(f"asof.{s.key}.name", lang) for s in statuses],
            t("asof.col.latest", lang): [s.latest for s in statuses],
            t("asof.col.next", lang): [s.next_due for s in statuses],
        }
    )
