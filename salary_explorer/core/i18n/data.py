"""Texts about the official figures: floors in force, OEWS distributions, BPS wages, data as of
(prefixes ``floor.``, ``dist.``, ``asof.``): key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {
    "problem.bad_date": {"en": "not a date (YYYY-MM-DD)", "id": "bukan tanggal (TTTT-BB-HH)"},
    # the floor in force
    "floor.name.UMP": {"en": "UMP {region} {year}", "id": "UMP {region} {year}"},
    "floor.name.UMK": {"en": "UMK {region} {year}", "id": "UMK {region} {year}"},
    "floor.name.state": {
        "en": "{region} state minimum wage {year}",
        "id": "upah minimum negara bagian {region} {year}",
    },
    "floor.name.federal": {
        "en": "US federal minimum wage",
        "id": "upah minimum federal AS",
    },
    "floor.name.federal_for_state": {
        "en": "US federal minimum wage ({region} sets no higher minimum)",
        "id": "upah minimum federal AS ({region} tidak menetapkan upah minimum yang lebih tinggi)",
    },
    "floor.describe": {
        "en": "{name}: {amount}, in force since {since}. Legal basis: {basis}. Source: {source}.",
        "id": "{name}: {amount}, berlaku sejak {since}. Dasar hukum: {basis}. Sumber: {source}.",
    },
    "floor.basis.state": {
        "en": "the state's minimum wage law (basic adult rate in force on 1 January)",
        "id": "undang-undang upah minimum negara bagian (tarif dasar dewasa yang berlaku 1 Januari)",
    },
    "floor.basis_unknown": {"en": "not stated in the source", "id": "tidak disebut dalam sumber"},
    "floor.disputed": {
        "en": "Disputed figure: sources also publish {others}; the check uses the higher value, {amount}.",
        "id": "Angka diperdebatkan: sumber lain juga memuat {others}; pengecekan memakai nilai yang lebih tinggi, {amount}.",
    },
    "floor.fallback": {
        "en": "No figure for {asked} is known yet: the latest earlier year, {year}, is used.",
        "id": "Belum ada angka untuk {asked}: dipakai tahun terakhir sebelumnya, {year}.",
    },
    "floor.fallback_later": {
        "en": "No figure was in force in {asked} in the bundled data: the earliest known year, {year}, is shown.",
        "id": "Tidak ada angka yang berlaku pada {asked} dalam data bawaan: ditampilkan tahun paling awal yang diketahui, {year}.",
    },
    "floor.unresolved": {
        "en": "Values reported for {asked} disagree ({others}) and are not used until confirmed.",
        "id": "Nilai yang dilaporkan untuk {asked} berbeda-beda ({others}) dan belum dipakai sampai dikonfirmasi.",
    },
}
CATALOG.update(
    {
        # OEWS distributions
        "dist.median": {"en": "the median", "id": "median"},
        "dist.median_label": {"en": "Median", "id": "Median"},
        "dist.point": {"en": "{name} {value}", "id": "{name} {value}"},
        "dist.point_topcoded": {
            "en": "{name} (above the BLS top code of {top})",
            "id": "{name} (di atas batas atas BLS {top})",
        },
        "dist.ordinal": {"en": "the {n} percentile", "id": "persentil ke-{n}"},
        "dist.place.between": {
            "en": "between {lower} and {upper}, about {ordinal}",
            "id": "antara {lower} dan {upper}, sekitar {ordinal}",
        },
        "dist.place.at": {"en": "exactly at {point}", "id": "tepat di {point}"},
        "dist.place.below": {"en": "below {point}", "id": "di bawah {point}"},
        "dist.place.above": {"en": "above {point}", "id": "di atas {point}"},
        "dist.place.below_topcode": {
            "en": "above {lower}, below {upper}",
            "id": "di atas {lower}, di bawah {upper}",
        },
    }
)
CATALOG.update(
    {
        "dist.flag.suppressed": {"en": "not published (*)", "id": "tidak dipublikasikan (*)"},
        "dist.flag.topcoded": {"en": "above {top} (#)", "id": "di atas {top} (#)"},
        "dist.flag.no_employment": {"en": "not published (**)", "id": "tidak dipublikasikan (**)"},
        "dist.col.employment": {"en": "Employment", "id": "Jumlah pekerja"},
    }
)
CATALOG.update(
    {
        "dist.chart.percentile": {"en": "Percentile", "id": "Persentil"},
        "dist.chart.pay": {"en": "Gross pay", "id": "Gaji kotor"},
        "dist.chart.survey": {"en": "OEWS survey (May of the year)", "id": "Survei OEWS (Mei tahun itu)"},
        "dist.chart.sector": {"en": "Industry sector", "id": "Sektor industri"},
        "dist.chart.state": {"en": "State", "id": "Negara bagian"},
        "dist.chart.state_median": {"en": "Annual median (OEWS)", "id": "Median tahunan (OEWS)"},
        "dist.chart.state_mean": {"en": "Annual mean (OEWS)", "id": "Rata-rata tahunan (OEWS)"},
    }
)
