"""Texts of the HR team pay check (prefix ``team.``, roster problems ``problem.roster_*``)."""

CATALOG: dict[str, dict[str, str]] = {
    "nav.team": {"en": "Team pay check (HR)", "id": "Cek gaji tim (HR)"},
    "team.title": {"en": "Check a team's pay", "id": "Cek gaji tim"},
    "team.intro": {
        "en": "Upload your team roster (CSV or Excel). Each employee's pay is compared with their level's band and with the legal minimum wage in force in their province or state: who is below, inside or above the band, who is below the minimum, what fixing it costs, and, when you map a group column, the pay gap between groups. The roster stays in this browser session unless you save it.",
        "id": "Unggah daftar karyawan tim Anda (CSV atau Excel). Gaji tiap karyawan dibandingkan dengan rentang jenjangnya dan dengan upah minimum yang berlaku di provinsi atau negara bagiannya: siapa di bawah, di dalam atau di atas rentang, siapa di bawah upah minimum, berapa biaya perbaikannya, dan, jika Anda memetakan kolom kelompok, kesenjangan gaji antarkelompok. Daftar karyawan hanya disimpan di sesi peramban ini, kecuali Anda menyimpannya.",
    },
    "team.upload": {"en": "Team roster (CSV or Excel)", "id": "Daftar karyawan (CSV atau Excel)"},
    "team.upload_help": {
        "en": "One row per employee: an id or name, level, province or US state, pay; optionally currency, pay period, industry, a group (e.g. gender) and hire date. Headers in English or Indonesian are recognised; you can correct the mapping below.",
        "id": "Satu baris per karyawan: id atau nama, jenjang, provinsi atau negara bagian AS, gaji; opsional mata uang, periode gaji, industri, kelompok (mis. jenis kelamin) dan tanggal masuk. Judul kolom berbahasa Inggris atau Indonesia dikenali; pemetaan dapat Anda koreksi di bawah.",
    },
    "team.none_yet": {
        "en": "Upload a roster to start. Example header: employee, level, province, salary, gender, hire date.",
        "id": "Unggah daftar karyawan untuk mulai. Contoh judul kolom: nama, jenjang, provinsi, gaji, jenis kelamin, tanggal masuk.",
    },
    "team.bad_file": {
        "en": "This roster could not be read: {message}. Nothing else on the page changed.",
        "id": "Daftar karyawan ini tidak dapat dibaca: {message}. Tidak ada hal lain di halaman yang berubah.",
    },
    "team.file_info": {
        "en": "{file}: {encoding}, {n} columns.",
        "id": "{file}: {encoding}, {n} kolom.",
    },
    "team.mapping": {"en": "Columns of the roster", "id": "Kolom daftar karyawan"},
    "team.mapping_help": {
        "en": "Guessed from the headers; correct any that are wrong.",
        "id": "Ditebak dari judul kolom; koreksi yang salah.",
    },
    "team.none_column": {"en": "(none)", "id": "(tidak ada)"},
    "team.field.employee": {"en": "Employee (id or name)", "id": "Karyawan (id atau nama)"},
    "team.field.level": {"en": "Level", "id": "Jenjang"},
    "team.field.region": {
        "en": "Workplace: regency/city, province or US state",
        "id": "Lokasi kerja: kabupaten/kota, provinsi atau negara bagian AS",
    },
    "team.field.pay": {"en": "Pay", "id": "Gaji"},
    "team.field.currency": {"en": "Currency", "id": "Mata uang"},
    "team.field.pay_period": {"en": "Pay period", "id": "Periode gaji"},
    "team.field.industry": {"en": "Industry", "id": "Industri"},
    "team.field.group": {"en": "Group (e.g. gender)", "id": "Kelompok (mis. jenis kelamin)"},
    "team.field.hire_date": {"en": "Hire date", "id": "Tanggal masuk"},
    "team.levels_help": {
        "en": "These level values are not ones the app knows: say which level each one is (rows left at “leave out” are listed as rejected).",
        "id": "Nilai jenjang ini tidak dikenal aplikasi: tentukan jenjang masing-masing (baris yang dibiarkan “tidak diikutkan” tercantum sebagai ditolak).",
    },
    "team.level.intern": {"en": "Intern", "id": "Staf magang"},
    "team.level.junior_staff": {"en": "Junior staff", "id": "Staf junior"},
    "team.level.senior_staff": {"en": "Senior staff", "id": "Staf senior"},
    "team.level.specialist": {"en": "Specialist", "id": "Spesialis"},
    "team.level.supervisor": {"en": "Supervisor", "id": "Supervisor"},
    "team.level.manager": {"en": "Manager", "id": "Manajer"},
    "team.level.unspecified": {"en": "(leave out)", "id": "(tidak diikutkan)"},
    "team.file_currency": {"en": "Currency of every row", "id": "Mata uang semua baris"},
    "team.file_period": {"en": "Pay period of every row", "id": "Periode gaji semua baris"},
    "team.file_region": {
        "en": "Province / state of every row (when no column)",
        "id": "Provinsi / negara bagian semua baris (jika tanpa kolom)",
    },
    "team.report": {
        "en": "{file}: {rows_read} rows read, {accepted} employees checked, {rejected} rows left out.",
        "id": "{file}: {rows_read} baris dibaca, {accepted} karyawan dicek, {rejected} baris tidak diikutkan.",
    },
    "team.rejected_title": {"en": "Rows left out, and why", "id": "Baris yang tidak diikutkan, dan alasannya"},
    "team.no_rows_left": {
        "en": "No row of the roster could be used; see the reasons below.",
        "id": "Tidak ada baris daftar karyawan yang dapat dipakai; lihat alasannya di bawah.",
    },
    # saving the roster (private link)
    "team.saved.help": {
        "en": "The roster stays in this browser session only. To keep it, save it: you get a private link (anyone with the link can open it; up to {mb} MB).",
        "id": "Daftar karyawan hanya disimpan di sesi peramban ini. Untuk menyimpannya, simpan: Anda mendapat tautan pribadi (siapa pun yang memegang tautan dapat membukanya; paling besar {mb} MB).",
    },
    "team.saved.save": {"en": "Save this roster (private link)", "id": "Simpan daftar karyawan ini (tautan pribadi)"},
    "team.saved.saved": {
        "en": "{name} is saved. Keep the link below: it is the only way back to it.",
        "id": "{name} tersimpan. Simpan tautan di bawah: hanya dengan itu daftar ini dapat dibuka lagi.",
    },
    "team.saved.opened": {
        "en": "Saved roster {name} (saved {when}): {rows_read} rows read, {accepted} employees, {rejected} rows left out.",
        "id": "Daftar karyawan tersimpan {name} (disimpan {when}): {rows_read} baris dibaca, {accepted} karyawan, {rejected} baris tidak diikutkan.",
    },
    "team.saved.other": {"en": "Use another roster", "id": "Pakai daftar karyawan lain"},
    # band set
    "team.bands_source": {"en": "Band set to check against", "id": "Rentang gaji acuan"},
    "team.bands.page": {
        "en": "The bands on the bands page (this session)",
        "id": "Rentang di halaman rentang gaji (sesi ini)",
    },
    "team.bands.file": {
        "en": "A band file (exported from the bands page)",
        "id": "Berkas rentang (ekspor halaman rentang gaji)",
    },
    "team.bands.saved": {"en": "A saved band set (private link)", "id": "Rentang tersimpan (tautan pribadi)"},
    "team.bands.recent": {"en": "Band sets opened in this tab", "id": "Rentang yang dibuka di tab ini"},
    "team.bands.link": {"en": "Private link of a saved band set", "id": "Tautan pribadi rentang tersimpan"},
    "team.bands.link_help": {
        "en": "Paste the link the bands page gave when the set was saved (…/bands?bset=…). It is not put into this page's address.",
        "id": "Tempel tautan yang diberikan halaman rentang gaji saat rentang disimpan (…/bands?bset=…). Tautan itu tidak dimasukkan ke alamat halaman ini.",
    },
    "team.bands.need_saved": {
        "en": "Paste the private link of a saved band set, or pick one opened in this tab.",
        "id": "Tempel tautan pribadi rentang tersimpan, atau pilih yang sudah dibuka di tab ini.",
    },
    "team.bands.saved_name": {"en": "{name} (version {version})", "id": "{name} (versi {version})"},
    "team.bands.upload": {"en": "Band file (CSV or Excel)", "id": "Berkas rentang (CSV atau Excel)"},
    "team.bands.page_name": {"en": "bands-page", "id": "halaman-rentang"},
    "team.bands.need_file": {
        "en": "Upload a band file exported from the bands page.",
        "id": "Unggah berkas rentang hasil ekspor halaman rentang gaji.",
    },
    "team.bands.bad_file": {
        "en": "The band file could not be used; the roster is kept.",
        "id": "Berkas rentang tidak dapat dipakai; daftar karyawan tetap tersimpan.",
    },
    "team.bands.empty": {
        "en": "The band set has no usable band (each needs a level and a minimum below its maximum). Set the bands on the bands page first.",
        "id": "Rentang acuan tidak punya rentang yang dapat dipakai (tiap rentang perlu jenjang dan minimum di bawah maksimum). Tetapkan dulu di halaman rentang gaji.",
    },
    "team.bands.used": {
        "en": "Band set: {name} ({unit}), {n} levels.",
        "id": "Rentang acuan: {name} ({unit}), {n} jenjang.",
    },
    "team.check_date": {"en": "Minimum wage in force on", "id": "Upah minimum yang berlaku pada"},
    # results
    "team.results": {"en": "Results", "id": "Hasil"},
    "team.metric.headcount": {"en": "Employees checked", "id": "Karyawan dicek"},
    "team.metric.below_floor": {"en": "Below the minimum wage", "id": "Di bawah upah minimum"},
    "team.metric.below_band": {"en": "Below their band", "id": "Di bawah rentangnya"},
    "team.metric.above_band": {"en": "Above their band", "id": "Di atas rentangnya"},
    "team.cost.title": {"en": "Cost to fix", "id": "Biaya perbaikan"},
    "team.cost.floor": {
        "en": "Bringing everyone up to the legal minimum: {month} ({year}; 12 months).",
        "id": "Menaikkan semua ke upah minimum: {month} ({year}; 12 bulan).",
    },
    "team.cost.band": {
        "en": "Bringing everyone up to their band minimum: {month} ({year}; 12 months).",
        "id": "Menaikkan semua ke batas bawah rentangnya: {month} ({year}; 12 bulan).",
    },
    "team.cost.note": {
        "en": "Each cost is the sum of the individual shortfalls (floor or band minimum less pay, where positive), in {unit}.",
        "id": "Tiap biaya adalah jumlah kekurangan per orang (upah minimum atau batas bawah rentang dikurangi gaji, jika positif), dalam {unit}.",
    },
    "team.levels.title": {"en": "Per level", "id": "Per jenjang"},
    "team.employees.title": {"en": "Every employee", "id": "Semua karyawan"},
    "team.employees.help": {
        "en": "Click a column header to sort. Compa-ratio = pay / band midpoint; range penetration = (pay - band min) / (band max - band min), in %.",
        "id": "Klik judul kolom untuk mengurutkan. Compa-ratio = gaji / titik tengah rentang; penetrasi rentang = (gaji - min rentang) / (maks rentang - min rentang), dalam %.",
    },
    "team.chart.title": {"en": "Every employee on their level's band", "id": "Tiap karyawan pada rentang jenjangnya"},
    "team.chart.help": {
        "en": "Bars: each level's band, the line in it its midpoint. Dots: employees, coloured by position. Dashed red lines: the minimum wages in force (up to three).",
        "id": "Batang: rentang tiap jenjang, garis di dalamnya titik tengah. Titik: karyawan, diwarnai menurut posisi. Garis merah putus-putus: upah minimum yang berlaku (paling banyak tiga).",
    },
    "team.chart.binned": {
        "en": "With {n} employees the dots are grouped: a dot's size is the number of people at about that pay.",
        "id": "Dengan {n} karyawan titik-titik dikelompokkan: besar titik = jumlah orang pada gaji sekitar itu.",
    },
    "team.floors.title": {"en": "Minimum wages used", "id": "Upah minimum yang dipakai"},
    "team.no_floor": {
        "en": "“{region}” is not a province or state with a known minimum wage: those employees are not checked against one.",
        "id": "“{region}” bukan provinsi atau negara bagian dengan upah minimum yang diketahui: karyawan di sana tidak dicek terhadap upah minimum.",
    },
    "team.conv.pay": {
        "en": "Pay given in {detail} converted to the reporting unit: {how}.",
        "id": "Gaji dalam {detail} dikonversi ke satuan laporan: {how}.",
    },
    "team.conv.bands": {
        "en": "Bands given in {detail} converted to the reporting unit: {how}.",
        "id": "Rentang dalam {detail} dikonversi ke satuan laporan: {how}.",
    },
    "team.conv.floor": {
        "en": "Minimum wage of {detail} converted to the reporting unit: {how}.",
        "id": "Upah minimum {detail} dikonversi ke satuan laporan: {how}.",
    },
    "team.unit_note": {
        "en": "All amounts in {unit} (the roster's currency).",
        "id": "Semua angka dalam {unit} (mata uang daftar karyawan).",
    },
    # pay gap
    "team.gap.title": {"en": "Pay gap between groups", "id": "Kesenjangan gaji antarkelompok"},
    "team.gap.need_group": {
        "en": "Map a group column (e.g. gender) to see the pay gap.",
        "id": "Petakan kolom kelompok (mis. jenis kelamin) untuk melihat kesenjangan gaji.",
    },
    "team.gap.help": {
        "en": "Gap = how much lower a group's mean (and median) pay is than that of the best-paid group in the same scope. A gap of 5 % or more in mean pay within a category of workers is flagged: under the EU Pay Transparency Directive (2023/970, Art. 10) it triggers a joint pay assessment unless objective, gender-neutral criteria justify it.",
        "id": "Kesenjangan = seberapa rendah rata-rata (dan median) gaji suatu kelompok dibanding kelompok bergaji tertinggi dalam lingkup yang sama. Kesenjangan rata-rata gaji 5 % atau lebih dalam satu kategori pekerja ditandai: menurut Pay Transparency Directive Uni Eropa (2023/970, Pasal 10) hal itu mewajibkan penilaian gaji bersama, kecuali dibenarkan oleh kriteria objektif yang netral gender.",
    },
    "team.gap.suppressed": {
        "en": "Not shown, because a group there has fewer than {n} people (privacy): {scopes}.",
        "id": "Tidak ditampilkan karena ada kelompok dengan kurang dari {n} orang (privasi): {scopes}.",
    },
    "team.gap.flagged": {
        "en": "{n} gap(s) of 5 % or more: a joint pay assessment would be required under the EU Pay Transparency Directive.",
        "id": "{n} kesenjangan 5 % atau lebih: penilaian gaji bersama diwajibkan menurut Pay Transparency Directive Uni Eropa.",
    },
    "team.gap.all": {"en": "Whole team", "id": "Seluruh tim"},
    "team.gap.not_stated": {"en": "(not stated)", "id": "(tidak diisi)"},
    "team.gap.flag": {"en": "≥ 5 %: joint pay assessment", "id": "≥ 5 %: penilaian gaji bersama"},
    # export
    "team.export.title": {"en": "Download the findings", "id": "Unduh hasil"},
    "team.export.csv": {"en": "CSV (per employee)", "id": "CSV (per karyawan)"},
    "team.export.xlsx": {"en": "Excel (all tables)", "id": "Excel (semua tabel)"},
    "team.export.help": {
        "en": "Amounts in the reporting unit; every row names its band set and minimum wage (year, source). Text that a spreadsheet could run as a formula is prefixed with '.",
        "id": "Angka dalam satuan laporan; tiap baris menyebut rentang acuan dan upah minimumnya (tahun, sumber). Teks yang dapat dijalankan spreadsheet sebagai rumus diberi awalan '.",
    },
    # table columns
    "team.col.employee": {"en": "Employee", "id": "Karyawan"},
    "team.col.region": {"en": "Province / state", "id": "Provinsi / negara bagian"},
    "team.col.group": {"en": "Group", "id": "Kelompok"},
    "team.col.pay": {"en": "Pay ({unit})", "id": "Gaji ({unit})"},
    "team.col.band_min": {"en": "Band min ({unit})", "id": "Min rentang ({unit})"},
    "team.col.band_max": {"en": "Band max ({unit})", "id": "Maks rentang ({unit})"},
    "team.col.compa": {"en": "Compa-ratio", "id": "Compa-ratio"},
    "team.col.penetration": {"en": "Range penetration (%)", "id": "Penetrasi rentang (%)"},
    "team.col.position": {"en": "Position", "id": "Posisi"},
    "team.col.floor": {"en": "Minimum wage ({unit})", "id": "Upah minimum ({unit})"},
    "team.col.floor_year": {"en": "Min. wage year", "id": "Tahun upah min."},
    "team.col.below_floor": {"en": "Below minimum wage", "id": "Di bawah upah minimum"},
    "team.col.floor_shortfall": {"en": "Short of minimum ({unit})", "id": "Kurang dari upah min. ({unit})"},
    "team.col.band_shortfall": {"en": "Short of band min ({unit})", "id": "Kurang dari min rentang ({unit})"},
    "team.col.headcount": {"en": "Headcount", "id": "Jumlah orang"},
    "team.col.n_below_floor": {"en": "Below min. wage", "id": "Di bawah upah min."},
    "team.col.n_below_band": {"en": "Below band", "id": "Di bawah rentang"},
    "team.col.n_inside_band": {"en": "In band", "id": "Dalam rentang"},
    "team.col.n_above_band": {"en": "Above band", "id": "Di atas rentang"},
    "team.col.n_no_band": {"en": "No band", "id": "Tanpa rentang"},
    "team.col.mean_compa": {"en": "Mean compa-ratio", "id": "Rata-rata compa-ratio"},
    "team.col.floor_cost": {"en": "Cost to min. wage ({unit})", "id": "Biaya ke upah min. ({unit})"},
    "team.col.band_cost": {"en": "Cost to band min ({unit})", "id": "Biaya ke min rentang ({unit})"},
    "team.col.floor_rule": {"en": "Minimum wage (dashed line)", "id": "Upah minimum (garis putus-putus)"},
    "team.col.scope": {"en": "Scope", "id": "Lingkup"},
    "team.col.median_pay": {"en": "Median pay ({unit})", "id": "Median gaji ({unit})"},
    "team.col.mean_pay": {"en": "Mean pay ({unit})", "id": "Rata-rata gaji ({unit})"},
    "team.col.gap_mean": {"en": "Gap, mean pay (%)", "id": "Kesenjangan rata-rata (%)"},
    "team.col.gap_median": {"en": "Gap, median pay (%)", "id": "Kesenjangan median (%)"},
    "team.col.flag": {"en": "Flag", "id": "Tanda"},
    "team.pos.below": {"en": "Below band", "id": "Di bawah rentang"},
    "team.pos.inside": {"en": "In band", "id": "Dalam rentang"},
    "team.pos.above": {"en": "Above band", "id": "Di atas rentang"},
    "team.pos.no_band": {"en": "No band for level", "id": "Tak ada rentang jenjang"},
    "team.yes": {"en": "yes", "id": "ya"},
    "team.no": {"en": "no", "id": "tidak"},
    "team.cur.IDR": {"en": "Rp", "id": "Rp"},
    "team.cur.USD": {"en": "US$", "id": "US$"},
    "team.per.hour": {"en": "hour", "id": "jam"},
    "team.per.day": {"en": "day", "id": "hari"},
    "team.per.week": {"en": "week", "id": "minggu"},
    "team.per.month": {"en": "month", "id": "bulan"},
    "team.per.year": {"en": "year", "id": "tahun"},
    # roster problems (problem.<code>)
    "problem.roster_unreadable": {
        "en": "the workbook could not be opened; save it again as .xlsx or as CSV",
        "id": "buku kerja tidak dapat dibuka; simpan ulang sebagai .xlsx atau CSV",
    },
    "problem.roster_no_pay_column": {
        "en": "no pay column is chosen: map the column holding each employee's pay",
        "id": "belum ada kolom gaji yang dipilih: petakan kolom berisi gaji tiap karyawan",
    },
    "problem.roster_no_level_column": {
        "en": "no level column is chosen: map the column holding each employee's level",
        "id": "belum ada kolom jenjang yang dipilih: petakan kolom berisi jenjang tiap karyawan",
    },
    "problem.roster_no_region": {
        "en": "no province or state: map a column, or give the province or state of every row",
        "id": "tidak ada provinsi atau negara bagian: petakan kolomnya, atau isi provinsi atau negara bagian semua baris",
    },
    "problem.roster_unknown_level": {
        "en": "not a level this app knows (intern, junior staff, senior staff, specialist, supervisor, manager)",
        "id": "bukan jenjang yang dikenal aplikasi ini (magang, staf junior, staf senior, spesialis, supervisor, manajer)",
    },
    "problem.roster_currency": {
        "en": "only IDR (Rp) and USD ($) can be compared with the bands and minimum wages",
        "id": "hanya IDR (Rp) dan USD ($) yang dapat dibandingkan dengan rentang dan upah minimum",
    },
    "problem.roster_bad_date": {
        "en": "not a date (write it as 2024-01-15 or 15/01/2024)",
        "id": "bukan tanggal (tulis seperti 2024-01-15 atau 15/01/2024)",
    },
}

CATALOG.update(
    {
        "team.places.ambiguous": {
            "en": "{n} place(s) in the roster name more than one regency/city, whose minimum wages differ. Pick "
            "which one is meant; until then those employees are not checked against a minimum wage.",
            "id": "{n} lokasi di daftar karyawan menunjuk lebih dari satu kabupaten/kota, yang upah minimumnya "
            "berbeda. Pilih yang dimaksud; sampai itu, karyawan tersebut tidak dicek terhadap upah minimum.",
        },
        "team.places.pick": {"en": "Which “{place}”?", "id": "“{place}” yang mana?"},
        "team.places.unpicked": {"en": "(not picked yet)", "id": "(belum dipilih)"},
    }
)
