"""BPS sectors (KBLI 2020 sections as BPS publishes them) and how the app's industries map onto them.

Shared by the pay-by-place maps (``geo``) and the offer check (``pay``): the mapping is approximate
(``../shared/reference/bps_sector/notes.md``): a BPS sector covers every employee of the industry, not
customer-service jobs only; call centres sit inside "M,N" (business services), which BPS publishes only combined.
"""

from __future__ import annotations

import pandas as pd

# The order the pages offer them: the design's industries first, then the rest.
SECTORS = ("k", "h", "g", "j", "i", "mn", "total", "a", "b", "c", "d", "e", "f", "l", "o", "p", "q", "rstu")
INDUSTRY_SECTOR = {
    "banking": "k",
    "logistics": "h",
    "online_shop": "g",
    "retail": "g",
    "ecommerce": "g",
    "telecom": "j",
    "hospitality": "i",
    "call_centre": "mn",
    "call_center": "mn",
}
# A published province x sector cell that looks like a very small sample (BPS notes: cells with RSE 25-50 %
# are not flagged; the examples are round or extreme): a whole 100,000s, under half or over 2.5x the national
# figure of its sector, or more than twice (or under half) the same cell in another round.
SMALL_SAMPLE_LOW, SMALL_SAMPLE_HIGH, ROUND_TO, SWING = 0.5, 2.5, 100_000, 2.0


def sector_of_industry(industry: object) -> str:
    """The BPS sector that stands in for an app industry; all sectors ("total") when none fits."""
    return INDUSTRY_SECTOR.get(str(industry), "total")


def looks_small(value: pd.Series, national: pd.Series, other_round: pd.Series) -> pd.Series:
    """True where a published value looks like a very small sample (see the constants above)."""
    ratio, swing = value / national, value / other_round
    far = (ratio < SMALL_SAMPLE_LOW) | (ratio > SMALL_SAMPLE_HIGH) | (swing > SWING) | (swing < 1 / SWING)
    return value.notna() & ((value % ROUND_TO == 0) | far)


def province_periods(bps: pd.DataFrame) -> list[str]:
    """The periods with province figures, newest first ("2025-08", "2025-02")."""
    return sorted(bps.loc[bps["area_type"] == "province", "period_id"].unique(), reverse=True)


def province_sector(bps: pd.DataFrame, sector: str, period: str) -> pd.DataFrame:
    """One row per province (``province_code``, ``region``, ``value``, ``small``) and the national figure in ``attrs``."""
    picked = bps[(bps["sector"] == sector) & (bps["period_id"] == period)]
    national = picked.loc[picked["area_type"] == "national", "mean_net_monthly_wage"]
    national_value = float(national.iloc[0]) if len(national) else float("nan")
    rows = picked[picked["area_type"] == "province"]
    others = bps[(bps["sector"] == sector) & (bps["area_type"] == "province") & (bps["period_id"] != period)]
    other = others.groupby("province_code")["mean_net_monthly_wage"].agg(["min", "max"])
    value = rows["mean_net_monthly_wage"].astype(float)
    low, high = rows["province_code"].map(other["min"]), rows["province_code"].map(other["max"])
    furthest = low.where((value / low).sub(1).abs() >= (value / high).sub(1).abs(), high)
    out = pd.DataFrame(
        {
            "province_code": rows["province_code"],
            "region": rows["region"],
            "value": value,
            "small": looks_small(value, pd.Series(national_value, index=rows.index), furthest),
            "bps_var_id": rows["bps_var_id"],
        }
    ).reset_index(drop=True)
    out.attrs["national"] = national_value
    return out
