"""Texts of the pay-by-place page and its maps (prefix ``place.``): key -> {"en": ..., "id": ...}."""

_SECTORS = {
    "k": ("financial and insurance services", "jasa keuangan dan asuransi"),
    "h": ("transportation and storage", "transportasi dan pergudangan"),
    "g": ("wholesale and retail trade", "perdagangan besar dan eceran"),
    "j": ("information and communication", "informasi dan komunikasi"),
    "i": ("accommodation and food service", "penyediaan akomodasi dan makan minum"),
    "mn": ("business services (incl. call centres)", "jasa perusahaan (termasuk call center)"),
    "total": ("all sectors", "semua sektor"),
    "a": ("agriculture, forestry and fishing", "pertanian, kehutanan dan perikanan"),
    "b": ("mining and quarrying", "pertambangan dan penggalian"),
    "c": ("manufacturing", "industri pengolahan"),
    "d": ("electricity and gas", "pengadaan listrik dan gas"),
    "e": ("water supply and waste management", "pengadaan air, pengelolaan sampah dan limbah"),
    "f": ("construction", "konstruksi"),
    "l": ("real estate", "real estat"),
    "o": ("public administration and defence", "administrasi pemerintahan dan pertahanan"),
    "p": ("education", "jasa pendidikan"),
    "q": ("health and social work", "jasa kesehatan dan kegiatan sosial"),
    "rstu": ("other services", "jasa lainnya"),
}
_OCCUPATIONS = {
    "3": ("clerical workers (closest to customer service)", "tenaga tata usaha (paling dekat dengan customer service)"),
    "4": ("sales workers", "tenaga usaha penjualan"),
    "5": ("service workers", "tenaga usaha jasa"),
    "all": ("all occupations", "semua jenis pekerjaan"),
    "01": ("professional and technical workers", "tenaga profesional dan teknisi"),
    "2": ("managers", "tenaga kepemimpinan dan ketatalaksanaan"),
    "6": ("agricultural workers", "tenaga usaha pertanian"),
    "789": ("production workers and labourers", "tenaga produksi dan pekerja kasar"),
    "x00": ("others", "lainnya"),
}
_MONTHS = {2: ("February", "Februari"), 5: ("May", "Mei"), 8: ("August", "Agustus")}

CATALOG: dict[str, dict[str, str]] = {
    **{f"place.sector.{k}": {"en": en, "id": id_} for k, (en, id_) in _SECTORS.items()},
    **{f"place.occupation.{k}": {"en": en, "id": id_} for k, (en, id_) in _OCCUPATIONS.items()},
    **{f"place.month.{m}": {"en": en, "id": id_} for m, (en, id_) in _MONTHS.items()},
    "nav.place_pay": {"en": "Pay by place", "id": "Gaji menurut wilayah"},
    "place.intro": {
        "en": "What employees are paid, and the legal floor, province by province in Indonesia and state by "
        "state in the US. Pick a figure; hover a region for its value, period and source. Grey: no figure "
        "(not published or not known), never zero.",
        "id": "Berapa upah pekerja, dan batas upah minimum, per provinsi di Indonesia dan per negara bagian di AS. "
        "Pilih angka; arahkan kursor ke wilayah untuk melihat nilai, periode dan sumbernya. Abu-abu: tidak ada "
        "angka (tidak dipublikasikan atau belum diketahui), bukan nol.",
    },
    "place.tab.id": {"en": "Indonesia", "id": "Indonesia"},
    "place.tab.us": {"en": "United States", "id": "Amerika Serikat"},
    "place.tab.file": {"en": "Your imported file", "id": "File impor Anda"},
    "place.figure": {"en": "Figure", "id": "Angka"},
    "place.figure.bps": {"en": "Mean net wage by sector (BPS)", "id": "Rata-rata upah bersih per sektor (BPS)"},
    "place.figure.occupation": {
        "en": "Mean net wage by occupation (BPS)",
        "id": "Rata-rata upah bersih per jenis pekerjaan (BPS)",
    },
    "place.occupation": {"en": "Occupation group (BPS)", "id": "Jenis pekerjaan utama (BPS)"},
    "place.occupation.title": {
        "en": "Mean net monthly wage of employees, {occupation}, by province ({period})",
        "id": "Rata-rata upah bersih sebulan pekerja, {occupation}, per provinsi ({period})",
    },
    "place.kind.occupation": {
        "en": "Kind of figure: mean net wage, all employees in the occupation group (BPS Sakernas): a household "
        "survey's mean of reported take-home pay, in every industry (not a median, not gross pay). Not comparable "
        "with job-ad ranges or with OEWS gross percentiles.",
        "id": "Jenis angka: rata-rata upah bersih, semua pekerja dalam jenis pekerjaan tersebut (BPS Sakernas): "
        "rata-rata upah bersih yang dilaporkan dalam survei rumah tangga, di semua sektor (bukan median, bukan upah "
        "kotor). Tidak sebanding dengan rentang gaji lowongan atau persentil upah kotor OEWS.",
    },
    "place.national_occupation": {
        "en": "National figure for {occupation}: {value}.",
        "id": "Angka nasional untuk {occupation}: {value}.",
    },
    "place.figure.ump": {"en": "Provincial minimum wage (UMP)", "id": "Upah minimum provinsi (UMP)"},
    "place.figure.floor": {
        "en": "Minimum wage in force by regency/city (UMK or UMP)",
        "id": "Upah minimum yang berlaku per kabupaten/kota (UMK atau UMP)",
    },
    "place.sector": {"en": "Sector (BPS, KBLI 2020)", "id": "Sektor (BPS, KBLI 2020)"},
    "place.period": {"en": "Period", "id": "Periode"},
    "place.year": {"en": "Year", "id": "Tahun"},
    "place.period_label": {"en": "Sakernas, {month} {year}", "id": "Sakernas {month} {year}"},
    "place.us.figure.median": {
        "en": "Median annual wage (OEWS)",
        "id": "Median upah tahunan (OEWS)",
    },
    "place.us.figure.employment": {"en": "Employment (OEWS)", "id": "Jumlah pekerja (OEWS)"},
    "place.us.figure.minimum": {"en": "State minimum wage", "id": "Upah minimum negara bagian"},
    "place.bps.title": {
        "en": "Mean net monthly wage, all employees in {sector}, by province ({period})",
        "id": "Rata-rata upah bersih sebulan, semua pekerja di sektor {sector}, per provinsi ({period})",
    },
    "place.ump.title": {
        "en": "Provincial minimum wage (UMP) {year}, by province",
        "id": "Upah minimum provinsi (UMP) {year}, per provinsi",
    },
    "place.floor.title": {
        "en": "Minimum wage in force on {date}, by regency/city",
        "id": "Upah minimum yang berlaku pada {date}, per kabupaten/kota",
    },
    "place.us.median.title": {
        "en": "Customer service representatives: median annual wage by state ({survey})",
        "id": "Customer service representative: median upah tahunan per negara bagian ({survey})",
    },
    "place.us.employment.title": {
        "en": "Customer service representatives employed, by state ({survey})",
        "id": "Jumlah customer service representative per negara bagian ({survey})",
    },
    "place.us.minimum.title": {
        "en": "State minimum wage in force on 1 January {year}",
        "id": "Upah minimum negara bagian yang berlaku 1 Januari {year}",
    },
    "place.unit.idr_month": {"en": "Rp per month", "id": "Rp per bulan"},
    "place.unit.usd_year": {"en": "US$ per year", "id": "US$ per tahun"},
    "place.unit.usd_hour": {"en": "US$ per hour", "id": "US$ per jam"},
    "place.unit.employees": {"en": "employees", "id": "pekerja"},
    "place.unit.count": {"en": "job ads", "id": "lowongan"},
    "place.unit.share": {"en": "share below the floor", "id": "porsi di bawah upah minimum"},
    "place.kind.bps": {
        "en": "Kind of figure: mean net wage, all employees in the sector (BPS Sakernas): a household survey's mean "
        "of reported take-home pay of every employee in the sector (not customer-service jobs only, not a median, "
        "not gross pay). Not comparable with job-ad ranges or with OEWS gross percentiles.",
        "id": "Jenis angka: rata-rata upah bersih, semua pekerja di sektor tersebut (BPS Sakernas): rata-rata upah "
        "bersih yang dilaporkan semua buruh/karyawan di sektor itu dalam survei rumah tangga (bukan hanya customer "
        "service, bukan median, bukan upah kotor). Tidak sebanding dengan rentang gaji lowongan atau persentil "
        "upah kotor OEWS.",
    },
    "place.kind.ump": {
        "en": "Kind of figure: the legal minimum monthly wage set by each governor (UMP). Where a regency/city sets "
        "a UMK, that higher floor applies there.",
        "id": "Jenis angka: upah minimum bulanan menurut hukum yang ditetapkan gubernur (UMP). Di kabupaten/kota yang "
        "menetapkan UMK, UMK yang lebih tinggi itulah yang berlaku.",
    },
    "place.kind.floor": {
        "en": "Kind of figure: the legal minimum monthly wage in force at a workplace: the regency/city's UMK where "
        "one is set, else the province's UMP. Marked in red: a disputed UMK (the higher value shown), a UMK set but "
        "not known to the app (at least the UMP applies) or one found in a single source.",
        "id": "Jenis angka: upah minimum bulanan yang berlaku di tempat kerja: UMK kabupaten/kota bila ditetapkan, "
        "jika tidak UMP provinsi. Bertanda merah: UMK yang diperdebatkan (ditampilkan nilai yang lebih tinggi), UMK "
        "yang ditetapkan tetapi belum diketahui aplikasi (minimal UMP berlaku) atau yang hanya dari satu sumber.",
    },
    "place.kind.oews": {
        "en": "Kind of figure: employer-reported gross pay of customer service representatives (BLS OEWS, May "
        "survey), in US dollars; not comparable with BPS net means.",
        "id": "Jenis angka: upah kotor customer service representative yang dilaporkan pemberi kerja (BLS OEWS, "
        "survei Mei), dalam dolar AS; tidak sebanding dengan rata-rata upah bersih BPS.",
    },
    "place.kind.us_minimum": {
        "en": "Kind of figure: the state's basic adult minimum wage in force on 1 January (the federal US$7.25 "
        "applies where a state sets none or a lower one).",
        "id": "Jenis angka: upah minimum dasar dewasa negara bagian yang berlaku 1 Januari (upah minimum federal "
        "US$7,25 berlaku bila negara bagian tidak menetapkan atau menetapkan lebih rendah).",
    },
    "place.kind.file": {
        "en": "Kind of figure: your imported job ads (monthly Rupiah pay: the typical pay, else the middle of the "
        "range), by the province their place resolved to. Regions with fewer than {min} ads show no figure.",
        "id": "Jenis angka: lowongan yang Anda impor (gaji bulanan dalam Rupiah: gaji tipikal, atau titik tengah "
        "rentang), menurut provinsi tempatnya. Wilayah dengan kurang dari {min} lowongan tidak menampilkan angka.",
    },
    "place.small_sample_rule": {
        "en": "Marked in red: a figure that looks like a very small sample (a whole 100,000s, under half or "
        "over 2.5× the national figure, or more than twice or under half the same cell in the other round; BPS warns that some cells have a relative standard error of "
        "25-50 % without saying which): read it beside the national figure. Grey: BPS published no figure "
        "(relative standard error of 50 % or more; all of Kalimantan Barat in February 2025, cause not stated).",
        "id": "Bertanda merah: angka yang tampak berasal dari sampel sangat kecil (kelipatan 100.000 yang bulat, "
        "kurang dari separuh atau lebih dari 2,5× angka nasional, atau lebih dari dua kali atau kurang dari separuh "
        "sel yang sama pada putaran lain; BPS memperingatkan sebagian sel "
        "memiliki RSE 25-50 % tanpa menyebut yang mana): bacalah di samping angka nasional. Abu-abu: BPS tidak "
        "memublikasikan angka (RSE 50 % atau lebih; seluruh Kalimantan Barat Februari 2025, penyebab tidak "
        "disebutkan).",
    },
    "place.national": {
        "en": "National figure for {sector}, {period}: {value}.",
        "id": "Angka nasional sektor {sector}, {period}: {value}.",
    },
    "place.national_later": {
        "en": "Later national figures for this sector (no province breakdown yet): {values}.",
        "id": "Angka nasional yang lebih baru untuk sektor ini (belum ada rincian provinsi): {values}.",
    },
    "place.not_published": {"en": "not published", "id": "tidak dipublikasikan"},
    "place.not_known": {"en": "not known", "id": "belum diketahui"},
    "place.no_figure": {"en": "no figure (fewer than {min} ads)", "id": "tanpa angka (kurang dari {min} lowongan)"},
    "place.status.missing": {"en": "no figure", "id": "tidak ada angka"},
    "place.hover.decree": {"en": "Decree", "id": "Dasar hukum"},
    "place.hover.detail": {"en": "Ads", "id": "Lowongan"},
    "place.status.small_sample": {
        "en": "possibly a very small sample; national: {national}",
        "id": "mungkin sampel sangat kecil; nasional: {national}",
    },
    "place.status.disputed": {
        "en": "disputed: the higher value is shown; sources also give {alternatives}",
        "id": "diperdebatkan: ditampilkan nilai yang lebih tinggi; sumber lain memuat {alternatives}",
    },
    "place.status.not_known": {"en": "set, but not known to the app", "id": "ditetapkan, tetapi belum diketahui"},
    "place.status.single_source": {"en": "single source", "id": "hanya satu sumber"},
    "place.status.too_few": {"en": "fewer than {min} ads", "id": "kurang dari {min} lowongan"},
    "place.status.no_umk": {"en": "sets no UMK; the UMP applies", "id": "tidak menetapkan UMK; UMP berlaku"},
    "place.file.detail": {
        "en": "{count} ads; median {median}; below the local floor: {share}",
        "id": "{count} lowongan; median {median}; di bawah upah minimum setempat: {share}",
    },
    "place.col.province": {"en": "Province", "id": "Provinsi"},
    "place.col.kind": {"en": "Floor", "id": "Jenis"},
    "place.province_view": {"en": "Province", "id": "Provinsi"},
    "place.all_provinces": {"en": "All of Indonesia", "id": "Seluruh Indonesia"},
    "place.check_date": {"en": "In force on", "id": "Berlaku pada"},
    "place.col.region": {"en": "Region", "id": "Wilayah"},
    "place.col.value": {"en": "Value", "id": "Nilai"},
    "place.col.value_text": {"en": "As written", "id": "Tertulis"},
    "place.col.period": {"en": "Period", "id": "Periode"},
    "place.col.status_text": {"en": "Marked", "id": "Tanda"},
    "place.col.source": {"en": "Source", "id": "Sumber"},
    "place.col.decree": {"en": "Decree", "id": "Dasar hukum"},
    "place.col.count": {"en": "Ads", "id": "Lowongan"},
    "place.col.median": {"en": "Median", "id": "Median"},
    "place.col.share_below": {"en": "Below the local floor", "id": "Di bawah UM setempat"},
    "place.hover.region": {"en": "Region", "id": "Wilayah"},
    "place.hover.value": {"en": "Value", "id": "Nilai"},
    "place.hover.period": {"en": "Period", "id": "Periode"},
    "place.hover.status": {"en": "Note", "id": "Catatan"},
    "place.hover.source": {"en": "Source", "id": "Sumber"},
    "place.table": {"en": "The {n} regions as a sorted table", "id": "{n} wilayah dalam tabel urut"},
    "place.sources": {"en": "Sources: {sources}", "id": "Sumber: {sources}"},
    "place.geometry": {
        "en": "Boundaries: cahyadsn/wilayah_boundaries (MIT) and us-atlas 3.0.1 (US Census Bureau, ISC), simplified "
        "to about 1 km; shipped with the app.",
        "id": "Batas wilayah: cahyadsn/wilayah_boundaries (MIT) dan us-atlas 3.0.1 (US Census Bureau, ISC), "
        "disederhanakan sekitar 1 km; disertakan dalam aplikasi.",
    },
    "place.file.none": {
        "en": "No imported job ads in this session yet. Import a file and its ads show here by province.",
        "id": "Belum ada lowongan yang diimpor di sesi ini. Impor file, lalu lowongannya tampil di sini per provinsi.",
    },
    "place.file.figure": {"en": "Show", "id": "Tampilkan"},
    "place.file.figure.count": {"en": "Number of ads", "id": "Jumlah lowongan"},
    "place.file.figure.median": {"en": "Median monthly pay", "id": "Median gaji bulanan"},
    "place.file.figure.below": {"en": "Share below the local floor", "id": "Porsi di bawah upah minimum setempat"},
    "place.file.level": {"en": "By", "id": "Per"},
    "place.file.level.province": {"en": "province", "id": "provinsi"},
    "place.file.level.regency": {"en": "regency/city", "id": "kabupaten/kota"},
    "place.file.regency.count": {
        "en": "Imported job ads by regency/city",
        "id": "Lowongan impor per kabupaten/kota",
    },
    "place.file.regency.median": {
        "en": "Imported job ads: median monthly pay by regency/city",
        "id": "Lowongan impor: median gaji bulanan per kabupaten/kota",
    },
    "place.file.regency.below": {
        "en": "Imported job ads: share paying below the local minimum wage, by regency/city",
        "id": "Lowongan impor: porsi yang membayar di bawah upah minimum setempat, per kabupaten/kota",
    },
    "place.file.min_count": {"en": "Fewest ads for a figure", "id": "Jumlah lowongan minimal untuk angka"},
    "place.file.title.count": {"en": "Imported job ads by province", "id": "Lowongan impor per provinsi"},
    "place.file.title.median": {
        "en": "Imported job ads: median monthly pay by province",
        "id": "Lowongan impor: median gaji bulanan per provinsi",
    },
    "place.file.title.below": {
        "en": "Imported job ads: share paying below the local minimum wage, by province",
        "id": "Lowongan impor: porsi yang membayar di bawah upah minimum setempat, per provinsi",
    },
    "place.file.rows": {
        "en": "{used} of {total} imported rows used: monthly pay in Rupiah with an Indonesian province.",
        "id": "{used} dari {total} baris impor dipakai: gaji bulanan dalam Rupiah dengan provinsi Indonesia.",
    },
    "place.file.period": {"en": "imported", "id": "impor"},
    "place.file.source": {"en": "your file", "id": "file Anda"},
    "place.link_upload": {"en": "Import job ads", "id": "Impor lowongan"},
    "place.offer.bps": {
        "en": "Mean net wage of employees in {sector} in {region}, {period}: {value} (BPS Sakernas: all employees in "
        "the sector, a mean of take-home pay, not a range for this job){marked}.",
        "id": "Rata-rata upah bersih pekerja sektor {sector} di {region}, {period}: {value} (BPS Sakernas: semua "
        "pekerja di sektor itu, rata-rata upah bersih, bukan rentang gaji untuk pekerjaan ini){marked}.",
    },
    "place.offer.marked": {
        "en": "; possibly a very small sample, national figure {national}",
        "id": "; mungkin sampel sangat kecil, angka nasional {national}",
    },
    "place.offer.missing": {
        "en": "BPS published no mean net wage for {sector} in {region}, {period} (too small a sample); national: "
        "{national}.",
        "id": "BPS tidak memublikasikan rata-rata upah bersih sektor {sector} di {region}, {period} (sampel terlalu "
        "kecil); nasional: {national}.",
    },
}
