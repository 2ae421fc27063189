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
    "floor.describe_short": {
        "en": "{name}: {amount}, in force since {since}. Legal basis: {basis}.",
        "id": "{name}: {amount}, berlaku sejak {since}. Dasar hukum: {basis}.",
    },
    "floor.source": {"en": "Source of the minimum wage: {source}", "id": "Sumber upah minimum: {source}"},
    "floor.basis_unknown": {"en": "not stated in the source", "id": "tidak disebut dalam sumber"},
    "floor.disputed_mark": {"en": "disputed", "id": "diperdebatkan"},
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
    "floor.umk_unknown": {
        "en": "{regency} sets its own minimum wage (UMK) for {year} ({decree}), but this app does not know the "
        "figure: the floor there is at least the UMP, {ump}, and may be higher. Check the decree before "
        "relying on this.",
        "id": "{regency} menetapkan upah minimum sendiri (UMK) untuk {year} ({decree}), tetapi angkanya belum "
        "diketahui aplikasi ini: upah minimum di sana paling sedikit UMP, {ump}, dan bisa lebih tinggi. "
        "Periksa keputusan gubernurnya sebelum mengandalkan ini.",
    },
    "floor.umk_last_known": {
        "en": "The last UMK known here, for {year}, was {amount}.",
        "id": "UMK terakhir yang diketahui di sini, tahun {year}, adalah {amount}.",
    },
    "floor.no_umk": {
        "en": "{regency} sets no UMK of its own: the provincial UMP applies there.",
        "id": "{regency} tidak menetapkan UMK sendiri: yang berlaku di sana adalah UMP provinsi.",
    },
    "floor.umk_replaces": {
        "en": "This regency/city minimum (UMK), set by the governor, replaces the UMP {province} ({ump}) here.",
        "id": "Upah minimum kabupaten/kota (UMK) yang ditetapkan gubernur ini menggantikan UMP {province} ({ump}) di sini.",
    },
    "floor.umsk": {
        "en": "The decree also sets sectoral minimums (UMSK) for listed sectors: in those sectors the floor may be higher.",
        "id": "Keputusan itu juga menetapkan upah minimum sektoral (UMSK) untuk sektor tertentu: di sektor itu "
        "batas bawahnya bisa lebih tinggi.",
    },
    "floor.scope": {
        "en": "The minimum wage binds pay for workers with under one year of service; after that, pay follows the "
        "employer's wage structure and scale, never below the minimum (PP 36/2021).",
        "id": "Upah minimum berlaku bagi pekerja dengan masa kerja kurang dari satu tahun; setelah itu upah mengikuti "
        "struktur dan skala upah perusahaan, tidak boleh di bawah upah minimum (PP 36/2021).",
    },
    "floor.headline_unknown": {
        "en": "{name}: at least {amount} (the local UMK is not known)",
        "id": "{name}: paling sedikit {amount} (UMK setempat belum diketahui)",
    },
    "floor.regency.label": {"en": "Regency or city", "id": "Kabupaten atau kota"},
    "floor.regency.province_wide": {"en": "province-wide (UMP)", "id": "seluruh provinsi (UMP)"},
    "floor.regency.help": {
        "en": "Where the job is. Most large labour markets have their own regency/city minimum (UMK), higher than "
        "the province's UMP; type to search.",
        "id": "Lokasi kerja. Sebagian besar pusat kerja punya upah minimum kabupaten/kota (UMK) sendiri, lebih "
        "tinggi dari UMP provinsi; ketik untuk mencari.",
    },
    "floor.above_ump_only": {"en": "above the UMP; UMK not known", "id": "di atas UMP; UMK belum diketahui"},
    "floor.set_by.UMK": {
        "en": "(Regency/city level: set by the Governor of {region} for this regency/city.)",
        "id": "(Tingkat kabupaten/kota: ditetapkan Gubernur {region} untuk kabupaten/kota ini.)",
    },
    "floor.set_by.UMP": {
        "en": "(Provincial level: set by the Governor of {region} for the whole province.)",
        "id": "(Tingkat provinsi: ditetapkan Gubernur {region} untuk seluruh provinsi.)",
    },
    "floor.set_by.state": {
        "en": "(State level: set by {region}'s own law.)",
        "id": "(Tingkat negara bagian: ditetapkan undang-undang {region}.)",
    },
    "floor.set_by.federal": {
        "en": "(Federal level: the Fair Labor Standards Act.)",
        "id": "(Tingkat federal: Fair Labor Standards Act.)",
    },
    "band.floor_unknown": {
        "en": "{regency} sets its own UMK, which this app does not know: the checks use the UMP as the lowest "
        "possible floor. Check the governor's decree before relying on the minimum-wage check.",
        "id": "{regency} menetapkan UMK sendiri yang belum diketahui aplikasi ini: pengecekan memakai UMP sebagai "
        "batas terendah yang mungkin. Periksa keputusan gubernurnya sebelum mengandalkan cek upah minimum.",
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
CATALOG.update(
    {
        "floor.check.label": {"en": "Check against the minimum wage of", "id": "Cek terhadap upah minimum"},
        "floor.check.today": {"en": "today ({date})", "id": "hari ini ({date})"},
        "floor.check.year": {"en": "the year {year}", "id": "tahun {year}"},
        "dist.all_industries": {"en": "all industries, U.S.", "id": "semua industri, AS"},
        "dist.offer_sentence": {
            "en": "Your offer ({offer}) is {placement} of US customer service representatives' gross pay "
            "(BLS OEWS {survey}, {where}).",
            "id": "Tawaran Anda ({offer}) berada {placement} gaji kotor customer service representative di AS "
            "(BLS OEWS {survey}, {where}).",
        },
        "bps.beside": {
            "en": "For comparison, a different kind of figure: BPS mean net monthly wage of employees in {region} "
            "({period}): {all} across all occupations, {clerical} for clerical workers. These are means of pay "
            "after tax from a household survey, not a range for this job, and not gross pay.",
            "id": "Sebagai pembanding, jenis angka yang berbeda: rata-rata upah bersih sebulan buruh/karyawan di "
            "{region} menurut BPS ({period}): {all} untuk semua jenis pekerjaan, {clerical} untuk tenaga tata usaha. "
            "Ini rata-rata upah setelah pajak dari survei rumah tangga, bukan rentang gaji pekerjaan ini, "
            "dan bukan gaji kotor.",
        },
    }
)
CATALOG.update(
    {
        "bps.period": {"en": "Sakernas, {month} {year}", "id": "Sakernas {month} {year}"},
        "bps.month.2": {"en": "February", "id": "Februari"},
        "bps.month.8": {"en": "August", "id": "Agustus"},
    }
)
CATALOG.update(
    {
        "asof.title": {"en": "Data as of", "id": "Data per"},
        "asof.col.dataset": {"en": "Dataset", "id": "Data"},
        "asof.col.latest": {"en": "Latest figures", "id": "Angka terbaru"},
        "asof.col.next": {"en": "Next release due", "id": "Rilis berikutnya"},
        "asof.ump.name": {"en": "Provincial minimum wage (UMP)", "id": "Upah minimum provinsi (UMP)"},
        "asof.ump.latest": {
            "en": "UMP {year} ({known} of {total} provinces known)",
            "id": "UMP {year} ({known} dari {total} provinsi diketahui)",
        },
        "asof.ump.next": {
            "en": "UMP {next}: announced each November-December, due by late December {year}",
            "id": "UMP {next}: diumumkan tiap November-Desember, paling lambat akhir Desember {year}",
        },
        "asof.us_state.name": {"en": "US state minimum wages", "id": "Upah minimum negara bagian AS"},
        "asof.state.latest": {"en": "In force on 1 January {year}", "id": "Berlaku 1 Januari {year}"},
        "asof.state.next": {
            "en": "1 January {next} (some states also change on 1 July or 30 September)",
            "id": "1 Januari {next} (beberapa negara bagian juga berubah 1 Juli atau 30 September)",
        },
        "asof.rates.name": {"en": "Rupiah per US dollar (World Bank)", "id": "Rupiah per dolar AS (Bank Dunia)"},
        "asof.rates.latest": {"en": "Annual average {year}", "id": "Rata-rata tahunan {year}"},
        "asof.rates.next": {
            "en": "Average for {next}: after the year ends, in a World Bank WDI update",
            "id": "Rata-rata {next}: setelah tahunnya berakhir, dalam pembaruan WDI Bank Dunia",
        },
        "asof.oews.name": {"en": "US pay distribution (BLS OEWS)", "id": "Sebaran gaji AS (BLS OEWS)"},
        "asof.oews.latest": {"en": "May {year} survey", "id": "Survei Mei {year}"},
        "asof.oews.next": {
            "en": "May {next} figures: spring {spring} (OEWS publishes each spring for May of the year before)",
            "id": "Angka Mei {next}: musim semi {spring} (OEWS terbit tiap musim semi untuk Mei tahun sebelumnya)",
        },
        "asof.bps.name": {"en": "BPS mean net wages by province", "id": "Rata-rata upah bersih per provinsi (BPS)"},
        "asof.bps.latest": {"en": "Sakernas {month} {year}", "id": "Sakernas {month} {year}"},
        "asof.bps.next": {
            "en": "Next Sakernas round (surveys run each February and August)",
            "id": "Putaran Sakernas berikutnya (survei tiap Februari dan Agustus)",
        },
    }
)
CATALOG["floor.shown_as"] = {"en": "Shown here as {converted}:", "id": "Ditampilkan di sini sebagai {converted}:"}
CATALOG.update(
    {
        "floor.region.us_state": {"en": "US – {region}", "id": "AS – {region}"},
        "dist.pick.year": {"en": "OEWS survey (US offers)", "id": "Survei OEWS (tawaran AS)"},
        "dist.pick.sector": {"en": "Industry sector (US offers)", "id": "Sektor industri (tawaran AS)"},
        "dist.pick.year_option": {"en": "May {year}", "id": "Mei {year}"},
        "floor.title": {"en": "Minimum wage in force", "id": "Upah minimum yang berlaku"},
        "dist.offer.title": {"en": "Your offer in the US pay distribution", "id": "Tawaran Anda dalam sebaran gaji AS"},
        "bps.title": {"en": "Beside the provincial average", "id": "Dibandingkan rata-rata provinsi"},
    }
)
CATALOG.update(
    {
        "nav.us_pay": {"en": "US pay distribution", "id": "Sebaran gaji AS"},
        "us.intro": {
            "en": "What US employers report paying customer service representatives (SOC 43-4051), from the Bureau "
            "of Labor Statistics' Occupational Employment and Wage Statistics (OEWS): gross pay in May of each survey "
            "year, as percentiles (10% of workers earn less than P10, half less than the median). Shown as BLS "
            "publishes it, in US dollars; annual = hourly x 2,080.",
            "id": "Yang dilaporkan pemberi kerja di AS sebagai gaji customer service representative (SOC 43-4051), "
            "dari Occupational Employment and Wage Statistics (OEWS) Biro Statistik Tenaga Kerja AS (BLS): gaji kotor "
            "pada bulan Mei tiap tahun survei, dalam persentil (10% pekerja bergaji di bawah P10, separuh di bawah "
            "median). Ditampilkan seperti diterbitkan BLS, dalam dolar AS; tahunan = per jam x 2.080.",
        },
        "us.basis": {"en": "Show pay", "id": "Tampilkan gaji"},
        "us.basis.hour": {"en": "per hour", "id": "per jam"},
        "us.basis.year": {"en": "per year", "id": "per tahun"},
        "us.years.title": {
            "en": "P10 to P90 over the years, all industries ({unit})",
            "id": "P10 sampai P90 dari tahun ke tahun, semua industri ({unit})",
        },
        "us.sectors.title": {
            "en": "By industry sector, {survey} ({unit})",
            "id": "Per sektor industri, {survey} ({unit})",
        },
        "us.sectors.note": {
            "en": "Thin bar: P10 to P90; thick bar: P25 to P75; tick: the median. Sorted by median.",
            "id": "Batang tipis: P10 sampai P90; batang tebal: P25 sampai P75; garis: median. Diurutkan menurut median.",
        },
        "us.states.title": {
            "en": "By state, {survey} (per year)",
            "id": "Per negara bagian, {survey} (per tahun)",
        },
        "us.states.note": {
            "en": "Bars: the annual median; diamonds: the annual mean, a different statistic (pulled up by high "
            "earners). Only annual figures exist per state here (from a derived copy of the BLS state file); hourly "
            "state figures are left out rather than estimated.",
            "id": "Batang: median tahunan; belah ketupat: rata-rata tahunan, statistik yang berbeda (terangkat oleh "
            "bergaji tinggi). Per negara bagian hanya ada angka tahunan di sini (dari salinan turunan berkas negara "
            "bagian BLS); angka per jam tidak ditampilkan daripada diperkirakan.",
        },
        "us.flags": {
            "en": "BLS marks: * = wage not published, ** = employment not published, # = above the top code "
            "($115.00/hr, $239,200/yr); such points are shown as marked, never as a number.",
            "id": "Tanda BLS: * = upah tidak dipublikasikan, ** = jumlah pekerja tidak dipublikasikan, # = di atas batas "
            "atas ($115.00/jam, $239.200/tahun); titik seperti itu ditampilkan dengan tandanya, tidak sebagai angka.",
        },
        "us.kind": {
            "en": "A different kind of figure from the Indonesian article ranges (pay ranges page) and the BPS mean net "
            "wages (offer check): never drawn on the same axis.",
            "id": "Jenis angka yang berbeda dari rentang gaji artikel Indonesia (halaman kisaran gaji) dan rata-rata upah "
            "bersih BPS (cek tawaran): tidak pernah digambar pada sumbu yang sama.",
        },
        "us.table": {"en": "Figures as a table", "id": "Angka dalam tabel"},
        "us.tab.years": {"en": "Over the years", "id": "Dari tahun ke tahun"},
        "us.tab.sectors": {"en": "By industry sector", "id": "Per sektor industri"},
        "us.tab.states": {"en": "By state", "id": "Per negara bagian"},
        "us.sources": {"en": "Sources: {sources}", "id": "Sumber: {sources}"},
    }
)
