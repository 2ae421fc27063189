"""Take-home pay (offer check): PTKP statuses in plain words, every calculation step, notes and problems."""

CATALOG: dict[str, dict[str, str]] = {
    "th.title": {"en": "What this offer pays in hand", "id": "Yang Anda terima dari tawaran ini (gaji bersih)"},
    "th.status": {"en": "Your tax status (PTKP)", "id": "Status pajak Anda (PTKP)"},
    "th.status_help": {
        "en": "Your status on 1 January of the tax year decides the TER category (PP 58/2023 Pasal 2(4)).",
        "id": "Status Anda pada 1 Januari tahun pajak menentukan kategori TER (PP 58/2023 Pasal 2(4)).",
    },
    "th.status.TK/0": {"en": "single, no dependants", "id": "lajang, tanpa tanggungan"},
    "th.status.TK/1": {"en": "single, 1 dependant", "id": "lajang, 1 tanggungan"},
    "th.status.TK/2": {"en": "single, 2 dependants", "id": "lajang, 2 tanggungan"},
    "th.status.TK/3": {"en": "single, 3 dependants", "id": "lajang, 3 tanggungan"},
    "th.status.K/0": {"en": "married, no dependants", "id": "menikah, tanpa tanggungan"},
    "th.status.K/1": {"en": "married, 1 dependant", "id": "menikah, 1 tanggungan"},
    "th.status.K/2": {"en": "married, 2 dependants", "id": "menikah, 2 tanggungan"},
    "th.status.K/3": {"en": "married, 3 dependants", "id": "menikah, 3 tanggungan"},
    "th.options": {"en": "Assumptions you can change", "id": "Asumsi yang bisa Anda ubah"},
    "th.year": {"en": "Tax year", "id": "Tahun pajak"},
    "th.jkk": {"en": "Employer's work-accident (JKK) risk class", "id": "Kelas risiko JKK pemberi kerja"},
    "th.jkk_help": {
        "en": "Set for each employer by BPJS Ketenagakerjaan; office work is usually the lowest class.",
        "id": "Ditetapkan per perusahaan oleh BPJS Ketenagakerjaan; pekerjaan kantor biasanya kelas terendah.",
    },
    "th.jkk.very_low": {"en": "very low", "id": "sangat rendah"},
    "th.jkk.low": {"en": "low", "id": "rendah"},
    "th.jkk.medium": {"en": "medium", "id": "sedang"},
    "th.jkk.high": {"en": "high", "id": "tinggi"},
    "th.jkk.very_high": {"en": "very high", "id": "sangat tinggi"},
    "th.thr_month": {"en": "Month THR is paid", "id": "Bulan THR dibayar"},
    "th.thr_months": {"en": "Months of service when THR is paid", "id": "Masa kerja saat THR dibayar (bulan)"},
    "th.dtp_option": {
        "en": "My employer is in footwear, textile & apparel, furniture, leather goods or tourism "
        "(2026 PPh 21 DTP, PMK 105/2025)",
        "id": "Pemberi kerja saya di industri alas kaki, tekstil & pakaian jadi, furnitur, kulit & barang kulit "
        "atau pariwisata (PPh 21 DTP 2026, PMK 105/2025)",
    },
    "th.dtp_help": {
        "en": "Only for employees whose fixed, regular gross was at most Rp 10 jt in January 2026 "
        "(or their first month in 2026). Never assumed.",
        "id": "Hanya bagi pegawai yang penghasilan bruto tetap dan teraturnya paling banyak Rp 10 jt pada Januari 2026 "
        "(atau bulan pertama bekerja di 2026). Tidak pernah diasumsikan.",
    },
    "th.per_month": {"en": "Take-home per month", "id": "Gaji bersih per bulan"},
    "th.per_month_help": {
        "en": "A regular month ({month}): no THR, not the December true-up.",
        "id": "Bulan biasa ({month}): tanpa THR, bukan penyesuaian Desember.",
    },
    "th.per_year": {"en": "Take-home per year", "id": "Gaji bersih per tahun"},
    "th.per_year_help": {
        "en": "All 12 months of {year} plus THR ({thr}), December's annual true-up included.",
        "id": "Ke-12 bulan {year} ditambah THR ({thr}), termasuk penyesuaian tahunan Desember.",
    },
    "th.employer_month": {"en": "Employer's total cost per month", "id": "Total biaya pemberi kerja per bulan"},
    "th.employer_year": {"en": "Employer's total cost per year", "id": "Total biaya pemberi kerja per tahun"},
    "th.employer_help": {
        "en": "Gross pay (and THR) plus the employer's BPJS: JHT 3.7 %, JP 2 %, JKK, JKM, BPJS Kesehatan 4 %.",
        "id": "Gaji bruto (dan THR) ditambah BPJS bagian pemberi kerja: JHT 3,7 %, JP 2 %, JKK, JKM, "
        "BPJS Kesehatan 4 %.",
    },
    "th.steps_title": {
        "en": "Step by step: {month}, {status}",
        "id": "Langkah demi langkah: {month}, {status}",
    },
    "th.december_title": {
        "en": "December {year}: the annual true-up (Pasal 17)",
        "id": "Desember {year}: penghitungan ulang setahun (Pasal 17)",
    },
    "th.months_title": {"en": "Month by month", "id": "Per bulan"},
    "th.col.what": {"en": "Step", "id": "Langkah"},
    "th.col.rate": {"en": "Rate", "id": "Tarif"},
    "th.col.amount": {"en": "Amount", "id": "Jumlah"},
    "th.col.rule": {"en": "Rule", "id": "Dasar hukum"},
    "th.mcol.month": {"en": "Month", "id": "Bulan"},
    "th.mcol.gross": {"en": "Pay (wage + THR)", "id": "Upah (+ THR)"},
    "th.mcol.ter_gross": {"en": "TER gross", "id": "Bruto TER"},
    "th.mcol.rate": {"en": "TER rate", "id": "Tarif TER"},
    "th.mcol.pph21": {"en": "PPh 21 you pay", "id": "PPh 21 yang Anda bayar"},
    "th.mcol.net": {"en": "Take-home", "id": "Gaji bersih"},
    "th.true_up_short": {"en": "annual true-up", "id": "hitung ulang setahun"},
    "th.no_limit": {"en": "no limit", "id": "tanpa batas"},
    "th.part.jkk": {"en": "JKK", "id": "JKK"},
    "th.part.jkm": {"en": "JKM", "id": "JKM"},
    "th.part.bpjs_kes_employer": {"en": "BPJS Kesehatan 4 %", "id": "BPJS Kesehatan 4 %"},
    # steps
    "th.step.wage": {
        "en": "Monthly wage (basic + fixed allowances)",
        "id": "Upah sebulan (gaji pokok + tunjangan tetap)",
    },
    "th.step.thr": {"en": "THR paid this month", "id": "THR dibayar bulan ini"},
    "th.step.bpjs_kes": {
        "en": "BPJS Kesehatan, your part (wage floored at the minimum wage, capped at {cap})",
        "id": "BPJS Kesehatan, bagian Anda (upah minimal sebesar upah minimum, paling tinggi {cap})",
    },
    "th.step.jht": {"en": "JHT (old-age savings), your part", "id": "JHT (Jaminan Hari Tua), bagian Anda"},
    "th.step.jp": {
        "en": "JP (pension), your part (wage capped at {cap} since {since})",
        "id": "JP (Jaminan Pensiun), bagian Anda (upah paling tinggi {cap} sejak {since})",
    },
    "th.step.jkk": {
        "en": "JKK (work accident), paid by the employer; risk class {risk}",
        "id": "JKK (Jaminan Kecelakaan Kerja), dibayar pemberi kerja; kelas risiko {risk}",
    },
    "th.step.jkm": {
        "en": "JKM (death benefit), paid by the employer",
        "id": "JKM (Jaminan Kematian), dibayar pemberi kerja",
    },
    "th.step.bpjs_kes_employer": {
        "en": "BPJS Kesehatan, employer's part",
        "id": "BPJS Kesehatan, bagian pemberi kerja",
    },
    "th.step.jht_employer": {"en": "JHT, employer's part", "id": "JHT, bagian pemberi kerja"},
    "th.step.jp_employer": {"en": "JP, employer's part", "id": "JP, bagian pemberi kerja"},
    "th.step.ter_gross": {
        "en": "Gross for the TER table: wage + THR + employer-paid {parts} (employer JHT and JP are not counted)",
        "id": "Bruto untuk tabel TER: upah + THR + {parts} yang dibayar pemberi kerja (JHT dan JP pemberi kerja "
        "tidak dihitung)",
    },
    "th.step.ter_category": {
        "en": "TER category {category} for status {status}",
        "id": "Kategori TER {category} untuk status {status}",
    },
    "th.step.ter_rate": {
        "en": "TER rate: category {category}, above {lower} up to {upper}",
        "id": "Tarif TER: kategori {category}, di atas {lower} sampai dengan {upper}",
    },
    "th.step.pph21": {"en": "PPh 21 withheld (TER rate × TER gross)", "id": "PPh 21 dipotong (tarif TER × bruto TER)"},
    "th.step.dtp": {
        "en": "PPh 21 borne by the government (DTP), paid to you in cash",
        "id": "PPh 21 ditanggung pemerintah (DTP), dibayarkan tunai kepada Anda",
    },
    "th.step.net": {"en": "Take-home", "id": "Gaji bersih (take-home)"},
    "th.step.employer_cost": {
        "en": "Employer's total cost (wage + THR + all employer contributions)",
        "id": "Total biaya pemberi kerja (upah + THR + semua iuran pemberi kerja)",
    },
    "th.step.annual_gross": {
        "en": "Gross for the year (the 12 monthly TER grosses)",
        "id": "Bruto setahun (jumlah 12 bruto TER bulanan)",
    },
    "th.step.biaya_jabatan": {
        "en": "Biaya jabatan (job expenses), at most {cap}",
        "id": "Biaya jabatan, paling banyak {cap}",
    },
    "th.step.pension": {"en": "Your JHT + JP for the year", "id": "JHT + JP Anda setahun"},
    "th.step.annual_net": {"en": "Net income for the year", "id": "Penghasilan neto setahun"},
    "th.step.ptkp": {"en": "PTKP (tax-free allowance) for {status}", "id": "PTKP untuk {status}"},
    "th.step.pkp": {
        "en": "Taxable income (PKP), rounded down to the thousand",
        "id": "Penghasilan kena pajak (PKP), dibulatkan ke bawah ke ribuan",
    },
    "th.step.annual_tax": {"en": "PPh 21 for the year (Pasal 17 rates)", "id": "PPh 21 setahun (tarif Pasal 17)"},
    "th.step.withheld": {"en": "Already withheld January–November", "id": "Sudah dipotong Januari–November"},
    "th.step.december_tax": {
        "en": "PPh 21 in December (negative: refunded to you)",
        "id": "PPh 21 Desember (negatif: dikembalikan kepada Anda)",
    },
    "th.step.us_gross": {"en": "Gross pay for the year", "id": "Gaji bruto setahun"},
    "th.step.us_standard_deduction": {
        "en": "Standard deduction (single filer)",
        "id": "Pengurang standar (standard deduction, lajang)",
    },
    "th.step.us_taxable": {"en": "Taxable income", "id": "Penghasilan kena pajak"},
    "th.step.us_income_tax": {
        "en": "Federal income tax (2026 brackets; top rate reached {top_rate})",
        "id": "Pajak penghasilan federal (tarif 2026; tarif tertinggi yang tercapai {top_rate})",
    },
    "th.step.us_social_security": {
        "en": "Social Security (up to the wage base)",
        "id": "Social Security (sampai batas upah)",
    },
    "th.step.us_medicare": {"en": "Medicare", "id": "Medicare"},
    "th.step.us_additional_medicare": {
        "en": "Additional Medicare (wages above $200,000)",
        "id": "Additional Medicare (upah di atas $200.000)",
    },
    "th.step.us_net": {"en": "Take-home for the year", "id": "Gaji bersih setahun"},
    "th.step.us_employer_cost": {
        "en": "Employer's total cost (gross + its 6.2 % and 1.45 %)",
        "id": "Total biaya pemberi kerja (bruto + 6,2 % dan 1,45 % bagiannya)",
    },
    # notes
    "th.converted": {
        "en": "The offer was converted first: {original} = {converted}. {conversion}",
        "id": "Tawaran dikonversi lebih dulu: {original} = {converted}. {conversion}",
    },
    "th.dtp.offer": {
        "en": "Not applied: the 2026 PPh 21 DTP incentive (PMK 105/2025) only covers employers in five sectors "
        "(footwear, textile & apparel, furniture, leather goods, tourism) and employees whose gross was at most "
        "{limit} in January 2026. Tick the option if that is you.",
        "id": "Tidak diterapkan: insentif PPh 21 DTP 2026 (PMK 105/2025) hanya untuk pemberi kerja di lima sektor "
        "(alas kaki, tekstil & pakaian jadi, furnitur, kulit & barang kulit, pariwisata) dan pegawai dengan bruto "
        "paling banyak {limit} pada Januari 2026. Centang opsinya bila itu Anda.",
    },
    "th.dtp.applies": {
        "en": "Applied: PPh 21 DTP 2026 (PMK 105/2025). The government bears the PPh 21 and your employer pays it "
        "to you in cash. Only the wage was tested against {limit}; whether the employer's BPJS premiums count "
        "toward that test is not settled in the sources read.",
        "id": "Diterapkan: PPh 21 DTP 2026 (PMK 105/2025). PPh 21 ditanggung pemerintah dan dibayarkan tunai "
        "kepada Anda oleh pemberi kerja. Hanya upah yang diuji terhadap {limit}; apakah iuran BPJS pemberi kerja "
        "ikut dihitung belum jelas dalam sumber yang dibaca.",
    },
    "th.dtp.over_limit": {
        "en": "The DTP incentive does not apply: the wage is above {limit} a month (PMK 105/2025).",
        "id": "Insentif DTP tidak berlaku: upah di atas {limit} sebulan (PMK 105/2025).",
    },
    "th.dtp.not_2026": {
        "en": "The DTP incentive of PMK 105/2025 covers tax year 2026 only, not {year}.",
        "id": "Insentif DTP PMK 105/2025 hanya untuk tahun pajak 2026, bukan {year}.",
    },
    "th.jkk_default": {
        "en": "Assumed: the employer's JKK risk class is {jkk}, the lowest (office work). A higher class adds to "
        "the TER gross and can raise the TER rate; change it under the assumptions.",
        "id": "Diasumsikan: kelas risiko JKK pemberi kerja {jkk}, yang terendah (pekerjaan kantor). Kelas yang lebih "
        "tinggi menambah bruto TER dan bisa menaikkan tarif TER; ubah di bagian asumsi.",
    },
    "th.thr_note": {
        "en": "THR {thr} paid in {month} after {months} month(s) of service (one month's wage after 12 months, "
        "pro-rata before; Permenaker 6/2016). It is added to that month's gross and taxed there; December evens "
        "out the year, so the month changes when, not how much, tax you pay.",
        "id": "THR {thr} dibayar pada {month} setelah masa kerja {months} bulan (satu bulan upah setelah 12 bulan, "
        "proporsional sebelumnya; Permenaker 6/2016). THR ditambahkan ke bruto bulan itu dan dipajaki di sana; "
        "Desember meratakan setahun, jadi bulannya mengubah kapan, bukan berapa, pajak Anda.",
    },
    "th.no_thr": {
        "en": "No THR (less than one month of service when it is paid).",
        "id": "Tanpa THR (masa kerja kurang dari satu bulan saat dibayar).",
    },
    "th.floor_note": {
        "en": "BPJS Kesehatan is paid on at least the minimum wage: {floor} ({name}).",
        "id": "BPJS Kesehatan dibayar atas paling sedikit upah minimum: {floor} ({name}).",
    },
    "th.assumptions": {
        "en": "Assumed: the same wage all year, a permanent employee with an NPWP/NIK, the wage is basic pay + "
        "fixed allowances (the BPJS base), no other income, bonus or zakat.",
        "id": "Diasumsikan: upah sama sepanjang tahun, pegawai tetap ber-NPWP/NIK, upah = gaji pokok + tunjangan "
        "tetap (dasar BPJS), tanpa penghasilan lain, bonus atau zakat.",
    },
    "th.rounding": {
        "en": "Each rate × amount is rounded to the whole rupiah (half up): the law does not set this rounding; "
        "only PKP is rounded down to the thousand.",
        "id": "Setiap tarif × jumlah dibulatkan ke rupiah penuh (setengah ke atas): aturan tidak mengatur pembulatan "
        "ini; hanya PKP yang dibulatkan ke bawah ke ribuan.",
    },
    "th.sources": {
        "en": "Rules: PP 58/2023 and PMK 168/2023 (TER, December true-up), PMK 101/2016 (PTKP), UU HPP (Pasal 17), "
        "PP 44, 45, 46/2015 (JKK, JKM, JP, JHT), Perpres 82/2018 jo. 75/2019 (BPJS Kesehatan); figures and their "
        "sources in data/takehome_*.csv.",
        "id": "Aturan: PP 58/2023 dan PMK 168/2023 (TER, hitung ulang Desember), PMK 101/2016 (PTKP), UU HPP "
        "(Pasal 17), PP 44, 45, 46/2015 (JKK, JKM, JP, JHT), Perpres 82/2018 jo. 75/2019 (BPJS Kesehatan); angka "
        "dan sumbernya di data/takehome_*.csv.",
    },
    "th.us_steps_title": {
        "en": "Step by step: US federal, {year}, single filer",
        "id": "Langkah demi langkah: federal AS, {year}, lajang",
    },
    "th.us_month_help": {"en": "The year's take-home divided by 12.", "id": "Gaji bersih setahun dibagi 12."},
    "th.us_year_help": {
        "en": "Gross minus federal income tax ({year}), Social Security and Medicare.",
        "id": "Bruto dikurangi pajak penghasilan federal ({year}), Social Security dan Medicare.",
    },
    "th.us_employer_help": {
        "en": "Gross plus the employer's Social Security (6.2 %) and Medicare (1.45 %); unemployment taxes not included.",
        "id": "Bruto ditambah Social Security (6,2 %) dan Medicare (1,45 %) bagian pemberi kerja; pajak pengangguran "
        "tidak termasuk.",
    },
    "th.us_not_included": {
        "en": "Federal only: state and local income taxes are not included, nor pre-tax benefits; single filer with "
        "the standard deduction.",
        "id": "Hanya federal: pajak penghasilan negara bagian dan lokal tidak termasuk, begitu pula potongan manfaat "
        "sebelum pajak; lajang dengan standard deduction.",
    },
    "th.us_sources": {
        "en": "Rules: IRS Rev. Proc. 2025-32 (2026 brackets, standard deduction $16,100), SSA 2026 wage base "
        "$184,500; figures and sources in data/takehome_*.csv.",
        "id": "Aturan: IRS Rev. Proc. 2025-32 (tarif 2026, standard deduction $16.100), batas upah SSA 2026 "
        "$184.500; angka dan sumbernya di data/takehome_*.csv.",
    },
    "th.error": {
        "en": "The take-home cannot be worked out for this offer: {reason}",
        "id": "Gaji bersih tawaran ini tidak dapat dihitung: {reason}",
    },
    "th.in_hand": {"en": "Show as estimated take-home (TK/0)", "id": "Tampilkan sebagai perkiraan gaji bersih (TK/0)"},
    "th.in_hand_label": {"en": "estimated take-home, {status}", "id": "perkiraan gaji bersih, {status}"},
    "th.in_hand_note": {
        "en": "Estimated take-home, TK/0: each figure run through the take-home calculator for a regular month "
        "(single, no dependants, JKK 0.24 %, no THR that month). Gross figures are on the other setting, never "
        "in the same chart.",
        "id": "Perkiraan gaji bersih, TK/0: setiap angka dihitung dengan kalkulator gaji bersih untuk bulan biasa "
        "(lajang tanpa tanggungan, JKK 0,24 %, tanpa THR bulan itu). Angka bruto ada di pilihan lain, tidak pernah "
        "dalam satu grafik.",
    },
    # problems in the bundled tables
    "problem.takehome_not_a_rate": {
        "en": "not a rate: write a fraction between 0 and 1 (0.0075 = 0.75 %)",
        "id": "bukan tarif: tulis pecahan antara 0 dan 1 (0.0075 = 0,75 %)",
    },
    "problem.takehome_not_a_date": {
        "en": "not a date (write YYYY-MM-DD)",
        "id": "bukan tanggal (tulis YYYY-MM-DD)",
    },
    "problem.takehome_date_order": {
        "en": "ends before it starts",
        "id": "berakhir sebelum mulai",
    },
    "problem.takehome_bracket_gap": {
        "en": "this bracket does not start where the one before ends",
        "id": "lapisan ini tidak dimulai di batas atas lapisan sebelumnya",
    },
    "problem.takehome_bracket_order": {
        "en": "the rate is lower than the bracket before",
        "id": "tarifnya lebih rendah dari lapisan sebelumnya",
    },
    "problem.takehome_bracket_open": {
        "en": "the top bracket must have no upper bound",
        "id": "lapisan teratas tidak boleh punya batas atas",
    },
    "problem.takehome_overlap": {
        "en": "another row of the same contribution is in force at the same time",
        "id": "baris lain untuk iuran yang sama berlaku pada waktu yang sama",
    },
    "problem.takehome_missing_rule": {
        "en": "a rule the calculator needs is missing",
        "id": "aturan yang dibutuhkan kalkulator tidak ada",
    },
}
