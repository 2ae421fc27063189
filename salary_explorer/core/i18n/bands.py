"""Texts of the HR salary-band page (prefix ``band.``): key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {
    "band.title": {"en": "Salary bands per level", "id": "Rentang gaji per jenjang"},
    "band.intro": {
        "en": "Set a pay band (minimum, midpoint, maximum) for each customer-service level, starting from the market figures, then check it against the minimum wage and the usual band rules and export it.",
        "id": "Tetapkan rentang gaji (minimum, titik tengah, maksimum) untuk tiap jenjang customer service, mulai dari angka pasar, lalu cek terhadap upah minimum dan aturan rentang yang lazim, dan ekspor.",
    },
    "band.data_note.ID": {
        "en": "What exists for Indonesia: a range per level (intern to manager) from one article, year not stated, and a 2019 range per industry without levels. Where the page combines them (scaling, anchoring) the result is derived and says how.",
        "id": "Yang tersedia untuk Indonesia: rentang per jenjang (magang sampai manajer) dari satu artikel, tanpa tahun, dan rentang 2019 per industri tanpa jenjang. Jika halaman ini menggabungkannya (penskalaan, penjangkaran), hasilnya adalah turunan dan disebutkan caranya.",
    },
    "band.data_note.US": {
        "en": "What exists for the US: one hourly range for all customer-service representatives (year not stated) and the BLS median for 2021. There are no per-level figures, so the range can only anchor one level; the other levels are yours to set.",
        "id": "Yang tersedia untuk AS: satu rentang per jam untuk semua perwakilan customer service (tanpa tahun) dan median BLS tahun 2021. Tidak ada angka per jenjang, jadi rentang itu hanya bisa menjadi jangkar satu jenjang; jenjang lain Anda tetapkan sendiri.",
    },
    "band.country": {"en": "Market", "id": "Pasar"},
    "band.industry": {"en": "Industry / kind of employer", "id": "Industri / jenis pemberi kerja"},
    "band.province": {"en": "Minimum wage of", "id": "Upah minimum di"},
    "band.overlap_limit": {
        "en": "Warn when bands overlap by more than (%)",
        "id": "Peringatkan jika rentang tumpang tindih lebih dari (%)",
    },
    "band.rules": {
        "en": "Checks: minimum wage of {date}, {floor}; overlap warning above {pct}",
        "id": "Pengecekan: upah minimum {date}, {floor}; peringatan tumpang tindih di atas {pct}",
    },
    "band.market.title": {"en": "Market reference", "id": "Acuan pasar"},
    "band.col.reference": {"en": "Reference", "id": "Acuan"},
    "band.ref.level": {"en": "{level}, per-level table", "id": "{level}, tabel per jenjang"},
    "band.ref.overall": {"en": "{industry}, all levels", "id": "{industry}, semua jenjang"},
    "band.minwage": {
        "en": "Minimum wage, {region} ({kind} {year}): {amount}.",
        "id": "Upah minimum, {region} ({kind} {year}): {amount}.",
    },
    "band.minwage_conv": {"en": "Shown as {converted}:", "id": "Ditampilkan sebagai {converted}:"},
    # quick set
    "band.quick.title": {"en": "Set the bands quickly", "id": "Tetapkan rentang dengan cepat"},
    "band.quick.method": {"en": "Method", "id": "Metode"},
    "band.method.market": {"en": "From the market ranges", "id": "Dari rentang pasar"},
    "band.method.midpoint_spread": {
        "en": "Keep the midpoints, set one range spread",
        "id": "Pertahankan titik tengah, tetapkan satu lebar rentang",
    },
    "band.method.market_position": {"en": "Target market position", "id": "Target posisi terhadap pasar"},
    "band.help.market": {
        "en": "Each level's band is its market range; midpoint = (min + max) / 2.",
        "id": "Rentang tiap jenjang = rentang pasarnya; titik tengah = (min + maks) / 2.",
    },
    "band.help.midpoint_spread": {
        "en": "Keeps each band's midpoint and sets min = 2 × midpoint / (2 + spread), max = min × (1 + spread).",
        "id": "Mempertahankan titik tengah tiap rentang dan menetapkan min = 2 × titik tengah / (2 + lebar), maks = min × (1 + lebar).",
    },
    "band.help.market_position": {
        "en": "Midpoint = position × market midpoint (100 % matches the market, 110 % leads it by 10 %), then min and max from the spread.",
        "id": "Titik tengah = posisi × titik tengah pasar (100 % sama dengan pasar, 110 % di atas pasar 10 %), lalu min dan maks dari lebar rentang.",
    },
    "band.quick.anchor_mode": {"en": "Use the {reference} range", "id": "Gunakan rentang {reference}"},
    "band.anchor.none": {"en": "not at all (per-level table only)", "id": "tidak (hanya tabel per jenjang)"},
    "band.anchor.use": {"en": "as the band of one level", "id": "sebagai rentang satu jenjang"},
    "band.anchor.scale": {
        "en": "to scale all levels (that level's midpoint = its midpoint)",
        "id": "untuk menskalakan semua jenjang (titik tengah jenjang itu = titik tengahnya)",
    },
    "band.quick.anchor_level": {"en": "Level", "id": "Jenjang"},
    "band.quick.spread": {"en": "Range spread (%)", "id": "Lebar rentang (%)"},
    "band.quick.position": {
        "en": "Market position (% of market midpoint)",
        "id": "Posisi pasar (% dari titik tengah pasar)",
    },
    "band.quick.apply": {"en": "Set the bands", "id": "Tetapkan rentang"},
    "band.quick.applied": {
        "en": "Bands set: {basis}. Your earlier edits were replaced.",
        "id": "Rentang ditetapkan: {basis}. Suntingan Anda sebelumnya diganti.",
    },
    "band.quick.no_market": {
        "en": "There is no market range to start from for this choice; enter the bands by hand or pick another market.",
        "id": "Tidak ada rentang pasar untuk pilihan ini; isi rentang secara manual atau pilih pasar lain.",
    },
    "band.quick.no_reference": {
        "en": "No range with a minimum and maximum for {reference}.",
        "id": "Tidak ada rentang dengan minimum dan maksimum untuk {reference}.",
    },
    # editor
    "band.editor.title": {"en": "Your bands", "id": "Rentang Anda"},
    "band.editor.help": {
        "en": "Edit any cell, add or delete rows. Amounts are in {unit}; change that under Settings (top right) and the bands are converted.",
        "id": "Ubah sel mana pun, tambah atau hapus baris. Nilai dalam {unit}; ubah di Pengaturan (kanan atas) dan rentang akan dikonversi.",
    },
    "band.converted": {
        "en": "Your bands were converted from {old} to {new}: rate {rate}; hours {hours}.",
        "id": "Rentang Anda dikonversi dari {old} ke {new}: kurs {rate}; jam kerja {hours}.",
    },
    "band.col.min": {"en": "Minimum", "id": "Minimum"},
    "band.col.mid": {"en": "Midpoint", "id": "Titik tengah"},
    "band.col.max": {"en": "Maximum", "id": "Maksimum"},
    "band.col.note": {"en": "Note", "id": "Catatan"},
    "band.col.basis": {"en": "How it was set", "id": "Cara penetapan"},
    "band.basis.market": {"en": "market range as published", "id": "rentang pasar seperti dipublikasikan"},
    "band.basis.market_scaled": {
        "en": "derived: per-level market ranges × {factor}, so that {anchor}'s midpoint equals the reference midpoint",
        "id": "turunan: rentang pasar per jenjang × {factor}, agar titik tengah {anchor} sama dengan titik tengah acuan",
    },
    "band.basis.industry_range": {
        "en": "the industry range (2019), used for this level",
        "id": "rentang industri (2019), dipakai untuk jenjang ini",
    },
    "band.basis.country_range": {
        "en": "the all-levels range, used for this level",
        "id": "rentang semua jenjang, dipakai untuk jenjang ini",
    },
    "band.basis.midpoint_spread": {
        "en": "derived: midpoint kept, range spread {spread}",
        "id": "turunan: titik tengah dipertahankan, lebar rentang {spread}",
    },
    "band.basis.market_position": {
        "en": "derived: midpoint = {position} of the market midpoint, range spread {spread}",
        "id": "turunan: titik tengah = {position} dari titik tengah pasar, lebar rentang {spread}",
    },
    "band.basis.manual": {"en": "entered or edited by hand", "id": "diisi atau diubah manual"},
    # warnings
    "band.warnings.title": {"en": "What the checks found", "id": "Hasil pemeriksaan"},
    "band.warn.none": {"en": "No problems found.", "id": "Tidak ada masalah."},
    "band.warn.no_level": {"en": "A row has no level.", "id": "Ada baris tanpa jenjang."},
    "band.warn.duplicate_level": {
        "en": "{level}: the level appears twice; only the first row is checked.",
        "id": "{level}: jenjang muncul dua kali; hanya baris pertama yang dicek.",
    },
    "band.warn.incomplete": {
        "en": "{level}: minimum, midpoint and maximum are needed.",
        "id": "{level}: minimum, titik tengah dan maksimum wajib diisi.",
    },
    "band.warn.min_above_max": {
        "en": "{level}: the minimum {low} is above the maximum {high}.",
        "id": "{level}: minimum {low} lebih besar dari maksimum {high}.",
    },
    "band.warn.mid_outside": {
        "en": "{level}: the midpoint {mid} is not between {low} and {high}.",
        "id": "{level}: titik tengah {mid} tidak berada di antara {low} dan {high}.",
    },
    "band.warn.below_minimum_wage": {
        "en": "{level}: the minimum {low} is below the minimum wage {floor}.",
        "id": "{level}: minimum {low} di bawah upah minimum {floor}.",
    },
    "band.warn.below_minimum_wage_all": {
        "en": "{level}: the whole band is below the minimum wage {floor}.",
        "id": "{level}: seluruh rentang di bawah upah minimum {floor}.",
    },
    "band.warn.no_progression": {
        "en": "{level}: the midpoint {mid} is not above the midpoint of {below} ({below_mid}).",
        "id": "{level}: titik tengah {mid} tidak lebih tinggi dari titik tengah {below} ({below_mid}).",
    },
    "band.warn.overlap": {
        "en": "{level}: {share} of the band overlaps {below}, more than the {limit} you allow.",
        "id": "{level}: {share} dari rentang ini tumpang tindih dengan {below}, lebih dari batas {limit} Anda.",
    },
    # metrics
    "band.metrics.title": {"en": "Band metrics", "id": "Metrik rentang"},
    "band.col.spread": {"en": "Range spread", "id": "Lebar rentang"},
    "band.col.progression": {"en": "Midpoint progression", "id": "Kenaikan titik tengah"},
    "band.col.overlap": {"en": "Overlap with the level below", "id": "Tumpang tindih dengan jenjang di bawahnya"},
    "band.metrics.definitions": {
        "en": "Range spread = (max − min) / min. Midpoint progression = midpoint / midpoint of the level below − 1. Overlap = the part of this band that the band below also covers, as a share of this band's width: (max of the lower band − this min) / (this max − this min), 0 when they do not touch.",
        "id": "Lebar rentang = (maks − min) / min. Kenaikan titik tengah = titik tengah / titik tengah jenjang di bawahnya − 1. Tumpang tindih = bagian rentang ini yang juga dicakup rentang di bawahnya, sebagai bagian dari lebar rentang ini: (maks rentang bawah − min rentang ini) / (maks − min rentang ini), 0 jika tidak bersinggungan.",
    },
    # chart
    "band.chart.section": {"en": "Chart", "id": "Grafik"},
    "band.chart.title": {"en": "Your bands beside the market ranges", "id": "Rentang Anda di samping rentang pasar"},
    "band.chart.band": {"en": "Your band", "id": "Rentang Anda"},
    "band.chart.market": {"en": "Market range", "id": "Rentang pasar"},
    "band.chart.minwage": {"en": "Minimum wage", "id": "Upah minimum"},
    "band.chart.series": {"en": "Series", "id": "Seri"},
    "band.chart.source": {"en": "Basis", "id": "Dasar"},
    # offer check
    "band.offer.title": {"en": "Check a candidate's offer", "id": "Cek tawaran untuk kandidat"},
    "band.offer.level": {"en": "Band", "id": "Rentang"},
    "band.offer.amount": {"en": "Offer ({unit})", "id": "Tawaran ({unit})"},
    "band.offer.compa": {"en": "Compa-ratio", "id": "Compa-ratio"},
    "band.offer.compa_help": {
        "en": "offer / midpoint; 1.00 = at the midpoint",
        "id": "tawaran / titik tengah; 1,00 = tepat di titik tengah",
    },
    "band.offer.penetration": {"en": "Range penetration", "id": "Penetrasi rentang"},
    "band.offer.penetration_help": {
        "en": "(offer − min) / (max − min); 0 % at the minimum, 100 % at the maximum",
        "id": "(tawaran − min) / (maks − min); 0 % di minimum, 100 % di maksimum",
    },
    "band.offer.position.below": {"en": "The offer is below the band.", "id": "Tawaran di bawah rentang."},
    "band.offer.position.inside": {"en": "The offer is inside the band.", "id": "Tawaran berada di dalam rentang."},
    "band.offer.position.above": {"en": "The offer is above the band.", "id": "Tawaran di atas rentang."},
    "band.offer.below_minimum_wage": {
        "en": "The offer is below the minimum wage ({floor}).",
        "id": "Tawaran di bawah upah minimum ({floor}).",
    },
    "band.offer.unusable": {
        "en": "This band needs a minimum below its maximum to check an offer.",
        "id": "Rentang ini perlu minimum di bawah maksimum untuk mengecek tawaran.",
    },
    "band.offer.none": {"en": "Add a band with a level first.", "id": "Tambahkan dulu rentang dengan jenjang."},
    # export / import
    "band.files.title": {"en": "Export or continue later", "id": "Ekspor atau lanjutkan nanti"},
    "band.files.help": {
        "en": "The file keeps currency, period, market and how each band was set; import it here to keep working. Imported files stay in this session only.",
        "id": "Berkas menyimpan mata uang, periode, pasar dan cara tiap rentang ditetapkan; impor di sini untuk melanjutkan. Berkas yang diimpor hanya ada di sesi ini.",
    },
    "band.import.title": {"en": "Continue from a band file", "id": "Lanjutkan dari berkas rentang"},
    "band.import.label": {"en": "Import a band file (CSV or Excel)", "id": "Impor berkas rentang (CSV atau Excel)"},
    "band.import.done": {"en": "Imported {n} band(s) from {file}.", "id": "{n} rentang diimpor dari {file}."},
    "band.import.failed": {"en": "{file} was not imported:", "id": "{file} tidak diimpor:"},
    "problem.band_unreadable": {
        "en": "not a readable CSV or Excel file",
        "id": "bukan berkas CSV atau Excel yang bisa dibaca",
    },
    "problem.band_mixed_units": {
        "en": "all rows must share one currency and one pay period",
        "id": "semua baris harus memakai satu mata uang dan satu periode gaji",
    },
    "problem.band_empty": {"en": "the file has no band rows", "id": "berkas tidak berisi baris rentang"},
}
