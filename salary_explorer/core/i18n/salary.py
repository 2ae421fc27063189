"""Texts of the job-seeker salary page (prefix ``sal.``): key -> {"en": ..., "id": ...}."""

CATALOG: dict[str, dict[str, str]] = {
    "sal.intro": {
        "en": "Customer-service pay in Indonesia by level and by industry, compared with the US (check a single offer on the Offer check page). Pay is shown in {currency} {period}; change this, the hours and the exchange rate under Settings (top right).",
        "id": "Gaji customer service di Indonesia per jenjang dan per industri, dibandingkan dengan AS (cek sebuah tawaran di halaman Cek tawaran). Gaji ditampilkan dalam {currency} {period}; ubah ini, jam kerja, dan kurs di Pengaturan (kanan atas).",
    },
    "sal.tab.level": {"en": "By level", "id": "Per jenjang"},
    "sal.tab.industry": {"en": "By industry", "id": "Per industri"},
    "sal.tab.compare": {"en": "Indonesia vs US", "id": "Indonesia vs AS"},
    "sal.tab.offer": {"en": "Offer check", "id": "Cek tawaran"},
    "sal.pick_one": {"en": "Pick at least one to see the chart.", "id": "Pilih minimal satu untuk melihat grafik."},
    "sal.nothing": {"en": "No figures to show for this choice.", "id": "Tidak ada angka untuk pilihan ini."},
    # by level
    "sal.level.title": {
        "en": "Pay range by level, intern to manager",
        "id": "Rentang gaji per jenjang, dari magang sampai manajer",
    },
    "sal.level.pick": {"en": "Levels", "id": "Jenjang"},
    "sal.level.note": {
        "en": "Bars run from the minimum to the maximum; the diamond marks the typical figure, or the midpoint when the source gives only a range. The article does not say which year these level figures are from.",
        "id": "Batang membentang dari minimum ke maksimum; belah ketupat menandai angka umum, atau titik tengah bila sumber hanya memberi rentang. Artikel tidak menyebut tahun angka per jenjang ini.",
    },
    # by industry
    "sal.industry.title": {
        "en": "Pay range by industry / kind of employer",
        "id": "Rentang gaji per industri / jenis pemberi kerja",
    },
    "sal.industry.pick": {"en": "Industries", "id": "Industri"},
    "sal.industry.note": {
        "en": "Online-shop pay here is the fixed part only; the commission per item sold comes on top (see below).",
        "id": "Gaji toko online di sini hanya bagian tetapnya; komisi per barang terjual ditambahkan di atasnya (lihat di bawah).",
    },
    "sal.commission.title": {
        "en": "Online shop: commission per item sold",
        "id": "Toko online: komisi per barang terjual",
    },
    "sal.commission.what": {
        "en": "This is paid per item sold, not per month, so it is not on the chart above. Work out a month with the calculator.",
        "id": "Komisi ini dibayar per barang terjual, bukan per bulan, jadi tidak ada di grafik di atas. Hitung sebulan dengan kalkulator.",
    },
    "sal.commission.col.per_item": {"en": "Commission per item", "id": "Komisi per barang"},
    "sal.calc.title": {
        "en": "Calculator: fixed pay + items sold × commission",
        "id": "Kalkulator: gaji tetap + barang terjual × komisi",
    },
    "sal.calc.fixed": {"en": "Fixed pay (Rp per month)", "id": "Gaji tetap (Rp per bulan)"},
    "sal.calc.items": {"en": "Items sold per month", "id": "Barang terjual per bulan"},
    "sal.calc.per_item": {"en": "Commission per item (Rp)", "id": "Komisi per barang (Rp)"},
    "sal.calc.result": {"en": "Monthly pay", "id": "Gaji per bulan"},
    "sal.calc.formula": {
        "en": "{fixed} + {items} × {per_item} = {total}",
        "id": "{fixed} + {items} × {per_item} = {total}",
    },
    "sal.calc.converted": {"en": "In your display setting: {value}.", "id": "Dalam pengaturan tampilan Anda: {value}."},
    # Indonesia vs US
    "sal.cmp.title": {"en": "The same role in Indonesia and the US", "id": "Peran yang sama di Indonesia dan AS"},
    "sal.cmp.pick": {"en": "Indonesian figures to compare", "id": "Angka Indonesia yang dibandingkan"},
    "sal.cmp.us_range": {"en": "US: hourly range", "id": "AS: rentang per jam"},
    "sal.cmp.us_median": {"en": "US: BLS median", "id": "AS: median BLS"},
    "sal.cmp.edit_hint": {
        "en": "Change the currency and period under “Show pay in”, and the hours and exchange rate under “Conversion assumptions” in Settings (top right).",
        "id": "Ubah mata uang dan periode pada “Tampilkan gaji dalam”, serta jam kerja dan kurs pada “Asumsi konversi” di Pengaturan (kanan atas).",
    },
    "sal.cmp.years": {
        "en": "Years differ: Indonesian industry figures are from 2019, level figures and the US hourly range give no year, the BLS median is for 2021. Each is converted at the rate of its own year.",
        "id": "Tahunnya berbeda: angka industri Indonesia dari 2019, angka per jenjang dan rentang per jam AS tidak menyebut tahun, median BLS untuk 2021. Masing-masing dikonversi dengan kurs tahunnya sendiri.",
    },
    # offer check
    "sal.offer.tab.check": {"en": "Where it falls", "id": "Posisi tawaran"},
    "sal.offer.tab.takehome": {"en": "Take-home pay", "id": "Gaji bersih"},
    "sal.offer.amount": {"en": "Offer amount", "id": "Jumlah tawaran"},
    "sal.offer.currency": {"en": "Offer currency", "id": "Mata uang tawaran"},
    "sal.offer.period": {"en": "Offer is paid", "id": "Tawaran dibayar"},
    "sal.offer.reference": {"en": "Compare with the range of", "id": "Bandingkan dengan rentang"},
    "sal.offer.region": {"en": "Province or US state", "id": "Provinsi atau negara bagian AS"},
    "sal.offer.position": {"en": "Where it falls", "id": "Posisinya"},
    "sal.offer.penetration": {"en": "Position in the range", "id": "Posisi dalam rentang"},
    "sal.offer.penetration_help": {
        "en": "Range penetration: 0 % at the minimum, 100 % at the maximum.",
        "id": "Penetrasi rentang: 0 % di minimum, 100 % di maksimum.",
    },
    "sal.offer.compa": {"en": "Compa-ratio", "id": "Compa-ratio"},
    "sal.offer.compa_help": {
        "en": "Offer divided by the midpoint of the range; 1.00 means exactly the midpoint.",
        "id": "Tawaran dibagi titik tengah rentang; 1,00 berarti tepat di titik tengah.",
    },
    "sal.offer.gap": {"en": "Gap to minimum wage", "id": "Selisih dengan upah minimum"},
    "sal.offer.above_floor": {"en": "above the minimum", "id": "di atas upah minimum"},
    "sal.offer.under_floor": {"en": "below the minimum", "id": "di bawah upah minimum"},
    "sal.pos.below": {"en": "Below the range", "id": "Di bawah rentang"},
    "sal.pos.inside": {"en": "Inside the range", "id": "Di dalam rentang"},
    "sal.pos.above": {"en": "Above the range", "id": "Di atas rentang"},
    "sal.offer.summary": {
        "en": "{offer} against the range {lo}–{hi} (midpoint {mid}): range penetration {pct}, compa-ratio {compa}.",
        "id": "{offer} dibandingkan rentang {lo}–{hi} (titik tengah {mid}): penetrasi rentang {pct}, compa-ratio {compa}.",
    },
    "sal.offer.below_floor": {
        "en": "This offer is below the legal minimum wage: {floor_name} sets {floor}, {gap} more than the offer.",
        "id": "Tawaran ini di bawah upah minimum: {floor_name} menetapkan {floor}, {gap} lebih tinggi dari tawaran.",
    },
    "sal.offer.floor_unknown": {
        "en": "Not known whether this offer meets the minimum wage: it is at least {floor} ({floor_name}), but "
        "{regency} sets its own UMK for {year} and this app does not know the figure. Check the governor's decree.",
        "id": "Belum diketahui apakah tawaran ini memenuhi upah minimum: tawaran ini paling sedikit {floor} "
        "({floor_name}), tetapi {regency} menetapkan UMK sendiri untuk {year} dan angkanya belum diketahui aplikasi "
        "ini. Periksa keputusan gubernurnya.",
    },
    "sal.offer.meets_floor": {
        "en": "The offer meets the legal minimum wage ({floor} — {floor_name}).",
        "id": "Tawaran ini memenuhi upah minimum ({floor} — {floor_name}).",
    },
    "sal.offer.range_note": {
        "en": "Reference range: {label}, converted to {range}. {conversion}",
        "id": "Rentang acuan: {label}, dikonversi menjadi {range}. {conversion}",
    },
    "sal.offer.floor_note": {
        "en": "Minimum wage: {floor_name}, {original} ({source}); in the offer's currency and period {converted}. {conversion}",
        "id": "Upah minimum: {floor_name}, {original} ({source}); dalam mata uang dan periode tawaran {converted}. {conversion}",
    },
    "sal.offer.conv_rate": {"en": "Exchange rate: {rate}.", "id": "Kurs: {rate}."},
    "sal.offer.conv_rate_nearest": {
        "en": "Exchange rate: {rate}, nearest year available.",
        "id": "Kurs: {rate}, tahun terdekat yang tersedia.",
    },
    "sal.offer.conv_rate_user": {"en": "Exchange rate: your own, {rate}.", "id": "Kurs: milik Anda, {rate}."},
    "sal.offer.conv_hours": {"en": "Hours: {hours}.", "id": "Jam kerja: {hours}."},
    "sal.offer.no_conversion": {"en": "No conversion needed.", "id": "Tanpa konversi."},
    "sal.offer.floor_mark": {"en": "Minimum wage", "id": "Upah minimum"},
    "sal.offer.offer_mark": {"en": "Your offer", "id": "Tawaran Anda"},
    "sal.offer.no_refs": {
        "en": "There is no pay range to compare with.",
        "id": "Tidak ada rentang gaji untuk dibandingkan.",
    },
    "sal.offer.bad_input": {"en": "Could not check the offer: {message}", "id": "Tawaran tidak dapat dicek: {message}"},
    "sal.floor.UMP": {"en": "UMP {region} {year}", "id": "UMP {region} {year}"},
    "sal.floor.federal": {
        "en": "the US federal minimum wage, in force since {year}",
        "id": "upah minimum federal AS, berlaku sejak {year}",
    },
    # shared labels
    "sal.ref.level": {"en": "Level: {level}", "id": "Jenjang: {level}"},
    "sal.ref.industry": {"en": "Industry: {industry}", "id": "Industri: {industry}"},
    "sal.ref.us": {"en": "United States, hourly range", "id": "Amerika Serikat, rentang per jam"},
    "sal.ref.upload": {
        "en": "Your upload {file}: {level}, {country}",
        "id": "Unggahan Anda {file}: {level}, {country}",
    },
    "sal.region.federal": {"en": "United States (federal minimum)", "id": "Amerika Serikat (upah minimum federal)"},
    "sal.col.what": {"en": "Figure", "id": "Angka"},
    "sal.col.mid": {"en": "Typical / midpoint", "id": "Umum / titik tengah"},
    "sal.col.original": {"en": "As the source wrote it", "id": "Seperti ditulis sumber"},
    "sal.mid.typical": {"en": "typical", "id": "umum"},
    "sal.mid.midpoint": {"en": "midpoint", "id": "titik tengah"},
    "sal.chart.axis": {"en": "{currency} {period}", "id": "{currency} {period}"},
    "sal.chart.source": {"en": "Source (year)", "id": "Sumber (tahun)"},
    "sal.chart.mid_kind": {"en": "Marker", "id": "Penanda"},
    "sal.chart.amount": {"en": "Amount", "id": "Jumlah"},
}
