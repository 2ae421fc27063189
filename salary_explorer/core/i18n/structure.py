"""Texts of the wage structure and scale page (prefix ``structure.``): struktur dan skala upah."""

CATALOG: dict[str, dict[str, str]] = {
    "nav.structure": {"en": "Wage structure & scale (HR)", "id": "Struktur & skala upah (HR)"},
    "structure.title": {"en": "Wage structure and scale", "id": "Struktur dan skala upah"},
    "structure.intro": {
        "en": "Every employer must draw up and apply a wage structure and scale and tell each worker the scale of their own grade (UU 13/2003 Pasal 92 as amended by UU 6/2023; PP 36/2021 Pasal 21). Build one here by the method of the annex to Permenaker 1/2017, check it against the minimum wage where the work is, and download the decree attachment, the statement and the workers' notices. Amounts are basic pay (upah pokok) per month in Rupiah.",
        "id": "Setiap pengusaha wajib menyusun dan menerapkan struktur dan skala upah serta memberitahukan skala golongan masing-masing kepada tiap pekerja (UU 13/2003 Pasal 92 sebagaimana diubah UU 6/2023; PP 36/2021 Pasal 21). Susun di sini dengan metode lampiran Permenaker 1/2017, periksa terhadap upah minimum di tempat kerja, lalu unduh lampiran surat keputusan, surat pernyataan dan pemberitahuan untuk pekerja. Nilai adalah upah pokok per bulan dalam Rupiah.",
    },
    "structure.province": {"en": "Province of the workplace", "id": "Provinsi tempat kerja"},
    "structure.regency": {"en": "Regency or city (UMK)", "id": "Kabupaten/kota (UMK)"},
    "structure.regency.none": {"en": "Province-wide (UMP)", "id": "Seluruh provinsi (UMP)"},
    "structure.effective": {"en": "Effective from", "id": "Berlaku mulai"},
    "structure.method": {"en": "Build the structure", "id": "Cara menyusun"},
    "structure.method.ladder": {"en": "From the band ladder", "id": "Dari jenjang rentang gaji"},
    "structure.method.two_point": {"en": "Two-point method", "id": "Metode dua titik"},
    "structure.method.points": {"en": "By job-evaluation points", "id": "Dengan poin evaluasi jabatan"},
    "structure.ladder.help": {
        "en": "The ladder of the salary bands page in this session: each level with a minimum and a maximum becomes a golongan, the lowest level golongan 1. The midpoint is (min + max) / 2, as the annex computes it.",
        "id": "Jenjang di halaman rentang gaji pada sesi ini: tiap jenjang yang memiliki batas bawah dan atas menjadi satu golongan, jenjang terendah golongan 1. Upah tengah = (terkecil + terbesar) / 2, sesuai lampiran.",
    },
    "structure.n": {"en": "Number of grades (golongan)", "id": "Jumlah golongan"},
    "structure.low_mid": {
        "en": "Midpoint of the lowest grade (Rp/month)",
        "id": "Upah tengah golongan terendah (Rp/bulan)",
    },
    "structure.high_mid": {
        "en": "Midpoint of the highest grade (Rp/month)",
        "id": "Upah tengah golongan tertinggi (Rp/bulan)",
    },
    "structure.spreads": {
        "en": "Range spread per grade, % (comma-separated; the last repeats)",
        "id": "Rentang per golongan, % (pisahkan dengan koma; nilai terakhir berulang)",
    },
    "structure.spreads.help": {
        "en": "Range spread = (max - min) / min. The annex's rule of thumb for staff grades is 20-50 %; its examples use 40 % for the lower grades and up to 100 % for the higher.",
        "id": "Rentang = (terbesar - terkecil) / terkecil. Pedoman lampiran untuk golongan staf 20-50 %; contohnya memakai 40 % untuk golongan bawah dan hingga 100 % untuk golongan atas.",
    },
    "structure.fit": {"en": "Pay line", "id": "Garis upah"},
    "structure.fit.two_point": {
        "en": "Two-point (lowest and highest job)",
        "id": "Dua titik (jabatan terendah dan tertinggi)",
    },
    "structure.fit.least_squares": {
        "en": "Least squares through every job",
        "id": "Kuadrat terkecil melalui semua jabatan",
    },
    "structure.jobs.title": {"en": "Jobs, points and current basic pay", "id": "Jabatan, poin dan upah pokok saat ini"},
    "structure.jobs.help": {
        "en": "Type or paste rows (job, points, basic pay per month), or upload a CSV/Excel file with those three columns. Grades follow equal point intervals from the lowest to the highest points.",
        "id": "Ketik atau tempel baris (jabatan, poin, upah pokok per bulan), atau unggah berkas CSV/Excel dengan tiga kolom itu. Golongan mengikuti interval poin yang sama dari poin terendah ke tertinggi.",
    },
    "structure.jobs.upload": {"en": "Jobs file (CSV or Excel)", "id": "Berkas jabatan (CSV atau Excel)"},
    "structure.jobs.loaded": {"en": "{n} jobs read from {file}.", "id": "{n} jabatan dibaca dari {file}."},
    "structure.col.job": {"en": "Job", "id": "Jabatan"},
    "structure.col.points": {"en": "Points", "id": "Poin"},
    "structure.col.pay": {"en": "Basic pay (Rp/month)", "id": "Upah pokok (Rp/bulan)"},
    "structure.col.grade": {"en": "Grade", "id": "Golongan"},
    "structure.col.jobs": {"en": "Jobs", "id": "Jabatan"},
    "structure.col.min": {"en": "Minimum", "id": "Upah terkecil"},
    "structure.col.mid": {"en": "Midpoint", "id": "Upah tengah"},
    "structure.col.max": {"en": "Maximum", "id": "Upah terbesar"},
    "structure.col.spread": {"en": "Range spread", "id": "Rentang"},
    "structure.col.overlap": {"en": "Overlap with grade below", "id": "Tumpang tindih dengan golongan di bawah"},
    "structure.col.years": {"en": "{n} yr", "id": "{n} th"},
    "structure.allowances": {
        "en": "Fixed allowances per month (Rp), if any",
        "id": "Tunjangan tetap per bulan (Rp), jika ada",
    },
    "structure.allowances.help": {
        "en": "Declared fixed allowances count toward the minimum wage only while basic pay stays at least 75 % of basic + fixed allowances (PP 36/2021 Pasal 7(2)).",
        "id": "Tunjangan tetap ikut dihitung terhadap upah minimum hanya bila upah pokok paling sedikit 75 % dari upah pokok + tunjangan tetap (PP 36/2021 Pasal 7(2)).",
    },
    "structure.step": {
        "en": "Years-of-service step within a grade, % a year (0 = none)",
        "id": "Kenaikan per tahun masa kerja dalam golongan, % (0 = tidak ada)",
    },
    "structure.table.title": {"en": "The structure", "id": "Struktur dan skala upah"},
    "structure.table.caption": {
        "en": "Basic pay (upah pokok) per month in Rupiah. Midpoints by the pay line, minimum and maximum by formula 6 of the annex (min = 2 x mid / (spread + 2)), rounded to whole rupiah.",
        "id": "Upah pokok per bulan dalam Rupiah. Upah tengah dari garis upah, terkecil dan terbesar dengan rumus 6 lampiran (terkecil = 2 x tengah / (rentang + 2)), dibulatkan ke rupiah penuh.",
    },
    "structure.table.caption_ladder": {
        "en": "Basic pay (upah pokok) per month in Rupiah, from the band ladder: minimum and maximum as the bands, midpoint = (min + max) / 2, spread = (max - min) / min.",
        "id": "Upah pokok per bulan dalam Rupiah, dari jenjang rentang gaji: terkecil dan terbesar sesuai rentang, tengah = (terkecil + terbesar) / 2, rentang = (terbesar - terkecil) / terkecil.",
    },
    "structure.line": {
        "en": "Pay line: Y = {a} + {b} x X ({x}).",
        "id": "Garis upah: Y = {a} + {b} x X ({x}).",
    },
    "structure.line.x.two_point": {"en": "X = grade number", "id": "X = nomor golongan"},
    "structure.line.x.least_squares": {"en": "X = points; R² {r2}", "id": "X = poin; R² {r2}"},
    "structure.checks.title": {"en": "Checks", "id": "Pemeriksaan"},
    "structure.chart.title": {"en": "Jobs and the pay line", "id": "Jabatan dan garis upah"},
    "structure.chart.scale_title": {"en": "Scale per grade", "id": "Skala per golongan"},
    "structure.chart.points": {"en": "Points", "id": "Poin"},
    "structure.chart.pay": {"en": "Basic pay (Rp/month)", "id": "Upah pokok (Rp/bulan)"},
    "structure.chart.job": {"en": "Job", "id": "Jabatan"},
    "structure.service.title": {
        "en": "Years-of-service scale (common practice, not law)",
        "id": "Skala masa kerja (praktik umum, bukan ketentuan hukum)",
    },
    "structure.service.note": {
        "en": "Steps by years of service inside a grade are a common practice, not a legal requirement: neither PP 36/2021 nor Permenaker 1/2017 prescribes them. Each year raises the grade minimum by {step}, capped at the grade maximum.",
        "id": "Kenaikan berdasarkan masa kerja di dalam golongan adalah praktik umum, bukan kewajiban hukum: PP 36/2021 maupun Permenaker 1/2017 tidak mengaturnya. Tiap tahun menaikkan upah terkecil golongan sebesar {step}, paling tinggi upah terbesar golongan.",
    },
    "structure.kept": {
        "en": "The structure below is the last one built; fix the input above to rebuild it.",
        "id": "Struktur di bawah adalah yang terakhir berhasil disusun; perbaiki isian di atas untuk menyusun ulang.",
    },
    "structure.none": {
        "en": "No structure yet: fix the input above.",
        "id": "Belum ada struktur: perbaiki isian di atas.",
    },
    # ---- problems with the input, naming the row ----
    "structure.issue.row": {"en": "Row {row}", "id": "Baris {row}"},
    "structure.issue.ladder_empty": {
        "en": "The band ladder has no level with both a minimum and a maximum: set bands on the salary bands page first.",
        "id": "Jenjang rentang gaji tidak memiliki jenjang dengan batas bawah dan atas: atur rentang di halaman rentang gaji dulu.",
    },
    "structure.issue.ladder_units": {
        "en": "The band ladder is in {units}; a wage structure is in Rupiah per month. Show pay in Rupiah per month (settings) and open the bands page again.",
        "id": "Jenjang rentang gaji dalam {units}; struktur upah dalam Rupiah per bulan. Tampilkan gaji dalam Rupiah per bulan (pengaturan) dan buka lagi halaman rentang gaji.",
    },
    "structure.issue.ladder_incomplete": {
        "en": "level {level} has no minimum or maximum and is left out",
        "id": "jenjang {level} tidak memiliki batas bawah atau atas dan tidak diikutkan",
    },
    "structure.issue.ladder_mid_replaced": {
        "en": "level {level}: the band's midpoint {stated} is replaced by (min + max) / 2 = {mid}, as the annex computes it",
        "id": "jenjang {level}: titik tengah rentang {stated} diganti (terkecil + terbesar) / 2 = {mid}, sesuai lampiran",
    },
    "structure.issue.min_above_max": {
        "en": "{level}: the minimum is above the maximum",
        "id": "{level}: upah terkecil lebih tinggi dari upah terbesar",
    },
    "structure.issue.not_positive": {
        "en": "{level}: the minimum must be a positive amount",
        "id": "{level}: upah terkecil harus berupa nilai positif",
    },
    "structure.issue.bad_grade_count": {
        "en": "the number of grades must be {low} to {high}",
        "id": "jumlah golongan harus {low} sampai {high}",
    },
    "structure.issue.bad_low_mid": {
        "en": "the lowest grade's midpoint must be a positive amount",
        "id": "upah tengah golongan terendah harus berupa nilai positif",
    },
    "structure.issue.high_below_low": {
        "en": "the highest grade's midpoint is below the lowest grade's",
        "id": "upah tengah golongan tertinggi lebih rendah dari golongan terendah",
    },
    "structure.issue.bad_spread": {
        "en": "spread number {row} ({value}) is not a percentage above 0 and up to 500",
        "id": "rentang ke-{row} ({value}) bukan persentase di atas 0 sampai 500",
    },
    "structure.issue.job_no_points": {"en": "{job} has no points", "id": "{job} tidak memiliki poin"},
    "structure.issue.job_bad_points": {
        "en": '{job}: points "{value}" are not a positive number',
        "id": '{job}: poin "{value}" bukan angka positif',
    },
    "structure.issue.job_no_pay": {"en": "{job} has no basic pay", "id": "{job} tidak memiliki upah pokok"},
    "structure.issue.job_bad_pay": {
        "en": '{job}: basic pay "{value}" is not a positive amount',
        "id": '{job}: upah pokok "{value}" bukan nilai positif',
    },
    "structure.issue.too_few_jobs": {
        "en": "at least two jobs are needed",
        "id": "diperlukan paling sedikit dua jabatan",
    },
    "structure.issue.same_points": {
        "en": "the jobs need different points to be graded",
        "id": "jabatan perlu poin yang berbeda agar dapat digolongkan",
    },
    "structure.issue.line_falls": {
        "en": "the pay line through these jobs falls or goes below zero: check the points and pay",
        "id": "garis upah melalui jabatan-jabatan ini menurun atau di bawah nol: periksa poin dan upahnya",
    },
    "structure.issue.empty_grades": {
        "en": "no job falls in grade(s) {grades}; their scale comes from the pay line alone",
        "id": "tidak ada jabatan di golongan {grades}; skalanya hanya dari garis upah",
    },
    "structure.issue.bad_file": {
        "en": "The jobs file could not be read: {message}. The jobs already in the table are kept.",
        "id": "Berkas jabatan tidak dapat dibaca: {message}. Jabatan yang sudah ada di tabel tetap disimpan.",
    },
    "structure.issue.file_columns": {
        "en": "it needs columns for the job, its points and its basic pay (found: {found})",
        "id": "berkas perlu kolom jabatan, poin dan upah pokok (ditemukan: {found})",
    },
    # ---- checks ----
    "structure.check.floor_met": {
        "en": "Grade 1's minimum {low} meets the minimum wage at the workplace: {floor_name} {floor}.",
        "id": "Upah terkecil golongan 1 {low} memenuhi upah minimum di tempat kerja: {floor_name} {floor}.",
    },
    "structure.check.floor_below": {
        "en": "Grade 1's minimum {low} is below the minimum wage at the workplace: {floor_name} {floor} ({short} short). Nobody may be paid below it.",
        "id": "Upah terkecil golongan 1 {low} di bawah upah minimum di tempat kerja: {floor_name} {floor} (kurang {short}). Tidak seorang pun boleh dibayar di bawahnya.",
    },
    "structure.check.floor_met_with_allowances": {
        "en": "Grade 1's minimum {low} is below {floor_name} {floor} on basic pay alone; with the declared fixed allowances the total {total} meets it and basic pay stays at least 75 %. Keep the allowances fixed.",
        "id": "Upah terkecil golongan 1 {low} di bawah {floor_name} {floor} jika hanya upah pokok; dengan tunjangan tetap yang dinyatakan totalnya {total} memenuhinya dan upah pokok tetap paling sedikit 75 %. Tunjangan harus tetap.",
    },
    "structure.check.floor_umk_unknown": {
        "en": "{regency}: a UMK is set here but its figure is not known, so grade 1's minimum {low} cannot be said to meet it; it is at least the {floor_name} ({floor}). Check the governor's decree.",
        "id": "{regency}: UMK ditetapkan di sini tetapi nilainya belum diketahui, jadi upah terkecil golongan 1 {low} belum dapat dinyatakan memenuhinya; nilainya paling sedikit {floor_name} ({floor}). Periksa keputusan gubernur.",
    },
    "structure.check.floor_unknown": {
        "en": "No minimum wage figure is known for this workplace: grade 1's minimum {low} could not be checked.",
        "id": "Tidak ada nilai upah minimum yang diketahui untuk tempat kerja ini: upah terkecil golongan 1 {low} tidak dapat diperiksa.",
    },
    "structure.check.fixed_share_low": {
        "en": "Basic pay {basic} is {share} of basic + fixed allowances ({allowances}): it must be at least 75 %.",
        "id": "Upah pokok {basic} hanya {share} dari upah pokok + tunjangan tetap ({allowances}): paling sedikit harus 75 %.",
    },
    "structure.check.falls_min": {
        "en": "Grade {grade}'s minimum is below grade {below}'s: a structure orders pay from lowest to highest.",
        "id": "Upah terkecil golongan {grade} lebih rendah dari golongan {below}: struktur upah tersusun dari terendah ke tertinggi.",
    },
    "structure.check.falls_mid": {
        "en": "Grade {grade}'s midpoint is below grade {below}'s.",
        "id": "Upah tengah golongan {grade} lebih rendah dari golongan {below}.",
    },
    "structure.check.falls_max": {
        "en": "Grade {grade}'s maximum is below grade {below}'s.",
        "id": "Upah terbesar golongan {grade} lebih rendah dari golongan {below}.",
    },
    "structure.check.rising_ok": {
        "en": "Minimum, midpoint and maximum rise with every grade.",
        "id": "Upah terkecil, tengah dan terbesar naik di setiap golongan.",
    },
    "structure.check.overlap": {
        "en": "Grades {below} and {grade} overlap by {amount} (allowed; the annex sets no overlap rule).",
        "id": "Golongan {below} dan {grade} tumpang tindih {amount} (boleh; lampiran tidak mengatur tumpang tindih).",
    },
    "structure.check.gap": {
        "en": "A gap of {amount} between grade {below}'s maximum and grade {grade}'s minimum (allowed; a promotion jumps it).",
        "id": "Ada celah {amount} antara upah terbesar golongan {below} dan upah terkecil golongan {grade} (boleh; kenaikan golongan melompatinya).",
    },
    "structure.check.review_needed": {
        "en": "Review needed: the structure takes effect in {year}, before the minimum wage of {floor_year} now in force.",
        "id": "Perlu ditinjau: struktur berlaku sejak {year}, sebelum upah minimum {floor_year} yang kini berlaku.",
    },
    "structure.basis": {"en": "Legal basis: {basis}.", "id": "Dasar hukum: {basis}."},
    "structure.floor_used": {"en": "Minimum wage used: {text}", "id": "Upah minimum yang dipakai: {text}"},
    # ---- the document ----
    "structure.doc.title": {
        "en": "Decree, statement and workbook",
        "id": "Surat keputusan, surat pernyataan dan buku kerja",
    },
    "structure.doc.company": {"en": "Company", "id": "Nama perusahaan"},
    "structure.doc.number": {"en": "Decree number", "id": "Nomor surat keputusan"},
    "structure.doc.date_set": {"en": "Date set", "id": "Tanggal ditetapkan"},
    "structure.doc.place": {"en": "Set at (city)", "id": "Ditetapkan di (kota)"},
    "structure.doc.signatory": {"en": "Signatory", "id": "Penandatangan"},
    "structure.doc.signatory_title": {"en": "Signatory's title", "id": "Jabatan penandatangan"},
    "structure.doc.pdf": {
        "en": "Decree attachment and statement (PDF)",
        "id": "Lampiran SK dan surat pernyataan (PDF)",
    },
    "structure.doc.xlsx": {"en": "Workbook (Excel)", "id": "Buku kerja (Excel)"},
    "structure.doc.help": {
        "en": "The PDF is in Bahasa Indonesia, ready to print and sign: the attachment to the director's decree (Permenaker 1/2017 Pasal 5) and the statement that the structure has been set, for a company-regulation or collective-agreement filing (PP 36/2021 Pasal 22).",
        "id": "PDF dalam Bahasa Indonesia, siap dicetak dan ditandatangani: lampiran surat keputusan direksi (Permenaker 1/2017 Pasal 5) dan surat pernyataan bahwa struktur dan skala upah telah ditetapkan, untuk pengesahan peraturan perusahaan atau pendaftaran perjanjian kerja bersama (PP 36/2021 Pasal 22).",
    },
    "structure.notices.title": {"en": "Individual notices to workers", "id": "Pemberitahuan perorangan kepada pekerja"},
    "structure.notices.help": {
        "en": "Upload a roster (name or id, grade, hire date). One PDF page per worker with their own grade's scale, the effective date and the legal basis (PP 36/2021 Pasal 21(2)-(3)); no one else's figures.",
        "id": "Unggah daftar pekerja (nama atau nomor induk, golongan, tanggal masuk). Satu halaman PDF per pekerja berisi skala golongannya sendiri, tanggal berlaku dan dasar hukum (PP 36/2021 Pasal 21(2)-(3)); tanpa angka pekerja lain.",
    },
    "structure.notices.upload": {"en": "Roster (CSV or Excel)", "id": "Daftar pekerja (CSV atau Excel)"},
    "structure.notices.pdf": {"en": "Notices ({n} pages, PDF)", "id": "Pemberitahuan ({n} halaman, PDF)"},
    "structure.notices.none": {
        "en": "No worker could be given a notice.",
        "id": "Tidak ada pekerja yang dapat diberi pemberitahuan.",
    },
    "structure.issue.roster_no_name": {"en": "no name or id", "id": "tidak ada nama atau nomor induk"},
    "structure.issue.roster_no_grade": {"en": "{name}: no grade", "id": "{name}: tidak ada golongan"},
    "structure.issue.roster_grade_unknown": {
        "en": "{name}: grade {grade} is not in the structure (grades 1 to {n})",
        "id": "{name}: golongan {grade} tidak ada dalam struktur (golongan 1 sampai {n})",
    },
    "structure.issue.roster_no_hire": {"en": "{name}: the hire date is blank", "id": "{name}: tanggal masuk kosong"},
    "structure.issue.roster_bad_hire": {
        "en": '{name}: the hire date "{value}" is not a date',
        "id": '{name}: tanggal masuk "{value}" bukan tanggal',
    },
    "structure.issue.roster_columns": {
        "en": "the roster needs a name or id column and a grade column (found: {found})",
        "id": "daftar pekerja perlu kolom nama atau nomor induk dan kolom golongan (ditemukan: {found})",
    },
}

# The documents (the PDF in Bahasa Indonesia by default; English on request).
CATALOG.update(
    {
        "structure.pdf.attachment": {"en": "ATTACHMENT", "id": "LAMPIRAN"},
        "structure.pdf.decree_of": {"en": "DIRECTORS' DECREE OF {company}", "id": "SURAT KEPUTUSAN DIREKSI {company}"},
        "structure.pdf.number": {"en": "Number: {number}", "id": "Nomor: {number}"},
        "structure.pdf.dated": {"en": "Date: {date}", "id": "Tanggal: {date}"},
        "structure.pdf.about": {"en": "ON THE WAGE STRUCTURE AND SCALE", "id": "TENTANG STRUKTUR DAN SKALA UPAH"},
        "structure.pdf.note.basic": {
            "en": "Amounts are basic pay (upah pokok) per month in Rupiah (Permenaker 1/2017 Pasal 3; PP 36/2021 Pasal 20).",
            "id": "Nilai dalam tabel adalah upah pokok per bulan dalam Rupiah (Permenaker 1/2017 Pasal 3; PP 36/2021 Pasal 20).",
        },
        "structure.pdf.note.effective": {"en": "Effective from {date}.", "id": "Berlaku mulai {date}."},
        "structure.pdf.note.workplace": {
            "en": "Workplace: {workplace}. Minimum wage taken into account: {floor}.",
            "id": "Tempat kerja: {workplace}. Upah minimum yang diperhatikan: {floor}.",
        },
        "structure.pdf.note.guide": {
            "en": "The structure and scale guide the wages of workers with one year of service or more; workers with less than one year are paid at least the minimum wage (UU 13/2003 Pasal 88E and 92(2) as amended by UU 6/2023; PP 36/2021 Pasal 24).",
            "id": "Struktur dan skala upah menjadi pedoman upah bagi pekerja dengan masa kerja 1 (satu) tahun atau lebih; pekerja dengan masa kerja kurang dari 1 (satu) tahun dibayar paling sedikit upah minimum (UU 13/2003 Pasal 88E dan 92 ayat (2) sebagaimana diubah UU 6/2023; PP 36/2021 Pasal 24).",
        },
        "structure.pdf.note.factors": {
            "en": "Drawn up considering the company's ability and productivity, and grade, position, length of service, education and competence (UU 13/2003 Pasal 92(1) as amended by UU 6/2023, as read by Constitutional Court decision 168/PUU-XXI/2023).",
            "id": "Disusun dengan memperhatikan kemampuan perusahaan dan produktivitas, serta golongan, jabatan, masa kerja, pendidikan dan kompetensi (UU 13/2003 Pasal 92 ayat (1) sebagaimana diubah UU 6/2023, dibaca menurut Putusan MK Nomor 168/PUU-XXI/2023).",
        },
        "structure.pdf.note.method": {
            "en": "Method: the annex to Permenaker 1/2017; range spread = (max - min) / min, midpoint = (min + max) / 2.",
            "id": "Metode: lampiran Permenaker 1/2017; rentang = (upah terbesar - upah terkecil) / upah terkecil, upah tengah = (upah terkecil + upah terbesar) / 2.",
        },
        "structure.pdf.set_at": {"en": "Set at {place} on {date}", "id": "Ditetapkan di {place} pada tanggal {date}"},
        "structure.pdf.statement.title": {"en": "STATEMENT", "id": "SURAT PERNYATAAN"},
        "structure.pdf.statement.undersigned": {"en": "The undersigned:", "id": "Yang bertanda tangan di bawah ini:"},
        "structure.pdf.statement.name": {"en": "Name", "id": "Nama"},
        "structure.pdf.statement.title_of": {"en": "Position", "id": "Jabatan"},
        "structure.pdf.statement.company": {"en": "Company", "id": "Nama perusahaan"},
        "structure.pdf.statement.workplace": {"en": "Workplace", "id": "Tempat kerja"},
        "structure.pdf.statement.body": {
            "en": "hereby states that {company} has drawn up and set its wage structure and scale by decree number {number} dated {date_set}, effective from {effective}, as required by UU 13/2003 Pasal 92 as amended by UU 6/2023, PP 36/2021 Pasal 21 and 22, and Permenaker 1/2017 Pasal 5 and 9.",
            "id": "dengan ini menyatakan bahwa {company} telah menyusun dan menetapkan struktur dan skala upah dengan Surat Keputusan Nomor {number} tanggal {date_set}, yang berlaku mulai {effective}, sebagaimana diwajibkan UU 13/2003 Pasal 92 sebagaimana diubah UU 6/2023, PP 36/2021 Pasal 21 dan 22, serta Permenaker 1/2017 Pasal 5 dan 9.",
        },
        "structure.pdf.statement.closing": {
            "en": "This statement is made truthfully, to be used as needed.",
            "id": "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
        },
        "structure.pdf.statement.signer": {"en": "The undersigned,", "id": "Yang menyatakan,"},
        "structure.pdf.stamp": {"en": "(duty stamp)", "id": "(meterai)"},
        "structure.pdf.notice.title": {
            "en": "NOTICE OF THE WAGE STRUCTURE AND SCALE",
            "id": "PEMBERITAHUAN STRUKTUR DAN SKALA UPAH",
        },
        "structure.pdf.notice.to": {"en": "To: {name}", "id": "Kepada: {name}"},
        "structure.pdf.notice.body": {
            "en": "Under the decree number {number} dated {date_set}, effective from {effective}, your position is in grade {grade}. The scale of your grade (basic pay per month):",
            "id": "Berdasarkan Surat Keputusan Nomor {number} tanggal {date_set}, yang berlaku mulai {effective}, jabatan Saudara termasuk golongan {grade}. Skala upah golongan Saudara (upah pokok per bulan):",
        },
        "structure.pdf.notice.basis": {
            "en": "This notice is given individually under PP 36/2021 Pasal 21(2)-(3) and Permenaker 1/2017 Pasal 8. It states the scale of your own grade only.",
            "id": "Pemberitahuan ini disampaikan secara perorangan sesuai PP 36/2021 Pasal 21 ayat (2) dan (3) serta Permenaker 1/2017 Pasal 8, dan hanya memuat skala golongan Saudara sendiri.",
        },
        "structure.xlsx.structure": {"en": "Structure", "id": "Struktur"},
        "structure.xlsx.service": {"en": "Service scale", "id": "Skala masa kerja"},
        "structure.xlsx.chart": {"en": "Chart", "id": "Grafik"},
        "structure.xlsx.inputs": {"en": "Inputs", "id": "Masukan"},
        "structure.xlsx.basis": {"en": "Legal basis", "id": "Dasar hukum"},
        "structure.xlsx.checks": {"en": "Checks", "id": "Pemeriksaan"},
        "structure.xlsx.item": {"en": "Item", "id": "Butir"},
        "structure.xlsx.value": {"en": "Value", "id": "Nilai"},
        "structure.xlsx.topic": {"en": "Topic", "id": "Pokok"},
        "structure.xlsx.severity": {"en": "Severity", "id": "Tingkat"},
        "structure.xlsx.finding": {"en": "Finding", "id": "Temuan"},
        "structure.basis.floor": {"en": "Minimum wage", "id": "Upah minimum"},
        "structure.basis.allowances": {"en": "Basic pay vs fixed allowances", "id": "Upah pokok dan tunjangan tetap"},
        "structure.basis.rising": {"en": "Order of the structure", "id": "Susunan struktur"},
        "structure.basis.review": {"en": "Review", "id": "Peninjauan"},
        "structure.basis.duty": {"en": "The duty to draw up and apply", "id": "Kewajiban menyusun dan menerapkan"},
        "structure.basis.notice": {"en": "Individual notice", "id": "Pemberitahuan perorangan"},
        "structure.basis.filing": {"en": "Filing with PP/PKB", "id": "Dilampirkan pada PP/PKB"},
        "structure.basis.sanction": {"en": "Sanctions", "id": "Sanksi"},
        "structure.basis.no_cut": {"en": "No pay cut", "id": "Larangan menurunkan upah"},
        "structure.severity.critical": {"en": "Critical", "id": "Kritis"},
        "structure.severity.warning": {"en": "Warning", "id": "Peringatan"},
        "structure.severity.info": {"en": "Note", "id": "Catatan"},
        "structure.severity.ok": {"en": "OK", "id": "Sesuai"},
        "structure.input.method": {"en": "Method", "id": "Metode"},
        "structure.input.workplace": {"en": "Workplace", "id": "Tempat kerja"},
        "structure.input.floor": {"en": "Minimum wage used", "id": "Upah minimum yang dipakai"},
        "structure.input.allowances": {"en": "Fixed allowances per month", "id": "Tunjangan tetap per bulan"},
        "structure.input.line": {"en": "Pay line", "id": "Garis upah"},
    }
)

CATALOG.update(
    {
        "structure.team.title": {"en": "The team against the structure", "id": "Tim dibandingkan dengan struktur"},
        "structure.team.help": {
            "en": "With a basic pay column in the roster, each worker is checked on the check date: under one year of service, at least the minimum wage at the workplace; one year or more, inside their own grade's scale (UU 13/2003 Pasal 88E and 92(2) as amended by UU 6/2023; PP 36/2021 Pasal 24).",
            "id": "Bila daftar pekerja memuat kolom upah pokok, tiap pekerja diperiksa pada tanggal pemeriksaan: masa kerja kurang dari satu tahun, paling sedikit upah minimum di tempat kerja; satu tahun atau lebih, di dalam skala golongannya sendiri (UU 13/2003 Pasal 88E dan 92 ayat (2) sebagaimana diubah UU 6/2023; PP 36/2021 Pasal 24).",
        },
        "structure.team.check_date": {"en": "Check date", "id": "Tanggal pemeriksaan"},
        "structure.team.row": {"en": "Row", "id": "Baris"},
        "structure.team.name": {"en": "Name or id", "id": "Nama atau nomor induk"},
        "structure.team.tenure": {"en": "Service", "id": "Masa kerja"},
        "structure.team.pay": {"en": "Basic pay", "id": "Upah pokok"},
        "structure.team.status": {"en": "Status", "id": "Status"},
        "structure.team.raise": {"en": "Raise to reach it (per month)", "id": "Kenaikan yang diperlukan (per bulan)"},
        "structure.team.status.below_floor": {
            "en": "Below the minimum wage (UU 13/2003 Pasal 88E(2))",
            "id": "Di bawah upah minimum (UU 13/2003 Pasal 88E ayat (2))",
        },
        "structure.team.status.below_min": {
            "en": "Below own grade minimum: breach of the company's own structure (PP 36/2021 Pasal 24(2))",
            "id": "Di bawah upah terkecil golongannya: melanggar struktur perusahaan sendiri (PP 36/2021 Pasal 24 ayat (2))",
        },
        "structure.team.status.red_circle": {
            "en": "Above own grade maximum: red-circled, not illegal",
            "id": "Di atas upah terbesar golongannya: red circle, tidak melanggar hukum",
        },
        "structure.team.status.inside": {"en": "Meets its yardstick", "id": "Memenuhi acuannya"},
        "structure.team.status.unknown_tenure": {
            "en": "Service unknown (no hire date): at least the minimum wage",
            "id": "Masa kerja tidak diketahui (tanpa tanggal masuk): paling sedikit upah minimum",
        },
        "structure.team.status.no_pay": {"en": "No basic pay given", "id": "Upah pokok tidak diisi"},
        "structure.team.summary": {
            "en": "{n} workers checked on {on}; minimum wage: {floor}.",
            "id": "{n} pekerja diperiksa pada {on}; upah minimum: {floor}.",
        },
        "structure.team.count.below_floor": {"en": "{n} below the minimum wage.", "id": "{n} di bawah upah minimum."},
        "structure.team.count.below_min": {
            "en": "{n} with a year or more of service below their grade minimum.",
            "id": "{n} dengan masa kerja satu tahun atau lebih di bawah upah terkecil golongannya.",
        },
        "structure.team.count.red_circle": {
            "en": "{n} above their grade maximum (red-circled).",
            "id": "{n} di atas upah terbesar golongannya (red circle).",
        },
        "structure.team.count.inside": {"en": "{n} meet their yardstick.", "id": "{n} memenuhi acuannya."},
        "structure.team.count.unknown_tenure": {"en": "{n} without a hire date.", "id": "{n} tanpa tanggal masuk."},
        "structure.team.count.no_pay": {"en": "{n} without basic pay.", "id": "{n} tanpa upah pokok."},
        "structure.team.cost": {
            "en": "Cost to bring everyone to their yardstick: {month} a month ({year} a year).",
            "id": "Biaya menaikkan semua ke acuannya: {month} per bulan ({year} per tahun).",
        },
        "structure.team.no_cut": {
            "en": "Pay above a grade maximum stays as it is: a company already paying more may not cut it (PP 36/2021 Pasal 83).",
            "id": "Upah di atas upah terbesar golongan tetap seperti adanya: perusahaan yang sudah membayar lebih tinggi dilarang menurunkannya (PP 36/2021 Pasal 83).",
        },
        "structure.notices.bad_file": {
            "en": "The roster could not be read: {message}. The structure is kept.",
            "id": "Daftar pekerja tidak dapat dibaca: {message}. Struktur tetap tersimpan.",
        },
    }
)

CATALOG.update(
    {
        "structure.method.saved": {"en": "Saved structure (as saved)", "id": "Struktur tersimpan (apa adanya)"},
        "structure.sets.title": {"en": "Save, link and compare versions", "id": "Simpan, tautan dan bandingkan versi"},
        "structure.sets.intro": {
            "en": "Saving keeps the structure and this page's inputs under a private link; every save is a new version.",
            "id": "Menyimpan menyimpan struktur dan isian halaman ini dengan tautan pribadi; setiap simpan menjadi versi baru.",
        },
        "structure.sets.name": {"en": "Name", "id": "Nama"},
        "structure.sets.default_name": {"en": "Wage structure", "id": "Struktur dan skala upah"},
        "structure.sets.save": {"en": "Save", "id": "Simpan"},
        "structure.sets.save_version": {"en": "Save as version {version}", "id": "Simpan sebagai versi {version}"},
        "structure.sets.saved": {
            "en": 'Saved "{name}", version {version}.',
            "id": '"{name}" tersimpan, versi {version}.',
        },
        "structure.sets.opened": {
            "en": 'Opened "{name}", version {version} (saved {when}).',
            "id": '"{name}" dibuka, versi {version} (disimpan {when}).',
        },
        "structure.sets.current": {
            "en": 'Based on "{name}", version {version}.',
            "id": 'Berdasarkan "{name}", versi {version}.',
        },
        "structure.sets.compare": {"en": "Compare two versions", "id": "Bandingkan dua versi"},
        "structure.sets.need_two": {
            "en": "Save a second version to compare.",
            "id": "Simpan versi kedua untuk membandingkan.",
        },
        "structure.sets.same": {"en": "The two versions are the same.", "id": "Kedua versi sama."},
        "structure.sets.left": {"en": "Version A", "id": "Versi A"},
        "structure.sets.right": {"en": "Version B", "id": "Versi B"},
        "structure.sets.version_label": {"en": "Version {version} ({when})", "id": "Versi {version} ({when})"},
        "structure.compare.what": {"en": "What", "id": "Yang berubah"},
        "structure.compare.version": {"en": "Version {version}", "id": "Versi {version}"},
        "sset.delete": {"en": "Delete this structure", "id": "Hapus struktur ini"},
        "sset.delete_confirm": {
            "en": "Yes, delete it and every version; the link stops working.",
            "id": "Ya, hapus beserta semua versinya; tautannya tidak berlaku lagi.",
        },
        "sset.deleted": {"en": "The structure was deleted.", "id": "Struktur telah dihapus."},
        "structure.setting.ssm": {"en": "Method", "id": "Metode"},
        "structure.setting.ssn": {"en": "Number of grades", "id": "Jumlah golongan"},
        "structure.setting.ssl": {"en": "Lowest midpoint", "id": "Upah tengah terendah"},
        "structure.setting.ssh": {"en": "Highest midpoint", "id": "Upah tengah tertinggi"},
        "structure.setting.ssr": {"en": "Spreads", "id": "Rentang"},
        "structure.setting.ssf": {"en": "Pay line", "id": "Garis upah"},
        "structure.setting.ssp": {"en": "Province", "id": "Provinsi"},
        "structure.setting.ssk": {"en": "Regency code", "id": "Kode kabupaten/kota"},
        "structure.setting.sse": {"en": "Effective from", "id": "Berlaku mulai"},
        "structure.setting.ssa": {"en": "Fixed allowances", "id": "Tunjangan tetap"},
        "structure.setting.ssy": {"en": "Service step %", "id": "Kenaikan masa kerja %"},
        "structure.setting.ssco": {"en": "Company", "id": "Perusahaan"},
        "structure.setting.ssno": {"en": "Decree number", "id": "Nomor SK"},
        "structure.setting.ssd": {"en": "Date set", "id": "Tanggal ditetapkan"},
        "structure.setting.sspl": {"en": "Set at", "id": "Ditetapkan di"},
        "structure.setting.sssg": {"en": "Signatory", "id": "Penandatangan"},
        "structure.setting.ssti": {"en": "Signatory's title", "id": "Jabatan penandatangan"},
        "structure.setting.ssdl": {"en": "Language of the documents", "id": "Bahasa dokumen"},
    }
)

CATALOG.update(
    {
        "structure.team.section": {
            "en": "Against the wage structure",
            "id": "Dibandingkan dengan struktur dan skala upah",
        },
        "structure.team.need_structure": {
            "en": "Build a wage structure from the band ladder on the wage structure page first (in this session).",
            "id": "Susun dulu struktur dan skala upah dari jenjang rentang gaji di halaman struktur upah (pada sesi ini).",
        },
        "structure.team.need_levels": {
            "en": "The structure in this session was not built from the band ladder, so its grades are not tied to the roster's levels. Build it from the ladder, or upload a roster with a grade column on the wage structure page.",
            "id": "Struktur pada sesi ini tidak disusun dari jenjang rentang gaji, jadi golongannya tidak terkait dengan jenjang di daftar karyawan. Susun dari jenjang, atau unggah daftar dengan kolom golongan di halaman struktur upah.",
        },
        "structure.team.no_grade": {
            "en": "Row {row}: {name}: level {level} is not a grade of the structure",
            "id": "Baris {row}: {name}: jenjang {level} bukan golongan dalam struktur",
        },
        "structure.team.not_monthly": {
            "en": "Row {row}: {name}: pay is not in Rupiah per month; a wage structure is",
            "id": "Baris {row}: {name}: gaji bukan dalam Rupiah per bulan; struktur upah dalam Rupiah per bulan",
        },
        "structure.team.own_floor": {"en": "each worker's own workplace", "id": "tempat kerja masing-masing pekerja"},
    }
)

CATALOG.update(
    {
        "structure.doc.lang": {"en": "Language of the documents", "id": "Bahasa dokumen"},
        "structure.doc.lang.id": {"en": "Bahasa Indonesia (for filing)", "id": "Bahasa Indonesia (untuk pengajuan)"},
        "structure.doc.lang.en": {"en": "English (a translation)", "id": "Bahasa Inggris (terjemahan)"},
    }
)
