"""Bundle the BPS province x sector / x occupation wage tables (../shared/reference/bps_sector) into ``data/``.

Run ``python3 -m salary_explorer.geo.bundle [reference folder]`` to rebuild the two CSVs after a new BPS
table lands in the reference folder, and ``python3 -m salary_explorer.geo.bundle --maps`` to remake the lighter
copies of the map geometry (``thin_topology``) after the geometry changes. Every value is copied as published; blank cells stay blank (BPS did
not publish them: RSE >= 50 %, or the whole Kalimantan Barat February 2025 column), never zero. The
province is joined by its Kemendagri code (the reference joined BPS labels by name: BPS's own Papua codes
differ) and written in the short form the minimum-wage table uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from ..core.load import DATA_DIR, read_text_csv

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "bps_sector"
SECTOR_FILE = "bps_net_wage_sector.csv"
OCCUPATION_FILE = "bps_net_wage_occupation.csv"
FIGURE_LABEL = "mean net wage, all employees in the sector (BPS Sakernas)"
OCCUPATION_LABEL = "mean net wage, all employees in the occupation group (BPS Sakernas)"
MONTHS = {"02": 2, "05": 5, "08": 8}
COMMON = {
    "currency": "IDR",
    "pay_period": "month",
    "gross_net": "net",
    "statistic": "mean",
    "source_kind": "survey",
}
BPS_TABLES = {
    "2475": "BPS var 2475: Rata-Rata Upah/Gaji Bersih Sebulan Buruh/Karyawan/Pegawai menurut Provinsi dan Lapangan Usaha di 17 Sektor",
    "2563": "BPS var 2563: Rata-Rata Upah/Gaji (Triwulanan), 17 sektor, national",
    "583": "BPS var 583: Rata-rata Upah/Gaji Bersih Sebulan Buruh/Karyawan/Pegawai Menurut Provinsi dan Jenis Pekerjaan Utama",
}


def sector_id(kbli: str) -> str:
    """The sector's id in the app and its links: the KBLI 2020 section(s) in lower case ("k", "mn"); "total"."""
    return "total" if kbli == "A-U" else kbli.replace(",", "").lower()


def _places(ref: pd.DataFrame) -> pd.DataFrame:
    regions = read_text_csv(DATA_DIR / "id_regions.csv")
    short = dict(zip(regions.loc[regions["level"] == "1", "code"], regions.loc[regions["level"] == "1", "province"]))
    national = ref["kemendagri_code"] == "00"
    unknown = sorted(set(ref.loc[~national, "kemendagri_code"]) - set(short))
    if unknown:
        raise ValueError(f"province codes not in data/id_regions.csv: {unknown}")
    return pd.DataFrame(
        {
            "region": ref["kemendagri_code"].map(short).where(~national, "Indonesia"),
            "area_type": ["national" if n else "province" for n in national],
            "province_code": ref["kemendagri_code"].where(~national, ""),
            "bps_province_code": ref.get("bps_province_code", pd.Series("", index=ref.index)).where(~national, "9999"),
            "bps_label": ref["province"],
        }
    )


def _period(ref: pd.DataFrame) -> pd.DataFrame:
    ym = ref["period"].str.slice(0, 7)
    return pd.DataFrame(
        {"period": ref["period"], "period_id": ym, "year": ym.str.slice(0, 4), "month": ym.str.slice(5, 7).map(MONTHS)}
    )


def _figure(ref: pd.DataFrame, figure_kind: str, label: str) -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "mean_net_monthly_wage": ref["mean_net_monthly_wage_idr"],
            "value_status": ref["value_status"],
            "note": ref["note"],
            **{k: v for k, v in COMMON.items()},
            "figure_kind": figure_kind,
            "figure_label": label,
            "bps_var_id": ref["bps_var_id"],
            "table": ref["bps_var_id"].map(BPS_TABLES),
            "source_title": ref["source"],
        },
        index=ref.index,
    )
    blank = out["mean_net_monthly_wage"].str.strip() == ""
    assert (out.loc[blank, "value_status"] == "blank_in_bps_table").all()
    return out


def build_sector(reference: Path = REFERENCE) -> pd.DataFrame:
    """Province x sector (var 2475, Feb and Aug 2025) and national x sector (var 2563, Feb and May 2026).

    Var 1521 repeats var 2563's February 2026 figures (the notes: never add both), so it is left out.
    """
    province = read_text_csv(reference / "bps_net_wage_province_sector.csv")
    national = read_text_csv(reference / "bps_net_wage_national_sector_2026.csv")
    national = national[national["bps_var_id"] == "2563"].copy()
    national["bps_province_code"] = "9999"
    ref = pd.concat([province, national], ignore_index=True)
    sector = pd.DataFrame(
        {
            "sector": ref["kbli_section"].map(sector_id),
            "kbli_section": ref["kbli_section"],
            "sector_bps": ref["sector_bps"],
            "sector_en": ref["sector_en"],
            "app_industry_proxy": ref["app_industry_proxy"],
        }
    )
    return pd.concat(
        [_places(ref), _period(ref), sector, _figure(ref, "bps_mean_net_wage_sector", FIGURE_LABEL)], axis=1
    )


def build_occupation(reference: Path = REFERENCE) -> pd.DataFrame:
    """Province x main occupation group (var 583, Feb 2026)."""
    ref = read_text_csv(reference / "bps_net_wage_province_occupation_2026-02.csv")
    occupation = pd.DataFrame(
        {
            "occupation": ref["kbji1982_major_group"].str.replace("/", "", regex=False).str.lower(),
            "occupation_bps": ref["occupation_bps"],
            "occupation_en": ref["occupation_en"],
            "kbji1982_major_group": ref["kbji1982_major_group"],
            "customer_service_relevance": ref["customer_service_relevance"],
        }
    )
    return pd.concat(
        [_places(ref), _period(ref), occupation, _figure(ref, "bps_mean_net_wage_occupation", OCCUPATION_LABEL)],
        axis=1,
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["--maps"]:
        write_light_maps()
        return 0
    reference = Path(argv[0]) if argv else REFERENCE
    for name, frame in ((SECTOR_FILE, build_sector(reference)), (OCCUPATION_FILE, build_occupation(reference))):
        frame.to_csv(DATA_DIR / name, index=False, encoding="utf-8")
        print(f"data/{name}: {len(frame)} rows")
    return 0


# --- lighter geometry for the country-wide maps ------------------------------------------------------------------

LIGHT = {  # the shipped TopoJSON -> its lighter copy for maps drawn country-wide (~7 km a pixel: detail unseen)
    "id_provinces_38.topo.json": "id_provinces_38.light.topo.json",
    "id_regencies_514.topo.json": "id_regencies_514.light.topo.json",
    "us_states_51.topo.json": "us_states_51.light.topo.json",
}


def thin_topology(topo: dict, every: int = 3, keep_short: int = 12) -> dict:
    """A copy of a quantized TopoJSON keeping every ``every``-th vertex of each arc, and always its two ends
    (arcs are shared by neighbours, so borders still meet); arcs of ``keep_short`` vertices or fewer (small
    islands, short borders) are kept whole, so no ring collapses."""
    arcs = []
    for arc in topo["arcs"]:
        if len(arc) <= keep_short:
            arcs.append(arc)
            continue
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded: absolute positions first
            x, y = x + dx, y + dy
            points.append((x, y))
        kept = points[::every]
        if kept[-1] != points[-1]:
            kept.append(points[-1])
        encoded, px, py = [], 0, 0
        for ax, ay in kept:
            encoded.append([ax - px, ay - py])
            px, py = ax, ay
        arcs.append(encoded)
    return {**topo, "arcs": arcs}


def write_light_maps(map_dir: Path | None = None) -> None:
    import json

    map_dir = map_dir or DATA_DIR / "maps"
    for full, light in LIGHT.items():
        topo = json.loads((map_dir / full).read_text(encoding="utf-8"))
        (map_dir / light).write_text(json.dumps(thin_topology(topo), separators=(",", ":")), encoding="utf-8")
        print(
            f"data/maps/{light}: {(map_dir / light).stat().st_size:,} bytes (from {(map_dir / full).stat().st_size:,})"
        )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
